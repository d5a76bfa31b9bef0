import { expect, test } from '@playwright/test';
import { openApp, screenshotPath, watchConsole } from './helpers';

test.describe('embed', () => {
  test('the export dialog gives an iframe snippet that shows the view without the app’s menus, and links out', async ({
    page,
    baseURL,
  }) => {
    const console = watchConsole(page);
    // Visit Trends first: the map's embed must not carry Trends' countries and metric.
    await openApp(page, '?view=trends&countries=SRB&metric=convicted');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Map' }).click();
    await expect(page.locator('.tier-map-svg path[data-iso3]').first()).toBeVisible();
    await page.locator('.map-view').getByRole('button', { name: 'Export', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Export and share' });
    const code = await dialog.getByRole('textbox', { name: 'Embed code (HTML)' }).inputValue();
    const src = /<iframe src="([^"]+)" title="([^"]+)"/.exec(code)!;
    expect(src).not.toBeNull();
    const embedUrl = new URL(src[1]!.replace(/&amp;/g, '&'));
    expect(embedUrl.searchParams.get('embed')).toBe('1');
    for (const name of embedUrl.searchParams.keys())
      expect(['view', 'year', 'mode', 'from', 'region', 'country', 'embed']).toContain(name);

    // A page pastes the snippet. It is served beside the app (Chromium's local-network checks block a public or
    // other-origin page from framing this loopback test server; a deployed app on a public host has no such limit).
    const host = new URL('host-page.html', baseURL).toString();
    await page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Host</title><h1>Our briefing</h1>${code}`,
      }),
    );
    await page.goto(host);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('.tier-map-svg path[data-iso3]').first()).toBeVisible();
    await expect(frame.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(frame.locator('.map-legend')).toBeVisible();
    await expect(frame.locator('.app-footer')).toContainText('U.S. Department of State');
    const out = frame.getByRole('link', { name: /Open the full view in TIP Atlas/ });
    await expect(out).toHaveAttribute('target', '_blank');
    const outUrl = new URL((await out.getAttribute('href'))!);
    expect(outUrl.origin).toBe(new URL(baseURL!).origin);
    expect(outUrl.searchParams.has('embed')).toBe(false);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: screenshotPath('embed-host-1366'), fullPage: true });
    expect(console.errors).toEqual([]);
  });

  test('an embedded view keeps working offline and stays embedded, its link following the view', async ({
    page,
    context,
  }) => {
    await page.goto('./?year=2020&embed=1');
    await expect(page.locator('.tier-map-svg path[data-iso3]').first()).toBeVisible();
    await expect(page.locator('.app-header')).toBeHidden();
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    const slider = page.getByRole('slider', { name: /year/i }).first();
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuenow', '2019');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('embed')).toBe('1');
    await expect(page.getByRole('link', { name: /Open the full view in TIP Atlas/ })).toHaveAttribute(
      'href',
      /\?year=2019$/,
    );
    await context.setOffline(false);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: screenshotPath('embed-390') });
  });
});
