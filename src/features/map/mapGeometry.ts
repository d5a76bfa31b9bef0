/**
 * The world geometry's query, and the one border where the map's ISO numeric ids become the ISO3 codes the rest of
 * the app uses. The file itself is read in worldGeometry.ts.
 */
import { useQuery } from '@tanstack/react-query';
import type { CoreIndex } from '../../shared/datasetSelectors';
import { SMALL_PLACE_COORDINATES, UNNUMBERED_FEATURE_ISO3 } from './mapConstants';
import { compareText } from '../../data/englishText';
import { takeWorldRead, type WorldFeature } from './worldGeometry';

export {
  fetchWorldFeatures,
  largestPolygon,
  worldFeatures,
  type WorldFeature,
  type WorldTopology,
} from './worldGeometry';

/** A feature joined to the dataset: iso3 is null for land the TIP Report does not rate on its own. */
export interface JoinedFeature extends WorldFeature {
  iso3: string | null;
}

/** A rated place without a shape at this scale: drawn as a circle where coordinates are known. */
export interface SmallPlace {
  iso3: string;
  coordinates: [number, number] | null;
}

/** react-query's key of the world geometry; the build's pre-render seeds the cache under the same key. */
export const WORLD_QUERY_KEY = ['geometry', 'countries-110m'] as const;

/** The world geometry's query: loaded once per session (built into features once; every render reuses them). */
export const worldQuery = {
  queryKey: WORLD_QUERY_KEY,
  queryFn: takeWorldRead,
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
