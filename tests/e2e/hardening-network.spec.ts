import { expect, test, type Page, type Request } from '@playwright/test';
import { openApp, resetPage, watchErrors } from './helpers';

/** Hardening, continued from hardening.spec.ts: the Content-Security-Policy, requests that leave the origin, and
 * working on after the network is cut. */

test.describe.configure({ mode: 'parallel' });

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
