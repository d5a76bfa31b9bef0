/**
 * The pre-rendered first view (src/prerender/README.md): index.html paints the latest report's tier map before the
 * app's code runs, and the app replaces it with its live map.
 */
import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { layoutShift, openApp, recordLayoutShift, resetPage, watchConsole } from './helpers';
import {
  classesIn,
  LATEST_REPORT,
  liveMap,
  openWithoutApp,
  PHONE,
  picture,
  pictureMap,
} from './prerenderHelpers';

test.describe('pre-rendered first view', () => {
  test("with the app's code refused, the picture paints at 1366 px, matches the live map, and shows only for its own link", async ({
    page,
  }) => {
    test.setTimeout(120000);
    await test.step('paints the latest report’s map before any JavaScript runs, and says so when the app cannot start', async () => {
      await openWithoutApp(page);
      await expect(pictureMap(page)).toBeVisible();
      // Countries as shapes, small places as circles (Hong Kong, Malta…): at least 170 drawn, as on the live map.
      const drawn = await pictureMap(page)
        .locator('[data-iso3]')
        .evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-iso3'))).size);
      expect(drawn).toBeGreaterThanOrEqual(170);
      await expect(picture(page).getByTestId('map-subtitle').filter({ visible: true })).toHaveText(
        '2025 report, April 2024 – March 2025',
      );
      await expect(page.getByRole('alert')).toContainText('TIP Atlas could not start');
      await expect(page.getByRole('alert')).toContainText('still picture of the map');
      // Inert: nothing in the picture takes focus or is exposed as a control.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('#prerender'))).toBe(false);
      await expect(page.getByRole('button', { name: 'Play' })).toHaveCount(0);
    });
    await test.step('is replaced by the live map, which shows the same tier for every country', async () => {
      await resetPage(page);
      await openWithoutApp(page);
      await expect(pictureMap(page)).toBeVisible();
      const still = await classesIn(page, '#prerender .prerender-wide .map-frame svg');

      const live = await page.context().newPage();
      const console = watchConsole(live);
      await live.goto('./');
      await expect(liveMap(live)).toBeVisible();
      await expect(picture(live)).toHaveCount(0);
      await expect(live.locator('.map-frame svg')).toHaveCount(1);
      expect(await classesIn(live, '.map-frame svg[data-ready="true"]')).toEqual(still);
      expect(console.errors).toEqual([]);
    });
    await test.step('sits where the live map will be: same title, legend and map boxes at 1366 px', async () => {
      await resetPage(page);
      await openWithoutApp(page);
      await expect(pictureMap(page)).toBeVisible();
      await page.evaluate(() => document.getElementById('app-failed')?.remove());
      const boxesOf = (p: Page, root: string) =>
        Promise.all(
          ['h1', '.map-legend', '.map-frame svg', '.map-side h2'].map((s) =>
            p.locator(`${root} ${s}`).first().boundingBox(),
          ),
        );
      const still = await boxesOf(page, '#prerender .prerender-wide');
      const live = await page.context().newPage();
      await live.goto('./');
      await expect(liveMap(live)).toBeVisible();
      const drawn = await boxesOf(live, '#root');
      for (const [i, box] of still.entries()) {
        for (const k of ['x', 'y', 'width', 'height'] as const)
          expect(Math.abs(box![k] - drawn[i]![k]), `box ${i} ${k}`).toBeLessThanOrEqual(1.5);
      }
    });
    await test.step('is kept for a link that only restates it, and hidden for any other map link', async () => {
      await resetPage(page);
      const year = LATEST_REPORT;
      await openWithoutApp(page, `?view=map&year=${year}&region=world&mode=tiers`);
      await expect(picture(page)).toHaveAttribute('data-report-year', String(year));
      await expect(pictureMap(page)).toBeVisible();
      for (const query of [
        `?year=${year}&region=europe`,
        `?year=${Number(year) - 1}`,
        `?year=${year}&year=2020`,
        `?year=${year}&country=SRB`,
        `?year=${year}&mode=changes`,
      ]) {
        await page.goto(`./${query}`);
        await expect(page.getByRole('alert'), query).toContainText('TIP Atlas could not start');
        await expect(pictureMap(page), query).toBeHidden();
      }
    });
    await test.step('is never shown for a link to another view or year, nor on a screen between phone and laptop', async () => {
      await resetPage(page);
      await openWithoutApp(page, '?year=2020');
      await expect(page.getByRole('alert')).toContainText('TIP Atlas could not start');
      await expect(pictureMap(page)).toBeHidden();

      await page.setViewportSize({ width: 800, height: 900 });
      await page.goto('./');
      await expect(page.getByRole('alert')).toContainText('TIP Atlas could not start');
      await expect(pictureMap(page)).toBeHidden();
    });
  });

  test('a map link gets the live map with no layout shift, and the CSP admits the one inline script', async ({
    page,
  }) => {
    test.setTimeout(120000);
    await test.step('a link that restates the picture gets the live map of that year in its place', async () => {
      await page.addInitScript(recordLayoutShift);
      const year = LATEST_REPORT;
      await page.goto(`./?year=${year}`);
      await expect(liveMap(page)).toBeVisible();
      await expect(page.getByTestId('map-subtitle')).toHaveText(new RegExp(`^${year} report`));
      await expect(picture(page)).toHaveCount(0);
      expect(await layoutShift(page)).toBeLessThan(0.05);
    });
    await test.step('a link to another year gets that year from the app, with no trace of the picture', async () => {
      await resetPage(page);
      // recordLayoutShift, added by the step before, runs again in this page's new document.
      await page.goto('./?year=2020');
      await expect(liveMap(page)).toBeVisible();
      await expect(page.getByTestId('map-subtitle')).toHaveText('2020 report, April 2019 – March 2020');
      await expect(picture(page)).toHaveCount(0);
      // Drawn whole once its data is in: no header and loading line that the map then pushes down.
      expect(await layoutShift(page)).toBeLessThan(0.05);
    });
    await test.step('the CSP admits the one inline script, the guard, by its hash', async () => {
      await resetPage(page);
      await page.goto('./');
      // The picture's country list (while the picture is in the page) is data, of a type no browser runs.
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')]
          .filter((s) => s.getAttribute('type') !== 'application/json')
          .map((s) => s.textContent ?? ''),
      );
      expect(inline).toHaveLength(1);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      const scriptSrc = csp!
        .match(/script-src ([^;]+)/)![1]!
        .trim()
        .split(/\s+/);
      const hash = createHash('sha256').update(inline[0]!).digest('base64');
      expect(scriptSrc).toEqual(["'self'", `'sha256-${hash}'`]);
    });
  });

  test('a shared map link draws its countries once, at their final size, on a phone, a tablet and a laptop', async ({
    browser,
  }) => {
    // Each country outline's `d` is written when the map is first drawn; drawn first at a guessed width and then
    // at the real one, they would be written again (and the countries projected twice). The page's empty boxes are
    // measured before the first render (src/features/map/mapBoxes.ts): the guess must be the real width.
    const countRewrites = () => {
      const w = window as unknown as { __rewrites: number };
      w.__rewrites = 0;
      new MutationObserver((records) => {
        for (const r of records) if (r.attributeName === 'd') w.__rewrites++;
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['d'] });
    };
    for (const [width, height] of [
      [360, 740],
      [390, 844],
      [820, 1180],
      [1280, 800],
      [1366, 768],
      [1920, 1080],
    ] as const) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.addInitScript(countRewrites);
      await page.goto('./?year=2020&region=europe');
      await expect(liveMap(page)).toBeVisible();
      const frame = page.locator('#root .map-frame');
      const svgWidth = Number(await frame.locator('svg').first().getAttribute('width'));
      expect(svgWidth, `${width} px`).toBe(Math.floor((await frame.boundingBox())!.width));
      // Two frames later: a redraw at another width would have come before the first paint.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(
        await page.evaluate(() => (window as unknown as { __rewrites: number }).__rewrites),
        `${width} px`,
      ).toBe(0);
      await context.close();
    }
  });

  test("on a phone the picture is its own, with the live map's tiers, and hands over without moving anything", async ({
    page,
  }) => {
    test.setTimeout(120000);
    await test.step('a phone gets its own picture, the map first under the title, with the live map’s tier for every country', async () => {
      await page.setViewportSize(PHONE);
      await openWithoutApp(page);
      await expect(pictureMap(page)).toBeVisible();
      await expect(pictureMap(page)).toHaveCount(1);
      const phone = page.locator('#prerender .prerender-phone');
      const map = (await phone.locator('.map-frame svg').boundingBox())!;
      const legend = (await phone.locator('.map-legend').boundingBox())!;
      const controls = (await phone.locator('.map-controls').boundingBox())!;
      const subtitle = (await phone.getByTestId('map-subtitle').boundingBox())!;
      expect(map.y).toBeGreaterThan(subtitle.y);
      expect(map.y + map.height).toBeLessThanOrEqual(PHONE.height);
      expect(legend.y).toBeGreaterThan(map.y);
      expect(controls.y).toBeGreaterThan(legend.y);
      const still = await classesIn(page, '#prerender .prerender-phone .map-frame svg');
      expect(Object.keys(still).length).toBeGreaterThanOrEqual(170);

      const live = await page.context().newPage();
      const console = watchConsole(live);
      await live.setViewportSize(PHONE);
      await live.goto('./');
      await expect(liveMap(live)).toBeVisible();
      await expect(picture(live)).toHaveCount(0);
      expect(await classesIn(live, '.map-frame svg[data-ready="true"]')).toEqual(still);
      // The phone picture's own markup, parsed before the app: path data it cannot read is an error here.
      expect(console.errors).toEqual([]);
    });
    await test.step('on a phone the picture hands over to the live map without moving anything', async () => {
      await resetPage(page);
      await page.setViewportSize(PHONE);
      await openWithoutApp(page);
      await expect(pictureMap(page)).toBeVisible();
      await page.evaluate(() => document.getElementById('app-failed')?.remove());
      const boxesOf = (p: Page, root: string) =>
        Promise.all(
          ['h1', '.map-frame svg', '.map-legend', '.map-controls', '.map-time'].map((s) =>
            p.locator(`${root} ${s}`).first().boundingBox(),
          ),
        );
      const still = await boxesOf(page, '#prerender .prerender-phone');
      const live = await page.context().newPage();
      await live.setViewportSize(PHONE);
      await live.addInitScript(recordLayoutShift);
      await live.goto('./');
      await expect(liveMap(live)).toBeVisible();
      const drawn = await boxesOf(live, '#root');
      for (const [i, box] of still.entries()) {
        for (const k of ['x', 'y', 'width', 'height'] as const)
          expect(Math.abs(box![k] - drawn[i]![k]), `box ${i} ${k}`).toBeLessThanOrEqual(1.5);
      }
      expect(await layoutShift(live)).toBeLessThan(0.05);
    });
  });

  test('each screen fetches only its own picture, other links none, and a picture that does not come is not missed', async ({
    page,
  }) => {
    const pictures: string[] = [];
    page.on('request', (r) => {
      const file = r.url().match(/\/(prerender-(?:wide|phone))-[0-9a-f]+\.html$/);
      if (file) pictures.push(file[1]!);
    });
    await openApp(page);
    expect(pictures).toEqual(['prerender-wide']);
    await page.setViewportSize(PHONE);
    await openApp(page);
    expect(pictures).toEqual(['prerender-wide', 'prerender-phone']);
    for (const query of ['?view=trends&countries=VNM', '?year=2020&region=europe']) {
      await openApp(page, query);
      await expect(page.locator('#root').getByRole('heading', { level: 1 })).toBeVisible();
    }
    await page.setViewportSize({ width: 800, height: 900 });
    await openApp(page);
    expect(pictures).toEqual(['prerender-wide', 'prerender-phone']);

    // The picture's file missing: the app draws the view itself, with no notice and nothing moving.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.route(/\/prerender-wide-[0-9a-f]+\.html$/, (route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
    );
    await page.addInitScript(recordLayoutShift);
    await page.goto('./');
    await expect(liveMap(page)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(await layoutShift(page)).toBeLessThan(0.05);
  });

  test('keeps the picture and explains when only the app’s main code fails to download', async ({ page }) => {
    await openWithoutApp(page, '', /\/assets\/boot-.*\.js$/);
    await expect(page.getByRole('alert')).toContainText('TIP Atlas could not start');
    await expect(pictureMap(page)).toBeVisible();
  });

  test('a broken core.json under the picture gives the error with Retry, without refetching in a loop', async ({
    page,
  }) => {
    let requests = 0;
    await page.route('**/data/core.json', (route) => {
      requests++;
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    });
    await page.clock.install();
    await page.goto('./');
    const alert = page.getByRole('alert').filter({ hasText: 'core.json' });
    await expect(alert).toContainText('404');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(picture(page)).toHaveCount(0);
    // A minute of the page's time at once: any retry timer fires now, not after a wait that hopes it was long enough.
    await page.clock.runFor(60_000);
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    // The preload and the app's own request (a failed preload is not reused), then nothing until Retry.
    expect(requests).toBeLessThanOrEqual(2);
  });

  test('a data file that is not the one the build checked is checked whole, by the schema’s code fetched then', async ({
    page,
  }) => {
    const schemaCode: string[] = [];
    page.on('request', (r) => {
      if (/\/datasetCheck-[\w-]+\.js$/.test(r.url())) schemaCode.push(r.url());
    });
    // The same data in other bytes, as a server that re-indents JSON would send it: checked, then drawn.
    await page.route('**/data/core.json', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: JSON.stringify(await response.json(), null, 1) });
    });
    await page.goto('./?year=2020&region=europe');
    await expect(page.locator('.map-frame svg[data-ready="true"]')).toBeVisible();
    // Serbia's 2020 tier, as the shipped file has it (and as the map draws it from the build's bytes).
    await expect(page.locator('.map-frame [data-iso3="SRB"]')).toHaveAttribute('data-class', 'Tier 2');
    expect(schemaCode).toHaveLength(1);
  });
});
