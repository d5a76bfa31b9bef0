import type { CoreDataset, Country, ReportYearCoverage, TierCell } from '../data/schema';
import { TIER_RANK, type TierClass } from './tierConstants';

export interface TierStatus {
  cls: TierClass;
  /** The table cell behind a known tier; null for "Tier 1 or 2" and "No data". */
  cell: TierCell | null;
}

/** Indexes built once per dataset: lookups on the map's render path must be cheap. */
export interface CoreIndex {
  countries: Map<string, Country>;
  byNumeric: Map<string, Country>;
  tierByCountryYear: Map<string, Map<number, TierCell>>;
  coverage: Map<number, ReportYearCoverage & { tier1or2Set: Set<string> }>;
  reportYears: number[];
  latestReportYear: number;
}

const indexCache = new WeakMap<CoreDataset, CoreIndex>();

export function indexCore(core: CoreDataset): CoreIndex {
  const cached = indexCache.get(core);
  if (cached) return cached;
  const tierByCountryYear = new Map<string, Map<number, TierCell>>();
  for (const [iso3, cells] of Object.entries(core.tiers)) {
    tierByCountryYear.set(iso3, new Map(cells.map((c) => [c.reportYear, c])));
  }
  const reportYears = core.coverage.map((c) => c.reportYear);
  const index: CoreIndex = {
    countries: new Map(core.countries.map((c) => [c.iso3, c])),
    byNumeric: new Map(core.countries.filter((c) => c.isoNumeric).map((c) => [c.isoNumeric!, c])),
    tierByCountryYear,
    coverage: new Map(core.coverage.map((c) => [c.reportYear, { ...c, tier1or2Set: new Set(c.tier1or2) }])),
    reportYears,
    latestReportYear: Math.max(...reportYears),
  };
  indexCache.set(core, index);
  return index;
}

/** A country's tier class in one report year. Never looks at another year: tiers are not carried over. */
export function tierStatus(index: CoreIndex, iso3: string, reportYear: number): TierStatus {
  const cell = index.tierByCountryYear.get(iso3)?.get(reportYear) ?? null;
  if (cell) return { cls: cell.tier, cell };
  if (index.coverage.get(reportYear)?.tier1or2Set.has(iso3)) return { cls: 'Tier 1 or 2', cell: null };
  return { cls: 'No data', cell: null };
}

export type TierChange = 'upgraded' | 'downgraded' | 'unchanged' | 'not comparable';

/**
 * The ordinal span a class stands for: a tier is a point, "Tier 1 or 2" the interval from 1 to 2.
 * Special Case and "No data" are off the scale.
 */
function rankSpan(cls: TierClass): [number, number] | null {
  if (cls === 'Tier 1 or 2') return [TIER_RANK['Tier 1']!, TIER_RANK['Tier 2']!];
  const r = TIER_RANK[cls];
  return r === null ? null : [r, r];
}

/**
 * Movement from one report to another. "Tier 1 or 2" still compares where the answer is certain: Tier 3 →
 * "Tier 1 or 2" is an upgrade whichever of the two it was; Tier 2 → "Tier 1 or 2" is not comparable. Special Case
 * to Special Case is unchanged; Special Case or no data against a tier is not comparable.
 */
export function tierChange(from: TierClass, to: TierClass): TierChange {
  if (from === 'Special Case' && to === 'Special Case') return 'unchanged';
  const a = rankSpan(from);
  const b = rankSpan(to);
  if (!a || !b) return 'not comparable';
  if (a[0] === a[1] && b[0] === b[1] && a[0] === b[0]) return 'unchanged';
  if (b[1] < a[0]) return 'upgraded';
  if (b[0] > a[1]) return 'downgraded';
  return 'not comparable';
}

/** Size of a move in tier steps (the Watch List counts as half a step below Tier 2); null if not comparable. */
export function tierChangeSteps(from: TierClass, to: TierClass): number | null {
  const a = rankSpan(from);
  const b = rankSpan(to);
  if (!a || !b) return null;
  return b[0] > a[1] ? b[0] - a[1] : a[0] > b[1] ? a[0] - b[1] : 0;
}

export const countryName = (index: CoreIndex, iso3: string): string =>
  index.countries.get(iso3)?.name ?? iso3;
