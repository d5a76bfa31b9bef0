import { TIER_CLASS_LABEL, type TierClass } from './tierConstants';
import { tierStatus, type CoreIndex } from './datasetSelectors';

// A country's tier by report year, as data: what the tier strips draw and what layouts and selectors compute with.

export interface TierStripCell {
  reportYear: number;
  cls: TierClass;
  /** Inferred by elimination, not stated by a source: drawn with a dashed outline. */
  inferred?: boolean;
}

/** One country's tier class for every report year in the data: no year is skipped or carried over. */
export function tierHistory(index: CoreIndex, iso3: string): TierStripCell[] {
  return index.reportYears.map((reportYear) => {
    const s = tierStatus(index, iso3, reportYear);
    return { reportYear, cls: s.cls, inferred: s.cell?.basis === 'inferred' };
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

/** Font size of the strip's year labels, and a generous width of a four-digit year at that size. */
export const TICK_FONT_SIZE = 10;
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
