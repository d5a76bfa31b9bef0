import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readCore } from './coreData';
import { openApp, resetPage, screenshotPath, watchConsole } from './helpers';
import { autoType, csvParse } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import { parseCsvRows } from '../../src/shared/export/dataExport';
import { readPngText } from '../../src/shared/export/png';

const core = readCore();
const unodc = JSON.parse(readFileSync('public/data/unodc.json', 'utf8')) as {
  countries: Record<string, Record<string, [number, number | string][]>>;
};
const facts = JSON.parse(readFileSync('public/data/facts.json', 'utf8')) as {
  facts: { id: string; country: string; year: number; value: unknown; quote: string; source: string }[];
};

const TODAY = /\d{4}-\d{2}-\d{2}/;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes a PNG in the page and measures how much it varies: a blank image has one colour. */
async function pixelStats(page: Page, png: Buffer) {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const w = 480;
    const h = Math.round((bitmap.height / bitmap.width) * w);
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0, w, h);
    const { data } = ctx.getImageData(0, 0, w, h);
    let sum = 0;
    let sumSq = 0;
    const colours = new Set<number>();
    let opaque = 0;
    for (let i = 0; i < data.length; i += 4) {
      const lum = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
      sum += lum;
      sumSq += lum * lum;
      colours.add((data[i]! >> 3) * 1024 + (data[i + 1]! >> 3) * 32 + (data[i + 2]! >> 3));
      if (data[i + 3] === 255) opaque++;
    }
    const n = data.length / 4;
    const mean = sum / n;
    return {
      width: bitmap.width,
      height: bitmap.height,
      stdDev: Math.sqrt(sumSq / n - mean * mean),
      colours: colours.size,
      opaqueShare: opaque / n,
    };
  }, png.toString('base64'));
}

async function readDownload(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

async function openExport(page: Page, scope: Locator | Page = page): Promise<Locator> {
  await scope.getByRole('button', { name: 'Export', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Export and share' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function download(page: Page, button: Locator): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return file;
}

/** Keeps exported files to look at; EXPORT_COPY_DIR adds a copy that other test runs do not clear. */
function saveCopy(name: string, bytes: Buffer | string) {
  for (const dir of ['test-results/screens', process.env.EXPORT_COPY_DIR].filter(Boolean) as string[]) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/${name}`, bytes);
  }
}

/** Parses an exported SVG in the page and reports what a careful reviewer would check. */
async function inspectSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const external: string[] = [];
    const isLocal = (v: string) => /^\s*(#|data:)/.test(v);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if ((attr.localName === 'href' || attr.localName === 'src') && !isLocal(attr.value))
          external.push(`${el.localName}@${attr.name}=${attr.value}`);
        if (/^on/i.test(attr.name)) external.push(`${el.localName}@${attr.name}`);
        for (const m of attr.value.matchAll(/url\(\s*['"]?([^'")]*)/g))
          if (!isLocal(m[1]!)) external.push(`${el.localName}@${attr.name}=${m[1]}`);
      }
    }
    const css = [...doc.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
    for (const m of css.matchAll(/url\(\s*['"]?([^'")]*)/g))
      if (!isLocal(m[1]!)) external.push(`css ${m[1]}`);
    if (/@import/i.test(css)) external.push('css @import');
    const dc = (ns: string, name: string) => doc.getElementsByTagNameNS(ns, name)[0]?.textContent ?? null;
    const DC = 'http://purl.org/dc/elements/1.1/';
    const TERMS = 'http://purl.org/dc/terms/';
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
      viewBox: root.getAttribute('viewBox'),
      scripts: doc.getElementsByTagName('script').length,
      foreignObjects: doc.getElementsByTagName('foreignObject').length,
      external,
      fontFaces: (
        css.match(/@font-face\{[^}]*font-family:'Inter'[^}]*src:url\(data:font\/woff2;base64,/g) ?? []
      ).length,
      background: doc.querySelector('.export-background')?.getAttribute('fill') ?? null,
      title: doc.querySelector('svg > title')?.textContent ?? null,
      titleText: doc.querySelector('.export-title')?.textContent ?? null,
      footer: doc.querySelector('.export-footer')?.textContent ?? '',
      legend: [...doc.querySelectorAll('.export-legend text:not(.export-halo)')].map((t) => t.textContent),
      link: dc(DC, 'source'),
      date: dc(DC, 'date'),
      version: dc(TERMS, 'hasVersion'),
      citation: dc(TERMS, 'bibliographicCitation'),
    };
  }, svg);
}

/**
 * Lays an exported SVG out in the page and lists text that runs off the image or into other text: what a reader
 * would see as clipped or overlapping.
 */
async function textLayoutProblems(page: Page, svg: string): Promise<string[]> {
  return page.evaluate(async (text) => {
    const holder = document.createElement('div');
    holder.style.cssText = 'position:absolute;left:0;top:0;';
    holder.innerHTML = text.replace(/^<\?xml[^>]*>/, '');
    document.body.append(holder);
    await document.fonts.ready;
    const root = holder.querySelector('svg')!;
    const [, , w, h] = root.getAttribute('viewBox')!.split(' ').map(Number) as [
      number,
      number,
      number,
      number,
    ];
    const frame = root.getBoundingClientRect();
    const k = frame.width / w;
    // The chart is clipped to its box: its text must stay inside that box, not only inside the image.
    const clipRect = root.querySelector('#export-chart-clip rect')!;
    const clip = ['x', 'y', 'width', 'height'].map((a) => Number(clipRect.getAttribute(a)));
    const boxes = [...root.querySelectorAll('text:not(.export-halo)')]
      .filter((t) => t.textContent!.trim())
      .map((t) => {
        const r = t.getBoundingClientRect();
        return {
          inChart: !!t.closest('.export-chart'),
          text: t.textContent!.slice(0, 60),
          x1: (r.left - frame.left) / k,
          y1: (r.top - frame.top) / k,
          x2: (r.right - frame.left) / k,
          y2: (r.bottom - frame.top) / k,
        };
      });
    holder.remove();
    const problems = boxes
      .filter((b) => b.x1 < -0.5 || b.y1 < -0.5 || b.x2 > w + 0.5 || b.y2 > h + 0.5)
      .map((b) => `off the image: ${b.text}`);
    const [cx, cy, cw, ch] = clip as [number, number, number, number];
    for (const b of boxes)
      if (b.inChart && (b.x1 < cx - 0.5 || b.y1 < cy - 0.5 || b.x2 > cx + cw + 0.5 || b.y2 > cy + ch + 0.5))
        problems.push(`clipped at the chart's edge: ${b.text}`);
    // A text box runs from ascender to descender: two lines whose boxes share a third of a line's height do not
    // touch ink (an axis title just above its top tick label); more than that, they collide.
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        const lineHeight = Math.min(a.y2 - a.y1, b.y2 - b.y1);
        if (dx > 2 && dy > lineHeight / 3) problems.push(`overlap: "${a.text}" and "${b.text}"`);
      }),
    );
    return problems;
  }, svg);
}

