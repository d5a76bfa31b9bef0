import { expect, test } from '@playwright/test';
import { openApp, resetPage, screenshotPath, watchConsole } from './helpers';
import {
  core,
  download,
  inspectSvg,
  openExport,
  pixelStats,
  pngSize,
  readDownload,
  saveCopy,
  textLayoutProblems,
  TODAY,
} from './exportHelpers';
import { readPngText } from '../../src/shared/export/png';

test.describe('export', () => {
  test('the map and Trends export: PNG and SVG files, a country panel outlined, dark and transparent backgrounds at every preset, and the worldwide panels with their editions', async ({
    page,
  }) => {
    test.setTimeout(480_000);
    await test.step('the map exports a 2× 16:9 PNG of 3840×2160 that is not blank, and its SVG carries the title', async () => {
      const console = watchConsole(page);
      await openApp(page, '?year=2020');
      await expect(page.locator('.tier-map-svg path[data-iso3]').first()).toBeVisible();
      const dialog = await openExport(page, page.locator('.map-view'));
      await expect(dialog.getByRole('radio', { name: 'PNG' })).toBeChecked();
      await dialog.getByRole('radio', { name: '16:9 slide' }).check();
      await dialog.getByRole('radio', { name: /^2×/ }).check();
      await dialog.getByRole('radio', { name: 'White' }).check();
      await page.screenshot({ path: screenshotPath('export-dialog-1366') });

      const file = await download(page, dialog.getByRole('button', { name: 'Download PNG' }));
      expect(file.suggestedFilename()).toMatch(new RegExp(`^tip-tiers_2020_${TODAY.source}\\.png$`));
      const png = await readDownload(file);
      expect(pngSize(png)).toEqual({ width: 3840, height: 2160 });
      const stats = await pixelStats(page, png);
      expect(stats.stdDev).toBeGreaterThan(20);
      expect(stats.colours).toBeGreaterThan(30);
      expect(stats.opaqueShare).toBe(1);
      saveCopy('export-map-16x9-2x.png', png);
      // The file says what it shows, where it reopens and how to cite it, as the SVG's metadata does.
      const text = readPngText(png);
      expect(text.Title).toBe('Trafficking in Persons Report tiers, 2020 report');
      expect(text.Source).toBe(page.url());
      expect(text.Description).toContain('U.S. TIP Report 2020');
      expect(text.Comment).toContain(`TIP Atlas dataset ${core.version}`);
      expect(text['Creation Time']).toMatch(TODAY);
      await expect(dialog.getByRole('status').first()).toContainText(
        /Saved tip-tiers_2020_.*\.png \(3840 × 2160 px/,
      );

      await dialog.getByRole('radio', { name: 'SVG' }).check();
      const svgFile = await download(page, dialog.getByRole('button', { name: 'Download SVG' }));
      expect(svgFile.suggestedFilename()).toMatch(/^tip-tiers_2020_.*\.svg$/);
      const svg = (await readDownload(svgFile)).toString('utf8');
      saveCopy('export-map-16x9.svg', svg);
      const info = await inspectSvg(page, svg);
      expect(info.parseError).toBeNull();
      expect(info.scripts).toBe(0);
      expect(info.foreignObjects).toBe(0);
      expect(info.external).toEqual([]);
      expect(info.fontFaces).toBe(3);
      expect(info.viewBox).toBe('0 0 1920 1080');
      expect(info.titleText).toBe('Trafficking in Persons Report tiers, 2020 report');
      expect(info.title).toBe('Trafficking in Persons Report tiers, 2020 report');
      expect(info.footer).toContain('U.S. TIP Report 2020');
      expect(info.footer).toContain('not how much trafficking a country has');
      expect(info.footer).toMatch(/Exported \d{4}-\d{2}-\d{2}/);
      expect(info.legend).toEqual(
        expect.arrayContaining([expect.stringMatching(/^Tier 2 Watch List \(\d+\)$/)]),
      );
      expect(info.link).toBe(page.url());
      expect(info.version).toBe(`dataset ${core.version}`);
      expect(info.citation).toContain(page.url());
      // The map in the SVG is the same component as on screen: the same countries, drawn again for the slide box.
      const drawn = await page.locator('.tier-map-svg path[data-iso3]').count();
      expect(svg.match(/<path [^>]*data-iso3=/g)?.length).toBe(drawn);
      expect(console.errors).toEqual([]);
    });
    await test.step('the map exported with a country panel open outlines and names that country, on dark too', async () => {
      await resetPage(page);
      await openApp(page, '?year=2020&country=BLR');
      await expect(page.locator('.tier-map-svg [data-outline="BLR"]')).toBeVisible();
      const dialog = await openExport(page, page.locator('.map-view'));
      await dialog.getByRole('radio', { name: 'SVG' }).check();
      await dialog.getByRole('radio', { name: 'Dark' }).check();
      await dialog.getByRole('radio', { name: '16:9 slide' }).check();
      const file = await download(page, dialog.getByRole('button', { name: 'Download SVG' }));
      expect(file.suggestedFilename()).toMatch(new RegExp(`^tip-tiers_2020_BLR_${TODAY.source}\\.svg$`));
      const svg = (await readDownload(file)).toString('utf8');
      const info = await inspectSvg(page, svg);
      expect(info.legend).toContain('Outlined: Belarus');
      const outline = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          subtitle: doc.querySelector('.export-subtitle')?.textContent ?? '',
          strokes: [...doc.querySelectorAll('[data-outline="BLR"] path')].map((p) =>
            p.getAttribute('stroke'),
          ),
        };
      }, svg);
      expect(outline.subtitle).toContain('Belarus (outlined): Tier 3');
      expect(outline.strokes.length).toBeGreaterThan(0);
      // Light on the dark slide: a dark outline would vanish there.
      for (const stroke of outline.strokes) expect(stroke).toBe('#f2f2f2');
      // Unrated land is muted on dark, not the light grey of the white theme, and the legend says the same.
      expect(svg).not.toContain('fill="#e6e8eb"');
      expect(svg.match(/<path [^>]*fill="#5a606b"/g)?.length).toBeGreaterThan(0);
      expect(svg).toMatch(/<rect [^>]*fill="#5a606b"[^>]*\/><text [^>]*>Not rated</);
    });
    await test.step('dark and transparent backgrounds stay readable, at every preset size', async () => {
      await resetPage(page);
      await openApp(page, '?year=2023');
      await expect(page.locator('.tier-map-svg path[data-iso3]').first()).toBeVisible();
      const dialog = await openExport(page, page.locator('.map-view'));
      await dialog.getByRole('radio', { name: 'PNG' }).check();
      await dialog.getByRole('radio', { name: /^1×/ }).check();

      await dialog.getByRole('radio', { name: 'Dark' }).check();
      await dialog.getByRole('radio', { name: 'Square' }).check();
      const dark = await readDownload(
        await download(page, dialog.getByRole('button', { name: 'Download PNG' })),
      );
      expect(pngSize(dark)).toEqual({ width: 1080, height: 1080 });
      const darkStats = await pixelStats(page, dark);
      expect(darkStats.stdDev).toBeGreaterThan(20);
      saveCopy('export-map-square-dark-1x.png', dark);

      await dialog.getByRole('radio', { name: 'Transparent' }).check();
      await dialog.getByRole('radio', { name: '4:3 slide' }).check();
      const clear = await readDownload(
        await download(page, dialog.getByRole('button', { name: 'Download PNG' })),
      );
      expect(pngSize(clear)).toEqual({ width: 1600, height: 1200 });
      const clearStats = await pixelStats(page, clear);
      expect(clearStats.opaqueShare).toBeLessThan(0.9);
      saveCopy('export-map-4x3-transparent-1x.png', clear);

      await dialog.getByRole('radio', { name: 'White' }).check();
      await dialog.getByRole('radio', { name: 'Current view' }).check();
      await dialog.getByRole('radio', { name: /^2×/ }).check();
      const current = await readDownload(
        await download(page, dialog.getByRole('button', { name: 'Download PNG' })),
      );
      const onScreen = await page.locator('.tier-map-svg').first().boundingBox();
      expect(pngSize(current).width).toBe(Math.round(onScreen!.width) * 2);
      saveCopy('export-map-current-2x.png', current);
    });
    await test.step('a Trends chart exports as a self-contained SVG on a transparent background', async () => {
      await resetPage(page);
      const console = watchConsole(page);
      await openApp(page, '?view=trends&countries=SRB,VNM&metric=convicted');
      const section = page.locator('.trends-countries');
      await expect(section.locator('svg path').first()).toBeVisible();
      const dialog = await openExport(page, section);
      await dialog.getByRole('radio', { name: 'SVG' }).check();
      await dialog.getByRole('radio', { name: 'Transparent' }).check();
      await dialog.getByRole('radio', { name: '16:9 slide' }).check();
      const file = await download(page, dialog.getByRole('button', { name: 'Download SVG' }));
      expect(file.suggestedFilename()).toMatch(new RegExp(`^tip-convicted_SRB-VNM_${TODAY.source}\\.svg$`));
      const svg = (await readDownload(file)).toString('utf8');
      saveCopy('export-trends-transparent.svg', svg);
      const info = await inspectSvg(page, svg);
      expect(info.parseError).toBeNull();
      expect(info.scripts).toBe(0);
      expect(info.foreignObjects).toBe(0);
      expect(info.external).toEqual([]);
      expect(info.fontFaces).toBe(3);
      expect(info.background).toBeNull();
      expect(info.viewBox).toBe('0 0 1920 1080');
      expect(info.titleText).toBe('Persons convicted by data year: Serbia and Vietnam');
      expect(info.footer).toContain('UNODC GLOTIP, April 2025 release');
      expect(info.footer).toContain('U.S. TIP Reports');
      expect(info.legend).toEqual(
        expect.arrayContaining([expect.stringMatching(/^Serbia/), expect.stringMatching(/^Vietnam/)]),
      );
      expect(info.link).toBe(page.url());
      expect(info.version).toBe(`dataset ${core.version}`);
      expect(info.citation).toContain('TIP Atlas');
      // The chart itself: both countries' lines, drawn by the same component as on screen.
      expect(svg).toContain('data-tier-row="SRB"');
      expect(svg).toContain('data-tier-row="VNM"');

      // The same chart as a dark 2× PNG, to look at.
      await dialog.getByRole('radio', { name: 'PNG' }).check();
      await dialog.getByRole('radio', { name: 'Dark' }).check();
      const png = await readDownload(
        await download(page, dialog.getByRole('button', { name: 'Download PNG' })),
      );
      expect(pngSize(png)).toEqual({ width: 3840, height: 2160 });
      saveCopy('export-trends-16x9-dark-2x.png', png);
      expect(console.errors).toEqual([]);
    });
    await test.step('the worldwide Trends panels export with the editions they come from', async () => {
      await resetPage(page);
      await openApp(page, '?view=trends');
      const section = page.locator('.trends-global');
      await expect(section.locator('svg path').first()).toBeVisible();
      const dialog = await openExport(page, section);
      await dialog.getByRole('radio', { name: 'PNG' }).check();
      await dialog.getByRole('radio', { name: 'White' }).check();
      await dialog.getByRole('radio', { name: '4:3 slide' }).check();
      await dialog.getByRole('radio', { name: /^1×/ }).check();
      const png = await readDownload(
        await download(page, dialog.getByRole('button', { name: 'Download PNG' })),
      );
      expect(pngSize(png)).toEqual({ width: 1600, height: 1200 });
      saveCopy('export-trends-global-4x3-1x.png', png);
      const csvFile = await download(page, dialog.getByRole('button', { name: 'Download CSV' }));
      const csv = (await readDownload(csvFile)).toString('utf8');
      expect(csv).toMatch(/^\uFEFFdataYear,/);
      expect(csv).toMatch(/\r\n2024,.*,TIP Report 2025 edition,2025,tip-global-le,/);
    });
  });

  test('an export that takes noticeable time shows its progress, then what it saved', async ({ page }) => {
    // The test holds the PNG encoder until it has seen the progress, so the export is slow on any machine.
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
    await openApp(page, '?year=2020');
    await expect(page.locator('.tier-map-svg path[data-iso3]').first()).toBeVisible();
    const dialog = await openExport(page, page.locator('.map-view'));
    await dialog.getByRole('radio', { name: 'PNG' }).check();
    await dialog.getByRole('radio', { name: '16:9 slide' }).check();
    await dialog.getByRole('radio', { name: /^3×/ }).check();
    const saved = download(page, dialog.getByRole('button', { name: 'Download PNG' }));
    await expect(dialog.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
    await expect(dialog.getByRole('status').first()).toContainText('Drawing a 5760 × 3240 PNG…');
    await expect(dialog.getByRole('button', { name: 'Download PNG' })).toBeDisabled();
    await page.evaluate(() => (window as unknown as { __releaseExport: () => void }).__releaseExport());
    await saved;
    await expect(dialog.getByRole('progressbar')).toBeHidden();
    await expect(dialog.getByRole('status').first()).toContainText(
      /^Saved tip-tiers_2020_.*\(5760 × 3240 px/,
    );
  });

  test('no text of an exported image runs off it or into other text, at every preset', async ({ page }) => {
    test.setTimeout(120_000);
    const views = [
      { query: '?year=2020&country=BLR', scope: '.map-view', ready: '.tier-map-svg path[data-iso3]' },
      {
        query: '?view=trends&countries=SRB,VNM,NGA,BLR,THA,PHL&metric=victims',
        scope: '.trends-countries',
        ready: '.trends-countries svg path',
      },
      { query: '?view=trends', scope: '.trends-global', ready: '.trends-global svg path' },
      // Four narrow columns: the tier rows' caption used to run into the next column and off the image.
      {
        query: '?view=compare&countries=BLR,SRB,VNM,NGA',
        scope: '.compare-view',
        ready: '.compare-column svg',
      },
    ];
    for (const view of [...views, ...views.map((v) => ({ ...v, phone: true }))]) {
      // On a phone only the current view differs (the slides are fixed boxes): a narrow chart, short labels.
      await page.setViewportSize(
        'phone' in view ? { width: 390, height: 844 } : { width: 1366, height: 768 },
      );
      await openApp(page, view.query);
      await expect(page.locator(view.ready).first()).toBeVisible();
      const dialog = await openExport(page, page.locator(view.scope));
      await dialog.getByRole('radio', { name: 'SVG' }).check();
      for (const preset of 'phone' in view
        ? ['Current view']
        : ['Current view', '16:9 slide', '4:3 slide', 'Square']) {
        await dialog.getByRole('radio', { name: preset }).check();
        const svg = (
          await readDownload(await download(page, dialog.getByRole('button', { name: 'Download SVG' })))
        ).toString('utf8');
        expect(
          await textLayoutProblems(page, svg),
          `${view.query} at ${preset}${'phone' in view ? ' on a phone' : ''}`,
        ).toEqual([]);
      }
      await page.keyboard.press('Escape');
    }
  });
});
