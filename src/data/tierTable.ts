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
import { NO_CELL, TIER_BASES } from './tierCodec';
import { CONFIDENCE, MAX_YEAR, sourceIdSchema, yearSchema } from './schemaBase';

export { TIER_BASES, decodeTierTable, encodeTierTable, readTierTable } from './tierCodec';
export type { TierCell } from './tierCodec';

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