test.describe('export', () => {
  test('every view exports: map, Trends, Compare and Sources files, their metadata and data, the copy buttons, and the dialog', async ({
    page,
    context,
    baseURL,
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
    await test.step('the Compare view downloads a ZIP whose data.csv loads strictly, typed, and matches the dataset', async () => {
      await resetPage(page);
      await openApp(page, '?view=compare&countries=BLR,SRB,VNM');
      const view = page.locator('.compare-view');
      await expect(view.locator('.compare-column')).toHaveCount(3);
      const dialog = await openExport(page, view);
      const zipFile = await download(page, dialog.getByRole('button', { name: 'Download ZIP' }));
      expect(zipFile.suggestedFilename()).toMatch(
        new RegExp(`^tip-compare_BLR-SRB-VNM_${TODAY.source}\\.zip$`),
      );
      const files = unzipSync(new Uint8Array(await readDownload(zipFile)));
      expect(Object.keys(files).sort()).toEqual(['README.md', 'chart.png', 'data.csv', 'metadata.json']);
      expect(pngSize(Buffer.from(files['chart.png']!)).width).toBeGreaterThan(500);
      const meta = JSON.parse(strFromU8(files['metadata.json']!));
      expect(meta.title).toBe(
        'Belarus, Serbia and Vietnam compared: TIP tiers, detected victims, prosecutions and convictions',
      );
      expect(meta.link).toBe(page.url());
      expect(meta.datasetVersion).toBe(core.version);
      expect(meta.caveats.some((c: string) => c.startsWith('Tiers rate a government'))).toBe(true);
      const readme = strFromU8(files['README.md']!);
      expect(readme).toContain(page.url());
      const registry = new Map<string, { citation: string; licence: string }>(
        meta.sources.map((s: { id: string; citation: string; licence: string }) => [s.id, s]),
      );
      for (const s of registry.values()) expect(s.licence).toBeTruthy();

      // UTF-8 with a byte-order mark (TextDecoder drops it when decoding).
      expect([...files['data.csv']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = `\uFEFF${new TextDecoder().decode(files['data.csv']!)}`;
      saveCopy('export-compare.csv', csv);
      // A strict parser (d3-dsv, RFC 4180), with types inferred as pandas.read_csv would: one type per column.
      const rows = csvParse(csv.slice(1), autoType) as unknown as Record<string, string | number | null>[];
      expect(csv.slice(1).split('\r\n')[0]).toMatch(/^iso3,country,kind,measure,/);
      for (const key of ['dataYear', 'reportYear', 'value'])
        expect(
          rows.filter((r) => r[key] !== null && typeof r[key] !== 'number').map((r) => r[key]),
          `${key} holds only numbers`,
        ).toEqual([]);
      expect(new Set(rows.map((r) => r.valueFlag).filter((f) => f !== null))).toEqual(new Set(['<5']));
      // One vocabulary: the document rows use the same measure names as UNODC's.
      expect(new Set(rows.map((r) => r.measure))).toEqual(
        new Set(['Detected victims', 'Persons prosecuted', 'Persons convicted', 'TIP tier']),
      );
      // No row twice (Serbia's 18 convictions in 2020, quoted by two articles, are one row crediting both).
      const keys = rows.map((r) => JSON.stringify(r));
      expect(new Set(keys).size).toBe(keys.length);
      const srb2020 = rows.filter(
        (r) =>
          r.iso3 === 'SRB' &&
          r.kind === 'Document figure' &&
          r.dataYear === 2020 &&
          r.measure === 'Persons convicted',
      );
      expect(srb2020).toHaveLength(1);
      expect(String(srb2020[0]!.author)).toContain(' | ');
      for (const r of rows)
        if (r.source)
          expect(registry.has(String(r.source)), `source ${r.source} is in metadata.json`).toBe(true);
      expect(new Set(rows.map((r) => r.iso3))).toEqual(new Set(['BLR', 'SRB', 'VNM']));

      // UNODC counts: every published value, exactly as unodc.json has it ("<5" as an empty value and its flag).
      const counts = rows.filter((r) => r.kind === 'UNODC count');
      for (const iso3 of ['BLR', 'SRB', 'VNM'])
        for (const indicator of ['victims', 'prosecuted', 'convicted']) {
          const expected = (unodc.countries[iso3]?.[indicator] ?? []).map(([y, v]) => `${y}:${v}`);
          const got = counts
            .filter((r) => r.iso3 === iso3 && r.indicator === indicator)
            .map((r) => `${r.dataYear}:${r.valueFlag ?? r.value}`);
          expect(got, `${iso3} ${indicator}`).toEqual(expected);
        }
      expect(counts.every((r) => r.source === 'unodc-glotip')).toBe(true);

      // Tiers: one row per report year; a stated tier with its source, else "Tier 1 or 2" or "No data", never carried.
      const tiers = rows.filter((r) => r.kind === 'TIP tier');
      expect(tiers).toHaveLength(3 * core.coverage.length);
      for (const r of tiers) {
        const cell = core.tiers[String(r.iso3)]?.find((c) => c.reportYear === r.reportYear);
        if (cell) expect([r.tier, r.source]).toEqual([cell.tier, cell.source]);
        else {
          const listed = core.coverage
            .find((c) => c.reportYear === r.reportYear)!
            .tier1or2.includes(String(r.iso3));
          expect([r.tier, r.source]).toEqual([listed ? 'Tier 1 or 2' : 'No data', null]);
        }
      }

      // Document figures: each row is one or more facts of facts.json, quoted and credited as they are there.
      const docs = rows.filter((r) => r.kind === 'Document figure');
      expect(docs.length).toBeGreaterThan(0);
      for (const r of docs) {
        const ids = String(r.factId).split(' | ');
        for (const id of ids) {
          const fact = facts.facts.find((f) => f.id === id);
          expect(fact, id).toBeDefined();
          expect([r.iso3, r.dataYear, r.value, r.source]).toEqual([
            fact!.country,
            fact!.year,
            fact!.value,
            fact!.source,
          ]);
          expect(String(r.quote)).toContain(fact!.quote);
        }
        expect(r.article).toBeTruthy();
        expect(r.sourceCitation).toContain(String(r.article).split(' | ')[0]);
      }

      const plain = (
        await readDownload(await download(page, dialog.getByRole('button', { name: 'Download CSV' })))
      ).toString('utf8');
      expect(plain).toBe(csv);

      const json = JSON.parse(
        (
          await readDownload(await download(page, dialog.getByRole('button', { name: 'Download JSON' })))
        ).toString('utf8'),
      );
      expect(json.rows).toHaveLength(rows.length);
      expect(json.link).toBe(page.url());
      expect(json.datasetVersion).toBe(core.version);

      await dialog.getByRole('radio', { name: 'PNG' }).check();
      await dialog.getByRole('radio', { name: 'White' }).check();
      await dialog.getByRole('radio', { name: '16:9 slide' }).check();
      await dialog.getByRole('radio', { name: /^1×/ }).check();
      const png = await readDownload(
        await download(page, dialog.getByRole('button', { name: 'Download PNG' })),
      );
      expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
      saveCopy('export-compare-16x9-1x.png', png);
    });
    await test.step('every chart exports: the breakdowns, the documents’ investigations and the difference view', async () => {
      await resetPage(page);
      await openApp(page, '?view=trends&countries=SRB,VNM&metric=victims');
      const trends = page.locator('.trends-countries');
      await expect(trends.locator('svg path').first()).toBeVisible();
      // The country chart, the investigations and arrests panels, and each country's breakdowns.
      await expect(trends.getByRole('button', { name: /^Export/ })).toHaveText([
        'Export',
        'Export',
        'Export Serbia',
        'Export Vietnam',
      ]);
      const cases = [
        {
          button: trends.getByRole('button', { name: 'Export Serbia' }),
          title: 'Detected victims of Serbia by sex, age and form of exploitation',
          file: /^tip-victims-breakdown_SRB_/,
          row: /\r\nSRB,Serbia,By sex,Female,victimsFemale,\d{4},(\d+,|,<5),persons,unodc-glotip,/,
        },
        {
          button: trends.getByRole('button', { name: 'Export', exact: true }).nth(1),
          title: 'Investigations and arrests in the source documents: Serbia and Vietnam',
          file: /^tip-investigations-arrests_SRB-VNM_/,
          row: /\r\nSRB,Serbia,investigations,2020,22,/,
        },
      ];
      for (const c of cases) {
        await c.button.click();
        const dialog = page.getByRole('dialog', { name: 'Export and share' });
        await dialog.getByRole('radio', { name: 'SVG' }).check();
        await dialog.getByRole('radio', { name: '16:9 slide' }).check();
        const svgFile = await download(page, dialog.getByRole('button', { name: 'Download SVG' }));
        expect(svgFile.suggestedFilename()).toMatch(c.file);
        const svg = (await readDownload(svgFile)).toString('utf8');
        const info = await inspectSvg(page, svg);
        expect(info.titleText).toBe(c.title);
        expect(info.external).toEqual([]);
        expect(await textLayoutProblems(page, svg)).toEqual([]);
        const csv = (
          await readDownload(await download(page, dialog.getByRole('button', { name: 'Download CSV' })))
        ).toString('utf8');
        expect(csv).toMatch(c.row);
        await page.keyboard.press('Escape');
      }

      await openApp(page, '?view=compare&countries=BLR,SRB');
      const difference = page.locator('.difference-view');
      await expect(difference.locator('.ts-run').first()).toBeVisible();
      const dialog = await openExport(page, difference);
      await dialog.getByRole('radio', { name: 'PNG' }).check();
      await dialog.getByRole('radio', { name: '16:9 slide' }).check();
      await dialog.getByRole('radio', { name: /^1×/ }).check();
      const png = await readDownload(
        await download(page, dialog.getByRole('button', { name: 'Download PNG' })),
      );
      expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
      expect(readPngText(png).Title).toBe('Convictions per prosecution: Belarus and Serbia');
      saveCopy('export-compare-ratio-16x9-1x.png', png);
      const csv = (
        await readDownload(await download(page, dialog.getByRole('button', { name: 'Download CSV' })))
      ).toString('utf8');
      // Each ratio beside the two counts it comes from, as unodc.json has them.
      const [header, ...body] = parseCsvRows(csv);
      const rows = body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        const at = (ind: string) =>
          unodc.countries[r.iso3!]?.[ind]?.find(([y]) => y === Number(r.dataYear))?.[1] ?? '';
        const shown = (key: string) => r[`${key}Flag`] || r[key];
        expect([shown('prosecuted'), shown('convicted')]).toEqual([
          String(at('prosecuted')),
          String(at('convicted')),
        ]);
        if (r.convictionsPerProsecution)
          expect(Number(r.convictionsPerProsecution)).toBeCloseTo(
            Number(r.convicted) / Number(r.prosecuted),
            2,
          );
      }
    });
    await test.step('the Sources view exports a slide of every source and the registry as data', async () => {
      await resetPage(page);
      await openApp(page, '?view=sources');
      const view = page.locator('.sources-view');
      await expect(view.locator('.source-card').first()).toBeVisible();
      const dialog = await openExport(page, view);
      await dialog.getByRole('radio', { name: 'SVG' }).check();
      await dialog.getByRole('radio', { name: '16:9 slide' }).check();
      const file = await download(page, dialog.getByRole('button', { name: 'Download SVG' }));
      expect(file.suggestedFilename()).toMatch(
        new RegExp(`^tip-sources_${core.version}_${TODAY.source}\\.svg$`),
      );
      const svg = (await readDownload(file)).toString('utf8');
      expect(await textLayoutProblems(page, svg)).toEqual([]);
      const registry = JSON.parse(readFileSync('public/data/core.json', 'utf8')).sources as {
        id: string;
        title: string;
        citation: string;
      }[];
      // Every source is on the slide, with its id.
      const slideText = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return [...doc.querySelectorAll('.source-list-slide text')].map((t) => t.textContent).join(' ');
      }, svg);
      for (const s of registry) expect(slideText).toContain(`id ${s.id}`);
      const csv = (
        await readDownload(await download(page, dialog.getByRole('button', { name: 'Download CSV' })))
      ).toString('utf8');
      const [header, ...rows] = parseCsvRows(csv);
      expect(rows.map((r) => [r[header!.indexOf('id')], r[header!.indexOf('citation')]])).toEqual(
        registry.map((s) => [s.id, s.citation]),
      );
    });
    await test.step('copies the image, and a link that reopens the same view', async () => {
      await resetPage(page);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
      await openApp(page, '?view=map&year=2015&mode=changes&from=2012&region=europe');
      await expect(page.locator('.tier-map-svg path[data-iso3]').first()).toBeVisible();
      const dialog = await openExport(page, page.locator('.map-view'));
      await dialog.getByRole('radio', { name: 'PNG' }).check();
      await dialog.getByRole('radio', { name: '16:9 slide' }).check();
      await dialog.getByRole('radio', { name: /^2×/ }).check();
      await dialog.getByRole('button', { name: 'Copy image' }).click();
      await expect(dialog.getByText('Copied the image (3840 × 2160 px PNG) to the clipboard.')).toBeVisible();
      const pasted = await page.evaluate(async () => {
        const items = await navigator.clipboard.read();
        const item = items.find((i) => i.types.includes('image/png'));
        if (!item) return null;
        const bitmap = await createImageBitmap(await item.getType('image/png'));
        return { width: bitmap.width, height: bitmap.height };
      });
      expect(pasted).toEqual({ width: 3840, height: 2160 });

      await dialog.getByRole('button', { name: 'Copy link' }).click();
      await expect(dialog.getByText('Link copied. It reopens this exact view.')).toBeVisible();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toBe(page.url());
      expect(link).toContain('mode=changes');

      const other = await context.newPage();
      await other.goto(link);
      await expect(other.getByRole('heading', { level: 1 })).toHaveText(
        'Changes in Trafficking in Persons Report tiers',
      );
      await expect(other.getByTestId('map-subtitle')).toContainText(
        'From the 2012 report to the 2015 report',
      );
      await expect(other.getByRole('combobox', { name: 'Region' })).toHaveValue('europe');
      expect(other.url()).toBe(link);
    });
    // Last: it ends at the phone size.
    await test.step('the dialog is an accessible modal: focus inside, Tab trapped, Esc closes and returns focus', async () => {
      await resetPage(page);
      await openApp(page, '?year=2020');
      await expect(page.locator('.tier-map-svg path[data-iso3]').first()).toBeVisible();
      const opener = page.locator('.map-view').getByRole('button', { name: 'Export', exact: true });
      const dialog = await openExport(page, page.locator('.map-view'));
      await expect(dialog).toHaveAttribute('aria-modal', 'true');
      await expect(dialog.getByRole('radio', { name: 'PNG' })).toBeFocused();
      const results = await new AxeBuilder({ page }).setLegacyMode(true).include('.export-dialog').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      }
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(opener).toBeFocused();
      await page.setViewportSize({ width: 390, height: 844 });
      await opener.click();
      await expect(page.getByRole('dialog')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath('export-dialog-390') });
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
