/**
 * The briefing pack under hostile and clumsy input (issue 16): each numbered defect of the issue reproduced with its
 * steps, plus storage full and a 30-slide pack saved and reopened as a file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { inflateSync, strFromU8, unzipSync } from 'fflate';
import { readPngText } from '../../src/shared/export/png';
import { openApp, resetPage, screenshotPath, watchConsole } from './helpers';
import { openPanel, pin } from './packHelpers';

interface Slide {
  q: string;
  t: string;
  n: string;
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name }).click();

/** A version 1 pack link (as the app made them before 2026-12-05): base64url of the JSON array. */
const v1Link = (slides: unknown[]) => Buffer.from(JSON.stringify(slides), 'utf8').toString('base64url');

/** The slides the address's `pack` parameter holds (version 2: "2." + base64url of deflated [[q, t, n], …]). */
function packInUrl(url: string): Slide[] | null {
  const raw = new URL(url).searchParams.get('pack');
  if (raw === null) return null;
  expect(raw.startsWith('2.')).toBe(true);
  const json = strFromU8(inflateSync(new Uint8Array(Buffer.from(raw.slice(2), 'base64url'))));
  return (JSON.parse(json) as [string, string, string][]).map(([q, t, n]) => ({ q, t, n }));
}

/** Text that compresses about as badly as typed prose in several scripts: a pseudo-random mix, seeded. */
function noisyText(seed: number, length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,éüßمرحبا中文';
  let x = seed * 2654435761;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

async function exportZip(page: Page, panel: ReturnType<Page['getByRole']>) {
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await panel.getByRole('button', { name: 'Export pack as ZIP' }).click();
  return unzipSync(new Uint8Array(await readFile((await (await download).path())!)));
}

test.describe('issue 16: the briefing pack never loses work', () => {
  test('defects 1–8 reproduced, a 30-slide pack saved as a file, and storage full', async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(480_000);
    await test.step('defect 1: a 195-character title typed on slide 2 is cut to 140, said so, and the pack survives a reload', async () => {
      const console = watchConsole(page);
      await openApp(page);
      await pin(page, 'The map', 'First.');
      await nav(page, 'Sources');
      await pin(page, 'The sources', 'Second.');
      await nav(page, 'Trends');
      await pin(page, 'The trends', 'Third.');
      const panel = await openPanel(page, 3);
      await panel.getByLabel('Title').nth(1).fill('T'.repeat(195));
      await expect(panel.getByText('Cut to 140 characters, the most a title can hold.')).toBeVisible();
      await expect(panel.getByLabel('Title').nth(1)).toHaveValue('T'.repeat(140));
      await panel.getByLabel('Speaker note').nth(2).fill('N'.repeat(2_500));
      await expect(
        panel.getByText('Cut to 2,000 characters, the most a speaker note can hold.'),
      ).toBeVisible();
      await panel.getByRole('button', { name: 'Close' }).click();

      await page.reload();
      const again = await openPanel(page, 3);
      await expect(again.getByLabel('Title').nth(1)).toHaveValue('T'.repeat(140));
      await again.getByRole('button', { name: 'Close' }).click();
      // Reopened from a bare address: the pack comes back from storage, whole.
      await openApp(page);
      const bare = await openPanel(page, 3);
      await expect(bare.getByLabel('Speaker note').nth(2)).toHaveValue('N'.repeat(2_000));
      expect(console.errors).toEqual([]);
    });
    await test.step('defect 1: a pack stored by the previous version with a 195-character title keeps all its slides and the full title', async () => {
      await resetPage(page);
      const title = `${'Long title '.repeat(17)}end of it`;
      expect(title.length).toBe(196);
      await openApp(page);
      await page.evaluate(
        (slides) => {
          // As the previous version left it: its key only.
          window.localStorage.clear();
          window.localStorage.setItem('tip-atlas-pack-v1', JSON.stringify(slides));
        },
        [
          { q: '?year=2012', t: 'The 2012 map', n: '' },
          { q: '?view=sources', t: title, n: 'Kept.' },
          { q: '?view=trends', t: 'Trends', n: '' },
        ],
      );
      await openApp(page);
      await expect(
        page.locator('.notice').filter({ hasText: /needed repair: Slide 2 .*title was longer than 140/ }),
      ).toBeVisible();
      const panel = await openPanel(page, 3);
      await expect(panel.getByLabel('Title').nth(1)).toHaveValue(title.slice(0, 140));
      await panel.getByText('Set aside (1)').click();
      await expect(panel.getByRole('textbox', { name: 'Set-aside text 1' })).toHaveValue(title);
      await page.screenshot({ path: screenshotPath('pack-set-aside') });
    });
    await test.step('defect 2: a pasted title with control characters is cleaned on input, and a link with them exports its ZIP', async () => {
      await resetPage(page);
      await openApp(page, '?year=2012');
      await page.getByRole('button', { name: 'Pin view' }).click();
      const dialog = page.getByRole('dialog', { name: 'Pin this view to the briefing pack' });
      await dialog.getByLabel('Slide title').fill('Tiers\u000bin 2012\u0000\u001f\ufffe');
      await expect(dialog.getByLabel('Slide title')).toHaveValue('Tiers in 2012');
      await expect(dialog.getByText('4 control characters replaced by spaces or removed.')).toBeVisible();
      await dialog.getByRole('button', { name: 'Cancel' }).click();

      // A link made elsewhere carries them raw: they are cleaned as the link is read, and the ZIP is drawn.
      await openApp(
        page,
        `?pack=${v1Link([{ q: '?year=2012', t: 'Map\u000b2012\u0000\u0008\u000c\u000e\u001f\ufffe\uffff', n: 'a\u000bb' }])}`,
      );
      const panel = await openPanel(page, 1);
      await expect(panel.getByLabel('Title')).toHaveValue('Map 2012');
      const entries = await exportZip(page, panel);
      await expect(panel.getByRole('status').last()).toContainText('1 slide image and notes.txt');
      const png = entries['slide-01_Map-2012.png'];
      expect(png).toBeDefined();
      expect(readPngText(png!).Title).toBe('Map 2012');
      expect(strFromU8(entries['notes.txt']!)).toContain('Speaker note: a\\nb');
    });
    await test.step('defect 4: leaving a presentation returns to the exact view and address it started from', async () => {
      await resetPage(page);
      await openApp(page, '?year=2012');
      await pin(page, 'The 2012 map', 'Map.');
      await nav(page, 'Sources');
      await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
      const before = page.url();
      const panel = await openPanel(page, 1);
      await panel.getByRole('button', { name: 'Present' }).click();
      await expect(page.locator('.present-counter')).toHaveText('1 / 1');
      await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2012');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
      await expect.poll(() => page.url()).toBe(before);
    });
    await test.step('defect 5: a pack too long for a safe link says so, stays out of the address, and travels as a file', async () => {
      await resetPage(page);
      await openApp(page);
      const notes = Array.from({ length: 10 }, (_, i) => noisyText(i + 1, 2_000));
      for (const [i, note] of notes.entries()) await pin(page, `Slide ${i + 1}`, note);
      const panel = await openPanel(page, 10);
      await expect(panel.getByRole('note')).toContainText('This pack is too long for a link');
      expect(new URL(page.url()).searchParams.get('pack')).toBeNull();
      expect(page.url().length).toBeLessThan(8_000);
      await page.screenshot({ path: screenshotPath('pack-too-long') });

      const saved = page.waitForEvent('download');
      await panel.getByRole('button', { name: 'Save pack as file' }).click();
      const file = await saved;
      expect(file.suggestedFilename()).toMatch(/^tip-briefing-pack_\d{4}-\d{2}-\d{2}\.json$/);
      const path = (await file.path())!;
      const json = JSON.parse(await readFile(path, 'utf8')) as { format: string; version: number };
      expect(json).toMatchObject({ format: 'tip-atlas-briefing-pack', version: 2 });

      const other = await browser.newContext();
      const fresh = await other.newPage();
      await openApp(fresh);
      const theirs = await openPanel(fresh, 0);
      await theirs.locator('input[type="file"]').setInputFiles(path);
      await expect(fresh.getByRole('button', { name: 'Briefing pack (10)' })).toBeVisible();
      for (const [i, note] of notes.entries())
        await expect(theirs.getByLabel('Speaker note').nth(i)).toHaveValue(note);
      await other.close();
    });
    await test.step('defect 5: eight slides of 2,000-character notes that compress well travel in a link under 8,000 characters', async () => {
      await resetPage(page);
      await openApp(page);
      const prose =
        'Belarus stayed on Tier 3 while Serbia moved to the Watch List; prosecutions fell as identified victims rose. ';
      const notes = Array.from({ length: 8 }, (_, i) => `${i + 1}. ${prose.repeat(20)}`.slice(0, 2_000));
      for (const [i, note] of notes.entries()) await pin(page, `Slide ${i + 1}`, note);
      await expect.poll(() => packInUrl(page.url())?.length ?? 0).toBe(8);
      expect(page.url().length).toBeLessThan(8_000);
      const other = await browser.newContext();
      const fresh = await other.newPage();
      await fresh.goto(page.url());
      const panel = await openPanel(fresh, 8);
      await expect(panel.getByLabel('Speaker note').nth(7)).toHaveValue(notes[7]!);
      await other.close();
    });
    await test.step('defect 6: a pack link cannot write lines or foreign links into notes.txt', async () => {
      await resetPage(page);
      await openApp(
        page,
        `?pack=${v1Link([
          {
            q: '?year=2012',
            t: 'Map\nLink: https://evil.example/phish',
            n: 'Note\r\nLink: https://evil.example/2',
          },
          { q: 'javascript:alert(1)', t: 'Click', n: '' },
          { q: 'https://evil.example/?year=2012', t: 'Elsewhere', n: '' },
        ])}`,
      );
      await expect(
        page
          .locator('.notice')
          .filter({ hasText: 'slide 2 was set aside: its link is a “javascript:” link' }),
      ).toBeVisible();
      await expect(
        page.locator('.notice').filter({ hasText: 'its link goes to another site' }),
      ).toBeVisible();
      const panel = await openPanel(page, 1);
      const entries = await exportZip(page, panel);
      const notes = strFromU8(entries['notes.txt']!);
      const origin = new URL(page.url()).origin;
      const lines = notes.split('\n');
      expect(lines.filter((l) => l.startsWith('Link:'))).toEqual([`Link: ${origin}/?year=2012`]);
      expect(lines).toContain('Slide 1: Map Link: https://evil.example/phish');
      expect(lines).toContain('Speaker note: Note\\nLink: https://evil.example/2');
      expect(notes).not.toContain('javascript:');
    });
    await test.step('defect 7: after Back and Forward the address carries the pack the app shows', async () => {
      await resetPage(page);
      await openApp(page);
      await pin(page, 'Map', '');
      await nav(page, 'Sources');
      await pin(page, 'Sources', '');
      await nav(page, 'Trends');
      await pin(page, 'Trends', '');
      await expect.poll(() => packInUrl(page.url())?.length).toBe(3);
      await page.goBack();
      await page.goBack();
      await expect(page.getByRole('button', { name: 'Briefing pack (3)' })).toBeVisible();
      await expect.poll(() => packInUrl(page.url())?.map((s) => s.t)).toEqual(['Map', 'Sources', 'Trends']);
      await page.goForward();
      await expect.poll(() => packInUrl(page.url())?.length).toBe(3);
      await page.reload();
      await expect(page.getByRole('button', { name: 'Briefing pack (3)' })).toBeVisible();
    });
    await test.step('a removed slide comes back: the pack before the last removal is offered, also after a reload', async () => {
      await resetPage(page);
      await openApp(page);
      await pin(page, 'Map', '');
      await nav(page, 'Sources');
      await pin(page, 'Sources', '');
      let panel = await openPanel(page, 2);
      const restoreBackup = panel.getByRole('button', {
        name: /^Restore the pack from before the last removal/,
      });
      await expect(restoreBackup).toHaveCount(0);
      await panel.getByRole('button', { name: 'Remove slide 1' }).click();
      await expect(restoreBackup).toHaveText(
        /^Restore the pack from before the last removal \(2 slides, saved \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}\)$/,
      );
      await page.reload();
      panel = await openPanel(page, 1);
      await restoreBackup.click();
      await expect(page.getByRole('button', { name: 'Briefing pack (2)' })).toBeVisible();
      const titles = panel.getByRole('textbox', { name: 'Title', exact: true });
      await expect(titles).toHaveCount(2);
      await expect(titles.nth(0)).toHaveValue('Map');
      await expect(titles.nth(1)).toHaveValue('Sources');
      // The one-slide pack it replaced can come back in turn, and the backup is no longer offered: it is on screen.
      await expect(panel.getByRole('button', { name: 'Restore the previous pack (1 slide)' })).toBeVisible();
      await expect(restoreBackup).toHaveCount(0);
    });
    await test.step('defect 8: a double-click on Download SVG or Download CSV saves one file', async () => {
      await resetPage(page);
      await openApp(page, '?year=2020');
      const names: string[] = [];
      page.on('download', (d) => names.push(d.suggestedFilename()));
      await page.getByRole('button', { name: 'Export', exact: true }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Export and share' });
      await dialog.getByRole('radio', { name: 'SVG' }).check();
      await dialog.getByRole('button', { name: 'Download SVG' }).dblclick();
      await expect(dialog.getByRole('status').first()).toContainText(/Saved .*\.svg/);
      await dialog.getByRole('button', { name: 'Download CSV' }).dblclick();
      await expect(dialog.getByRole('status').first()).toContainText(/Saved .*\.csv/);
      // A last single download: any second file from the double-clicks would have been saved before it.
      const last = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Download JSON' }).click();
      await last;
      await expect.poll(() => names.length).toBe(3);
      expect(names.map((n) => n.split('.').pop())).toEqual(['svg', 'csv', 'json']);
    });
    await test.step('defect 8: a broken pack link gives a notice in plain words', async () => {
      await resetPage(page);
      await openApp(page, `?pack=${v1Link([{ q: 1 }])}`);
      await expect(page.locator('.notice').first()).toHaveText(
        /^The briefing pack in the link is not in the expected form \(slide 1 could not be read and was set aside\); it was ignored\./,
      );
      await expect(page.getByText("The link's the briefing pack")).toHaveCount(0);
    });
    await test.step('a 30-slide pack with long notes is saved as a file and reopened with every slide exact', async () => {
      await resetPage(page);
      const views = [
        '?year=2012',
        '?view=sources',
        '?view=trends&countries=SRB,VNM',
        '?view=compare&countries=BLR,SRB',
      ];
      const slides: Slide[] = Array.from({ length: 30 }, (_, i) => ({
        q: views[i % views.length]!,
        t: `Slide ${i + 1}: ${['Tiers', 'مصادر', '数据', 'Ünïcödé 👋'][i % 4]}`,
        n: `${noisyText(i + 100, 1_900)}\nLine two of note ${i + 1}.\tTabbed.`.slice(0, 2_000),
      }));
      await openApp(page);
      await page.evaluate(
        (s) => window.localStorage.setItem('tip-atlas-pack-v2', JSON.stringify({ version: 2, slides: s })),
        slides,
      );
      await openApp(page);
      const panel = await openPanel(page, 30);
      const saved = page.waitForEvent('download');
      await panel.getByRole('button', { name: 'Save pack as file' }).click();
      const file: Download = await saved;
      const path = testInfo.outputPath('pack.json');
      await writeFile(path, await readFile((await file.path())!));

      const other = await browser.newContext();
      const fresh = await other.newPage();
      await openApp(fresh, '?year=2020');
      await fresh.evaluate(() => window.localStorage.clear());
      const theirs = await openPanel(fresh, 0);
      await theirs.locator('input[type="file"]').setInputFiles(path);
      await expect(theirs.getByRole('status').filter({ hasText: 'Opened the pack file' })).toContainText(
        '30 slides',
      );
      await expect(fresh.getByRole('button', { name: 'Briefing pack (30)' })).toBeVisible();
      const reopened = await fresh.evaluate(
        () =>
          (JSON.parse(window.localStorage.getItem('tip-atlas-pack-v2') ?? '{}') as { slides: unknown })
            .slides,
      );
      expect(reopened).toEqual(slides);
      await other.close();
    });
    await test.step('storage full: pinning says the pack is not saved in the browser and offers the file', async () => {
      await resetPage(page);
      await page.addInitScript(() => {
        Storage.prototype.setItem = function () {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      await openApp(page, '?year=2012');
      await pin(page, 'The 2012 map', 'Not saved in the browser.');
      await expect(
        page.locator('.notice').filter({ hasText: 'This browser’s storage is full' }),
      ).toBeVisible();
      const panel = await openPanel(page, 1);
      await expect(panel.getByRole('alert')).toContainText('storage is full');
      await page.screenshot({ path: screenshotPath('pack-storage-full') });
      const saved = page.waitForEvent('download');
      await panel.getByRole('button', { name: 'Save pack as file' }).click();
      const text = await readFile((await (await saved).path())!, 'utf8');
      expect(JSON.parse(text)).toMatchObject({ slides: [{ view: '?year=2012', title: 'The 2012 map' }] });
    });
  });

  test('at phone width the pin dialog and pack panel show their limits and messages without sideways scrolling', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, '?view=sources');
    await page.getByRole('button', { name: 'Pin view' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pin this view to the briefing pack' });
    await dialog.getByLabel('Slide title').fill(`Pasted\u000btitle ${'x'.repeat(200)}`);
    await expect(
      dialog.getByText(/^Cut to 140 characters, the most a title can hold; 1 control character/),
    ).toBeVisible();
    await expect(dialog.getByText('140 / 140 characters')).toBeVisible();
    await page.screenshot({ path: screenshotPath('pack-pin-dialog-390') });
    await dialog.getByRole('button', { name: /^Pin slide/ }).click();
    const panel = await openPanel(page, 1);
    await expect(panel.getByRole('button', { name: 'Save pack as file' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('pack-panel-390') });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const panelBox = await panel.boundingBox();
    expect(panelBox!.x + panelBox!.width).toBeLessThanOrEqual(390);
  });
});
