/**
 * Pure functions from the dataset index to what the map shows: one class per country for a report year,
 * counts for the legend, changes between two reports, Watch List streaks, and the keyboard order.
 */
import { REGIONS } from '../../data/wire';
import type { YearCoverage } from '../../data/schema';
import { tierChange, tierChangeSteps, tierStatus, type CoreIndex } from '../../shared/datasetSelectors';
import { TIER_CLASSES, type TierClass } from '../../shared/tierConstants';
import type { RegionPreset } from '../../state/urlState';
import { CHANGE_CLASSES, MEKONG_ISO3, PRESET_REGION, type ChangeClass } from './mapConstants';
import { compareText } from '../../data/englishText';

/** What the data holds for a report year as a whole; "missing" for a year the data does not list. */
export function yearCoverage(index: CoreIndex, reportYear: number): YearCoverage | 'missing' {
  return index.coverage.get(reportYear)?.status ?? 'missing';
}

/**
 * Every listed country's class in one report year. A year with no tier data, or one the data does not list,
 * is "No data" throughout: nothing is carried over from a neighbouring report.
 */
export function classesForYear(
  index: CoreIndex,
  reportYear: number,
  iso3s: readonly string[],
): Map<string, TierClass> {
  const status = yearCoverage(index, reportYear);
  const out = new Map<string, TierClass>();
  for (const iso3 of iso3s) {
    out.set(
      iso3,
      status === 'none' || status === 'missing' ? 'No data' : tierStatus(index, iso3, reportYear).cls,
    );
  }
  return out;
}

/** How many of `members` fall in each class, in the given class order (zero where none). */
export function countClasses<C extends string>(
  classes: ReadonlyMap<string, C>,
  order: readonly C[],
  members?: Iterable<string>,
): Record<C, number> {
  const counts = Object.fromEntries(order.map((c) => [c, 0])) as Record<C, number>;
  for (const iso3 of members ?? classes.keys()) {
    const cls = classes.get(iso3);
    if (cls !== undefined) counts[cls] += 1;
  }
  return counts;
}

export const legendCounts = (classes: ReadonlyMap<string, TierClass>, members?: Iterable<string>) =>
  countClasses(classes, TIER_CLASSES, members);

/** Movement from one report to another: the shared rule, so the map, Compare and the panel agree. */
export const compareClasses: (from: TierClass, to: TierClass) => ChangeClass = tierChange;

/** Size of a move in tier steps (the Watch List counts as half a step below Tier 2); null if not comparable. */
export const changeSteps = tierChangeSteps;

/** The report before `reportYear` in the data, or null for the first. */
export function previousReportYear(index: CoreIndex, reportYear: number): number | null {
  const i = index.reportYears.indexOf(reportYear);
  return i > 0 ? index.reportYears[i - 1]! : null;
}

/** The baseline of Changes mode: the chosen year if it is an earlier report in the data, else the previous. */
export function effectiveFromYear(index: CoreIndex, toYear: number, fromYear: number | null): number | null {
  if (fromYear !== null && fromYear < toYear && index.coverage.has(fromYear)) return fromYear;
  return previousReportYear(index, toYear);
}

export interface CountryChange {
  iso3: string;
  name: string;
  region: string;
  from: TierClass;
  to: TierClass;
  change: ChangeClass;
  steps: number | null;
  /** How the tier of each report was inferred, in words; null when a source states it (or there is none). */
  fromInferred?: string | null;
  toInferred?: string | null;
}

export function changesBetween(
  index: CoreIndex,
  fromYear: number | null,
  toYear: number,
  iso3s: readonly string[],
): CountryChange[] {
  const before = fromYear === null ? null : classesForYear(index, fromYear, iso3s);
  const after = classesForYear(index, toYear, iso3s);
  const reasonOf = (iso3: string, year: number | null) =>
    (year === null ? undefined : index.tierByCountryYear.get(iso3)?.get(year)?.reason) ?? null;
  return iso3s.map((iso3) => {
    const from = before?.get(iso3) ?? 'No data';
    const to = after.get(iso3) ?? 'No data';
    const country = index.countries.get(iso3);
    return {
      iso3,
      name: country?.name ?? iso3,
      region: country?.region ?? '',
      from,
      to,
      change: compareClasses(from, to),
      steps: changeSteps(from, to),
      fromInferred: from === 'No data' ? null : reasonOf(iso3, fromYear),
      toInferred: to === 'No data' ? null : reasonOf(iso3, toYear),
    };
  });
}

