/**
 * Builds public/data/*.json from data/raw/* and data/document-facts.json.
 *   npm run data         writes the dataset
 *   npm run data:check   fails when public/data differs from what the pipeline builds
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASET_FILES, type DatasetFileKey } from '../src/data/schema';
import { buildDataset, type InputFile } from './pipeline/build';
import { DataBuildError } from './pipeline/problems';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = process.env.TIP_SEEDS_DIR ?? resolve(root, '..', 'shared', 'seeds');
const outDir = join(root, 'public', 'data');

const read = (path: string): InputFile => ({ file: path, text: readFileSync(join(root, path), 'utf8') });

function readSeeds(): Map<string, string> | null {
  if (!existsSync(seedsDir)) return null;
  const texts = new Map<string, string>();
  for (const name of readdirSync(seedsDir).filter((n) => n.endsWith('.txt'))) {
    texts.set(name, readFileSync(join(seedsDir, name), 'utf8'));
  }
  return texts;
}

export const serialize = (value: unknown): string => `${JSON.stringify(value)}\n`;

function main(): void {
  const check = process.argv.includes('--check');
  let built;
  try {
    built = buildDataset({
      iso: read('data/raw/iso-country-codes/CountryISO_Codes.csv'),
      tiersCombined: read('data/raw/tip-tiers-combined/tip_tiers_combined.csv'),
      tiersGapfill: read('data/raw/tip-tiers-gapfill/tip_tiers_gapfill.csv'),
      tiersDerived: read('data/raw/tip-tiers-gapfill/tip_tiers_gapfill_derived.csv'),
      tiers2024Check: read('data/raw/tip-tiers-2024-tier2-check/tip_tiers_2024_tier2_check.csv'),
      tiers2025: read('data/raw/tip-tiers-2025/tip_tiers_2025_complete.csv'),
      tiers2025Provenance: read('data/raw/tip-tiers-2025/PROVENANCE.md'),
      globalLawEnforcement: read('data/raw/tip-global-law-enforcement/global_law_enforcement_data.csv'),
      glotip: read('data/raw/unodc-glotip-2024/data_glotip_long_2025-04.csv'),
      glotipPrevious: read('data/raw/unodc-glotip/data_glotip_long.csv'),
      facts: read('data/document-facts.json'),
      documents: read('data/documents.json'),
      seedTexts: readSeeds(),
    });
  } catch (e) {
    if (e instanceof DataBuildError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  for (const w of built.warnings) console.warn(`warning: ${w}`);

  const stale: string[] = [];
  for (const key of Object.keys(DATASET_FILES) as DatasetFileKey[]) {
    const path = join(outDir, DATASET_FILES[key]);
    const text = serialize(built.files[key]);
    if (check) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text)
        stale.push(`public/data/${DATASET_FILES[key]}`);
    } else {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(path, text);
      console.log(`wrote public/data/${DATASET_FILES[key]} (${text.length} bytes)`);
    }
  }
  if (check) {
    if (stale.length > 0) {
      console.error(
        `public/data is out of date: ${stale.join(', ')} differ from what the pipeline builds. Run npm run data.`,
      );
      process.exit(1);
    }
    console.log('public/data matches what the pipeline builds.');
  }
}

main();
