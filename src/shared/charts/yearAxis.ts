import { MIN_YEAR_TICK_SPACING, YEAR_TICK_STEPS } from './chartConstants';

/**
 * A band axis of whole years: each year owns a cell of equal width, points sit at the cell centre.
 * The same axis places data years (counts) and report years (the tier strip), so equal years line up.
 */
export interface YearAxis {
  first: number;
  last: number;
  /** Pixel left and right of the whole axis. */
  left: number;
  right: number;
  cellWidth: number;
  /** Centre of a year's cell: where its point is drawn. */
  center: (year: number) => number;
  /** Left edge of a year's cell: what TierStripGroup's xOf expects. */
  leftEdge: (year: number) => number;
  /** The year whose cell holds pixel x, clamped to the axis. */
  yearAt: (x: number) => number;
  years: number[];
  /** Years that get a tick label at this width. */
  tickYears: number[];
}

export function yearAxis(domain: readonly [number, number], left: number, right: number): YearAxis {
  const [first, last] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const n = last - first + 1;
  const cellWidth = Math.max(0, right - left) / n;
  const years = Array.from({ length: n }, (_, i) => first + i);
  const step = YEAR_TICK_STEPS.find((s) => s * cellWidth >= MIN_YEAR_TICK_SPACING) ?? YEAR_TICK_STEPS.at(-1)!;
  const tickYears = years.filter((y) => y % step === 0);
  return {
    first,
    last,
    left,
    right,
    cellWidth,
    center: (year) => left + (year - first + 0.5) * cellWidth,
    leftEdge: (year) => left + (year - first) * cellWidth,
    yearAt: (x) => {
      if (cellWidth === 0) return first;
      const y = first + Math.floor((x - left) / cellWidth);
      return Math.min(last, Math.max(first, y));
    },
    years,
    tickYears: tickYears.length > 0 ? tickYears : [first],
  };
}

/** The smallest year range covering every year given (at least one year wide); null when there are none. */
export function yearExtent(...groups: readonly (readonly number[])[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const g of groups)
    for (const y of g) {
      if (y < lo) lo = y;
      if (y > hi) hi = y;
    }
  return Number.isFinite(lo) ? [lo, hi] : null;
}
