/** What the map's specs share: the live map, a country's shape on it, and opening the app at a map link. */
import { expect, type Page } from '@playwright/test';
import { openApp } from './helpers';

export const mapSvg = (page: Page) => page.locator('.map-frame svg[data-ready="true"]');
export const shape = (page: Page, iso3: string) => mapSvg(page).locator(`[data-iso3="${iso3}"]`).first();

export async function openMap(page: Page, query = '') {
  await openApp(page, query);
  await expect(mapSvg(page)).toBeVisible();
}
