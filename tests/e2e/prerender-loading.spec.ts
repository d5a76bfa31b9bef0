/**
 * The pre-rendered first view (src/prerender/README.md), what each link fetches and when: the app's code preloaded
 * only where no picture shows, the fonts, the map's data under the picture, a view link's files at once, and the
 * inlined stylesheet not loaded again.
 */
import { expect, test } from '@playwright/test';
import { watchConsole } from './helpers';
import { liveMap, openWithoutApp, pictureMap } from './prerenderHelpers';

test.describe('pre-rendered first view', () => {
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
});
