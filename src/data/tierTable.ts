/**
 * The tier table of core.json in its compact wire form, and the two functions between it and the cells the app
 * reads. A cell is written as one character of its country's tier string plus one small integer, the index of
 * its "kind" (source, basis, confidence, origin and reason, which repeat across thousands of cells), so the
 * table is about 200 short strings and arrays instead of some 4,200 objects of six fields: 1/8 of the bytes and
 * a small fraction of the values for the schema to check on every load.
 *
 *   { firstYear: 2001, sources: ["tip-tiers-combined", …], origins: ["CIA World Factbook", …],
 *     reasons: ["inferred from …"], kinds: [[0, "stated", "high", 0, null], …],
 *     countries: { "SRB": ["-1122…", [0, 0, 3, …]], … } }
 *
 * Character i of a country's string is report year firstYear + i: 1, 2, W (Tier 2 Watch List), 3, S (Special
 * Case), or - for no cell (absent = not known; a tier is never carried between years). Each character other than
 * - takes the next entry of the country's kind list. The schema checks every index against its table, so a broken
 * file is rejected naming the country or kind at fault, and decoding after a successful check cannot fail.
 */
import * as z from 'zod/mini';
import {
  CONFIDENCE,
  MAX_YEAR,
  TIERS,
  sourceIdSchema,
  yearSchema,
  type Confidence,
  type Tier,
} from './schemaBase';

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
const NO_CELL = '-';
const TIER_OF_CODE = new Map(TIERS.map((t) => [TIER_CODE[t], t]));
const REASON_RULE = 'an inferred tier cell says how it was inferred (reason), and only an inferred one';

const indexSchema = z.int().check(z.nonnegative());

export const tierTableSchema = z
  .strictObject({
    /** The report year of the first character of every tier string. */
    firstYear: yearSchema,
    /** Source ids (core.json's `sources`) the kinds point to. */
    sources: z.array(sourceIdSchema),
    /** The original sources named by the tables. */
    origins: z.array(z.string()),
    /** How inferred cells were inferred. */
    reasons: z.array(z.string().check(z.minLength(1))),
    /** [source index, basis, confidence, origin index, reason index or null]. */
    kinds: z.array(
      z.tuple([indexSchema, z.enum(TIER_BASES), z.enum(CONFIDENCE), indexSchema, z.nullable(indexSchema)]),
    ),
    /**
     * ISO3 → [tier string, one kind index per cell]. The indices are checked in the loop below, with the
     * references: a schema per number would make them the bulk of the work of reading core.json.
     */
    countries: z.record(
      z.string().check(z.regex(/^[A-Z]{3}$/)),
      z.tuple([z.string().check(z.regex(/^[-12W3S]*$/)), z.array(z.number())]),
    ),
  })
  .check(
    z.superRefine((table, ctx) => {
      const outOf = (what: string, i: number, n: number) =>
        `${what} ${i} is not in the table of ${n} ${what}s`;
      table.kinds.forEach(([source, basis, , origin, reason], i) => {
        const problem =
          source >= table.sources.length
            ? outOf('source', source, table.sources.length)
            : origin >= table.origins.length
              ? outOf('origin', origin, table.origins.length)
              : reason !== null && reason >= table.reasons.length
                ? outOf('reason', reason, table.reasons.length)
                : (basis === 'inferred') !== (reason !== null)
                  ? REASON_RULE
                  : null;
        if (problem) ctx.addIssue({ code: 'custom', path: ['kinds', i], message: `kind ${i}: ${problem}` });
      });
      for (const [iso3, [tiers, kinds]] of Object.entries(table.countries)) {
        const problem = countryProblem(table.firstYear, tiers, kinds, table.kinds.length);
        if (problem)
          ctx.addIssue({ code: 'custom', path: ['countries', iso3], message: `${iso3}: ${problem}` });
      }
    }),
  );
export type TierTable = z.infer<typeof tierTableSchema>;

function countryProblem(firstYear: number, tiers: string, kinds: number[], kindCount: number): string | null {
  if (tiers.length > 0 && firstYear + tiers.length - 1 > MAX_YEAR)
    return `its tiers run to report year ${firstYear + tiers.length - 1}, past ${MAX_YEAR}`;
  let cell = 0;
  for (let i = 0; i < tiers.length; i++) {
    if (tiers[i] === NO_CELL) continue;
    const kind = kinds[cell++];
    if (kind !== undefined && !(Number.isInteger(kind) && kind >= 0 && kind < kindCount))
      return `report year ${firstYear + i} has kind ${kind}, but the table has ${kindCount} kinds`;
  }
  return cell === kinds.length ? null : `${cell} tiers but ${kinds.length} kind indices`;
}

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
