import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';
import { openView } from './a11yHelpers';
import { openMap, shape } from './mapHelpers';
import { openPanel, pin } from './packHelpers';

/**
 * A key pressed the instant something appears acts on it. The export dialog, the presentation and the tooltips are
 * committed by React outside the click or pointer move that asked for them (their code loads then, or the pointer
 * is a continuous event), and a key listener attached in a passive effect started only after the browser had
 * painted and handled the input already waiting: CI's run of stop 35 failed on an Esc that the export dialog never
 * heard. Each test presses the key at that instant from the page itself, in a MutationObserver (a microtask, so
 * after React's commit and before anything it left for later), as a fast user or a test that saw the element does.
 */

test.describe.configure({ mode: 'parallel' });

/** Presses `key` on the focused element as soon as `selector` matches, once; resolves when the page has pressed it. */
async function pressWhenShown(page: Page, selector: string, key: string): Promise<() => Promise<void>> {
  await page.evaluate(
    ([selector, key]) => {
      const seen = new MutationObserver(() => {
        if (!document.querySelector(selector!)) return;
        seen.disconnect();
        const target = document.activeElement ?? document.body;
        target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        document.body.dataset.pressedWhenShown = key;
      });
      seen.observe(document.body, { childList: true, subtree: true });
    },
    [selector, key],
  );
  return () => expect(page.locator('body')).toHaveAttribute('data-pressed-when-shown', key);
}

test('Esc pressed the instant the export dialog appears closes it and gives focus back', async ({ page }) => {
  await openView(page, '?view=compare&countries=BLR,SRB');
  const pressed = await pressWhenShown(page, '[role="dialog"]', 'Escape');
  const open = page.locator('.compare-view').getByRole('button', { name: 'Export', exact: true }).first();
  await open.click();
  await pressed();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(open).toBeFocused();
});

test('→ pressed the instant a presentation appears moves to the next slide', async ({ page }) => {
  await openView(page, '?view=sources');
  await pin(page, 'First', '');
  await pin(page, 'Second', '');
  const panel = await openPanel(page, 2);
  const pressed = await pressWhenShown(page, '.present', 'ArrowRight');
  await panel.getByRole('button', { name: 'Present' }).click();
  await pressed();
  await expect(page.getByRole('dialog', { name: /^Presentation, slide/ })).toHaveAccessibleName(
    'Presentation, slide 2 of 2: Second',
  );
});

test('Esc pressed the instant a tooltip appears closes it, on the map and on a chart', async ({ page }) => {
  await openMap(page, '?year=2020');
  // The tooltip's code is loaded by a first hover, so the second one shows the tooltip in the pointer's own update.
  await shape(page, 'GBR').hover();
  await expect(page.getByRole('tooltip')).toContainText('United Kingdom');
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  let pressed = await pressWhenShown(page, '[role="tooltip"]', 'Escape');
  await shape(page, 'BLR').hover();
  await pressed();
  await expect(page.getByRole('tooltip')).toHaveCount(0);

  await openApp(page, '?view=trends&countries=SRB,VNM&metric=convicted');
  const mark = page.locator('.trends-countries .chart-figure .ts-mark[data-year="2020"][data-value="18"]');
  await expect(mark).toHaveCount(1);
  pressed = await pressWhenShown(page, '.chart-tooltip', 'Escape');
  await mark.hover();
  await pressed();
  await expect(page.locator('.chart-tooltip')).toHaveCount(0);
});
