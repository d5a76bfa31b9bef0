/**
 * The world geometry: the world-atlas file, shipped with the app (never fetched from a CDN), read into one feature
 * per country outline. Free of the app's libraries (React, react-query): a map link with no picture reads it, and
 * draws its outlines, while the app's code is still downloading (mapEarly.ts).
 */
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Emitted as a hashed asset next to the app and fetched from it (never from a CDN): kept out of the first-load
// JavaScript so the app shell parses sooner, and loaded in parallel with core.json.
import worldAtlasUrl from 'world-atlas/countries-110m.json?url';
import { fetchFirst } from '../../data/dataFetch';
import { DataLoadError } from '../../data/dataLoadError';
import { EXCLUDED_FEATURE_IDS } from './mapConstants';

export interface WorldFeature {
  /** Stable key: the ISO numeric id, or the Natural Earth name for features without one. */
  key: string;
  numericId: string | null;
  /** Natural Earth's short name ("Bosnia and Herz."); the app shows the dataset's names instead. */
  geoName: string;
  geometry: Geometry;
  /**
   * [lon, lat] inside the feature's largest polygon: where a tooltip points and a keyboard focus lands. A lazy
   * getter (computed once, on first read): copy features field by field, never with a spread.
   */
  readonly anchor: [number, number];
}

type CountryProps = { name: string };

export function largestPolygon(geometry: Geometry): Polygon | MultiPolygon | Geometry {
  if (geometry.type !== 'MultiPolygon') return geometry;
  let best: Polygon | null = null;
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) {
      best = polygon;
      bestArea = area;
    }
  }
  return best ?? geometry;
}

export type WorldTopology = Topology<{ countries: GeometryCollection<CountryProps> }>;

/** Features of the world-atlas topology, without Antarctica, each with an anchor point. */
export function worldFeatures(topology: WorldTopology): WorldFeature[] {
  const collection = feature(topology, topology.objects.countries);
  return collection.features
    .filter((f) => f.id === undefined || !EXCLUDED_FEATURE_IDS.has(String(f.id)))
    .map((f: Feature<Geometry, CountryProps>) => {
      const numericId = f.id === undefined ? null : String(f.id);
      let anchor: [number, number] | null = null;
      return {
        key: numericId ?? f.properties.name,
        numericId,
        geoName: f.properties.name,
        geometry: f.geometry,
        // Computed on first use (a tooltip or the keyboard), not for all 177 countries before the first paint.
        get anchor() {
          return (anchor ??= geoCentroid(largestPolygon(f.geometry)) as [number, number]);
        },
      };
    });
}

const GEOMETRY_FILE = 'countries-110m.json';

export async function fetchWorldFeatures(fetcher: typeof fetch = fetchFirst): Promise<WorldFeature[]> {
  let response: Response;
  try {
    response = await fetcher(worldAtlasUrl);
  } catch (e) {
    throw new DataLoadError(GEOMETRY_FILE, `could not be downloaded (${(e as Error).message})`);
  }
  if (!response.ok)
    throw new DataLoadError(
      GEOMETRY_FILE,
      `the server answered ${response.status} ${response.statusText}`.trim(),
    );
  const topology = (await response.json().catch(() => null)) as WorldTopology | null;
  if (!topology || topology.type !== 'Topology' || !topology.objects?.countries)
    throw new DataLoadError(
      GEOMETRY_FILE,
      'is not the expected TopoJSON (the file may be truncated or corrupt)',
    );
  return worldFeatures(topology);
}

/** The page's first read of the geometry, shared by whoever asks first: the early drawing or the map's query. */
let firstRead: Promise<WorldFeature[]> | null = null;
let firstReadTaken = false;

/**
 * The geometry read once for the page's first map: started by the early drawing (mapEarly.ts) or by the map's query,
 * whichever asks first, and the same promise for both, so the file is neither downloaded nor decoded twice.
 */
export const readWorldOnce = (): Promise<WorldFeature[]> => (firstRead ??= fetchWorldFeatures());

/**
 * The map's query's read (mapGeometry.ts, worldQuery): the first takes over the page's first read; any later one
 * (Retry after a failure) downloads the file again.
 */
export function takeWorldRead(): Promise<WorldFeature[]> {
  if (firstReadTaken) return fetchWorldFeatures();
  firstReadTaken = true;
  return readWorldOnce();
}
