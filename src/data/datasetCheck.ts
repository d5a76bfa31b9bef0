/**
 * The whole check of a data file against the dataset's one schema (schema.ts, zod), in slices where the file is
 * large (slicedParse.ts). Its own chunk: the app loads it only for a file that is not byte for byte one the build
 * checked with the same schema (loaders.ts), and the build checks the files it ships with it (scripts/dataChecked.ts).
 */
import type { DatasetOf } from './datasetRead';
import { DATASET_SCHEMAS, DATASET_SLICED } from './schema';
import { parseSliced, type YieldFn } from './slicedParse';
import type { DatasetFileKey } from './wire';

/** The file's data, or why it is not good: where it first breaks the schema and how, in words a user can act on. */
export type CheckResult<K extends DatasetFileKey> =
  { ok: true; data: DatasetOf<K> } | { ok: false; reason: string };

export async function checkDataset<K extends DatasetFileKey>(
  key: K,
  json: unknown,
  yieldToBrowser: YieldFn | null,
): Promise<CheckResult<K>> {
  // A large file is checked in slices where the browser can yield between them; the whole schema decides otherwise
  // (and names the first problem when there is one).
  const sliced = DATASET_SLICED[key];
  const inSlices = sliced && yieldToBrowser ? await parseSliced(sliced, json, yieldToBrowser) : null;
  if (inSlices !== null) return { ok: true, data: inSlices as DatasetOf<K> };
  const parsed = DATASET_SCHEMAS[key].safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data as DatasetOf<K> };
  const first = parsed.error.issues[0];
  const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
  return {
    ok: false,
    reason: `does not have the expected shape${where}: ${first?.message ?? 'unknown problem'}`,
  };
}
