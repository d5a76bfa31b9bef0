/** What the pre-rendered first view's specs share: the picture, the live map and how to load the page without the app. */
import { expect, type Page } from '@playwright/test';
import { readCore } from './coreData';

export const picture = (page: Page) => page.locator('#prerender');
/** The report the picture shows: the latest with tier data. */
export const LATEST_REPORT = Math.max(
  ...readCore()
    .coverage.filter((c) => c.status !== 'none')
    .map((c) => c.reportYear),
);
/** The picture on screen: the laptop one (≥ 1160 px) or the phone one (≤ 430 px); styles.css hides the other. */
export const pictureMap = (page: Page) =>
  page.locator('#prerender .map-frame svg[data-prerendered="true"]').filter({ visible: true });
export const liveMap = (page: Page) => page.locator('.map-frame svg[data-ready="true"]');

/** Each drawn country's tier class, as the map in `scope` shows it. */
export const classesIn = (page: Page, selector: string) =>
  page
    .locator(selector)
    .locator('[data-iso3]')
    .evaluateAll((els) =>
      Object.fromEntries(els.map((e) => [e.getAttribute('data-iso3'), e.getAttribute('data-class')])),
    );

export const PHONE = { width: 390, height: 844 };

/** Loads the page with the app's JavaScript (or only the chunk matching `block`) refused by the network. */
export async function openWithoutApp(page: Page, query = '', block: RegExp = /\/assets\/.*\.js$/) {
  await page.route(block, (route) => route.abort());
  await page.goto(`./${query}`);
}

/** A tooltip's lines (the picture's or the live map's): name, tier, change, Watch List run, and how a tier was inferred. */
export const tooltipLines = (page: Page, tooltip: string) =>
  page
    .locator(`${tooltip} :is(.tt-name, .tt-tier, .tt-change, .tt-streak, [data-testid="tooltip-inferred"])`)
    .allInnerTexts();

/** The keys pressed on a map (the picture's or the live one), and what a screen reader hears after each. */
export const MAP_KEYS = ['ArrowRight', 'ArrowRight', 'PageDown', 's', 'End', 'ArrowLeft', 'Home', 'PageUp'];
export async function announcements(page: Page, announcer: string, keys = MAP_KEYS): Promise<string[]> {
  const heard: string[] = [];
  for (const key of keys) {
    const before = await page.locator(announcer).textContent();
    await page.keyboard.press(key);
    await expect(page.locator(announcer)).not.toHaveText(before ?? '');
    heard.push((await page.locator(announcer).textContent()) ?? '');
  }
  return heard;
}
