/**
 * A data file as the app reads it, once its contents are known to be good: what the schema's own transform makes
 * of it (core.json's tier table decoded; the other files as written). zod-free, so the app's first-load code can
 * read a file the build has checked (the build's `tip-data-checked` step holds that this gives exactly what the
 * whole schema gives for the files it ships; src/data/README.md).
 */
import type { z } from 'zod';
import type { DATASET_SCHEMAS } from './schema';
import { readTierTable } from './tierCodec';
import type { TierTable } from './tierTable';
import type { DatasetFileKey } from './wire';

export type DatasetOf<K extends DatasetFileKey> = z.infer<(typeof DATASET_SCHEMAS)[K]>;

export function readCheckedFile<K extends DatasetFileKey>(key: K, json: unknown): DatasetOf<K> {
  if (key === 'core') return readTierTable(json as { tiers: TierTable }) as unknown as DatasetOf<K>;
  return json as DatasetOf<K>;
}
