import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { openApp } from './helpers';
import { readPngText } from '../../src/shared/export/png';

/**
 * Issue 16, item 3: the pack's ZIP export draws each slide from its stored state, never by driving the live page, so
 * nothing the user does while it runs changes what it writes; Esc or closing the panel cancels it and says so.
 * The test holds the PNG encoder (canvas.toBlob) until it releases it, so the export is still running, on any
 * machine, while the test acts.
 */
async function holdSlideImages(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __releaseExport: () => void };
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    w.__releaseExport = release;
    const toBlob = HTMLCanvasElement.prototype.toBlob;
    HTMLCanvasElement.prototype.toBlob = function (...args: Parameters<typeof toBlob>) {
      void gate.then(() => toBlob.apply(this, args));
    };
  });
}
const releaseSlideImages = (page: Page) =>
  page.evaluate(() => (window as unknown as { __releaseExport: () => void }).__releaseExport());

const PINNED = [
  { q: '?year=2020', title: 'Tiers in 2020', link: /\?year=2020$/ },
  {
    q: '?view=map&year=2015&mode=changes&from=2012&region=europe',
    title: 'Changes in Europe',
    link: /\?(?=.*year=2015)(?=.*mode=changes)(?=.*from=2012)(?=.*region=europe)/,
  },
  {
    q: '?view=trends&countries=SRB,VNM',
    title: 'Serbia and Vietnam over time',
    link: /\?(?=.*view=trends)(?=.*countries=SRB,VNM)/,
  },
  {
    q: '?view=compare&countries=BLR,SRB',
    title: 'Belarus and Serbia',
    link: /\?(?=.*view=compare)(?=.*countries=BLR,SRB)/,
  },
  { q: '?view=sources', title: 'Where the numbers come from', link: /\?view=sources$/ },
];

async function pinFive(page: Page) {
  for (const [i, p] of PINNED.entries()) {
    if (i === 0) await openApp(page, p.q);
    else await page.goto(`./${p.q}`);
    await page.getByRole('button', { name: 'Pin view' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pin this view to the briefing pack' });
    await dialog.getByLabel('Slide title').fill(p.title);
    await dialog.getByRole('button', { name: /^Pin slide/ }).click();
    await expect(dialog).toBeHidden();
  }
  // The user ends on the map of another year.
  await page.goto('./?year=2010');
  await expect(page.getByRole('button', { name: 'Briefing pack (5)' })).toBeVisible();
}

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });

test.describe('briefing pack ZIP export under the user’s clicks', () => {
  test('Esc cancels a running export and says so; the user’s clicks are not overridden', async ({ page }) => {
    test.setTimeout(120_000);
    await holdSlideImages(page);
    await pinFive(page);
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.getByRole('button', { name: 'Briefing pack (5)' }).click();
    const panel = page.getByRole('dialog', { name: 'Briefing pack' });
    await panel.getByRole('button', { name: 'Export pack as ZIP' }).click();
    await expect(panel.getByRole('status')).toContainText('Rendering slide 1 of 5');
    // The live page stays on the view the user was on.
    await expect(page).toHaveURL(/\?year=2010(&pack=[^&]*)?$/);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await views(page).getByRole('link', { name: 'Sources' }).click();
    await views(page).getByRole('link', { name: 'Trends' }).click();
    await releaseSlideImages(page);
    await expect(page.getByRole('status').filter({ hasText: 'export was cancelled' })).toContainText(
      'The briefing pack export was cancelled: no ZIP was saved.',
    );
    expect(downloads).toEqual([]);
    // The user's navigation holds.
    await expect(page).toHaveURL(/view=trends/);
    await expect(views(page).getByRole('link', { name: 'Trends' })).toHaveAttribute('aria-current', 'page');
  });

  test('a completed ZIP holds each pinned view, its embedded link the slide’s, and the page never moved', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(150_000);
    await holdSlideImages(page);
    await pinFive(page);
    await page.getByRole('button', { name: 'Briefing pack (5)' }).click();
    const panel = page.getByRole('dialog', { name: 'Briefing pack' });
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await panel.getByRole('button', { name: 'Export pack as ZIP' }).click();
    await expect(panel.getByRole('status')).toContainText('Rendering slide 1 of 5');
    // A second press while it runs starts nothing more.
    await expect(panel.getByRole('button', { name: 'Export pack as ZIP' })).toBeDisabled();
    await expect(page).toHaveURL(/\?year=2010(&pack=[^&]*)?$/);
    await releaseSlideImages(page);
    const file = await download;
    await expect(panel.getByRole('status')).toContainText('5 slide images and notes.txt');
    await expect(page).toHaveURL(/\?year=2010(&pack=[^&]*)?$/);
    const entries = unzipSync(new Uint8Array(await readFile((await file.path())!)));
    const pngs = Object.keys(entries)
      .filter((n) => n.endsWith('.png'))
      .sort();
    expect(pngs).toHaveLength(5);
    const texts = pngs.map((n) => readPngText(entries[n]!));
    expect(texts.map((t) => t.Title)).toEqual(PINNED.map((p) => p.title));
    // Each image's embedded link reopens its pinned view, and is the link notes.txt gives for that slide.
    const notes = strFromU8(entries['notes.txt']!);
    for (const [i, t] of texts.entries()) {
      expect(t.Source!.startsWith(baseURL!)).toBe(true);
      expect(t.Source).toMatch(PINNED[i]!.link);
      expect(notes).toContain(`Link: ${t.Source}\n`);
    }
  });
});
