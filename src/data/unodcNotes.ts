/**
 * What to say beside a UNODC value that is not simply the current release's. Kept free of chart code so the map's
 * country panel (first view) can use it without loading the charts.
 */
import { monthYear } from './dates';
import { LESS_THAN_FIVE } from './wire';
import type { UnodcDataset, UnodcIndicator, UnodcValue } from './schema';
import { formatNumber } from './englishText';

/** UNODC publishes counts under five as "<5": shown as such, never as zero; other counts as "12,345". */
export const formatUnodcValue = (v: UnodcValue): string => (v === LESS_THAN_FIVE ? v : formatNumber(v, 3));

/** "April 2025" from "2025-04-14"; null when the date is missing or malformed. */
export const releaseMonth = (isoDate: string | null | undefined): string | null => monthYear(isoDate);

/** "the May 2023 release": a release of unodc.json by source id, named by its month. */
export function unodcReleaseName(unodc: Pick<UnodcDataset, 'releases'>, source: string): string {
  const when = releaseMonth(unodc.releases?.find((r) => r.source === source)?.released);
  return when ? `the ${when} release` : 'an earlier release';
}

/**
 * "revised; 10,613 in the May 2023 release" where the current release changed the value; "from the May 2023
 * release (not in the April 2025 release)" for a country only the earlier release reports; null for a plain
 * current value.
 */
export function unodcValueNote(
  unodc: Pick<UnodcDataset, 'releases' | 'revised' | 'carried'>,
  iso3: string,
  indicator: UnodcIndicator,
  dataYear: number,
): string | null {
  const carried = unodc.carried?.[iso3];
  if (carried) {
    const current = unodc.releases?.[0];
    return `from ${unodcReleaseName(unodc, carried)} (not in ${current ? unodcReleaseName(unodc, current.source) : 'the current release'})`;
  }
  const earlier = unodc.revised?.[iso3]?.[indicator]?.find(([y]) => y === dataYear);
  if (!earlier) return null;
  const previous = unodc.releases?.[1];
  return `revised; ${formatUnodcValue(earlier[1])} in ${previous ? unodcReleaseName(unodc, previous.source) : 'an earlier release'}`;
}
