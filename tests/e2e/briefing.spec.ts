/**
 * What the pin dialog and pack panel offer a presenter (issue 15): default titles that name the view, the region and
 * the year, and a thumbnail of each slide in the pack panel.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, resetPage, screenshotPath, watchConsole } from './helpers';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
] as const;

const pinDialog = (page: Page) => page.getByRole('dialog', { name: 'Pin this view to the briefing pack' });

// One page serves each size's checks, each a step that opens its own link after resetPage: a new page costs more
// than the app's load. The thumbnails go first, before any step has loaded their drawing code.
for (const size of SIZES) {
  test(`pinned slides at ${size.width}×${size.height}: thumbnails, default titles and notes, map labels, tier strips`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await test.step(`each slide shows a picture drawn from its view, with alt text, at ${size.width}×${size.height}`, async () => {
      const console = watchConsole(page);
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.setViewportSize(size);
      await openApp(page, '?year=2020&region=europe');
      await page.getByRole('button', { name: 'Pin view' }).click();
      await pinDialog(page)
        .getByRole('button', { name: /^Pin slide/ })
        .click();
      await openApp(page, '?view=compare&countries=SRB');
      await page.getByRole('button', { name: 'Pin view' }).click();
      await pinDialog(page)
        .getByRole('button', { name: /^Pin slide/ })
        .click();
      await expect(pinDialog(page)).toBeHidden();
      // The drawing code is not part of the app's load: it comes with the first thumbnail.
      expect(requested.filter((u) => u.includes('thumbnailExport'))).toEqual([]);

      await page.getByRole('button', { name: 'Briefing pack (2)' }).click();
      const panel = page.getByRole('dialog', { name: 'Briefing pack' });
      const picture = panel.getByRole('img', {
        name: /^Slide 1: Trafficking in Persons Report tiers, 2020 report/,
      });
      await expect(picture).toBeVisible();
      await expect(picture).toHaveAttribute('alt', /Europe/);
      // A real picture of the slide: decoded, 16:9, and not blank.
      const drawn = await picture.evaluate((img: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        const colours = new Set<number>();
        for (let i = 0; i < px.length; i += 4 * 97)
          colours.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
        return { width: img.naturalWidth, height: img.naturalHeight, colours: colours.size };
      });
      expect(drawn.width / drawn.height).toBeCloseTo(16 / 9, 2);
      expect(drawn.colours).toBeGreaterThan(5);
      await expect(panel.getByText('No picture: this view has nothing to draw as a slide')).toBeVisible();
      expect(requested.some((u) => u.includes('thumbnailExport'))).toBe(true);
      await page.screenshot({ path: screenshotPath(`briefing-pack-thumbnails-${size.width}`) });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(console.errors).toEqual([]);
    });
    await test.step(`names the map's region and report year with the period it assesses at ${size.width}×${size.height}`, async () => {
      await resetPage(page);
      const console = watchConsole(page);
      await page.setViewportSize(size);
      await openApp(page, '?year=2020&region=europe');
      await page.getByRole('button', { name: 'Pin view' }).click();
      const dialog = pinDialog(page);
      await expect(dialog.getByLabel('Slide title')).toHaveValue(
        'Tier map, Europe — 2020 TIP report (April 2019 – March 2020)',
      );
      // The default speaker note is the map's summary, written from the data alone.
      const note = dialog.getByLabel('Speaker note (optional)');
      await expect(note).toHaveValue(
        /^In the 2020 TIP report \(April 2019 – March 2020\), \d+ countries on the map of Europe: Tier 1: \d+; .*Since the 2019 report, /,
      );
      await expect(note).toHaveValue(/Tiers rate government efforts, not how much trafficking there is\.$/);
      await page.screenshot({ path: screenshotPath(`briefing-pin-title-${size.width}`) });
      await dialog.getByRole('button', { name: /^Pin slide/ }).click();
      await expect(dialog).toBeHidden();
      expect(console.errors).toEqual([]);
    });
    await test.step(`a presented Mekong map names Laos and Cambodia apart, with no two names overlapping, at ${size.width}×${size.height}`, async () => {
      await resetPage(page);
      const console = watchConsole(page);
      await page.setViewportSize(size);
      await openApp(page, '?year=2020&region=mekong&countries=VNM');
      await page.getByRole('button', { name: 'Pin view' }).click();
      await pinDialog(page)
        .getByRole('button', { name: /^Pin slide/ })
        .click();
      await expect(pinDialog(page)).toBeHidden();
      await page.getByRole('button', { name: 'Briefing pack (1)' }).click();
      await page
        .getByRole('dialog', { name: 'Briefing pack' })
        .getByRole('button', { name: 'Present' })
        .click();
      const labels = page.locator('.present-slide [data-layer="labels"] text');
      await expect(labels.filter({ hasText: /^Laos$/ })).toHaveCount(1);
      await expect(labels.filter({ hasText: /^Cambodia$/ })).toHaveCount(1);
      await expect(labels.filter({ hasText: /^Vietnam$/ })).toHaveCount(1);
      // The boxes of the names as the browser draws them: none overlaps another, all within the map.
      const boxes = await labels.evaluateAll((texts) =>
        texts.map((t) => {
          const r = t.getBoundingClientRect();
          const map = t.closest('svg')!.getBoundingClientRect();
          return { text: t.textContent, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, map };
        }),
      );
      expect(boxes.length).toBeGreaterThanOrEqual(5);
      for (const [i, a] of boxes.entries()) {
        expect(a.x0).toBeGreaterThanOrEqual(a.map.left - 0.5);
        expect(a.x1).toBeLessThanOrEqual(a.map.right + 0.5);
        for (const b of boxes.slice(i + 1)) {
          const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
          expect(overlap, `${a.text} overlaps ${b.text}`).toBe(false);
        }
      }
      await page.screenshot({ path: screenshotPath(`briefing-map-labels-${size.width}`) });
      expect(console.errors).toEqual([]);
    });
    await test.step(`five countries pinned as tier history to the 2012 report present as five aligned strips at ${size.width}×${size.height}`, async () => {
      await resetPage(page);
      const console = watchConsole(page);
      await page.setViewportSize(size);
      await openApp(page, '?view=compare&countries=THA,KHM,LAO,VNM,MMR&year=2012');
      // The view itself reads the chosen report.
      await expect(page.locator('.latest-tier').first()).toContainText('2012 report:');
      await page.getByRole('button', { name: 'Pin view' }).click();
      const dialog = pinDialog(page);
      await expect(dialog.getByLabel('Slide title')).toHaveValue(
        /^Comparison: Thailand, .* — 2012 TIP report$/,
      );
      await dialog.getByRole('radio', { name: /^Tier history only/ }).check();
      await expect(dialog.getByLabel('Slide title')).toHaveValue(
        /^Tier history: Thailand, Cambodia, Laos, .*, Myanmar — to the 2012 TIP report$/,
      );
      await expect(dialog.getByLabel('Speaker note (optional)')).toHaveValue(/^Tiers: In the 2012 report, /);
      await page.screenshot({ path: screenshotPath(`briefing-pin-tier-history-${size.width}`) });
      await dialog.getByRole('button', { name: /^Pin slide/ }).click();
      await expect(dialog).toBeHidden();

      await page.getByRole('button', { name: 'Briefing pack (1)' }).click();
      await page
        .getByRole('dialog', { name: 'Briefing pack' })
        .getByRole('button', { name: 'Present' })
        .click();
      const strips = page.locator('.present-slide .compare-tier-history .tier-strip');
      await expect(strips).toHaveCount(5);
      const years = await strips
        .first()
        .locator('[data-year]')
        .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-year'))));
      expect(Math.max(...years)).toBe(2012);
      // Aligned: every strip's 2012 cell starts at the same x.
      const xs = await strips.evaluateAll((all) =>
        all.map((s) => Math.round(s.querySelector('[data-year="2012"] rect')!.getBoundingClientRect().left)),
      );
      expect(new Set(xs).size).toBe(1);
      await page.screenshot({ path: screenshotPath(`briefing-present-tier-history-${size.width}`) });
      expect(console.errors).toEqual([]);
    });
  });
}

test('names Trends’ countries, measure and data year', async ({ page }) => {
  await openApp(page, '?view=trends&countries=SRB,VNM&metric=convicted');
  await page.getByRole('button', { name: 'Pin view' }).click();
  await expect(pinDialog(page).getByLabel('Slide title')).toHaveValue(
    'Trends: Serbia, Vietnam — persons convicted by data year',
  );
  // The Sources view's default note says what it lists.
  await openApp(page, '?view=sources');
  await page.getByRole('button', { name: 'Pin view' }).click();
  await expect(pinDialog(page).getByLabel('Speaker note (optional)')).toHaveValue(
    /^The atlas lists \d+ data tables \(.*\) and \d+ source documents \(.*\), each with its citation and licence\./,
  );
});
