/**
 * public/data/core.json for the end-to-end tests: read through the dataset's schema (its tier table is written in
 * a compact form, src/data/tierTable.ts), and served changed, encoded again as the build writes it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { coreDatasetSchema, encodeCore, type CoreDataset } from '../../src/data/schema';

/** The dataset the app serves, with its tier cells per ISO3 and report year. */
export const readCore = (): CoreDataset =>
  coreDatasetSchema.parse(JSON.parse(readFileSync('public/data/core.json', 'utf8')));

/** Serves core.json with `change` made to the dataset as the app reads it. */
export async function routeCore(page: Page, change: (core: CoreDataset) => void): Promise<void> {
  await page.route('**/data/core.json', async (route) => {
    const response = await route.fetch();
    const core = coreDatasetSchema.parse(await response.json());
    change(core);
    await route.fulfill({ response, json: encodeCore(core) });
  });
}