export const changeCounts = (changes: readonly CountryChange[]): Record<ChangeClass, number> =>
  countClasses(new Map(changes.map((c) => [c.iso3, c.change])), CHANGE_CLASSES);

/** How many reports in a row, ending with `reportYear`, put the country on the Watch List. */
export function watchListStreak(index: CoreIndex, iso3: string, reportYear: number): number {
  let i = index.reportYears.indexOf(reportYear);
  let streak = 0;
  while (i >= 0) {
    const year = index.reportYears[i]!;
    // A report year missing between two listed ones breaks the run: we do not know what it said.
    if (streak > 0 && year !== reportYear - streak) break;
    if (classesForYear(index, year, [iso3]).get(iso3) !== 'Tier 2 Watch List') break;
    streak += 1;
    i -= 1;
  }
  return streak;
}

export interface WatchListRun {
  iso3: string;
  name: string;
  /** Consecutive reports on the Watch List, ending with the report shown. */
  streak: number;
  firstReportYear: number;
}

/**
 * Countries on the Watch List in the report shown and the one before it (the TVPA downgrades a country after
 * two consecutive Watch List years unless it is waived), longest run first.
 */
export function watchListRuns(
  index: CoreIndex,
  reportYear: number,
  iso3s: readonly string[],
): WatchListRun[] {
  return iso3s
    .map((iso3) => ({ iso3, streak: watchListStreak(index, iso3, reportYear) }))
    .filter((r) => r.streak >= 2)
    .map((r) => ({
      ...r,
      name: index.countries.get(r.iso3)?.name ?? r.iso3,
      firstReportYear: reportYear - r.streak + 1,
    }))
    .sort((a, b) => b.streak - a.streak || compareText(a.name, b.name));
}

/** The countries a region preset covers; null for the world. */
export function regionMembers(index: CoreIndex, preset: RegionPreset): Set<string> | null {
  if (preset === 'world') return null;
  if (preset === 'mekong') return new Set(MEKONG_ISO3.filter((c) => index.countries.has(c)));
  const region = PRESET_REGION[preset];
  return new Set([...index.countries.values()].filter((c) => c.region === region).map((c) => c.iso3));
}

/** Keyboard order on the map: by region (in the dataset's region order), then by name. */
export function navigationOrder(index: CoreIndex, iso3s: Iterable<string>): string[] {
  const regionRank = (iso3: string) => REGIONS.indexOf(index.countries.get(iso3)?.region ?? 'MENA');
  const name = (iso3: string) => index.countries.get(iso3)?.name ?? iso3;
  return [...new Set(iso3s)].sort((a, b) => regionRank(a) - regionRank(b) || compareText(name(a), name(b)));
}

/**
 * Type-ahead on the map: the next country, in name order, whose name starts with `prefix` ("bel" → Belarus,
 * then Belgium, then Belize), searching after `from` and wrapping round.
 */
export function typeaheadMatch(
  index: CoreIndex,
  candidates: readonly string[],
  prefix: string,
  from: string | null,
): string | null {
  const p = prefix.toLowerCase();
  const name = (iso3: string) => index.countries.get(iso3)?.name ?? iso3;
  const byName = [...candidates].sort((a, b) => compareText(name(a), name(b)));
  const start = from ? byName.indexOf(from) : -1;
  // A repeated first letter cycles; a longer prefix may stay on the current country.
  const offset = p.length > 1 || start < 0 ? 0 : 1;
  const first = Math.max(start, 0);
  for (let k = 0; k < byName.length; k++) {
    const iso3 = byName[(first + offset + k) % byName.length]!;
    if (name(iso3).toLowerCase().startsWith(p)) return iso3;
  }
  return null;
}
