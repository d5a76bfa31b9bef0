import { afterEach, describe, expect, it, vi } from 'vitest';
import worldTopology from 'world-atlas/countries-110m.json';

// Each test gets the module afresh: the first read is the page's, once per page.
const freshModule = async () => {
  vi.resetModules();
  return import('./worldGeometry');
};
const serving = (status = 200) => vi.fn(async () => new Response(JSON.stringify(worldTopology), { status }));

describe('the page’s first read of the world geometry', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('is one download shared by the early drawing and the map’s query; a Retry downloads it again', async () => {
    const fetchMock = serving();
    vi.stubGlobal('fetch', fetchMock);
    const geometry = await freshModule();
    const early = geometry.readWorldOnce();
    const query = geometry.takeWorldRead();
    expect(query).toBe(early);
    expect((await query).length).toBeGreaterThan(170);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    // Asked again by the early drawing after the query took it: still the one read, no new download.
    expect(geometry.readWorldOnce()).toBe(early);
    await geometry.takeWorldRead();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('reaches the query as the failure it was, and a Retry gets the file', async () => {
    const failing = serving(503);
    vi.stubGlobal('fetch', failing);
    const geometry = await freshModule();
    const early = geometry.readWorldOnce();
    early.catch(() => undefined);
    await expect(geometry.takeWorldRead()).rejects.toThrow('countries-110m.json: the server answered 503');
    vi.stubGlobal('fetch', serving());
    expect((await geometry.takeWorldRead()).length).toBeGreaterThan(170);
  });

  it('is read by the map’s query itself when nothing drew ahead', async () => {
    const fetchMock = serving();
    vi.stubGlobal('fetch', fetchMock);
    const geometry = await freshModule();
    expect((await geometry.takeWorldRead()).length).toBeGreaterThan(170);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
