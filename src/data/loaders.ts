import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { DATASET_FILES, DATASET_SCHEMAS, DATASET_SLICED, type DatasetFileKey } from './schema';
import { browserYield, parseSliced, type YieldFn } from './slicedParse';

/** Why a data file could not be used: which file, and what went wrong, in words a user can act on. */
export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DataLoadError';
  }
}

export type DatasetOf<K extends DatasetFileKey> = z.infer<(typeof DATASET_SCHEMAS)[K]>;

/** The data files sit next to index.html, so the app works from any folder it is served from. */
export const dataUrl = (key: DatasetFileKey): string =>
  `${import.meta.env.BASE_URL}data/${DATASET_FILES[key]}`;

export async function fetchDataset<K extends DatasetFileKey>(
  key: K,
  fetcher: typeof fetch = fetch,
  yieldToBrowser: YieldFn | null = browserYield(),
): Promise<DatasetOf<K>> {
  const file = DATASET_FILES[key];
  let response: Response;
  try {
    response = await fetcher(dataUrl(key));
  } catch (e) {
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    throw new DataLoadError(
      file,
      offline
        ? 'could not be downloaded: the browser is offline. Reconnect, then retry'
        : `could not be downloaded (${(e as Error).message})`,
    );
  }
  if (!response.ok)
    throw new DataLoadError(file, `the server answered ${response.status} ${response.statusText}`.trim());
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataLoadError(file, 'is not valid JSON (the file may be truncated or corrupt)');
  }
  const validating = performance.now();
  // A large file is checked in slices where the browser can yield between them; the whole schema decides otherwise
  // (and names the first problem when there is one).
  const sliced = DATASET_SLICED[key];
  const inSlices = sliced && yieldToBrowser ? await parseSliced(sliced, json, yieldToBrowser) : null;
  if (inSlices !== null) {
    measureSince(`tip:validate:${key}`, validating);
    return inSlices as DatasetOf<K>;
  }
  const parsed = DATASET_SCHEMAS[key].safeParse(json);
  measureSince(`tip:validate:${key}`, validating);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
    throw new DataLoadError(
      file,
      `does not have the expected shape${where}: ${first?.message ?? 'unknown problem'}`,
    );
  }
  return parsed.data as DatasetOf<K>;
}

/** An in-page measure (the bench reads the "tip:" ones); never lets a missing Performance API break loading. */
function measureSince(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // No User Timing Level 3 here (an old browser, a test environment): nothing to record.
  }
}

/** react-query's key of a data file; the build's pre-render seeds the cache under the same key. */
export const DATASET_QUERY_KEY = (key: DatasetFileKey) => ['dataset', key] as const;

/** A data file, loaded once; `enabled: false` waits without fetching (for data only some states need). */
export function useDataset<K extends DatasetFileKey>(key: K, enabled = true) {
  return useQuery({
    queryKey: DATASET_QUERY_KEY(key),
    queryFn: () => fetchDataset(key),
    enabled,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}

export const useCore = () => useDataset('core');
export const useUnodc = () => useDataset('unodc');
export const useFacts = () => useDataset('facts');
