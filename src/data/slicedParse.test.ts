import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataLoadError, fetchDataset } from './loaders';
import {
  coreDatasetSchema,
  DATASET_SLICED,
  UNODC_INDICATORS,
  unodcDatasetSchema,
  type CoreDataset,
} from './schema';
import { MAX_YEAR, MIN_YEAR } from './schemaBase';
import { parseSliced } from './slicedParse';
import { coreFixture, fixtureFetch, unodcFixture } from '../test/fixtures';

const SLICED = DATASET_SLICED.unodc!;
const noYield = () => Promise.resolve();

describe('parseSliced (unodc.json)', () => {
  it('gives the whole schema’s data for the shipped file, yielding between slices', async () => {
    const json: unknown = JSON.parse(readFileSync('public/data/unodc.json', 'utf8'));
    let yields = 0;
    const sliced = await parseSliced(SLICED, json, async () => void yields++, 0);
    expect(sliced).toEqual(unodcDatasetSchema.parse(json));
    // A budget of 0 ms yields after every entry of the four records.
    const entries = ['countries', 'revised', 'dropped', 'added'].reduce(
      (n, f) => n + Object.keys((json as Record<string, object | undefined>)[f] ?? {}).length,
      0,
    );
    expect(yields).toBe(entries);
  });

  it('yields only when a slice has used its budget', async () => {
    let clock = 0;
    let yields = 0;
    const json = { ...unodcFixture, countries: { A: {}, B: {}, C: {}, D: {} } };
    // Each entry "takes" 3 ms: with an 8 ms budget the slices are A–C (9 ms) and D.
    await parseSliced(
      SLICED,
      json,
      async () => void yields++,
      8,
      () => (clock += 3),
    );
    expect(yields).toBe(1);
  });

  it('leaves a file with a problem to the whole schema (null), which names it', async () => {
    const bad = {
      ...unodcFixture,
      countries: { ...unodcFixture.countries, SRB: { victims: [[2020, -1]] } },
    };
    expect(await parseSliced(SLICED, bad, noYield, 0)).toBeNull();
    const err = await fetchDataset('unodc', fixtureFetch({ 'unodc.json': bad }), noYield).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DataLoadError);
    expect((err as DataLoadError).reason).toMatch(
      /^does not have the expected shape at countries\.SRB\.victims\.0\.1:/,
    );
  });

  it('fetchDataset with a yield gives what the whole schema gives', async () => {
    await expect(fetchDataset('unodc', fixtureFetch(), noYield)).resolves.toEqual(unodcFixture);
  });

  // Mostly valid pieces with a sprinkling of wrong ones, so that valid files, and files wrong in one entry only,
  // are both common.
  const junk = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.constant(null),
    fc.array(fc.integer(), { maxLength: 2 }),
  );
  const mostly = <T>(valid: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 40, arbitrary: valid }, { weight: 1, arbitrary: junk as fc.Arbitrary<unknown> });
  const validPoint = fc.tuple(
    fc.integer({ min: MIN_YEAR, max: MAX_YEAR }),
    fc.oneof(fc.nat(5000), fc.constant('<5')),
  );
  const point = fc.oneof(
    { weight: 120, arbitrary: validPoint as fc.Arbitrary<unknown> },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.integer({ min: 1800, max: 2200 }), fc.oneof(fc.integer(), fc.double())),
    },
    { weight: 1, arbitrary: junk },
  );
  const indicator = fc.oneof(
    { weight: 60, arbitrary: fc.constantFrom(...UNODC_INDICATORS) as fc.Arbitrary<string> },
    { weight: 1, arbitrary: fc.constant('bogus') },
  );
  const series = mostly(fc.dictionary(indicator, fc.array(point, { maxLength: 3 }), { maxKeys: 3 }));
  const key = fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom('SRB', 'VNM', 'BLR', 'THA', 'NGA') },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', '') },
    { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  );
  const record = fc.dictionary(key, series, { maxKeys: 5 });
  const years = mostly(
    fc.dictionary(
      indicator,
      fc.array(mostly(fc.integer({ min: MIN_YEAR, max: MAX_YEAR })), { maxLength: 3 }),
    ),
  );
  const dataset = fc.record(
    {
      version: mostly(fc.constant('x')),
      source: mostly(fc.constant('unodc-glotip-2024')),
      indicators: fc.constant(unodcFixture.indicators),
      countries: mostly(record),
      quirks: fc.constant([]),
      revised: mostly(record),
      dropped: mostly(record),
      added: mostly(fc.dictionary(key, years, { maxKeys: 3 })),
      extra: junk,
    },
    { requiredKeys: ['version', 'source', 'indicators', 'countries', 'quirks'] },
  );
  const extraRarely = fc.tuple(dataset, fc.nat(9)).map(([d, n]) => {
    if (n > 0) delete (d as { extra?: unknown }).extra;
    return d;
  });

  it('on any input: a sliced success is the whole schema’s success with the same data, and the whole schema’s success is sliced unless a key is __proto__', async () => {
    const outcomes = { valid: 0, invalid: 0 };
    await fc.assert(
      fc.asyncProperty(extraRarely, async (json) => {
        const sliced = await parseSliced(SLICED, json, noYield, 0);
        const whole = unodcDatasetSchema.safeParse(json);
        if (sliced !== null) {
          expect(whole.success).toBe(true);
          expect(sliced).toEqual(whole.data);
        }
        if (whole.success && !JSON.stringify(json).includes('"__proto__"')) expect(sliced).not.toBeNull();
        outcomes[whole.success ? 'valid' : 'invalid']++;
      }),
      { numRuns: 400 },
    );
    // Both kinds of file were tried, not only broken ones.
    expect(outcomes.valid).toBeGreaterThan(40);
    expect(outcomes.invalid).toBeGreaterThan(40);
  });
});

