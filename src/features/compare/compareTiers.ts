// Compare's tier columns and the two-country difference view: the latest tier, the last move, and where two
// countries' tiers differed.
import { countryIdentities } from '../../shared/charts/countryData';
import { yearRuns } from '../../shared/charts/format';
import { tierChange, tierStatus, type CoreIndex, type TierChange } from '../../shared/datasetSelectors';
import { isTier, type TierClass } from '../../shared/tierConstants';
import { tierHistory } from '../../shared/tierHistory';
import { MAX_COUNTRIES } from '../../state/urlState';

export interface LatestTier {
  reportYear: number;
  cls: TierClass;
  /** The last report year with a stated or inferred tier (may be the same year). */
  lastKnown: { reportYear: number; cls: TierClass; inferred: boolean } | null;
  /** The report before the latest, and how the tier moved from it (spans such as "Tier 1 or 2" included). */
  previous: { reportYear: number; cls: TierClass } | null;
  change: TierChange;
}

/** The report Compare shows: the one the user chose (the `year` of the link), or the latest the data hold. */
export const compareReportYear = (index: CoreIndex, reportYear: number | null): number =>
  reportYear !== null && index.coverage.has(reportYear) ? reportYear : index.latestReportYear;

/** A country's tier in the report shown (the latest by default), its last known tier and its move from the report before. */
export function latestTier(index: CoreIndex, iso3: string, reportYear = index.latestReportYear): LatestTier {
  const cells = tierHistory(index, iso3).filter((c) => c.reportYear <= reportYear);
  const cls = cells.find((c) => c.reportYear === reportYear)?.cls ?? 'No data';
  const last = cells.filter((c) => isTier(c.cls)).at(-1);
  const prevCell = cells.find((c) => c.reportYear === reportYear - 1);
  return {
    reportYear,
    cls,
    lastKnown: last ? { reportYear: last.reportYear, cls: last.cls, inferred: !!last.inferred } : null,
    previous: prevCell ? { reportYear: prevCell.reportYear, cls: prevCell.cls } : null,
    change: prevCell ? tierChange(prevCell.cls, cls) : 'not comparable',
  };
}

/** The latest move between two consecutive reports with comparable tiers up to a report, if the data hold one. */
export function lastMove(
  index: CoreIndex,
  iso3: string,
  upTo = Infinity,
): { reportYear: number; from: TierClass; to: TierClass; change: TierChange } | null {
  const cells = tierHistory(index, iso3).filter((c) => c.reportYear <= upTo);
  for (let i = cells.length - 1; i > 0; i--) {
    const a = cells[i - 1]!;
    const b = cells[i]!;
    if (b.reportYear !== a.reportYear + 1) continue;
    const change = tierChange(a.cls, b.cls);
    if (change === 'upgraded' || change === 'downgraded')
      return { reportYear: b.reportYear, from: a.cls, to: b.cls, change };
  }
  return null;
}

export type TierComparison = 'differ' | 'same' | 'unknown';

/**
 * Whether two countries' tiers differed in a report year. "Tier 1 or 2" against Tier 1 or Tier 2 is unknown;
 * against the Watch List or Tier 3 it certainly differs. "No data" is always unknown.
 */
export function compareTiers(a: TierClass, b: TierClass): TierComparison {
  if (a === 'No data' || b === 'No data') return 'unknown';
  const vague = (c: TierClass) => c === 'Tier 1 or 2';
  const oneOrTwo = (c: TierClass) => c === 'Tier 1' || c === 'Tier 2' || c === 'Tier 1 or 2';
  if (vague(a) || vague(b)) {
    if (vague(a) && vague(b)) return 'unknown';
    return oneOrTwo(a) && oneOrTwo(b) ? 'unknown' : 'differ';
  }
  return a === b ? 'same' : 'differ';
}

export interface TierDifferenceRow {
  reportYear: number;
  a: TierClass;
  b: TierClass;
  comparison: TierComparison;
}

export function tierDifferences(index: CoreIndex, a: string, b: string): TierDifferenceRow[] {
  return index.reportYears.map((reportYear) => {
    const ca = tierStatus(index, a, reportYear).cls;
    const cb = tierStatus(index, b, reportYear).cls;
    return { reportYear, a: ca, b: cb, comparison: compareTiers(ca, cb) };
  });
}

/** "2004, 2007–2014" of the years two countries' tiers differed. */
export function differingYearsText(rows: readonly TierDifferenceRow[]): string {
  return yearRuns(rows.filter((r) => r.comparison === 'differ').map((r) => r.reportYear));
}

/**
 * Compare's tier history (`show=tiers`, live and exported): the known countries of the selection, up to six, each
 * with its tier cells up to the report shown, and the report years of the shared axis.
 */
export function tierHistoryRows(index: CoreIndex, selection: readonly string[], chosenYear: number | null) {
  const reportYear = compareReportYear(index, chosenYear);
  const countries = countryIdentities(index, selection).slice(0, MAX_COUNTRIES);
  return {
    reportYear,
    years: index.reportYears.filter((y) => y <= reportYear),
    countries,
    rows: countries.map((c) => ({
      ...c,
      cells: tierHistory(index, c.iso3).filter((cell) => cell.reportYear <= reportYear),
    })),
  };
}

/** What the tier history shows, with the months its last report assesses. */
export const tierHistorySubtitle = (years: readonly number[], reportYear: number): string =>
  `TIP tier by report year, ${years[0] ?? reportYear}–${reportYear} reports (the ${reportYear} report assesses April ${reportYear - 1} – March ${reportYear})`;
