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

export function tierChange(from: TierClass, to: TierClass): TierChange {
  const a = TIER_RANK[from];
  const b = TIER_RANK[to];
  if (a === null || b === null) {
    return from === to && from === 'Special Case' ? 'unchanged' : 'not comparable';
  }
  if (a === b) return 'unchanged';
  return b < a ? 'upgraded' : 'downgraded';
}

export const countryName = (index: CoreIndex, iso3: string): string =>
  index.countries.get(iso3)?.name ?? iso3;
