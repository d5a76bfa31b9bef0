import { expect, test, type Page, type Request } from '@playwright/test';
import { openApp, resetPage } from './helpers';

/**
 * Hardening: malformed links, broken data files, the Content-Security-Policy, requests that leave the origin,
 * and working on after the network is cut. Every payload below sets `window.__pwned` if it ever runs.
 */

const PWN = 'window.__pwned=1';
const XSS_IMG = `<img src=x onerror="${PWN}">`;
const XSS_SCRIPT = `<script>${PWN}</script>`;
const XSS_ATTR = `"><svg onload="${PWN}">`;
const XSS_JS_URL = `javascript:${PWN}`;
const LONG_VALUE = 'A'.repeat(5000);

interface BadLink {
  /** The query string as typed, before encoding. */
  params: Record<string, string>;
  /** What the notice says. */
  notice: RegExp;
  /** A text that must not survive in the rewritten address. */
  dropped?: string;
}

const BAD_LINKS: BadLink[] = [
  { params: { year: 'abcd' }, notice: /year "abcd" is not a year/, dropped: 'abcd' },
  { params: { year: '1999' }, notice: /year 1999 is outside 2000–2030/, dropped: '1999' },
  { params: { year: '2029' }, notice: /year 2029 has no TIP report in the data/, dropped: '2029' },
  { params: { year: '20.5' }, notice: /year "20\.5" is not a year/, dropped: '20.5' },
  { params: { year: '-2020' }, notice: /year "-2020" is not a year/, dropped: '-2020' },
  { params: { year: '' }, notice: /year "" is not a year/ },
  { params: { year: '%E0%A4%A' }, notice: /year "%E0%A4%A" is not a year/, dropped: '%E0' },
  { params: { year: '2020', from: '1e3' }, notice: /from year "1e3" is not a year/, dropped: '1e3' },
  { params: { from: XSS_SCRIPT }, notice: /from year "<script>/, dropped: '<script' },
  { params: { view: 'admin' }, notice: /view "admin" is not one of map, trends, compare, sources/ },
  { params: { view: XSS_IMG }, notice: /view "<img src=x onerror=/, dropped: '<img' },
  { params: { mode: XSS_ATTR }, notice: /map mode "\\"><svg onload=/, dropped: '<svg' },
  { params: { region: XSS_SCRIPT }, notice: /region "<script>/, dropped: '<script' },
  { params: { metric: XSS_JS_URL }, notice: /metric "javascript:/, dropped: 'javascript' },
  { params: { scale: 'log;drop' }, notice: /scale "log;drop" is not one of linear, log/ },
  { params: { cscale: XSS_IMG }, notice: /compare scale "<img/, dropped: '<img' },
  {
    params: { country: XSS_SCRIPT },
    notice: /country "<script>.*" is not an ISO 3166 alpha-3 code/,
    dropped: 'script',
  },
  { params: { country: 'QQQ' }, notice: /country QQQ is not in the dataset/, dropped: 'QQQ' },
  {
    params: { view: 'trends', countries: 'ZZZ,SRB' },
    notice: /countries ZZZ are not in the dataset/,
    dropped: 'ZZZ',
  },
  { params: { view: 'compare', countries: 'SRB,srb' }, notice: /country SRB was listed twice/ },
  {
    params: { view: 'trends', countries: 'SRB,VNM,BLR,ALB,MDA,UKR,THA' },
    notice: /only 6 countries can be shown at once; THA was dropped/,
    dropped: 'THA',
  },
  {
    params: { view: 'trends', countries: `SRB,${XSS_IMG}` },
    notice: /country "<img src=x onerror=.*" is not an ISO 3166/,
    dropped: '<img',
  },
  {
    params: { countries: LONG_VALUE },
    notice: /"countries" parameter is too long \(5000 characters\)/,
    dropped: 'AAAA',
  },
  { params: { view: LONG_VALUE }, notice: /"view" parameter is too long/, dropped: 'AAAA' },
  { params: { [XSS_IMG]: '1' }, notice: /unknown parameter "<img src=x onerror=/, dropped: 'img' },
  {
    // JSON.parse makes "__proto__" an own key (an object literal would set the prototype instead).
    params: JSON.parse('{"__proto__": "x", "constructor": "y"}') as Record<string, string>,
    notice: /unknown parameter "__proto__"/,
  },
  { params: { pack: XSS_IMG }, notice: /briefing pack in the link could not be read/, dropped: 'img' },
  { params: { pack: 'abc&year=2001' }, notice: /briefing pack in the link/, dropped: '2001' },
  { params: { pack: 'W3sicSI6MX1d' }, notice: /briefing pack in the link is not in the expected form/ },
];

const toQuery = (params: Record<string, string>): string => {
  const search = new URLSearchParams();
  // Object.entries would skip a literal "__proto__" key set by an object literal; read own keys instead.
  for (const key of Reflect.ownKeys(params) as string[]) search.append(key, params[key]!);
  return `?${search.toString()}`;
};

/** Console errors except the browser's own line for a failed request (asserted on separately). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('dialog', (d) => {
    errors.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  return errors;
}

/** Nothing from a link may have become markup or run. */
async function expectNothingInjected(page: Page) {
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    handlers: Array.from(document.querySelectorAll('*')).filter((el) =>
      Array.from(el.attributes).some((a) => /^on/i.test(a.name)),
    ).length,
    imgX: document.querySelectorAll('img[src="x"]').length,
    scripts: Array.from(document.querySelectorAll('script')).map((s) => s.src || s.textContent),
  }));
  expect(found.pwned).toBeNull();
  expect(found.handlers).toBe(0);
  expect(found.imgX).toBe(0);
  // The build's own two: the inline pre-render guard (admitted by its hash) and the app's entry module.
  expect(found.scripts).toHaveLength(2);
  expect(found.scripts[0]).toMatch(/^\/\/ TIP Atlas pre-render guard/);
  expect(found.scripts[1]).toMatch(/\/assets\/index-[\w-]+\.js$/);
}

test.describe.configure({ mode: 'parallel' });

/** Several bad parameters at once, each with its own notice: fewer page loads for the same inputs. */
interface CompositeLink {
  params: Record<string, string>;
  notices: RegExp[];
  dropped: string[];
}

/** Packs the bad links greedily into links whose parameter names do not collide. */
function combine(links: BadLink[]): CompositeLink[] {
  const out: CompositeLink[] = [];
  const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  for (const link of links) {
    const keys = Reflect.ownKeys(link.params) as string[];
    let target = out.find((c) => keys.every((k) => !own(c.params, k)));
    if (!target) {
      target = { params: {}, notices: [], dropped: [] };
      out.push(target);
    }
    // defineProperty, so that a "__proto__" parameter stays a plain key.
    for (const k of keys)
      Object.defineProperty(target.params, k, { value: link.params[k], enumerable: true, writable: true });
    target.notices.push(link.notice);
    if (link.dropped) target.dropped.push(link.dropped);
  }
  return out;
}

test.describe('malformed links', () => {
  const composites = combine(BAD_LINKS);
  // Two tests so the two workers share the page loads.
  const half = Math.ceil(composites.length / 2);
  for (const [part, group] of [composites.slice(0, half), composites.slice(half)].entries()) {
    test(`${BAD_LINKS.length} bad inputs, part ${part + 1} of 2: each gets a notice, the view stays sane`, async ({
      page,
    }) => {
      const errors = watchErrors(page);
      const warnings: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'warning') warnings.push(m.text());
      });
      for (const link of group) {
        const query = toQuery(link.params);
        await test.step(query.length > 100 ? `${query.slice(0, 100)}…` : query, async () => {
          warnings.length = 0;
          await openApp(page, query);
          for (const notice of link.notices) {
            // Shown as plain text, quoted.
            await expect(page.locator('.notice').filter({ hasText: notice })).toBeVisible();
            expect(
              warnings.some((w) => notice.test(w)),
              `console warning ${notice}`,
            ).toBe(true);
          }
          // The view underneath is one of the four, with its heading.
          await expect(page.locator('main h1').first()).toBeAttached();
          await expect(
            page.getByRole('navigation', { name: 'Views' }).locator('[aria-current="page"]'),
          ).toHaveCount(1);
          await expect
            .poll(() =>
              link.dropped.filter((d) => decodeURIComponent(new URL(page.url()).search).includes(d)),
            )
            .toEqual([]);
          await expectNothingInjected(page);
          expect(errors).toEqual([]);
          // The notices can be dismissed. (Chaining a locator onto a filter whose regex holds quotes trips
          // Playwright's selector parser, hence the plain role query.)
          const dismiss = page.getByRole('button', { name: /^Dismiss notice/ });
          while ((await dismiss.count()) > 0) await dismiss.first().click();
          await expect(page.locator('.notice')).toHaveCount(0);
        });
      }
      // The app stays usable after all of them.
      await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Sources' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    });
  }

  test('a hash fragment with markup is never rendered', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page, `?view=sources#${encodeURIComponent(XSS_IMG)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    await expectNothingInjected(page);
    expect(errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Broken data files
// ---------------------------------------------------------------------------------------------------------

type DataFile = 'core.json' | 'unodc.json' | 'facts.json';
const BREAKAGES = {
  missing: { status: 404, contentType: 'text/plain', body: 'not found', says: /the server answered 404/ },
  truncated: {
    status: 200,
    contentType: 'application/json',
    body: '{"version": "2026-01-01", "countries": [{"iso3": "AF',
    says: /not valid JSON/,
  },
  'HTML instead of JSON': {
    status: 200,
    contentType: 'text/html',
    body: '<!doctype html><title>index</title><script>window.__pwned=1</script>',
    says: /not valid JSON/,
  },
  'wrong shape': {
    status: 200,
    contentType: 'application/json',
    body: '{"version": 3, "countries": "none"}',
    says: /does not have the expected shape/,
  },
  null: {
    status: 200,
    contentType: 'application/json',
    body: 'null',
    says: /does not have the expected shape/,
  },
} as const;

/** Which view needs each file, and a view that does not (to show the rest of the app still works). */
const FILE_USE: Record<DataFile, { view: string; heading: string; other: string }> = {
  'core.json': { view: 'sources', heading: 'Sources', other: 'Trends' },
  'facts.json': { view: 'sources', heading: 'Sources', other: 'Map' },
  'unodc.json': { view: 'trends', heading: 'Trends', other: 'Sources' },
};

// One page serves every broken file, each a step with its own route: a new page costs more than the app's load. A
// step's route answers with the network again once its retry is done, and a later route for the same file comes first.
test('broken data files and broken map inputs each name the file, with a retry that recovers', async ({
  page,
}) => {
  test.setTimeout(300_000);
  for (const [i, file] of (Object.keys(FILE_USE) as DataFile[]).entries())
    await test.step(`${file} missing, truncated, HTML or of the wrong shape → an error naming the file, with a retry`, async () => {
      if (i > 0) await resetPage(page);
      const errors = watchErrors(page);
      const use = FILE_USE[file];
      const nav = page.getByRole('navigation', { name: 'Views' });
      let breakage: (typeof BREAKAGES)[keyof typeof BREAKAGES] | null = null;
      await page.route(`**/data/${file}`, (route) => (breakage ? route.fulfill(breakage) : route.continue()));
      for (const [name, broken] of Object.entries(BREAKAGES)) {
        await test.step(name, async () => {
          breakage = broken;
          await openApp(page, `?view=${use.view}`);
          const alert = page.getByRole('alert').filter({ hasText: file }).first();
          await expect(alert).toBeVisible();
          await expect(alert).toContainText(broken.says);
          await expect(alert.getByRole('button', { name: 'Retry' })).toBeEnabled();
          await expect(page.getByRole('heading', { level: 1, name: use.heading })).toBeVisible();

          // The rest of the app works: another view opens, and on the way back the error and its retry remain.
          if (name === 'missing') {
            await nav.getByRole('link', { name: use.other }).click();
            await expect(page.locator('main h1').first()).toBeVisible();
            await nav.getByRole('link', { name: use.heading }).click();
          }
          const again = page.getByRole('alert').filter({ hasText: file }).first();
          await expect(again).toBeVisible();

          breakage = null;
          await again.getByRole('button', { name: 'Retry' }).click();
          await expect(page.getByRole('alert').filter({ hasText: file })).toHaveCount(0);
          await expectNothingInjected(page);
        });
      }
      expect(errors).toEqual([]);
    });
  const MAP_INPUTS = [
    { file: 'core.json', pattern: '**/data/core.json' },
    { file: 'countries-110m', pattern: /\/assets\/countries-110m-[\w-]+\.json$/ },
  ] as const;
  for (const input of MAP_INPUTS)
    await test.step(`the map with ${input.file} missing or truncated says which file failed, and Retry draws it`, async () => {
      await resetPage(page);
      const errors = watchErrors(page);
      let breakage: (typeof BREAKAGES)[keyof typeof BREAKAGES] | null = BREAKAGES.missing;
      await page.route(input.pattern, (route) => (breakage ? route.fulfill(breakage) : route.continue()));
      const cases = [
        { broken: BREAKAGES.missing, says: /404/ },
        { broken: BREAKAGES.truncated, says: /truncated or corrupt/ },
      ];
      for (const { broken, says } of cases) {
        breakage = broken;
        await openApp(page);
        const alert = page.getByRole('alert').filter({ hasText: input.file }).first();
        await expect(alert).toContainText(says);
        // The header, navigation and other views still work.
        await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Sources' }).click();
        await expect(page.locator('main h1').first()).toBeVisible();
        await page.goBack();
        const again = page.getByRole('alert').filter({ hasText: input.file }).first();
        await expect(again).toContainText(says);
        breakage = null;
        await page
          .getByRole('alert')
          .filter({ hasText: input.file })
          .first()
          .getByRole('button', { name: 'Retry' })
          .click();
        await expect(page.locator('svg[data-ready="true"]').first()).toBeVisible();
        await expect(page.getByRole('alert')).toHaveCount(0);
      }
      expect(errors).toEqual([]);
    });
});

// ---------------------------------------------------------------------------------------------------------
// Content-Security-Policy and requests
// ---------------------------------------------------------------------------------------------------------

/** Records CSP violations from the first byte of every document (init scripts are not subject to the CSP). */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(
        `${e.effectiveDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber}:${e.columnNumber})`,
      ),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

const cspOf = (page: Page) =>
  page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

test.describe('Content-Security-Policy', () => {
  test('allows only the app’s own origin, and blocks inline script, inline handlers and requests to other origins', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await test.step('allows only the app’s own origin, with no inline or eval’d script', async () => {
      await openApp(page);
      const csp = await cspOf(page);
      expect(csp).not.toBeNull();
      const directives = new Map(
        csp!
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...values]) => [name!, values]),
      );
      expect(directives.get('default-src')).toEqual(["'self'"]);
      // 'self' and the hash of the one inline script, the pre-render guard (prerender.spec.ts checks the hash).
      const scriptSrc = directives.get('script-src')!;
      expect(scriptSrc[0]).toBe("'self'");
      expect(scriptSrc.slice(1)).toHaveLength(1);
      expect(scriptSrc[1]).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('base-uri')).toEqual(["'self'"]);
      for (const [name, values] of directives) {
        for (const v of values) {
          // Only the own origin and local schemes (data:, blob:); never a host, a wildcard or http(s):.
          expect(`${name} ${v}`).toMatch(/ ('self'|'none'|'unsafe-inline'|data:|blob:|'sha256-[^']+')$/);
        }
        if (name !== 'style-src') expect(values).not.toContain("'unsafe-inline'");
        expect(values).not.toContain("'unsafe-eval'");
      }
    });
    await test.step('blocks inline script, inline handlers and requests to other origins', async () => {
      await resetPage(page);
      const violations = await recordViolations(page);
      await openApp(page);
      const outcome = await page.evaluate(async () => {
        const w = window as unknown as { __inline?: number; __handler?: number };
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1';
        document.body.append(s);
        const img = document.createElement('img');
        img.setAttribute('onerror', 'window.__handler = 1');
        // The image's error event has been dispatched (with its blocked inline handler) once this resolves.
        const errored = new Promise((r) => img.addEventListener('error', r, { once: true }));
        img.src = 'data:,not-an-image';
        document.body.append(img);
        const fetchResult = await fetch('https://example.org/x').then(
          () => 'fetched',
          () => 'blocked',
        );
        await errored;
        s.remove();
        img.remove();
        return { inline: w.__inline ?? null, handler: w.__handler ?? null, fetchResult };
      });
      expect(outcome).toEqual({ inline: null, handler: null, fetchResult: 'blocked' });
      // Violation reports are dispatched as tasks of their own: wait until all three have arrived.
      for (const prefix of [
        'script-src-elem inline',
        'script-src-attr inline',
        'connect-src https://example.org',
      ])
        await expect
          .poll(async () => (await violations()).some((v) => v.startsWith(prefix)), { message: prefix })
          .toBe(true);
    });
  });
});

/** A full walk through the app: every view, a year change, a country panel, the export dialog, presentation. */
async function walk(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Views' });
  await openApp(page);
  await expect(page.locator('main h1').first()).toBeVisible();
  const slider = page.getByRole('slider', { name: /year/i }).first();
  if ((await slider.count()) > 0) {
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
  }
  for (const [name, query] of [
    ['Trends', '?view=trends&countries=SRB,VNM'],
    ['Compare', '?view=compare&countries=SRB,VNM'],
    ['Sources', '?view=sources'],
    ['Map', '?country=SRB'],
  ] as const) {
    await nav.getByRole('link', { name }).click();
    await expect(page.locator('main h1').first()).toBeVisible();
    await page.goto(`./${query}`);
    await expect(page.locator('main h1').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const exportButton = page.getByRole('button', { name: /^Export/ }).first();
    if ((await exportButton.count()) > 0 && (await exportButton.isEnabled())) {
      await exportButton.click();
      const dialog = page.getByRole('dialog').first();
      await expect(dialog).toBeVisible();
      await page.waitForLoadState('networkidle');
      // Escape closes the dialog once focus is inside it; until it has closed, the modal blocks the next click.
      await expect(dialog.locator(':focus')).toHaveCount(1);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
  }
}

test.describe('requests', () => {
  test('a full walk through the app never leaves the origin and trips no CSP rule', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const requests: string[] = [];
    const record = (r: Request) => requests.push(r.url());
    page.on('request', record);
    const cspMessages: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) cspMessages.push(m.text());
    });
    const violations = await recordViolations(page);
    const errors = watchErrors(page);
    await walk(page);
    const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u));
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(5);
    expect(await violations()).toEqual([]);
    expect(cspMessages).toEqual([]);
    expect(errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Offline after first load
// ---------------------------------------------------------------------------------------------------------

test.describe('offline after first load', () => {
  test('views and years already loaded keep working with the network cut', async ({ page, context }) => {
    const errors = watchErrors(page);
    const nav = page.getByRole('navigation', { name: 'Views' });
    await openApp(page, '?view=trends&countries=SRB,VNM');
    await expect(page.locator('main h1').first()).toBeVisible();
    for (const name of ['Compare', 'Sources', 'Map'] as const) {
      await nav.getByRole('link', { name }).click();
      await expect(page.locator('main h1').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
    }
    await context.setOffline(true);
    for (const name of ['Trends', 'Compare', 'Sources', 'Map'] as const) {
      await nav.getByRole('link', { name }).click();
      await expect(page.locator('main h1').first()).toBeVisible();
      await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('alert')).toHaveCount(0);
    }
    const slider = page.getByRole('slider', { name: /year/i }).first();
    if ((await slider.count()) > 0) {
      const before = await slider.getAttribute('aria-valuenow');
      await slider.focus();
      await page.keyboard.press('ArrowLeft');
      await expect(slider).not.toHaveAttribute('aria-valuenow', before ?? '');
      await expect(page.getByRole('alert')).toHaveCount(0);
    }
    await context.setOffline(false);
    expect(errors).toEqual([]);
  });

  test('a view never opened before the cut opens from prefetched code; its data says offline, then recovers by itself', async ({
    page,
    context,
  }) => {
    const errors = watchErrors(page);
    await openApp(page, '?view=sources');
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    // The other views' code is fetched in an idle moment after the first view is drawn.
    await expect
      .poll(() =>
        page.evaluate(() =>
          performance.getEntriesByType('resource').some((r) => /\/TrendsView-[\w-]+\.js$/.test(r.name)),
        ),
      )
      .toBe(true);
    await context.setOffline(true);
    const nav = page.getByRole('navigation', { name: 'Views' });
    await nav.getByRole('link', { name: 'Trends' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trends' })).toBeVisible();
    const alert = page.getByRole('alert').filter({ hasText: 'unodc.json' }).first();
    await expect(alert).toContainText('the browser is offline');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeEnabled();
    // Back online, the data loads again by itself (react-query refetches on reconnect).
    await context.setOffline(false);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: /Add a country/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Trends' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a view whose code cannot be downloaded says so, keeps the app, and Retry downloads it again', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    let blocked = true;
    await page.route(/\/assets\/TrendsView-[\w-]+\.js$/, (route) =>
      blocked ? route.abort('internetdisconnected') : route.continue(),
    );
    await openApp(page, '?view=sources');
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Views' });
    await nav.getByRole('link', { name: 'Trends' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The Trends view could not be loaded' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('check the connection');
    // Never a blank page: the header and the other views still work.
    await nav.getByRole('link', { name: 'Sources' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    blocked = false;
    await nav.getByRole('link', { name: 'Trends' }).click();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trends' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // The failed download is a handled warning, not an uncaught error.
    expect(errors).toEqual([]);
  });
});
