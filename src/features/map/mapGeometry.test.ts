import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import worldTopology from 'world-atlas/countries-110m.json';
import { coreDatasetSchema } from '../../data/schema';
import { indexCore } from '../../shared/datasetSelectors';
import { SMALL_PLACE_COORDINATES } from './mapConstants';
import {
  fetchWorldFeatures,
  joinFeatures,
  smallPlaces,
  worldFeatures,
  type WorldTopology,
} from './mapGeometry';

// The real dataset and geometry: what is matched and what is not is a property of the two together.
const core = coreDatasetSchema.parse(JSON.parse(readFileSync('public/data/core.json', 'utf8')));
const index = indexCore(core);
const world = worldFeatures(worldTopology as unknown as WorldTopology);

describe('worldFeatures', () => {
  it('leaves out Antarctica and the French Southern Lands', () => {
    const ids = world.map((f) => f.numericId);
    expect(ids).not.toContain('010');
    expect(ids).not.toContain('260');
    expect(world.length).toBe(175);
  });

  it('anchors a country inside its largest polygon (France in Europe, not French Guiana)', () => {
    const [lon, lat] = world.find((f) => f.numericId === '250')!.anchor;
    expect(lon).toBeGreaterThan(-5);
    expect(lat).toBeGreaterThan(42);
  });
});

describe('joinFeatures', () => {
  const joined = joinFeatures(index, world);

  it('joins at least 165 shapes to rated countries by ISO numeric id', () => {
    expect(new Set(joined.flatMap((f) => (f.iso3 ? [f.iso3] : []))).size).toBeGreaterThanOrEqual(165);
  });

  it('joins the unnumbered Kosovo feature to XKX and draws Somaliland with Somalia', () => {
    expect(joined.find((f) => f.geoName === 'Kosovo')?.iso3).toBe('XKX');
    expect(joined.find((f) => f.geoName === 'Somaliland')?.iso3).toBe('SOM');
  });

  it('leaves land the TIP Report does not rate on its own unjoined', () => {
    const unrated = joined.filter((f) => f.iso3 === null).map((f) => f.geoName);
    expect(unrated).toEqual(expect.arrayContaining(['Greenland', 'W. Sahara', 'N. Cyprus']));
  });

  it('returns the same array for the same index and geometry', () => {
    expect(joinFeatures(index, world)).toBe(joined);
  });
});

describe('smallPlaces', () => {
  const places = smallPlaces(index, joinFeatures(index, world));

  it('lists every rated country without a shape, Hong Kong, Macau and Malta among them', () => {
    expect(places.map((p) => p.iso3)).toEqual(expect.arrayContaining(['HKG', 'MAC', 'MLT', 'SGP', 'BHR']));
  });

  it('has coordinates for each of them, so none disappears from the map', () => {
    expect(places.filter((p) => p.coordinates === null)).toEqual([]);
    for (const p of places) expect(p.coordinates).toEqual(SMALL_PLACE_COORDINATES[p.iso3]);
  });

  it('leaves out places never rated in any report', () => {
    expect(places.map((p) => p.iso3)).not.toContain('AND');
  });
});

describe('fetchWorldFeatures', () => {
  it('names the file when the server fails', async () => {
    const failing = (async () =>
      new Response('gone', { status: 404, statusText: 'Not Found' })) as typeof fetch;
    await expect(fetchWorldFeatures(failing)).rejects.toThrow('countries-110m.json: the server answered 404');
  });

  it('refuses a file that is not TopoJSON', async () => {
    const wrong = (async () => new Response('{"type":"FeatureCollection"}')) as typeof fetch;
    await expect(fetchWorldFeatures(wrong)).rejects.toThrow('not the expected TopoJSON');
  });
});
