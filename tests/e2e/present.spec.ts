import { expect, test, type Page } from '@playwright/test';
import { openApp, resetPage, screenshotPath, watchConsole } from './helpers';
import { readPngText } from '../../src/shared/export/png';
import { pin } from './packHelpers';

async function buildPack(page: Page) {
  await openApp(page, '?view=sources');
  await pin(page, 'Where the numbers come from', 'Start with the sources.');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Trends' }).click();
  await pin(page, 'Trends over time', 'Then the counts.');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Map' }).click();
  await pin(page, 'The tier map', 'End on the map.');
  await expect(page.getByRole('button', { name: 'Briefing pack (3)' })).toBeVisible();
}

const stageView = (page: Page) => new URL(page.url()).searchParams.get('view') ?? 'map';

test.describe('presentation mode', () => {
  test('a pack presents, travels by link and file, is edited, exports its slides, and survives reloads and a closed tab', async ({
    page,
    browser,
    context,
  }) => {
    test.setTimeout(480_000);
    await test.step('a three-slide pack survives a reload and presents with clicker keys', async () => {
      const console = watchConsole(page);
      await buildPack(page);
      await page.reload();
      await expect(page.getByRole('button', { name: 'Briefing pack (3)' })).toBeVisible();

      await page.getByRole('button', { name: 'Briefing pack (3)' }).click();
      const panel = page.getByRole('dialog', { name: 'Briefing pack' });
      await expect(panel.getByLabel('Title')).toHaveCount(3);
      await expect(panel.getByLabel('Title').nth(2)).toHaveValue('The tier map');
      await panel.getByRole('button', { name: 'Present' }).click();

      const show = page.getByRole('dialog', { name: /^Presentation, slide/ });
      await expect(show).toHaveAccessibleName('Presentation, slide 1 of 3: Where the numbers come from');
      await expect(page.locator('.present-counter')).toHaveText('1 / 3');
      expect(stageView(page)).toBe('sources');
      // Full screen, on the presentation itself.
      await expect
        .poll(() => page.evaluate(() => document.fullscreenElement?.classList.contains('present') ?? false))
        .toBe(true);
      // The slide is the view drawn by the export path for the projector: the slide's title over the chart's own.
      const slideFrame = page.locator('.present-slide svg');
      await expect(slideFrame.locator('.export-title')).toHaveText('Where the numbers come from');
      await expect(slideFrame.locator('.export-subtitle')).toContainText(
        'Where the numbers come from: the sources of TIP Atlas',
      );
      await expect(slideFrame).toHaveAttribute('viewBox', '0 0 1920 1080');
      await page.screenshot({ path: screenshotPath('present-slide1') });
      // "Interactive" shows the live view instead, and back.
      await page.keyboard.press('i');
      await expect(
        page.locator('.present-stage').getByRole('heading', { level: 1, name: 'Sources' }),
      ).toBeVisible();
      await expect(slideFrame).toHaveCount(0);
      await page.keyboard.press('i');
      await expect(slideFrame).toBeVisible();

      await page.keyboard.press('PageDown');
      await expect(page.locator('.present-counter')).toHaveText('2 / 3');
      expect(stageView(page)).toBe('trends');
      // Projector theme: data lines are drawn thicker than on screen, and type larger than a screen's 11 px ticks.
      const run = page.locator('.present-slide .ts-run').first();
      await expect(run).toBeVisible();
      expect(parseFloat(await run.evaluate((el) => getComputedStyle(el).strokeWidth))).toBeGreaterThanOrEqual(
        3.5,
      );
      const tick = page.locator('.present-slide .ts-y-tick').first();
      const tickPx = await tick.evaluate((el) => el.getBoundingClientRect().height);
      expect(tickPx).toBeGreaterThan(13);
      await expect(page.locator('.present-slide .export-title')).toHaveText('Trends over time');

      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.present-counter')).toHaveText('3 / 3');
      expect(stageView(page)).toBe('map');
      await expect(page.locator('.present-slide .tier-map-svg path[data-iso3]').first()).toBeVisible();
      await page.keyboard.press('Space');
      await expect(page.locator('.present-counter')).toHaveText('3 / 3');

      // The audience's screen shows the notes only when asked (N opens the presenter view instead).
      await expect(page.getByRole('complementary', { name: 'Speaker notes' })).toHaveCount(0);
      await page.getByRole('button', { name: 'Notes on this screen' }).click();
      await expect(page.getByRole('complementary', { name: 'Speaker notes' })).toContainText(
        'End on the map.',
      );
      await page.keyboard.press('PageUp');
      await expect(page.locator('.present-counter')).toHaveText('2 / 3');
      await expect(page.getByRole('complementary', { name: 'Speaker notes' })).toContainText(
        'Then the counts.',
      );
      await page.keyboard.press('ArrowLeft');
      await expect(page.locator('.present-counter')).toHaveText('1 / 3');
      await page.keyboard.press('ArrowLeft');
      await expect(page.locator('.present-counter')).toHaveText('1 / 3');
      await page.keyboard.press('End');
      await expect(page.locator('.present-counter')).toHaveText('3 / 3');
      await page.keyboard.press('Home');
      await expect(page.locator('.present-counter')).toHaveText('1 / 3');
      await page.keyboard.press('End');
      await expect(page.locator('.present-counter')).toHaveText('3 / 3');

      await page.keyboard.press('Escape');
      await expect(show).toBeHidden();
      await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
      // Leaving restores the view that was open before presenting.
      await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
      expect(stageView(page)).toBe('map');
      expect(console.errors).toEqual([]);
    });
    await test.step('a pack link opened in a fresh browser shows the same slides', async () => {
      await resetPage(page);
      await buildPack(page);
      // The address bar holds the pack once its link codec has written it (it loads on the first pin if not before).
      await expect(page).toHaveURL(/[?&]pack=/);
      const link = page.url();
      const other = await browser.newContext();
      const fresh = await other.newPage();
      await fresh.goto(link);
      await expect(fresh.getByRole('button', { name: 'Briefing pack (3)' })).toBeVisible();
      await fresh.getByRole('button', { name: 'Briefing pack (3)' }).click();
      await expect(
        fresh.getByRole('dialog', { name: 'Briefing pack' }).getByLabel('Title').first(),
      ).toHaveValue('Where the numbers come from');
      await other.close();
    });
    await test.step('opening a colleague’s pack link keeps the pack this browser had, to restore', async () => {
      await resetPage(page);
      await buildPack(page);
      const theirs = await browser.newContext();
      const colleague = await theirs.newPage();
      await openApp(colleague, '?view=compare&countries=BLR,SRB');
      await pin(colleague, 'Their comparison', 'From a colleague.');
      await expect(colleague).toHaveURL(/[?&]pack=/);
      const link = colleague.url();
      await theirs.close();

      await page.goto(link);
      await expect(page.getByRole('button', { name: 'Briefing pack (1)' })).toBeVisible();
      await expect(
        page.locator('.notice').filter({ hasText: 'The pack this browser had (3 slides) is kept' }),
      ).toBeVisible();
      await page.getByRole('button', { name: 'Briefing pack (1)' }).click();
      const panel = page.getByRole('dialog', { name: 'Briefing pack' });
      await expect(panel.getByLabel('Title').first()).toHaveValue('Their comparison');
      await panel.getByRole('button', { name: 'Restore the previous pack (3 slides)' }).click();
      await expect(panel.getByLabel('Title')).toHaveCount(3);
      await expect(panel.getByLabel('Title').first()).toHaveValue('Where the numbers come from');
      await expect(page.getByRole('button', { name: 'Briefing pack (3)' })).toBeVisible();
      // And back: the colleague's pack is now the one kept.
      await expect(panel.getByRole('button', { name: 'Restore the previous pack (1 slide)' })).toBeVisible();
    });
    await test.step('slides can be reordered, retitled and removed', async () => {
      await resetPage(page);
      await buildPack(page);
      await page.getByRole('button', { name: 'Briefing pack (3)' }).click();
      const panel = page.getByRole('dialog', { name: 'Briefing pack' });
      await panel.getByRole('button', { name: 'Move slide 3 up' }).click();
      await expect(panel.getByLabel('Title').nth(1)).toHaveValue('The tier map');
      await panel.getByLabel('Title').nth(0).fill('Sources first');
      await panel.getByLabel('Speaker note').nth(0).fill('Open with where the numbers come from.');
      await panel.getByRole('button', { name: 'Remove slide 3' }).click();
      await expect(panel.getByLabel('Title')).toHaveCount(2);
      await page.reload();
      await page.getByRole('button', { name: 'Briefing pack (2)' }).click();
      await expect(
        page.getByRole('dialog', { name: 'Briefing pack' }).getByLabel('Title').nth(0),
      ).toHaveValue('Sources first');
      await expect(
        page.getByRole('dialog', { name: 'Briefing pack' }).getByLabel('Speaker note').nth(0),
      ).toHaveValue('Open with where the numbers come from.');
    });
    await test.step('pinning a comparison offers its plain-language summary as the speaker note', async () => {
      await resetPage(page);
      await openApp(page, '?view=compare&countries=BLR,SRB');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.getByRole('button', { name: 'Pin view' }).click();
      const dialog = page.getByRole('dialog', { name: 'Pin this view to the briefing pack' });
      await expect(dialog.getByLabel('Slide title')).toHaveValue(
        /^Comparison: Belarus, Serbia — \d{4} TIP report$/,
      );
      await expect(dialog.getByLabel('Speaker note (optional)')).toHaveValue(/Belarus/);
    });
    await test.step('a slide whose view has nothing to draw shows that view live, not an endless loading state', async () => {
      await resetPage(page);
      await openApp(page, '?view=compare&countries=BLR');
      await pin(page, 'Belarus alone', 'Add a second country to compare.');
      await page.getByRole('button', { name: 'Briefing pack (1)' }).click();
      await page
        .getByRole('dialog', { name: 'Briefing pack' })
        .getByRole('button', { name: 'Present' })
        .click();
      const stage = page.locator('.present-stage');
      await expect(stage.getByRole('note')).toContainText('shown as it is in the app', { timeout: 15_000 });
      await expect(stage.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible();
      await expect(stage.getByText('Loading slide…')).toHaveCount(0);
    });
    await test.step('a broken pack in a link is ignored with a notice', async () => {
      await resetPage(page);
      await openApp(page, '?pack=not-a-pack');
      await expect(
        page.locator('.notice').filter({ hasText: 'briefing pack in the link could not be read' }),
      ).toBeVisible();
      await expect(page.getByRole('button', { name: 'Briefing pack (0)' })).toBeVisible();
    });
    await test.step('exports the pack as a ZIP of 16:9 slide images at 2× with the speaker notes', async () => {
      await resetPage(page);
      await openApp(page, '?year=2020');
      await pin(page, 'Tiers in 2020', 'Belarus on Tier 3.');
      await page.goto('./?view=trends&countries=SRB,VNM');
      await pin(page, 'Serbia and Vietnam over time', 'Gaps are years without data.');
      await page.goto('./?view=compare&countries=BLR,SRB,VNM');
      await pin(page, 'Three countries side by side', 'Summary of the comparison.');
      await page.goto('./?view=sources');
      await page.getByRole('button', { name: 'Briefing pack (3)' }).click();
      const panel = page.getByRole('dialog', { name: 'Briefing pack' });
      const download = page.waitForEvent('download', { timeout: 90_000 });
      await panel.getByRole('button', { name: 'Export pack as ZIP' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^tip-briefing-pack_\d{4}-\d{2}-\d{2}\.zip$/);
      await expect(panel.getByRole('status')).toContainText('3 slide images and notes.txt');
      // The app returns to the view it was on.
      await expect(page).toHaveURL(/view=sources/);

      const { readFile } = await import('node:fs/promises');
      const { unzipSync, strFromU8 } = await import('fflate');
      const entries = unzipSync(new Uint8Array(await readFile((await file.path())!)));
      const pngs = Object.keys(entries)
        .filter((n) => n.endsWith('.png'))
        .sort();
      expect(pngs).toEqual([
        'slide-01_Tiers-in-2020.png',
        'slide-02_Serbia-and-Vietnam-over-time.png',
        'slide-03_Three-countries-side-by-side.png',
      ]);
      for (const name of pngs) {
        const bytes = entries[name]!;
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
        // 1920×1080 logical at the default 2×.
        expect([view.getUint32(16), view.getUint32(20)]).toEqual([3840, 2160]);
        expect(bytes.byteLength).toBeGreaterThan(50_000);
      }
      // Each image is titled as its slide was, like the presentation shows it.
      expect(pngs.map((name) => readPngText(entries[name]!).Title)).toEqual([
        'Tiers in 2020',
        'Serbia and Vietnam over time',
        'Three countries side by side',
      ]);
      expect(readPngText(entries[pngs[1]!]!).Description).toMatch(
        /^Detected victims by data year: Serbia and Vietnam · /,
      );
      const notes = strFromU8(entries['notes.txt']!);
      expect(notes).toContain('Slide 1: Tiers in 2020');
      expect(notes).toContain('Speaker note: Gaps are years without data.');
      expect(notes).toMatch(/Link: http:\/\/127\.0\.0\.1:\d+\/\?view=compare&countries=BLR,SRB,VNM/);
    });
    await test.step('a pinned Sources view becomes a slide image of the sources, also when it is the view on screen', async () => {
      await resetPage(page);
      await openApp(page, '?view=sources');
      await pin(page, 'Where the numbers come from', 'Close on the sources.');
      await page.getByRole('button', { name: 'Briefing pack (1)' }).click();
      const panel = page.getByRole('dialog', { name: 'Briefing pack' });
      const download = page.waitForEvent('download', { timeout: 60_000 });
      await panel.getByRole('button', { name: 'Export pack as ZIP' }).click();
      const file = await download;
      await expect(panel.getByRole('status')).toContainText('1 slide image and notes.txt');
      const { readFile } = await import('node:fs/promises');
      const { unzipSync, strFromU8 } = await import('fflate');
      const entries = unzipSync(new Uint8Array(await readFile((await file.path())!)));
      const png = entries['slide-01_Where-the-numbers-come-from.png']!;
      expect(png).toBeDefined();
      expect(readPngText(png).Description).toMatch(
        /^Where the numbers come from: the sources of TIP Atlas · \d+ data tables and \d+ source documents/,
      );
      expect(strFromU8(entries['notes.txt']!)).toContain('Image: slide-01_Where-the-numbers-come-from.png');
    });
    // Last: it closes the page.
    await test.step('the pack survives a closed tab: a new tab whose link has no pack still has it', async () => {
      await resetPage(page);
      await buildPack(page);
      await page.close();
      const tab = await context.newPage();
      await tab.goto('./?view=trends');
      await expect(tab.getByRole('button', { name: 'Briefing pack (3)' })).toBeVisible();
      // The restored pack is written back to the address, so this tab's link shares it too.
      await expect(tab).toHaveURL(/[?&]pack=/);
      await tab.getByRole('button', { name: 'Briefing pack (3)' }).click();
      await expect(tab.getByRole('dialog', { name: 'Briefing pack' }).getByLabel('Title').nth(2)).toHaveValue(
        'The tier map',
      );
    });
  });
});
