/**
 * The world geometry, shipped inside the app bundle (never fetched from a CDN), and the one border where the
 * map's ISO numeric ids become the ISO3 codes the rest of the app uses.
 */
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { useQuery } from '@tanstack/react-query';
// Emitted as a hashed asset next to the app and fetched from it (never from a CDN): kept out of the first-load
// JavaScript so the app shell parses sooner, and loaded in parallel with core.json.
import worldAtlasUrl from 'world-atlas/countries-110m.json?url';
import { fetchFirst } from '../../data/dataFetch';
import { DataLoadError } from '../../data/loaders';
import type { CoreIndex } from '../../shared/datasetSelectors';
import { EXCLUDED_FEATURE_IDS, SMALL_PLACE_COORDINATES, UNNUMBERED_FEATURE_ISO3 } from './mapConstants';
import { compareText } from '../../data/englishText';

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

/** A feature joined to the dataset: iso3 is null for land the TIP Report does not rate on its own. */
export interface JoinedFeature extends WorldFeature {
  iso3: string | null;
}

/** A rated place without a shape at this scale: drawn as a circle where coordinates are known. */
export interface SmallPlace {
  iso3: string;
  coordinates: [number, number] | null;
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

/** react-query's key of the world geometry; the build's pre-render seeds the cache under the same key. */
export const WORLD_QUERY_KEY = ['geometry', 'countries-110m'] as const;

/** The world geometry's query: loaded once per session (built into features once; every render reuses them). */
export const worldQuery = {
  queryKey: WORLD_QUERY_KEY,
  queryFn: () => fetchWorldFeatures(),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
  // As the data files' (datasetQuery): a failure shows its error and Retry, and a view mounting does not ask again.
  retryOnMount: false,
} as const;

/** The world geometry, for the map view: fetched when it mounts (a failure waits for Retry), again on reconnect. */
export const useWorldFeatures = () => useQuery(worldQuery);

/**
 * The world geometry as the app follows it from view to view: fetched while `wanted` (a map link's first load), but
 * not asked for again after a failure because the map view came back. react-query fetches a query with no data
 * whenever an observer's `enabled` turns true, whatever `retryOnMount` says; that request could succeed between a
 * user's look at the error and their click on Retry, and take the error and its Retry away. A failure waits for
 * Retry, as a data file's does.
 */
export const useWorldFeaturesWhile = (wanted: boolean) =>
  useQuery({ ...worldQuery, enabled: (query) => wanted && query.state.status !== 'error' });

const joinCache = new WeakMap<readonly WorldFeature[], WeakMap<CoreIndex, readonly JoinedFeature[]>>();

/** The one place numeric ids (and the few unnumbered features) become ISO3 codes. */
export function joinFeatures(index: CoreIndex, features: readonly WorldFeature[]): readonly JoinedFeature[] {
  const byIndex = joinCache.get(features) ?? new WeakMap<CoreIndex, readonly JoinedFeature[]>();
  joinCache.set(features, byIndex);
  const cached = byIndex.get(index);
  if (cached) return cached;
  const joined = features.map((f) => {
    const byId = f.numericId ? index.byNumeric.get(f.numericId)?.iso3 : undefined;
    const byName = f.numericId === null ? UNNUMBERED_FEATURE_ISO3[f.geoName] : undefined;
    const iso3 = byId ?? (byName && index.countries.has(byName) ? byName : null);
    // Not a spread: that would compute every lazy anchor now.
    const joinedFeature: JoinedFeature = {
      key: f.key,
      numericId: f.numericId,
      geoName: f.geoName,
      geometry: f.geometry,
      get anchor() {
        return f.anchor;
      },
      iso3,
    };
    return joinedFeature;
  });
  byIndex.set(index, joined);
  return joined;
}

/** Whether a country has any tier or "Tier 1 or 2" listing in any report year of the data. */
export function isRated(index: CoreIndex, iso3: string): boolean {
  if ((index.tierByCountryYear.get(iso3)?.size ?? 0) > 0) return true;
  for (const cov of index.coverage.values()) if (cov.tier1or2Set.has(iso3)) return true;
  return false;
}

/**
 * Rated countries with no shape on the map, in name order. None of them may silently disappear: each is drawn
 * as a circle (when its coordinates are known) and listed beside the map.
 */
export function smallPlaces(index: CoreIndex, joined: readonly JoinedFeature[]): SmallPlace[] {
  const drawn = new Set(joined.map((f) => f.iso3).filter((c): c is string => c !== null));
  return [...index.countries.values()]
    .filter((c) => !drawn.has(c.iso3) && isRated(index, c.iso3))
    .sort((a, b) => compareText(a.name, b.name))
    .map((c) => ({ iso3: c.iso3, coordinates: SMALL_PLACE_COORDINATES[c.iso3] ?? null }));
}
