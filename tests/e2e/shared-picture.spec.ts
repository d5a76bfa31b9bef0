/**
 * A phone's picture for a shared link to the tier map of any report and region (src/prerender/README.md): the
 * latest report's map of that region, which the guard turns into the report the link asks for before showing it.
 * It must be the live map's: the same class and fill for every country, the same words under the pointer and the
 * keys, in the same place; nothing of the latest report below it; nothing moving when the app takes over.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { layoutShift, recordLayoutShift, watchConsole } from './helpers';
import { announcements, LATEST_REPORT, liveMap, MAP_KEYS, PHONE, tooltipLines } from './prerenderHelpers';

const BOOT = /\/assets\/boot-[\w-]+\.js$/;
const answering = (page: Page) => page.locator('#prerender svg[data-answers-input="true"]');

/** A fresh phone with the app's code held back until `release()`: the picture is all there is. */
async function openHeld(browser: Browser, query: string) {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.addInitScript(recordLayoutShift);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(BOOT, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`./${query}`);
  await expect(answering(page)).toBeVisible();
  return { page, release, close: () => context.close() };
}

/** Each shape's class and fill (the picture's pattern ids without their prefix), by element and country. */
const shapesIn = (page: Page, scope: string) =>
  page
    .locator(`${scope} .map-frame svg`)
    .first()
    .locator('[data-iso3]')
    .evaluateAll((els) =>
      Object.fromEntries(
        els.map((e) => [
          `${e.tagName} ${e.getAttribute('data-iso3')}`,
          [e.getAttribute('data-class'), (e.getAttribute('fill') ?? '').replace('url(#prp-', 'url(#')],
        ]),
      ),
    );

const boxesIn = (page: Page, scope: string) =>
  Promise.all(
    ['h1', '[data-testid="map-subtitle"]', '.map-frame svg'].map((s) =>
      page.locator(`${scope} ${s}`).first().boundingBox(),
    ),
  );

const words = (page: Page, scope: string) =>
  page.evaluate((scope) => {
    const frame = document.querySelector(`${scope} .map-frame`)!;
    return {
      subtitle: document.querySelector(`${scope} [data-testid="map-subtitle"]`)!.textContent,
      label: frame.getAttribute('aria-label'),
    };
  }, scope);

// Page Up last would stay put on a region's map (one region): the live map and the picture alike.
const KEYS = MAP_KEYS.filter((key) => key !== 'PageUp');

/** Shared links, a country to point at on each, and whether the link asks for an earlier report than the latest. */
const LINKS = [
  { query: '?year=2020&region=europe', country: 'SRB', earlier: true },
  { query: '?year=2012', country: 'BRA', earlier: true },
  // A report with tiers inferred from the next one (the tooltip says so, and how).
  { query: '?view=map&year=2024&region=americas&mode=tiers', country: 'BRA', earlier: true },
  { query: '?region=mekong', country: 'VNM', earlier: false },
] as const;

