/**
 * What the pin dialog and pack panel offer a presenter (issue 15): default titles that name the view, the region and
 * the year, and a thumbnail of each slide in the pack panel.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, screenshotPath, watchConsole } from './helpers';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
] as const;

const pinDialog = (page: Page) => page.getByRole('dialog', { name: 'Pin this view to the briefing pack' });

test.describe('pin dialog default title', () => {
  for (const size of SIZES) {
    test(`names the map's region and report year with the period it assesses at ${size.width}×${size.height}`, async ({
      page,
    }) => {
      const console = watchConsole(page);
      await page.setViewportSize(size);
      await openApp(page, '?year=2020&region=europe');
      await page.getByRole('button', { name: 'Pin view' }).click();
      const dialog = pinDialog(page);
      await expect(dialog.getByLabel('Slide title')).toHaveValue(
        'Tier map, Europe — 2020 TIP report (April 2019 – March 2020)',
      );
      await page.screenshot({ path: screenshotPath(`briefing-pin-title-${size.width}`) });
      await dialog.getByRole('button', { name: /^Pin slide/ }).click();
      await expect(dialog).toBeHidden();
      expect(console.errors).toEqual([]);
    });
  }

  test('names Trends’ countries, measure and data year', async ({ page }) => {
    await openApp(page, '?view=trends&countries=SRB,VNM&metric=convicted');
    await page.getByRole('button', { name: 'Pin view' }).click();
    await expect(pinDialog(page).getByLabel('Slide title')).toHaveValue(
      'Trends: Serbia, Vietnam — persons convicted by data year',
    );
  });
});
