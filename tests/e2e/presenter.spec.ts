import { expect, test } from '@playwright/test';
import { encodePackLink } from '../../src/features/present/packCodec';
import type { Slide } from '../../src/features/present/packState';
import { openApp, screenshotPath, watchConsole } from './helpers';

const SLIDES: Slide[] = [
  { q: '?view=map&year=2020&region=mekong', t: 'Mekong tiers', n: 'Open with the map.' },
  { q: '?view=trends&countries=THA,VNM', t: 'Counts over time', n: 'Detected victims, not prevalence.' },
  { q: '?view=compare&countries=THA,KHM,LAO', t: 'Three neighbours', n: 'End on the comparison.' },
];

test('the presenter view opens in a second window and both follow →, ←, Home and End', async ({
  page,
  context,
}) => {
  const console = watchConsole(page);
  await openApp(page, `?pack=${encodePackLink(SLIDES)}`);
  await page.getByRole('button', { name: 'Briefing pack (3)' }).click();
  await page.getByRole('dialog', { name: 'Briefing pack' }).getByRole('button', { name: 'Present' }).click();
  const counter = page.locator('.present-counter');
  await expect(counter).toHaveText('1 / 3');

  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Presenter view (N)' }).click(),
  ]);
  const view = presenter.getByRole('main', { name: 'Presenter view' });
  const count = view.locator('.presenter-count');
  const notes = view.getByLabel('Speaker notes');
  await expect(count).toHaveText('Slide 1 of 3');
  await expect(notes).toContainText('Open with the map.');
  await expect(view.getByLabel('Next slide')).toContainText('Counts over time');
  await expect(view.locator('.presenter-timer')).toHaveText(/^\d+:\d\d$/);
  await expect(view.getByRole('img', { name: 'Slide 1: Mekong tiers' })).toBeVisible();
  // The audience's screen shows no notes.
  await expect(page.getByRole('complementary', { name: 'Speaker notes' })).toHaveCount(0);

  // The audience window's keys move the presenter view…
  await page.bringToFront();
  await page.locator('.present').focus();
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('2 / 3');
  await expect(count).toHaveText('Slide 2 of 3');
  await expect(notes).toContainText('Detected victims, not prevalence.');
  await page.keyboard.press('End');
  await expect(count).toHaveText('Slide 3 of 3');
  await expect(view.getByLabel('Next slide')).toContainText('End of the pack.');
  await page.keyboard.press('Home');
  await expect(count).toHaveText('Slide 1 of 3');

  // …and the presenter window's keys move the audience's.
  await presenter.bringToFront();
  await presenter.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('2 / 3');
  await expect(count).toHaveText('Slide 2 of 3');
  await presenter.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText('1 / 3');
  await presenter.keyboard.press('End');
  await expect(counter).toHaveText('3 / 3');
  await expect(notes).toContainText('End on the comparison.');
  await expect(view.getByRole('img', { name: 'Slide 3: Three neighbours' })).toBeVisible();
  await presenter.screenshot({ path: screenshotPath('presenter-view') });
  await presenter.keyboard.press('Home');
  await expect(counter).toHaveText('1 / 3');
  await expect(count).toHaveText('Slide 1 of 3');

  // Leaving the presentation tells the presenter window.
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await expect(presenter.getByRole('status')).toContainText('The presentation has ended.');
  expect(console.errors).toEqual([]);
});
