import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchEarly, fetchFirst } from './dataFetch';

afterEach(() => vi.unstubAllGlobals());

describe('fetchEarly and fetchFirst', () => {
  it('hands a file started early to the first loader asking, once, with its body', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(`{"n":${fetched.length}}`, { status: 200, statusText: 'OK' });
    });
    fetchEarly(['./data/a.json']);
    fetchEarly(['./data/a.json']); // started once
    expect(fetched).toEqual(['./data/a.json']);
    const first = await fetchFirst('./data/a.json');
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ n: 1 });
    // A second request (a retry) downloads the file again.
    expect(await (await fetchFirst('./data/a.json')).json()).toEqual({ n: 2 });
    expect(fetched).toHaveLength(2);
  });

  it('keeps the status of a file that is missing, for the loader to report', async () => {
    vi.stubGlobal('fetch', async () => new Response('not found', { status: 404, statusText: 'Not Found' }));
    fetchEarly(['./data/missing.json']);
    const response = await fetchFirst('./data/missing.json');
    expect([response.ok, response.status, response.statusText]).toEqual([false, 404, 'Not Found']);
  });

  it('leaves a failed download to the loader that takes it, and no rejection unhandled before', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      vi.stubGlobal('fetch', async () => {
        throw new TypeError('Failed to fetch');
      });
      fetchEarly(['./data/offline.json']);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(fetchFirst('./data/offline.json')).rejects.toThrow('Failed to fetch');
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('fetches anything not started early, and a request with options, from the network', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response('{}');
    });
    fetchEarly(['./data/b.json']);
    await fetchFirst('./data/c.json');
    await fetchFirst('./data/b.json', { cache: 'no-store' });
    expect(fetched).toEqual(['./data/b.json', './data/c.json', './data/b.json']);
  });
});
