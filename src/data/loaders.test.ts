import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { DataLoadError, fetchDataset } from './loaders';
import { encodeCore } from './schema';
import { coreFixture, fixtureFetch } from '../test/fixtures';

describe('fetchDataset', () => {
  it('returns a file that matches its schema', async () => {
    await expect(fetchDataset('core', fixtureFetch())).resolves.toEqual(coreFixture);
  });

  it('names the file and the HTTP status when the file is missing', async () => {
    const err = await fetchDataset('core', fixtureFetch({ 'core.json': undefined })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataLoadError);
    expect((err as DataLoadError).message).toBe('core.json: the server answered 404 Not Found');
  });

  it('says where a file of the wrong shape breaks the schema', async () => {
    const err = await fetchDataset(
      'core',
      fixtureFetch({ 'core.json': { ...encodeCore(coreFixture), countries: [{ iso3: 'x' }] } }),
    ).catch((e: unknown) => e);
    expect((err as DataLoadError).reason).toMatch(/^does not have the expected shape at countries\.0\./);
  });

  it('reports a network failure as a download problem', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const err = await fetchDataset('facts', failing).catch((e: unknown) => e);
    expect((err as DataLoadError).message).toBe('facts.json: could not be downloaded (Failed to fetch)');
  });
});

/** The hex SHA-256 of a text's UTF-8 bytes, as the build gives it for a file it checked. */
const sha256 = async (text: string) =>
  Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
const serving = (text: string) => (async () => new Response(text, { status: 200 })) as typeof fetch;

describe('fetchDataset and the files the build checked', () => {
  const good = JSON.stringify(encodeCore(coreFixture));
  // A field the schema does not allow: rejected whenever the schema runs.
  const unknownField = JSON.stringify({ ...encodeCore(coreFixture), extra: true });

  it('reads a file byte for byte the one the build checked without checking it again, tiers decoded', async () => {
    await expect(fetchDataset('core', serving(good), null, { core: await sha256(good) })).resolves.toEqual(
      coreFixture,
    );
    // The schema would reject this file: it is not run on it, since the build vouched for these very bytes.
    const read = await fetchDataset('core', serving(unknownField), null, {
      core: await sha256(unknownField),
    });
    expect(read).toMatchObject({ extra: true });
  });

  it('checks a file that differs from the one the build checked, and names its problem', async () => {
    const err = await fetchDataset('core', serving(unknownField), null, { core: await sha256(good) }).catch(
      (e: unknown) => e,
    );
    expect((err as DataLoadError).message).toMatch(/^core\.json: does not have the expected shape/);
  });

  it('checks every file where the browser cannot hash (no crypto.subtle outside a secure context)', async () => {
    vi.stubGlobal('crypto', {});
    try {
      const err = await fetchDataset('core', serving(unknownField), null, {
        core: 'not a hash this browser could compute',
      }).catch((e: unknown) => e);
      expect((err as DataLoadError).reason).toMatch(/^does not have the expected shape/);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('on any edit of a checked file, gives what the whole schema gives: the same data or the same problem', async () => {
    const checked = { core: await sha256(good) };
    const outcome = (p: Promise<unknown>) =>
      p.then(
        (data) => ({ data }),
        (e: unknown) => ({ error: (e as Error).message }),
      );
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: good.length - 1 }),
        fc.string({ minLength: 0, maxLength: 3 }),
        fc.nat({ max: 3 }),
        async (at, insert, remove) => {
          const edited = good.slice(0, at) + insert + good.slice(at + remove);
          const viaBuild = await outcome(fetchDataset('core', serving(edited), null, checked));
          const wholeCheck = await outcome(fetchDataset('core', serving(edited), null, {}));
          expect(viaBuild).toEqual(wholeCheck);
        },
      ),
      { numRuns: 200 },
    );
  });
});
