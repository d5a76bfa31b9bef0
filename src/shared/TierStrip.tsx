import { TIER_CLASS_LABEL, TIER_CLASS_SHORT, tierFillRef } from './tierConstants';
import { TierPatterns } from './TierPatterns';
import { codeInk, describeTierHistory, stripTicks, TICK_FONT_SIZE, type TierStripCell } from './tierHistory';

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
            <title>{`${c.reportYear} report: ${TIER_CLASS_LABEL[c.cls]}${c.inferred ? ' (inferred by elimination)' : ''}`}</title>
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
