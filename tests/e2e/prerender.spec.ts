/**
 * The pre-rendered first view (src/prerender/README.md): index.html paints the latest report's tier map before the
 * app's code runs, and the app replaces it with its live map.
 */
import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { readCore } from './coreData';
import { layoutShift, openApp, recordLayoutShift, resetPage, watchConsole } from './helpers';

const picture = (page: Page) => page.locator('#prerender');
/** The report the picture shows: the latest with tier data. */
const LATEST_REPORT = Math.max(
  ...readCore()
    .coverage.filter((c) => c.status !== 'none')
    .map((c) => c.reportYear),
);
/** The picture on screen: the laptop one (≥ 1160 px) or the phone one (≤ 430 px); styles.css hides the other. */
const pictureMap = (page: Page) =>
  page.locator('#prerender .map-frame svg[data-prerendered="true"]').filter({ visible: true });
const liveMap = (page: Page) => page.locator('.map-frame svg[data-ready="true"]');

/** Each drawn country's tier class, as the map in `scope` shows it. */
const classesIn = (page: Page, selector: string) =>
  page
    .locator(selector)
    .locator('[data-iso3]')
    .evaluateAll((els) =>
      Object.fromEntries(els.map((e) => [e.getAttribute('data-iso3'), e.getAttribute('data-class')])),
    );

const PHONE = { width: 390, height: 844 };

