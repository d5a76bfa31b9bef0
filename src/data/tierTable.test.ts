/**
 * The compact tier table of core.json: any table of cells survives encode → check → decode unchanged, and any
 * hostile table is either rejected by the schema, naming the record at fault, or decodes to well-formed cells.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fetchDataset } from './loaders';
import { CONFIDENCE, coreDatasetSchema, encodeCore, MAX_YEAR, MIN_YEAR, TIERS } from './schema';
import { decodeTierTable, encodeTierTable, TIER_BASES, tierTableSchema, type TierCell } from './tierTable';
import { coreFixture, fixtureFetch } from '../test/fixtures';

const cellBody = fc.record({
  tier: fc.constantFrom(...TIERS),
  source: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
  confidence: fc.constantFrom(...CONFIDENCE),
  origin: fc.string({ maxLength: 20, unit: 'grapheme' }),
  reason: fc.option(fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }), { nil: undefined }),
});

/** A country's cells: distinct report years in increasing order, a reason exactly on inferred cells. */
const cellsArb = fc
  .uniqueArray(fc.integer({ min: MIN_YEAR, max: MAX_YEAR }), { maxLength: 12 })
  .chain((years) =>
    fc.tuple(...years.sort((a, b) => a - b).map((y) => cellBody.map((b) => ({ ...b, reportYear: y })))),
  )
  .map((cells) =>
    cells.map(({ reportYear, tier, source, confidence, origin, reason }): TierCell =>
      reason === undefined
        ? { reportYear, tier, source, basis: 'stated', confidence, origin }
        : { reportYear, tier, source, basis: 'inferred', reason, confidence, origin },
    ),
  );

const tiersArb = fc.dictionary(fc.stringMatching(/^[A-Z]{3}$/), cellsArb, { maxKeys: 8 });

describe('the compact tier table', () => {
  it('gives back every table of cells it encodes, through the schema the app reads with', () => {
    fc.assert(
      fc.property(tiersArb, (tiers) => {
        const wire = JSON.parse(JSON.stringify(encodeTierTable(tiers))) as unknown;
        const checked = tierTableSchema.safeParse(wire);
        expect(checked.error).toBeUndefined();
        expect(decodeTierTable(checked.data!)).toEqual(tiers);
      }),
    );
  });

  it('writes each country as one string and one array of small integers', () => {
    const table = encodeTierTable(coreFixture.tiers);
    expect(table.firstYear).toBe(2020);
    const [tiers, kinds] = table.countries.SRB!;
    expect(tiers).toBe('22');
    expect(kinds).toEqual([kinds[0], kinds[0]]);
    expect(table.kinds[kinds[0]!]).toEqual([
      table.sources.indexOf('tip-tiers-combined'),
      'stated',
      'medium',
      table.origins.indexOf('web page'),
      null,
    ]);
  });

  it('refuses to encode what it cannot hold, naming the country and year', () => {
    const cell: TierCell = {
      reportYear: 2020,
      tier: 'Tier 1',
      source: 's',
      basis: 'stated',
      confidence: 'high',
      origin: '',
    };
    expect(() => encodeTierTable({ SRB: [cell, cell] })).toThrow(/^SRB 2020: report years must be/);
    expect(() => encodeTierTable({ SRB: [{ ...cell, tier: 'Tier 4' as TierCell['tier'] }] })).toThrow(
      'SRB 2020: "Tier 4" is not a tier',
    );
  });

  it('rejects hostile tables without throwing, or decodes them to well-formed cells', () => {
    const valid = encodeTierTable({ SRB: coreFixture.tiers.SRB!, BLR: coreFixture.tiers.BLR! });
    const hostile = fc.oneof(
      fc.anything(),
      // A valid table with one field replaced by anything.
      fc
        .tuple(fc.constantFrom(...(Object.keys(valid) as (keyof typeof valid)[])), fc.anything())
        .map(([key, value]) => ({ ...valid, [key]: value })),
      // A valid table with one country's entry replaced by a string and integers of any kind.
      fc
        .tuple(fc.string({ maxLength: 40 }), fc.array(fc.integer({ min: -2, max: 9 }), { maxLength: 40 }))
        .map((entry) => ({ ...valid, countries: { ...valid.countries, SRB: entry } })),
      // Kinds that point anywhere.
      fc
        .array(
          fc.tuple(
            fc.nat(4),
            fc.constantFrom(...TIER_BASES),
            fc.constant('high'),
            fc.nat(4),
            fc.option(fc.nat(4)),
          ),
        )
        .map((kinds) => ({ ...valid, kinds })),
    );
    fc.assert(
      fc.property(hostile, (input) => {
        const checked = tierTableSchema.safeParse(input);
        if (!checked.success) {
          expect(checked.error.issues.length).toBeGreaterThan(0);
          return;
        }
        for (const [iso3, cells] of Object.entries(decodeTierTable(checked.data))) {
          expect(iso3).toMatch(/^[A-Z]{3}$/);
          for (const c of cells) {
            expect(TIERS).toContain(c.tier);
            expect(c.reportYear).toBeLessThanOrEqual(MAX_YEAR);
            expect(c.source).toMatch(/^[a-z0-9-]+$/);
            expect(typeof c.origin).toBe('string');
            expect(c.basis === 'inferred').toBe(typeof c.reason === 'string' && c.reason.length > 0);
          }
        }
      }),
    );
  });

  it('reads the fixture dataset as the build writes it', () => {
    expect(coreDatasetSchema.parse(encodeCore(coreFixture))).toEqual(coreFixture);
  });
});

