import { useQuery } from '@tanstack/react-query';
import { dataUrl, fetchFirst } from './dataFetch';
import { DataLoadError } from './dataLoadError';
import { readCheckedFile, type DatasetOf } from './datasetRead';
import { browserYield, type YieldFn } from './slicedParse';
import { DATASET_FILES, type DatasetFileKey } from './wire';

export type { DatasetOf } from './datasetRead';

export { DataLoadError } from './dataLoadError';

/** SHA-256 (hex) of each data file's bytes, per file, for the files a build checked. */
export type CheckedFiles = Partial<Record<DatasetFileKey, string>>;

/**
 * The data files the build checked against the dataset's schema, by the SHA-256 of their bytes: vite.config.ts
 * (`tip-data-checked`) checks public/data/*.json with the same schema as the app and defines this for each file
 * the whole schema accepts and reads exactly as `readCheckedFile` does. Undefined outside a build (the dev server,
 * unit tests): every file is then checked.
 */
declare const __DATA_CHECKED_AT_BUILD__: CheckedFiles | undefined;
const BUILD_CHECKED: CheckedFiles =
  typeof __DATA_CHECKED_AT_BUILD__ === 'undefined' ? {} : __DATA_CHECKED_AT_BUILD__;

/** Whether these bytes are the file the build checked: the same SHA-256. False where the browser cannot hash. */
async function isBuildChecked(bytes: ArrayBuffer, expected: string | undefined): Promise<boolean> {
  const subtle = globalThis.crypto?.subtle;
  if (!expected || !subtle) return false;
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
    return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('') === expected;
  } catch {
    return false;
  }
}

/**
 * A data file, checked against the dataset's schema. A file byte for byte the one the build checked with that
 * schema is read without checking it again (its SHA-256 is compared); any other (a file replaced after the build,
 * a broken download, the dev server) is checked whole, in its own chunk of code (datasetCheck.ts), and a problem
 * is named exactly.
 */
export async function fetchDataset<K extends DatasetFileKey>(
  key: K,
  fetcher: typeof fetch = fetchFirst,
  yieldToBrowser: YieldFn | null = browserYield(),
  checkedAtBuild: CheckedFiles = BUILD_CHECKED,
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
  let bytes: ArrayBuffer;
  let json: unknown;
  try {
    bytes = await response.arrayBuffer();
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new DataLoadError(file, 'is not valid JSON (the file may be truncated or corrupt)');
  }
  const validating = performance.now();
  if (await isBuildChecked(bytes, checkedAtBuild[key])) {
    const data = readCheckedFile(key, json);
    measureSince(`tip:validate:${key}`, validating);
    return data;
  }
  let check: typeof import('./datasetCheck');
  try {
    check = await import('./datasetCheck');
  } catch (e) {
    // The check's own code could not be downloaded (offline since the page loaded): Retry can fix that.
    throw new DataLoadError(
      file,
      `could not be checked: the code that checks it did not download (${(e as Error).message})`,
    );
  }
  const result = await check.checkDataset(key, json, yieldToBrowser);
  measureSince(`tip:validate:${key}`, validating);
  if (!result.ok) throw new DataLoadError(file, result.reason);
  return result.data;
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

/** A data file's query, loaded once per session: what `useDataset` reads and what the app's start asks for early. */
export const datasetQuery = <K extends DatasetFileKey>(key: K) =>
  ({
    queryKey: DATASET_QUERY_KEY(key),
    queryFn: () => fetchDataset(key),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    // A file that failed (asked for as the app starts, before any view is mounted) shows its error and Retry: the
    // view mounting does not ask again by itself.
    retryOnMount: false,
  }) as const;

/** A data file, loaded once; `enabled: false` waits without fetching (for data only some states need). */
export function useDataset<K extends DatasetFileKey>(key: K, enabled = true) {
  return useQuery({ ...datasetQuery(key), enabled });
}

export const useCore = () => useDataset('core');
export const useUnodc = () => useDataset('unodc');
export const useFacts = () => useDataset('facts');