describe('parseSliced (core.json)', () => {
  const CORE = DATASET_SLICED.core!;
  const shipped: unknown = JSON.parse(readFileSync('public/data/core.json', 'utf8'));

  it('gives the whole schema’s data for the shipped file, its tier table decoded, a field per slice', async () => {
    let yields = 0;
    const sliced = await parseSliced(CORE, shipped, async () => void yields++, 0);
    expect(sliced).toEqual(coreDatasetSchema.parse(shipped));
    expect((sliced as CoreDataset).tiers.SRB?.length).toBeGreaterThan(20);
    // A budget of 0 ms yields after each of the five large fields.
    expect(yields).toBe(5);
  });

  it('leaves a file with a problem to the whole schema (null), which names it', async () => {
    const json = structuredClone(shipped) as { tiers: { countries: Record<string, unknown[]> } };
    json.tiers.countries.SRB![0] = 'tier 9';
    expect(await parseSliced(CORE, json, noYield, 0)).toBeNull();
    const err = await fetchDataset('core', fixtureFetch({ 'core.json': json }), noYield).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DataLoadError);
    expect((err as DataLoadError).reason).toMatch(
      /^does not have the expected shape at tiers\.countries\.SRB/,
    );
  });

  it('fetchDataset with a yield gives what the whole schema gives', async () => {
    await expect(fetchDataset('core', fixtureFetch(), noYield)).resolves.toEqual(coreFixture);
  });

  // The shipped file with one part replaced, removed or added: every field, at the top or deep inside.
  const paths = (v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) => {
    out.push(at);
    if (v && typeof v === 'object' && at.length < 4)
      for (const [k, c] of Object.entries(v).slice(0, 3))
        paths(c, [...at, Array.isArray(v) ? Number(k) : k], out);
    return out;
  };
  const ALL_PATHS = paths(shipped).filter((p) => p.length > 0);
  const replacement = fc.oneof(
    fc.string({ maxLength: 5 }),
    fc.integer({ min: -5, max: 3000 }),
    fc.constant(null),
    fc.constant(undefined),
    fc.constant([]),
    fc.constant({}),
    fc.constantFrom('1', '2', '2W', '3', 'S', '-', '12W3S'),
  );
  const mutation = fc.record({
    path: fc.constantFrom(...ALL_PATHS),
    value: replacement,
    how: fc.constantFrom('replace', 'delete', 'add', 'none'),
  });

  it('on any edit of the shipped file: a sliced success is the whole schema’s success with the same data', async () => {
    const outcomes = { valid: 0, invalid: 0 };
    await fc.assert(
      fc.asyncProperty(mutation, async ({ path, value, how }) => {
        const json = structuredClone(shipped) as Record<string | number, unknown>;
        let parent: Record<string | number, unknown> = json;
        for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
        const last = path.at(-1)!;
        if (how === 'replace') parent[last] = value;
        if (how === 'delete') delete parent[last];
        if (how === 'add') parent[`${String(last)}x`] = value;
        const sliced = await parseSliced(CORE, json, noYield, 0);
        const whole = coreDatasetSchema.safeParse(json);
        if (sliced !== null) {
          expect(whole.success).toBe(true);
          expect(sliced).toEqual(whole.data);
        }
        if (whole.success) expect(sliced).not.toBeNull();
        outcomes[whole.success ? 'valid' : 'invalid']++;
      }),
      { numRuns: 300 },
    );
    expect(outcomes.valid).toBeGreaterThan(20);
    expect(outcomes.invalid).toBeGreaterThan(20);
  });
});
