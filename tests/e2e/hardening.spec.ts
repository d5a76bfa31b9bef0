import { expect, test, type Page } from '@playwright/test';
import { openApp, resetPage, watchErrors } from './helpers';
import { pin } from './packHelpers';

/**
 * Hardening: malformed links and broken data files (the Content-Security-Policy, requests that leave the origin and
 * working on after the network is cut are in hardening-network.spec.ts). Every payload below sets `window.__pwned`
 * if it ever runs.
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

test('a browser that refuses the app its storage: a map link still draws, and pinning says the pack is not kept', async ({
  page,
}) => {
  // As a browser set to block site data does: touching localStorage throws. The briefing pack reads it once the
  // map is drawn (in the task after its frame; the page's entry no longer touches it).
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors = watchErrors(page);
  await openApp(page, '?year=2020&region=europe');
  await expect(page.locator('.map-frame svg[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Briefing pack (0)' })).toBeVisible();
  await pin(page, 'Europe 2020', '');
  await expect(page.getByRole('button', { name: 'Briefing pack (1)' })).toBeVisible();
  await expect(page.getByText(/This browser does not let the app store data/).first()).toBeVisible();
  expect(errors).toEqual([]);
});
