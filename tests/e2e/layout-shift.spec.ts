import { expect, test } from '@playwright/test';
import { layoutShift, recordLayoutShift } from './helpers';

/**
 * Shared links open on a view whose data arrives after the first frame. Nothing the reader is already looking at
 * may move when it does (Lighthouse's layout shift, CLS, under 0.05): the Trends link once scored 0.65 (its global
 * charts drawn first, then pushed down by the countries' charts) and the Compare link 0.12 (the footer pushed
 * off the screen).
 */

const LINKS = [
  { query: '?view=trends&countries=VNM,SRB&metric=convicted', drawn: '.trends-global svg path' },
  { query: '?view=compare&countries=BLR,SRB,VNM', drawn: 'main svg path' },
];

for (const viewport of [
  { name: 'laptop', width: 1350, height: 940 },
  { name: 'phone', width: 412, height: 823 },
]) {
  test(`shared Trends and Compare links draw without moving what is on screen (${viewport.name})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(recordLayoutShift);
    for (const { query, drawn } of LINKS) {
      await page.goto(`./${query}`);
      await expect(page.locator(drawn).first()).toBeAttached();
      await expect(page.locator('.state-loading')).toHaveCount(0);
      await expect(page.getByTestId('data-currency')).toBeAttached();
      expect(await layoutShift(page), query).toBeLessThan(0.05);
    }
  });
}