describe('a broken tier table in core.json', () => {
  const broken = (change: (t: ReturnType<typeof encodeTierTable>) => void) => {
    const core = encodeCore(coreFixture);
    change(core.tiers);
    return fetchDataset('core', fixtureFetch({ 'core.json': core })).then(
      () => 'loaded',
      (e: Error) => e.message,
    );
  };

  it('names the file and the country whose kind index points past the table', async () => {
    await expect(broken((t) => (t.countries.SRB![1][1] = 99))).resolves.toBe(
      'core.json: does not have the expected shape at tiers.countries.SRB: ' +
        'SRB: report year 2021 has kind 99, but the table has 2 kinds',
    );
  });

  it('names the country whose kind index is not a whole, non-negative number', async () => {
    await expect(broken((t) => (t.countries.SRB![1][0] = -1))).resolves.toMatch(
      /at tiers\.countries\.SRB: SRB: report year 2020 has kind -1, but the table has 2 kinds$/,
    );
    await expect(broken((t) => (t.countries.SRB![1][0] = 0.5))).resolves.toMatch(
      /report year 2020 has kind 0\.5/,
    );
  });

  it('names the country whose tiers and kinds do not pair up', async () => {
    await expect(broken((t) => t.countries.BLR![1].push(0))).resolves.toBe(
      'core.json: does not have the expected shape at tiers.countries.BLR: BLR: 1 tiers but 2 kind indices',
    );
  });

  it('names the kind whose source or reason is missing', async () => {
    await expect(broken((t) => (t.kinds[0]![0] = 7))).resolves.toMatch(
      /^core\.json: does not have the expected shape at tiers\.kinds\.0: kind 0: source 7 is not in the table of 1 sources$/,
    );
    await expect(broken((t) => (t.kinds[0]![1] = 'inferred'))).resolves.toMatch(
      /at tiers\.kinds\.0: kind 0: an inferred tier cell says how it was inferred/,
    );
  });

  it('names the character that is not a tier', async () => {
    await expect(broken((t) => (t.countries.SRB![0] = '2X'))).resolves.toMatch(
      /^core\.json: does not have the expected shape at tiers\.countries\.SRB\.0: /,
    );
  });
});
