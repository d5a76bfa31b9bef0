/**
 * The build's check of the data files it ships (public/data/*.json), with the dataset's one schema: the app then
 * reads these files without checking them again on every load (src/data/loaders.ts compares each file's SHA-256
 * with the one given here). A file the schema rejects stops the build, naming the file and where it breaks; a file
 * the schema reads differently from `readCheckedFile` (a default it would fill in, say) is left out, and the app
 * checks it on every load as before.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { readCheckedFile } from '../src/data/datasetRead';
import type { CheckedFiles } from '../src/data/loaders';
import { checkDataset } from '../src/data/datasetCheck';
import { DATASET_FILES, type DatasetFileKey } from '../src/data/wire';

export interface DataCheck {
  checked: CheckedFiles;
  /** Why a file is left to the app's own check. */
  notes: string[];
}

export async function checkDataFiles(dir: string): Promise<DataCheck> {
  const checked: CheckedFiles = {};
  const notes: string[] = [];
  for (const key of Object.keys(DATASET_FILES) as DatasetFileKey[]) {
    const path = join(dir, DATASET_FILES[key]);
    const bytes = readFileSync(path);
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch (e) {
      throw new Error(`${path} is not valid JSON: ${(e as Error).message}`, { cause: e });
    }
    // The app's own whole check (in one piece: no browser to yield to), with its words for a problem.
    const result = await checkDataset(key, json, null);
    if (!result.ok) throw new Error(`${path} ${result.reason}`);
    if (!isDeepStrictEqual(result.data, readCheckedFile(key, json))) {
      notes.push(
        `${DATASET_FILES[key]}: the schema reads it differently from the app's direct read; checked on every load`,
      );
      continue;
    }
    checked[key] = createHash('sha256').update(bytes).digest('hex');
  }
  return { checked, notes };
}