/** Loads the page with the app's JavaScript (or only the chunk matching `block`) refused by the network. */
async function openWithoutApp(page: Page, query = '', block: RegExp = /\/assets\/.*\.js$/) {
  await page.route(block, (route) => route.abort());
  await page.goto(`./${query}`);
}

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

  test('the app’s code is preloaded at once only for a page that shows no picture', async ({ page }) => {
    const bootPreload = page.locator('link[rel="modulepreload"][href*="/boot-"]');
    await openWithoutApp(page);
    await expect(pictureMap(page)).toBeVisible();
    await expect(bootPreload).toHaveCount(0);
    await page.goto('./?year=2020');
    await expect(bootPreload).toHaveCount(1);
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto('./');
    await expect(bootPreload).toHaveCount(1);
  });

  test('the page asks for its three fonts itself, on every link, with no font preload to hold its first frame', async ({
    page,
  }) => {
    // The fonts come from the guard script, not from the app's text: with all of the app's code refused they are
    // still fetched, on a link with the picture and on one without (no view of the app is drawn to ask for them).
    const weights = (urls: string[]) =>
      [...new Set(urls.map((u) => /inter-latin-(\d00)-normal/.exec(u)?.[1]).filter(Boolean))].sort();
    for (const query of ['', '?view=trends&countries=VNM,SRB']) {
      const fonts: string[] = [];
      const onResponse = (r: { url(): string; ok(): boolean }) => {
        if (/\.woff2$/.test(r.url()) && r.ok()) fonts.push(r.url());
      };
      page.on('response', onResponse);
      await openWithoutApp(page, query);
      await expect.poll(() => weights(fonts), query).toEqual(['400', '600', '700']);
      await expect(page.locator('link[rel="preload"][as="font"]'), query).toHaveCount(0);
      page.off('response', onResponse);
      await page.unrouteAll();
    }
  });

  test("under the picture the map's data is asked for once the picture is shown, not with the page", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      document.addEventListener('tip-picture-shown', () => {
        (window as unknown as { __shownAt: number }).__shownAt = performance.now();
      });
    });
    // With the app's code refused the guard still asks for them (the app would, on its own, only once it runs).
    await openWithoutApp(page);
    await expect(pictureMap(page)).toBeVisible();
    const started = () =>
      page.evaluate(() => {
        const at = (re: RegExp) =>
          performance.getEntriesByType('resource').find((r) => re.test(new URL(r.name).pathname))
            ?.startTime ?? null;
        return {
          shown: (window as unknown as { __shownAt?: number }).__shownAt ?? null,
          core: at(/\/data\/core\.json$/),
          geometry: at(/\/countries-110m-[\w-]+\.json$/),
        };
      });
    await expect.poll(async () => Object.values(await started()).every((t) => t !== null)).toBe(true);
    const t = await started();
    expect(t.core).toBeGreaterThan(t.shown!);
    expect(t.geometry).toBeGreaterThan(t.shown!);
  });

  test('a link to a view paints its heading first, then fetches every file the view is drawn from at once, each once and each there', async ({
    browser,
  }) => {
    const links = [
      {
        query: '?view=trends&countries=VNM,SRB&metric=convicted',
        drawn: '.trends-countries svg path',
        code: /\/TrendsView-[\w-]+\.js$/,
        data: ['unodc.json', 'facts.json'],
      },
      {
        query: '?view=compare&countries=BLR,SRB,VNM',
        drawn: '.compare-column',
        code: /\/CompareView-[\w-]+\.js$/,
        data: ['unodc.json', 'facts.json'],
      },
      {
        query: '?view=sources',
        drawn: '.source-card',
        code: /\/SourcesView-[\w-]+\.js$/,
        data: ['facts.json'],
      },
      {
        query: '?year=2020&region=europe',
        drawn: '.map-frame svg[data-ready="true"]',
        code: /\/boot-[\w-]+\.js$/,
        data: [],
      },
    ];
    // The moment the view first shows, the page notes every file fetched so far. The page is given no idle moment:
    // what the app downloads in one (the other views' code, warmed once core.json is in, which on a loaded machine
    // can be before a Trends or Sources view has its own data) is for later, not what the view is drawn from, and
    // the view must draw without it.
    // It notes too when the view's lede (its largest text) was first put on screen.
    const noteDrawnFrom = (selectors: string[]) => {
      window.requestIdleCallback = () => 0;
      const w = window as unknown as { __drawnFrom?: string[]; __ledeAt?: number };
      new MutationObserver((_, observer) => {
        if (w.__ledeAt === undefined && document.querySelector('#root .lede')) w.__ledeAt = performance.now();
        if (!selectors.some((s) => document.querySelector(s))) return;
        w.__drawnFrom = performance.getEntriesByType('resource').map((r) => r.name);
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true, attributes: true });
    };
    for (const link of links) {
      // A new browser profile for each: a colleague opening a shared link has none of its files yet.
      const context = await browser.newContext();
      const page = await context.newPage();
      // A preload of a file that does not exist is an error in the console (and in Lighthouse's best practices).
      const console = watchConsole(page);
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      await page.addInitScript(
        noteDrawnFrom,
        links.map((l) => l.drawn),
      );
      await page.goto(`./${link.query}`);
      await expect(page.locator(link.drawn).first()).toBeVisible();
      const fetched = (await (
        await page.waitForFunction(() => (window as unknown as { __drawnFrom?: string[] }).__drawnFrom)
      ).jsonValue()) as string[];
      const preloaded = await page
        .locator('link[rel="modulepreload"], link[rel="preload"]')
        .evaluateAll((els) => els.map((e) => (e as HTMLLinkElement).href));
      const entry = await page
        .locator('script[type="module"][src]')
        .evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
      // Every script, stylesheet and data file the view was drawn from was asked for by the page itself, at once:
      // none waited for the app's code to run and find that it needs it.
      const code = fetched.filter((url) => /\.(js|css|json)$/.test(new URL(url).pathname));
      expect(
        code.filter((url) => !preloaded.includes(url) && !entry.includes(url)),
        link.query,
      ).toEqual([]);
      expect(
        preloaded.some((url) => link.code.test(url)),
        link.query,
      ).toBe(true);
      for (const file of link.data)
        expect(preloaded, link.query).toContain(new URL(`./data/${file}`, page.url()).href);
      // The view's own code and data are asked for once the app's first frame, with the view's heading and lede, is
      // on screen (the guard's mark), not with the page: before it they are bytes a phone's first paint waits for.
      if (link.data.length > 0) {
        const ledeAt = await page.evaluate(() => (window as unknown as { __ledeAt?: number }).__ledeAt);
        expect(ledeAt, link.query).toBeDefined();
        await expect(page.locator('html')).toHaveAttribute('data-app-painted', 'true');
        const viewStarts = await page.evaluate(
          (files) =>
            performance
              .getEntriesByType('resource')
              .filter(
                (r) => files.some((f) => r.name.endsWith(`/data/${f}`)) || /View-[\w-]+\.js$/.test(r.name),
              )
              .map((r) => r.startTime),
          link.data,
        );
        expect(viewStarts.length, link.query).toBeGreaterThan(link.data.length);
        expect(Math.min(...viewStarts), link.query).toBeGreaterThan(ledeAt!);
      }
      // The world geometry (38 KB gzip) is the map's: another view is drawn without it (it is warmed when idle).
      const map = link.query.includes('region=');
      expect(
        fetched.some((url) => /\/countries-110m-[\w-]+\.json$/.test(url)),
        link.query,
      ).toBe(map);
      // A preload the app could not use (another request mode, another address) would be downloaded twice.
      const all = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
      expect(
        all.filter((url, i) => all.indexOf(url) !== i),
        link.query,
      ).toEqual([]);
      // The data files are the ones the build checked: the schema's code (zod, its own chunk) is never downloaded.
      expect(
        all.filter((url) => /\/datasetCheck-[\w-]+\.js$/.test(url)),
        link.query,
      ).toEqual([]);
      expect(failed, link.query).toEqual([]);
      expect(console.errors, link.query).toEqual([]);
      await context.close();
    }
  });

  test('the inlined stylesheet is not loaded again when the other views load, nor are its fonts', async ({
    page,
  }) => {
    const fontRequests: string[] = [];
    page.on('request', (r) => {
      if (/\.woff2$/.test(r.url())) fontRequests.push(r.url());
    });
    await page.goto('./');
    await expect(liveMap(page)).toBeVisible();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Trends' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trends' })).toBeVisible();
    const enabledEntryCss = await page
      .locator('link[rel="stylesheet"]')
      .evaluateAll((links) =>
        links.filter(
          (l) => !(l as HTMLLinkElement).disabled && /\/index-[\w-]+\.css$/.test((l as HTMLLinkElement).href),
        ),
      );
    expect(enabledEntryCss).toHaveLength(0);
    expect(new Set(fontRequests).size).toBe(fontRequests.length);
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
