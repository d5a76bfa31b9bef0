/**
 * The map's other cases, each in a page of its own: a lists-only report, a report year with no tier data, play and
 * pause on the page's own clock, a phone west of UTC, and a region link's map drawn ahead of the app.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { routeCore } from './coreData';
import { clippedSvgText, resetPage, screenshotPath } from './helpers';
import { mapSvg, openMap, shape } from './mapHelpers';
import { PLAY_INTERVAL_MS } from '../../src/features/map/mapConstants';

/** The date of the UNODC release the map's country panel cites (unodc.json's newest). */
const unodcRelease = (
  JSON.parse(readFileSync('public/data/unodc.json', 'utf8')) as { releases: { released: string }[] }
).releases[0]!.released;

/** Serves core.json with the 2025 report reduced to its Watch List, Tier 3 and Special Cases (lists-only). */
async function listsOnly2025(page: Page) {
  await routeCore(page, (data) => {
    const tier1or2: string[] = [];
    for (const iso3 of Object.keys(data.tiers)) {
      const cells = data.tiers[iso3]!;
      if (cells.some((c) => c.reportYear === 2025 && (c.tier === 'Tier 1' || c.tier === 'Tier 2'))) {
        tier1or2.push(iso3);
        data.tiers[iso3] = cells.filter((c) => c.reportYear !== 2025);
      }
    }
    const cov = data.coverage.find((c) => c.reportYear === 2025)!;
    Object.assign(cov, {
      status: 'lists-only',
      known: cov.known - tier1or2.length,
      tier1or2: tier1or2.sort(),
    });
  });
}

test.describe('Tier map', () => {
  test('a lists-only 2025 report: "Tier 1 or 2" and a year slider that stays put', async ({ page }) => {
    test.setTimeout(120000);
    await test.step('a lists-only year shows "Tier 1 or 2", never a tier carried over', async () => {
      // No report year in the data is lists-only any more: make 2025 one, as its sources were before the full list.
      await listsOnly2025(page);
      await openMap(page, '?year=2025');
      await expect(shape(page, 'SRB')).toHaveAttribute('data-class', 'Tier 1 or 2');
      await expect(page.getByTestId('coverage-note')).toContainText('Watch List and Tier 3 only');
      await expect(page.locator('.year-tick[data-year="2025"]')).toHaveAttribute('data-status', 'lists-only');
      await expect(page.getByRole('button', { name: /Tier 1 or 2\s*\d+/ })).toBeVisible();
    });
    await test.step('the year slider stays put when a lists-only year brings its coverage note', async () => {
      await resetPage(page);
      await listsOnly2025(page);
      for (const size of [
        { width: 1366, height: 768 },
        { width: 390, height: 844 },
      ]) {
        await page.setViewportSize(size);
        await openMap(page, '?year=2024');
        const slider = page.getByRole('slider', { name: 'Report year' });
        const before = await slider.boundingBox();
        await slider.focus();
        await page.keyboard.press('End');
        await expect(page.getByTestId('coverage-note')).toBeVisible();
        const after = await slider.boundingBox();
        expect(Math.abs(after!.y - before!.y)).toBeLessThan(1);
      }
    });
  });

  test('a report year with no tier data shows no data everywhere, carrying nothing over', async ({
    page,
  }) => {
    // No year in the real data is empty, so empty one: 2019 loses every tier cell and is marked "none".
    await routeCore(page, (core) => {
      for (const iso3 of Object.keys(core.tiers))
        core.tiers[iso3] = core.tiers[iso3]!.filter((c) => c.reportYear !== 2019);
      const cov = core.coverage.find((c) => c.reportYear === 2019)!;
      Object.assign(cov, { status: 'none', known: 0, tier1or2: [], note: 'No tier data.' });
    });
    await openMap(page, '?year=2019');
    const classes = await mapSvg(page)
      .locator('[data-iso3]')
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-class')))]);
    expect(classes).toEqual(['No data']);
    await expect(page.getByTestId('coverage-note')).toContainText('No tier data for the 2019 report');
    await expect(page.locator('.year-tick[data-year="2019"]')).toHaveAttribute('data-status', 'none');
    await expect(page.getByRole('slider', { name: 'Report year' })).toHaveAttribute(
      'aria-valuetext',
      /2019 report.*no tier data/,
    );
    // The neighbouring years still have their tiers.
    await page.getByRole('slider', { name: 'Report year' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(shape(page, 'BLR')).toHaveAttribute('data-class', 'Tier 3');
  });

  test('play steps through the years and pause stops it', async ({ page }) => {
    // The test moves the page's clock itself, so neither step depends on how fast the machine is.
    await page.clock.install();
    await openMap(page, '?year=2010');
    const slider = page.getByRole('slider', { name: 'Report year' });
    await page.getByRole('button', { name: 'Play through the report years' }).click();
    await page.clock.runFor(PLAY_INTERVAL_MS);
    await expect(slider).toHaveAttribute('aria-valuenow', '2011');
    await page.getByRole('button', { name: 'Pause' }).click();
    const stopped = await slider.getAttribute('aria-valuenow');
    // Five more steps' worth of time: a play that did not stop would have moved on.
    await page.clock.runFor(PLAY_INTERVAL_MS * 5);
    await expect(slider).toHaveAttribute('aria-valuenow', stopped!);
  });

  test('looks right at 390×844, west of UTC', async ({ browser }) => {
    // The release's date is its own day in any time zone (a date format in New York said 13 April for 14 April).
    const context = await browser.newContext({ timezoneId: 'America/New_York' });
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await openMap(page, '?year=2020');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await mapSvg(page).boundingBox();
    expect(box!.width).toBeGreaterThan(340);
    await page.screenshot({ path: screenshotPath('map-390') });
    await shape(page, 'BLR').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Belarus' })).toBeFocused();
    const [year, month, day] = unodcRelease.split('-').map(Number) as [number, number, number];
    const releaseDay = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    await expect(page.getByRole('complementary', { name: 'Belarus' })).toContainText(
      `release of ${releaseDay}`,
    );
    expect(await clippedSvgText(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('map-panel-390') });
    await openMap(page, '?year=2020&region=mekong');
    await page.screenshot({ path: screenshotPath('map-mekong-390') });
    await context.close();
  });
  test('a region link with no picture: the outlines drawn while the app loads are the ones the app draws', async ({
    page,
  }) => {
    // The link shows no picture, so the map's outlines are drawn while the app's code downloads (mapEarly.ts) and
    // the first render takes them. The app's own drawing of the same map (the world's link, then Europe chosen, in
    // a page of its own) is the same, path for path.
    const paths = mapSvg(page).locator('[data-layer="countries"] > path');
    const outlines = () =>
      paths.evaluateAll((all) =>
        all.map((p) => `${p.getAttribute('data-iso3') ?? '-'} ${p.getAttribute('d')}`),
      );
    await page.setViewportSize({ width: 1366, height: 768 });
    await openMap(page, '?year=2020&region=europe');
    await expect(shape(page, 'FRA')).toBeVisible();
    const drawnAhead = await outlines();
    expect(drawnAhead.length).toBeGreaterThan(40);
    // Drawn ahead indeed: the early drawing's in-page measure is there.
    expect(await page.evaluate(() => performance.getEntriesByName('tip:map-early').length)).toBe(1);
    await openMap(page, '?year=2020');
    const world = await paths.count();
    expect(world).toBeGreaterThan(drawnAhead.length);
    await page.getByRole('combobox', { name: 'Region' }).selectOption('europe');
    await expect(paths).toHaveCount(drawnAhead.length);
    expect(await outlines()).toEqual(drawnAhead);
  });
});
