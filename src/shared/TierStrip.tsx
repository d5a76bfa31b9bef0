import { TIER_CLASS_LABEL, TIER_CLASS_SHORT, tierFillRef, type TierClass } from './tierConstants';
import { TierPatterns } from './TierPatterns';
import { tierStatus, type CoreIndex } from './datasetSelectors';

export interface TierStripCell {
  reportYear: number;
  cls: TierClass;
  /** Inferred, not stated by a source: drawn with a dashed outline. */
  inferred?: boolean;
  /** How it was inferred, in words ("inferred from the published count of 33 Tier 1 countries"). */
  reason?: string;
}

/** One country's tier class for every report year in the data: no year is skipped or carried over. */
export function tierHistory(index: CoreIndex, iso3: string): TierStripCell[] {
  return index.reportYears.map((reportYear) => {
    const s = tierStatus(index, iso3, reportYear);
    const reason = s.cell?.reason;
    return { reportYear, cls: s.cls, inferred: s.cell?.basis === 'inferred', ...(reason ? { reason } : {}) };
  });
}

export const describeTierHistory = (name: string, cells: readonly TierStripCell[]): string =>
  `Tier history of ${name} by report year: ${cells
    .filter((c) => c.cls !== 'No data')
    .map((c) => `${c.reportYear} ${TIER_CLASS_LABEL[c.cls]}${c.inferred ? ' (inferred)' : ''}`)
    .join('; ')}${cells.some((c) => c.cls === 'No data') ? '; other years no data' : ''}.`;

/**
 * Ink for the short tier code inside a cell, at least 4.5:1 against the cell's colour: white on Tier 1 blue
 * (5.2:1); black on Tier 3 vermillion (5.4:1; white there is only 3.9:1 and #1a1a1a 4.49:1); near-black elsewhere.
 */
export const codeInk = (cls: TierClass): string => {
  switch (cls) {
    case 'Tier 1':
      return '#ffffff';
    case 'Tier 3':
      return '#000000';
    default:
      return '#1a1a1a';
  }
};

interface GroupProps {
  cells: readonly TierStripCell[];
  /** Left edge of each report year's cell; the same function across countries keeps strips aligned. */
  xOf: (reportYear: number) => number;
  cellWidth: number;
  height: number;
  y?: number;
  patternPrefix?: string;
  /** Print short tier codes inside cells when they fit. */
  showCodes?: boolean;
}

/** The strip as an SVG group, to embed in a larger chart (Trends aligns it over the time axis). */
export function TierStripGroup({
  cells,
  xOf,
  cellWidth,
  height,
  y = 0,
  patternPrefix = 'tp',
  showCodes = true,
}: GroupProps) {
  const codes = showCodes && cellWidth >= 16;
  return (
    <g className="tier-strip" transform={`translate(0,${y})`}>
      {cells.map((c) => (
        <g key={c.reportYear} data-year={c.reportYear} data-tier={c.cls}>
          <rect
            x={xOf(c.reportYear) + 0.5}
            y={0}
            width={Math.max(1, cellWidth - 1)}
            height={height}
            fill={tierFillRef(c.cls, patternPrefix)}
            stroke={c.inferred ? '#1a1a1a' : 'none'}
            strokeDasharray={c.inferred ? '2 2' : undefined}
          >
            <title>{`${c.reportYear} report: ${TIER_CLASS_LABEL[c.cls]}${c.inferred ? ` (${c.reason ?? 'inferred'})` : ''}`}</title>
          </rect>
          {codes && (
            <text
              x={xOf(c.reportYear) + cellWidth / 2}
              y={height / 2}
              dy="0.35em"
              textAnchor="middle"
              fontSize={Math.min(11, cellWidth / 2.4)}
              fontWeight={600}
              fill={codeInk(c.cls)}
              paintOrder="stroke"
              stroke={c.cls === 'Tier 2 Watch List' || c.cls === 'Special Case' ? '#ffffff' : 'none'}
              strokeWidth={c.cls === 'Tier 2 Watch List' || c.cls === 'Special Case' ? 2.5 : 0}
              aria-hidden="true"
            >
              {TIER_CLASS_SHORT[c.cls]}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}

/** Font size of the strip's year labels, and a generous width of a four-digit year at that size. */
const TICK_FONT_SIZE = 10;
const TICK_LABEL_WIDTH = 24;
const TICK_LABEL_GAP = 4;

export interface StripTick {
  reportYear: number;
  x: number;
}

/**
 * Where the strip prints its year labels: under each tick year's cell, but moved inwards at the ends so no label
 * is cut off by the strip's edge, and thinned so no two overlap (the first and last year are kept).
 */
export function stripTicks(
  years: readonly number[],
  centre: (reportYear: number) => number,
  width: number,
  labelWidth = TICK_LABEL_WIDTH,
): StripTick[] {
  const half = labelWidth / 2;
  const placed = years.map((reportYear) => ({
    reportYear,
    x: Math.min(Math.max(centre(reportYear), half), Math.max(half, width - half)),
  }));
  const kept: StripTick[] = [];
  for (const tick of placed) {
    const prev = kept.at(-1);
    if (!prev || tick.x - prev.x >= labelWidth + TICK_LABEL_GAP) kept.push(tick);
    else if (tick === placed.at(-1) && kept.length > 1) kept[kept.length - 1] = tick;
  }
  return kept;
}

interface StripProps {
  name: string;
  cells: readonly TierStripCell[];
  width: number;
  height?: number;
  /** First and last report year of the axis; defaults to the cells' own range. Share it to align strips. */
  domain?: [number, number];
  patternPrefix?: string;
}

/** A standalone tier-history strip with year ticks, labelled for screen readers. */
export function TierStrip({ name, cells, width, height = 22, domain, patternPrefix = 'ts' }: StripProps) {
  const [first, last] = domain ?? [cells[0]?.reportYear ?? 0, cells.at(-1)?.reportYear ?? 0];
  const n = Math.max(1, last - first + 1);
  const cellWidth = width / n;
  const xOf = (year: number) => (year - first) * cellWidth;
  const tickYears = cells.map((c) => c.reportYear).filter((y) => y % 5 === 0 || y === first || y === last);
  return (
    <svg
      className="tier-strip-svg"
      width={width}
      height={height + 16}
      viewBox={`0 0 ${width} ${height + 16}`}
      role="img"
      aria-label={describeTierHistory(name, cells)}
    >
      <TierPatterns prefix={patternPrefix} />
      <TierStripGroup
        cells={cells}
        xOf={xOf}
        cellWidth={cellWidth}
        height={height}
        patternPrefix={patternPrefix}
      />
      {stripTicks(tickYears, (y) => xOf(y) + cellWidth / 2, width).map((t) => (
        <text
          key={t.reportYear}
          x={t.x}
          y={height + 12}
          fontSize={TICK_FONT_SIZE}
          textAnchor="middle"
          fill="#555"
          aria-hidden="true"
        >
          {t.reportYear}
        </text>
      ))}
    </svg>
  );
}