test.describe('a phone’s picture for a shared map link', () => {
  test('is the live map of the report and region asked for, and hands over without moving anything', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    for (const { query, earlier } of LINKS) {
      await test.step(query, async () => {
        const { page, release, close } = await openHeld(browser, query);
        const console = watchConsole(page);
        const still = await shapesIn(page, '#prerender');
        const stillWords = await words(page, '#prerender');
        const stillBoxes = await boxesIn(page, '#prerender');
        expect(Object.keys(still).length).toBeGreaterThanOrEqual(15);
        // The map is the first thing under the title, on the first screen.
        expect(stillBoxes[2]!.y).toBeGreaterThan(stillBoxes[1]!.y);
        expect(stillBoxes[2]!.y + stillBoxes[2]!.height).toBeLessThanOrEqual(PHONE.height);
        if (earlier) {
          // Nothing of the latest report shows: what lies below the map waits for the app.
          expect(stillWords.subtitle).not.toContain(`${LATEST_REPORT} report`);
          expect(await page.locator('#prerender').innerText()).not.toContain(`${LATEST_REPORT} report`);
          for (const part of [
            '.map-time',
            '.map-legend',
            '.map-controls',
            '.map-table-details',
            '.app-footer',
          ])
            await expect(page.locator(`#prerender ${part}`).first(), part).toBeHidden();
        } else {
          await expect(page.locator('#prerender .map-legend')).toBeVisible();
        }

        release();
        await expect(liveMap(page)).toBeVisible();
        await expect(page.locator('#prerender')).toHaveCount(0);
        expect(await shapesIn(page, '#root')).toEqual(still);
        expect(await words(page, '#root')).toEqual(stillWords);
        const drawn = await boxesIn(page, '#root');
        for (const [i, box] of stillBoxes.entries())
          for (const k of ['x', 'y', 'width', 'height'] as const)
            expect(Math.abs(box![k] - drawn[i]![k]), `box ${i} ${k}`).toBeLessThanOrEqual(1.5);
        expect(await layoutShift(page)).toBeLessThan(0.05);
        expect(console.errors).toEqual([]);
        await close();
      });
    }
  });

  test('says what the live map says under the pointer and the keys, and only the map answers', async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    for (const { query, country } of LINKS.slice(0, 3)) {
      await test.step(query, async () => {
        const { page, release, close } = await openHeld(browser, query);
        const live = await page.context().newPage();
        await live.goto(`./${query}`);
        await expect(liveMap(live)).toBeVisible();

        await page.locator(`#prerender .map-frame path[data-iso3="${country}"]`).first().hover();
        await expect(page.getByTestId('picture-tooltip')).toBeVisible();
        await live.locator(`#root .map-frame path[data-iso3="${country}"]`).first().hover();
        await expect(live.locator('#map-tooltip')).toBeVisible();
        const said = await tooltipLines(live, '#map-tooltip');
        if (query.includes('2024')) expect(said.join(' ')).toMatch(/inferred/);
        expect(said[1]).toMatch(new RegExp(`^${/year=(\d{4})/.exec(query)![1]} report: `));
        expect(await tooltipLines(page, '[data-testid="picture-tooltip"]')).toEqual(said);
        await page.mouse.move(0, 0);
        await live.mouse.move(0, 0);

        await page.locator('#prerender .map-frame').focus();
        const onPicture = await announcements(page, '[data-testid="picture-announcer"]', KEYS);
        await live.locator('#root .map-frame').focus();
        expect(onPicture).toEqual(await announcements(live, '[data-testid="map-announcer"]', KEYS));

        const axe = await new AxeBuilder({ page }).include('#prerender').setLegacyMode(true).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
        release();
        await expect(page.locator('#prerender')).toHaveCount(0);
        await close();
      });
    }
  });

  test('is fetched only for a link it can show, on a phone; a year file that fails leaves the app to draw', async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const fetched = async (query: string, viewport = PHONE) => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const files: string[] = [];
      page.on('request', (r) => {
        const file = /\/((?:prerender-[a-z-]+?|picture-year-\d{4}))-[0-9a-f]{10}\.(?:html|json)$/.exec(
          r.url(),
        );
        if (file) files.push(file[1]!);
      });
      await page.goto(`./${query}`);
      await expect(page.locator('#root h1')).toBeVisible();
      await context.close();
      return files;
    };
    expect(await fetched('?year=2020&region=europe')).toEqual([
      'prerender-phone-europe',
      'picture-year-2020',
    ]);
    expect(await fetched('?region=africa')).toEqual(['prerender-phone-africa']);
    expect(await fetched('?year=2019')).toEqual(['prerender-phone', 'picture-year-2019']);
    expect(await fetched(`?year=${LATEST_REPORT}&region=world`)).toEqual(['prerender-phone']);
    // What no picture shows: a country's panel, the Changes mode, a report or region the data lacks, two regions,
    // another view; and a screen that is not a phone.
    for (const query of [
      '?year=2020&region=europe&country=SRB',
      '?year=2020&mode=changes',
      '?year=1990',
      '?region=atlantis',
      '?region=europe&region=africa',
      '?view=trends&countries=VNM',
    ])
      expect(await fetched(query), query).toEqual([]);
    expect(await fetched('?year=2020&region=europe', { width: 1366, height: 768 })).toEqual([]);
    expect(await fetched('?year=2020&region=europe', { width: 800, height: 900 })).toEqual([]);

    for (const body of [null, '{"year":2020}', 'not json']) {
      const context = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      await page.addInitScript(recordLayoutShift);
      await page.route(/\/picture-year-2020-[0-9a-f]+\.json$/, (route) =>
        body === null
          ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })
          : route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
      await page.goto('./?year=2020&region=europe');
      await expect(liveMap(page)).toBeVisible();
      await expect(page.getByTestId('map-subtitle')).toHaveText(
        '2020 report, April 2019 – March 2020 · Europe',
      );
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page.locator('#prerender svg[data-answers-input]')).toHaveCount(0);
      expect(await layoutShift(page)).toBeLessThan(0.05);
      await context.close();
    }
  });
});
