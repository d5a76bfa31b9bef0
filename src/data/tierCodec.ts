/**
 * The tier table's two functions between its compact wire form (tierTable.ts has its schema and says how it is
 * written) and the cells the app reads, without the schema: the app's first-load code decodes a file the build has
 * checked (src/data/README.md) without loading zod.
 */
import type { TierTable } from './tierTable';
import { MAX_YEAR, TIERS, type Confidence, type Tier } from './wire';

/**
 * How a tier cell was obtained: stated by a source, or inferred from complete lists and published counts
 * (tip_tiers_gapfill_derived.csv, the inferred rows of tip_tiers_2025_complete.csv).
 */
export const TIER_BASES = ['stated', 'inferred'] as const;
export type TierBasis = (typeof TIER_BASES)[number];

/** One report year's tier of one country, as the app reads it. */
export interface TierCell {
  reportYear: number;
  tier: Tier;
  source: string;
  basis: TierBasis;
  /**
   * How an inferred cell was inferred, in words a reader understands ("inferred from the published count of 33
   * Tier 1 countries"). Present exactly when basis is "inferred".
   */
  reason?: string;
  confidence: Confidence;
  /** The original source named by the table (e.g. "Kelley & Heiss map_tiers", "CIA World Factbook"). */
  origin: string;
}

/** The character of each tier in a country's tier string. */
export const TIER_CODE: Record<Tier, string> = {
  'Tier 1': '1',
  'Tier 2': '2',
  'Tier 2 Watch List': 'W',
  'Tier 3': '3',
  'Special Case': 'S',
};
export const NO_CELL = '-';
const TIER_OF_CODE = new Map(TIERS.map((t) => [TIER_CODE[t], t]));

/** The cells of a checked table, per ISO3, sorted by report year. */
export function decodeTierTable(table: TierTable): Record<string, TierCell[]> {
  const kinds = table.kinds.map(([source, basis, confidence, origin, reason]) => ({
    source: table.sources[source]!,
    basis,
    reason: reason === null ? undefined : table.reasons[reason]!,
    confidence,
    origin: table.origins[origin]!,
  }));
  const out: Record<string, TierCell[]> = {};
  for (const [iso3, [tiers, kindIndices]] of Object.entries(table.countries)) {
    const cells: TierCell[] = [];
    for (let i = 0, k = 0; i < tiers.length; i++) {
      const tier = TIER_OF_CODE.get(tiers[i]!);
      if (!tier) continue;
      const { source, basis, reason, confidence, origin } = kinds[kindIndices[k++]!]!;
      cells.push(
        reason === undefined
          ? { reportYear: table.firstYear + i, tier, source, basis, confidence, origin }
          : { reportYear: table.firstYear + i, tier, source, basis, reason, confidence, origin },
      );
    }
    out[iso3] = cells;
  }
  return out;
}

/** A data file holding a tier table, as the app reads it: the table decoded (core.json's read after its check). */
export const readTierTable = <T extends { tiers: TierTable }>({
  tiers,
  ...rest
}: T): Omit<T, 'tiers'> & { tiers: Record<string, TierCell[]> } => ({
  ...rest,
  tiers: decodeTierTable(tiers),
});

/**
 * The compact table of tier cells per ISO3 (each country's cells in increasing report years). Throws, naming the
 * country and year, on what the table cannot hold: a tier it does not know, two cells for one year, years out of
 * order.
 */
export function encodeTierTable(tiers: Readonly<Record<string, readonly TierCell[]>>): TierTable {
  const years = Object.values(tiers).flatMap((cells) => cells.map((c) => c.reportYear));
  const firstYear = years.length > 0 ? Math.min(...years) : MAX_YEAR;
  const tables = { sources: new Map<string, number>(), origins: new Map<string, number>() };
  const reasons = new Map<string, number>();
  const kinds = new Map<string, number>();
  const kindList: TierTable['kinds'] = [];
  const indexIn = (map: Map<string, number>, value: string) => {
    if (!map.has(value)) map.set(value, map.size);
    return map.get(value)!;
  };
  const countries: TierTable['countries'] = {};
  for (const iso3 of Object.keys(tiers).sort()) {
    let text = '';
    const kindIndices: number[] = [];
    for (const c of tiers[iso3]!) {
      const code = (TIER_CODE as Record<string, string | undefined>)[c.tier];
      const at = c.reportYear - firstYear;
      if (code === undefined) throw new Error(`${iso3} ${c.reportYear}: "${c.tier}" is not a tier`);
      if (!Number.isInteger(at) || at < text.length)
        throw new Error(`${iso3} ${c.reportYear}: report years must be whole, increasing and not repeated`);
      text += NO_CELL.repeat(at - text.length) + code;
      const kind: TierTable['kinds'][number] = [
        indexIn(tables.sources, c.source),
        c.basis,
        c.confidence,
        indexIn(tables.origins, c.origin),
        c.reason === undefined ? null : indexIn(reasons, c.reason),
      ];
      const key = JSON.stringify(kind);
      if (!kinds.has(key)) {
        kinds.set(key, kindList.length);
        kindList.push(kind);
      }
      kindIndices.push(kinds.get(key)!);
    }
    countries[iso3] = [text, kindIndices];
  }
  return {
    firstYear,
    sources: [...tables.sources.keys()],
    origins: [...tables.origins.keys()],
    reasons: [...reasons.keys()],
    kinds: kindList,
    countries,
  };
}
