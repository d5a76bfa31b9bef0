import { describe, expect, it } from 'vitest';
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
