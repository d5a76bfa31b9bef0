/**
 * Two UNODC GLOTIP releases into one dataset: the current release's values, and what it changed against the
 * earlier one, so the app can show the current value and say where it was revised.
 *
 * - A value both releases hold, with different numbers, is current and "revised" (the earlier value is kept).
 * - A country-year-indicator only the earlier release holds, for a country the current release still reports, is
 *   "dropped": it is kept apart, never among the current values.
 * - A country the current release has no value for at all (Kosovo and North Korea in April 2025,
 *   unodc-glotip-2024/PROVENANCE.md) keeps its earlier series, labelled with the release it comes from.
 */
import {
  LESS_THAN_FIVE,
  type UnodcDataset,
  type UnodcIndicator,
  type UnodcPoint,
  type UnodcValue,
} from '../../src/data/schema';
import type { UnodcSeriesByCountry } from './unodc';

type ByIndicator<T> = Partial<Record<UnodcIndicator, T[]>>;

export interface ReleaseComparison {
  /** The values to show: the current release, plus whole countries only the earlier release has. */
  countries: UnodcSeriesByCountry;
  /** Countries whose values all come from the earlier release: ISO3 → that release's source id. */
  carried: Record<string, string>;
  /** The earlier release's value where the current one differs: [data year, earlier value]. */
  revised: Record<string, ByIndicator<UnodcPoint>>;
  /** Values the current release no longer holds, for countries it still reports: [data year, earlier value]. */
  dropped: Record<string, ByIndicator<UnodcPoint>>;
  /** Data years the current release holds that the earlier one did not. */
  added: Record<string, ByIndicator<number>>;
}

const push = <T>(
  target: Record<string, ByIndicator<T>>,
  iso3: string,
  indicator: UnodcIndicator,
  item: T,
) => {
  ((target[iso3] ??= {})[indicator] ??= []).push(item);
};

export function compareReleases(
  current: UnodcSeriesByCountry,
  earlier: UnodcSeriesByCountry,
  earlierSourceId: string,
): ReleaseComparison {
  const countries: UnodcSeriesByCountry = { ...current };
  const carried: Record<string, string> = {};
  const revised: ReleaseComparison['revised'] = {};
  const dropped: ReleaseComparison['dropped'] = {};
  const added: ReleaseComparison['added'] = {};

  for (const [iso3, series] of Object.entries(earlier)) {
    if (!(iso3 in current)) {
      countries[iso3] = series;
      carried[iso3] = earlierSourceId;
    }
  }
  const codes = [...new Set([...Object.keys(current), ...Object.keys(earlier)])].sort();
  for (const iso3 of codes) {
    if (carried[iso3]) continue;
    const now = current[iso3] ?? {};
    const before = earlier[iso3] ?? {};
    const indicators = [...new Set([...Object.keys(now), ...Object.keys(before)])].sort() as UnodcIndicator[];
    for (const indicator of indicators) {
      const nowByYear = new Map<number, UnodcValue>(now[indicator] ?? []);
      const beforeByYear = new Map<number, UnodcValue>(before[indicator] ?? []);
      for (const [dataYear, value] of beforeByYear) {
        if (!nowByYear.has(dataYear)) push(dropped, iso3, indicator, [dataYear, value] as UnodcPoint);
        else if (nowByYear.get(dataYear) !== value)
          push(revised, iso3, indicator, [dataYear, value] as UnodcPoint);
      }
      for (const dataYear of nowByYear.keys()) {
        if (!beforeByYear.has(dataYear)) push(added, iso3, indicator, dataYear);
      }
    }
  }
  return { countries, carried, revised, dropped, added };
}

export type ReleaseChange = 'revised' | 'new' | 'dropped';

/**
 * Every value that changed between the two releases, rebuilt from a built unodc.json (current values plus its
 * revised / dropped / added lists): "iso3 dataYear indicator before after change". With `lessThanFiveAsEmpty`, a
 * "<5" counts as no value, as the reference file revisions_vs_2023-05_release.csv counts it.
 */
export function releaseChanges(
  unodc: Pick<UnodcDataset, 'countries' | 'carried' | 'revised' | 'dropped' | 'added'>,
  indicators: readonly UnodcIndicator[],
  lessThanFiveAsEmpty = false,
): {
  iso3: string;
  dataYear: number;
  indicator: UnodcIndicator;
  before: string;
  after: string;
  change: ReleaseChange;
}[] {
  const text = (v: UnodcValue | undefined) =>
    v === undefined || (lessThanFiveAsEmpty && v === LESS_THAN_FIVE) ? '' : String(v);
  const out: ReturnType<typeof releaseChanges> = [];
  const codes = [...new Set([...Object.keys(unodc.countries), ...Object.keys(unodc.dropped ?? {})])].sort();
  for (const iso3 of codes) {
    if (unodc.carried?.[iso3]) continue;
    for (const indicator of indicators) {
      const now = new Map<number, UnodcValue>(unodc.countries[iso3]?.[indicator] ?? []);
      const before = new Map<number, UnodcValue>(now);
      for (const y of unodc.added?.[iso3]?.[indicator] ?? []) before.delete(y);
      for (const [y, v] of unodc.revised?.[iso3]?.[indicator] ?? []) before.set(y, v);
      for (const [y, v] of unodc.dropped?.[iso3]?.[indicator] ?? []) before.set(y, v);
      for (const dataYear of [...new Set([...now.keys(), ...before.keys()])].sort()) {
        const [a, b] = [text(before.get(dataYear)), text(now.get(dataYear))];
        if (a === b) continue;
        out.push({
          iso3,
          dataYear,
          indicator,
          before: a,
          after: b,
          change: !a ? 'new' : !b ? 'dropped' : 'revised',
        });
      }
    }
  }
  return out;
}
