/**
 * The pre-rendered picture's map answers the pointer and the keyboard before the app's code has run
 * (src/prerender/picture-input.js), says what the live map will say, and hands what was asked of it to the app.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp, watchConsole } from './helpers';
import { announcements, tooltipLines } from './prerenderHelpers';

const BOOT = /\/assets\/boot-[\w-]+\.js$/;

/** Opens the default link with the app's code held back until `release()`: the picture is all there is. */
async function openWithAppHeld(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(BOOT, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.locator('#prerender svg[data-answers-input="true"]')).toBeVisible();
  return release;
}

const pictureFrame = (page: Page) => page.locator('#prerender .map-frame').filter({ visible: true });
test.describe('the picture answers before the app', () => {
  test('at 1366 px: tooltip, keys and click as on the live map, then the panel asked for opens', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const console = watchConsole(page);
    const live = await page.context().newPage();
    await openApp(live);
    const liveFrame = live.locator('.map-frame');

    await test.step('pointing at a country shows the tooltip the live map shows', async () => {
      const release = await openWithAppHeld(page);
      await pictureFrame(page).locator('path[data-iso3="BRA"]').first().hover();
      const tip = page.getByTestId('picture-tooltip');
      await expect(tip).toBeVisible();
      await liveFrame.locator('path[data-iso3="BRA"]').first().hover();
      await expect(live.locator('#map-tooltip')).toBeVisible();
      const said = await tooltipLines(live, '#map-tooltip');
      expect(said[0]).toBe('Brazil');
      expect(await tooltipLines(page, '[data-testid="picture-tooltip"]')).toEqual(said);
      // Esc hides it (WCAG 1.4.13), as on the live map.
      await page.keyboard.press('Escape');
      await expect(tip).toBeHidden();
      // Only the map answers: the picture's drawn controls stay out of reach.
      const reachable = await page.evaluate(() =>
        [
          ...document.querySelectorAll(
            '#prerender :is(a, button, input, select, textarea, [tabindex]):not([tabindex="-1"])',
          ),
        ]
          .filter((el) => !el.closest('[inert]'))
          .map((el) => el.className),
      );
      expect(reachable).toEqual(['map-frame']);
      await expect(page.locator('#prerender')).not.toHaveAttribute('aria-hidden', 'true');
      const axe = await new AxeBuilder({ page }).include('#prerender').setLegacyMode(true).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      release();
      await expect(page.locator('#prerender')).toHaveCount(0);
    });

    await test.step('the keys say what they say on the live map, and Enter opens the panel once the app is in', async () => {
      const release = await openWithAppHeld(page);
      await page.keyboard.press('Tab');
      await expect(pictureFrame(page)).toBeFocused();
      const onPicture = await announcements(page, '[data-testid="picture-announcer"]');
      await liveFrame.focus();
      const onLive = await announcements(live, '[data-testid="map-announcer"]');
      expect(onPicture).toEqual(onLive);
      expect(onPicture[0]).toMatch(/^\w.*: .*\d{4} report$/);
      // The key tip shows the country the keyboard is on.
      const country = onPicture.at(-1)!.split(':')[0]!;
      await expect(page.getByTestId('picture-tooltip').locator('.tt-name')).toHaveText(country);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: 'Opening the panel for' })).toHaveText(
        `Opening the panel for ${country}…`,
      );
      release();
      const panel = page.locator('.country-panel');
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(country);
      await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
      await expect(page.locator('#prerender')).toHaveCount(0);
    });

    await test.step('a click opens that country’s panel once the app is in; the focus stays on the map it was on', async () => {
      await page.goto('about:blank');
      const release = await openWithAppHeld(page);
      await pictureFrame(page).locator('path[data-iso3="SRB"]').first().click();
      await expect(page.getByRole('status').filter({ hasText: 'Opening' })).toHaveText(
        'Opening the panel for Serbia…',
      );
      await expect(page).not.toHaveURL(/country=/);
      release();
      await expect(page.locator('.country-panel h2')).toHaveText('Serbia');
      await expect(page).toHaveURL(/country=SRB/);

      // Keys pressed on the picture and no Enter: the live map takes the focus, on the same country.
      await page.goto('about:blank');
      const release2 = await openWithAppHeld(page);
      await page.keyboard.press('Tab');
      await page.keyboard.press('End');
      const last = await page.getByTestId('picture-announcer').textContent();
      release2();
      await expect(page.locator('.map-frame svg[data-ready="true"]')).toBeVisible();
      await expect(page.locator('.map-frame')).toBeFocused();
      await expect(page.locator('.country-panel')).toHaveCount(0);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('map-announcer')).toHaveText(last ?? '');
    });
    expect(console.errors).toEqual([]);
  });

  test('on a phone a tap asks for the panel, and the picture goes still when the app cannot start', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await context.newPage();
    const release = await openWithAppHeld(page);
    await pictureFrame(page).locator('path[data-iso3="IND"]').first().tap();
    await expect(page.getByRole('status').filter({ hasText: 'Opening' })).toHaveText(
      'Opening the panel for India…',
    );
    // A touch gets no tooltip over the map (the live map shows none either), only that line.
    await expect(page.getByTestId('picture-tooltip')).toHaveCount(0);
    release();
    await expect(page.locator('.country-panel h2')).toHaveText('India');

    // The app's code fails: nothing will open what the picture is asked, so it stops answering and says why.
    const failing = await context.newPage();
    await failing.route(BOOT, (route) => route.abort());
    await failing.goto('./');
    await expect(failing.getByRole('alert')).toContainText('TIP Atlas could not start');
    await expect(failing.locator('#prerender')).toHaveAttribute('inert', '');
    await expect(failing.locator('#prerender svg[data-answers-input]')).toHaveCount(0);
    await failing
      .locator('#prerender .map-frame')
      .filter({ visible: true })
      .locator('path[data-iso3="IND"]')
      .first()
      .tap({ force: true });
    await expect(failing.getByRole('status').filter({ hasText: 'Opening' })).toHaveCount(0);
    await context.close();
  });
});
