import { columnsThatFit } from '../../shared/charts/smallMultiples';
import { COMPARE_COLUMN_GAP } from './compareConstants';

export interface CompareGrid {
  /** Too narrow for a column per country: the countries stack, one under another (as on a phone). */
  stacked: boolean;
  /** How many columns the countries take: one per country, or one when stacked. */
  columns: number;
  /** Each column's width (whole pixels). */
  columnWidth: number;
}

/**
 * The one rule that places Compare's countries, on screen and in every export: a column per country where each gets
 * at least `minColumnWidth` with the gaps between them, otherwise stacked. The same `columnsThatFit` rule places the
 * small multiples. The screen asks for COMPARE_MIN_COLUMN_WIDTH; an export box for COMPARE_EXPORT_MIN_COLUMN_WIDTH,
 * since a slide magnifies its type (1.35× to 1.8×) and a narrower column still reads there.
 */
export function compareGrid(width: number, countries: number, minColumnWidth: number): CompareGrid {
  const n = Math.max(1, countries);
  const stacked = columnsThatFit(n, width, { minWidth: minColumnWidth, gap: COMPARE_COLUMN_GAP }) < n;
  const columns = stacked ? 1 : n;
  return {
    stacked,
    columns,
    columnWidth: Math.floor((width - (columns - 1) * COMPARE_COLUMN_GAP) / columns),
  };
}
