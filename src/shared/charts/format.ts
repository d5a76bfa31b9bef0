import { format } from 'd3-format';
import { LESS_THAN_FIVE } from '../../data/wire';
import type { UnodcValue } from '../../data/schema';

const thousands = format(',');
const ratioFormat = format('.2f');
const compact = format('~s');

/** "1,206"; "<5" stays "<5" (UNODC publishes counts under five that way; never shown as zero). */
export function formatCount(value: UnodcValue | number): string {
  if (value === LESS_THAN_FIVE) return LESS_THAN_FIVE;
  return thousands(value);
}

/**
 * Tick labels of one axis, in one style: "1,000" while every tick is under 10,000; once one reaches it, all use
 * the short form ("0, 5k, 10k, 15k"), never a mix such as "5,000, 10k".
 */
export function formatTicks(values: readonly number[]): string[] {
  const short = values.some((v) => Math.abs(v) >= 10_000);
  return values.map((v) => (short && v !== 0 ? compact(v).replace('G', 'B') : thousands(v)));
}

export const formatRatio = (value: number): string => ratioFormat(value);

// Month names from a table, not Intl (src/data/dates.ts).
export { monthYear } from '../../data/dates';

// listJoin lives in ./words, which the map's first load reads without this module's d3-format.
export { listJoin } from './words';

/** Collapses runs of consecutive years: [2003, 2004, 2005, 2009] → "2003–2005, 2009". */
export function yearRuns(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let prev = sorted[0];
  for (const y of sorted.slice(1).concat(Number.NaN)) {
    if (start === undefined || prev === undefined) break;
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    parts.push(start === prev ? String(start) : `${start}–${prev}`);
    start = y;
    prev = y;
  }
  return parts.join(', ');
}
