/**
 * Exported SVGs must look the same in programs other than the browser. librsvg (rsvg-convert, what GNOME, many
 * converters and wikis use) ignores the embedded @font-face, as LibreOffice does, and draws the text in DejaVu Sans.
 * Each export (map, Trends, Compare, Sources; on white, transparent and dark) is downloaded as SVG and as a 1× PNG
 * from the browser; rsvg-convert draws the SVG at the same size, and the two pictures are compared:
 *
 * - pixelmatch, with its default colour threshold (0.1) and anti-aliasing detection on, counts the pixels that
 *   differ. Inside the text boxes they must differ: the font is another (DejaVu Sans is up to 18 % wider than
 *   Inter, with other glyph shapes), so the whole picture differs by 1–16 % depending on how much text it holds.
 *   Outside the text boxes (each widened by a quarter for the wider font) shapes, fills, patterns and lines are
 *   the same drawing, and may differ only in MAX_DIFFERENT_OUTSIDE_TEXT of the pixels: edge rounding of two
 *   rasterizers (measured at most 0.01 %), well below a lost legend swatch, fill or pattern.
 * - No label may disappear: for every text element, the pixels in its box that have the text's own colour are
 *   counted in both pictures. A label that the browser draws must show at least a third as many in librsvg's
 *   picture (a different font draws fewer or more pixels; a label buried under its own halo draws none).
 *
 * librsvg honours `paint-order`, LibreOffice does not: the SVG must not use it at all (halos are separate
 * elements), which the test checks in the file.
 *
 * The test fails, rather than skips, when rsvg-convert is missing: `.ci/run` installs librsvg2-bin.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { promisify } from 'node:util';
import { openApp } from './helpers';
import { download, openExport, readDownload } from './exportHelpers';

const RSVG = process.env.RSVG_CONVERT ?? 'rsvg-convert';
/** A 1920×1080 PNG of a text-heavy export is several megabytes: more than execFile's 1 MB default buffer. */
const RSVG_MAX_BUFFER = 256 * 1024 * 1024;
const MAX_DIFFERENT_OUTSIDE_TEXT = 0.005;
const MIN_INK_KEPT = 1 / 3;
/**
 * With text as outlines both renderers draw the same paths: only edge rounding may differ (measured 0.12–0.93 % on
 * white and dark). On a transparent image the white halos' half-transparent edges differ more between the two
 * rasterizers once pixelmatch blends them onto white (measured 0.61–3.75 %), and a text with a glyph Inter's latin
 * subset lacks ("≠") stays text in librsvg's fallback font.
 */
const MAX_DIFFERENT_OUTLINED = { opaque: 0.015, transparent: 0.05 };
/** RGB distance within which a pixel counts as the text's colour (anti-aliased edges are lighter). */
const INK_DISTANCE = 90;
/** A label with fewer ink pixels than this in the browser's picture is too faint to judge. */
const MIN_INK = 6;
const OUT = 'test-results/svg-compat';

interface ViewCase {
  name: string;
  query: string;
  scope: string;
  ready: string;
}

const VIEWS: ViewCase[] = [
  { name: 'map', query: '?year=2020', scope: '.map-view', ready: '.tier-map-svg path[data-iso3]' },
  {
    name: 'trends',
    query: '?view=trends&countries=SRB,VNM&metric=convicted',
    scope: '.trends-countries',
    ready: '.trends-countries svg path',
  },
  {
    name: 'compare',
    query: '?view=compare&countries=BLR,SRB',
    scope: '.compare-view',
    ready: '.compare-column',
  },
  { name: 'sources', query: '?view=sources', scope: '.sources-view', ready: '.source-card' },
];
const BACKGROUNDS = ['White', 'Transparent', 'Dark'] as const;

interface Label {
  text: string;
  rgb: [number, number, number];
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Shapes other than <rect> filled with a pattern that paints a colour (has a <rect> under its marks). */
function shapesOnColouredPatterns(svg: string): string[] {
  const coloured = new Set(
    [...svg.matchAll(/<pattern id="([^"]+)"[^>]*>(.*?)<\/pattern>/g)]
      .filter(([, , body]) => body?.includes('<rect'))
      .map(([, id]) => id),
  );
  return [...svg.matchAll(/<(path|circle|ellipse|polygon)\b[^>]*\bfill="url\(#([^)"]+)\)"/g)]
    .filter(([, , id]) => coloured.has(id))
    .map(([tag, , id]) => `${tag.slice(0, 80)}… (${id})`);
}

/** Each visible text's box in image pixels (1×: the viewBox) and its fill colour, as the browser lays it out. */
async function labelsOf(page: Page, svg: string): Promise<Label[]> {
  return page.evaluate(async (text) => {
    const holder = document.createElement('div');
    holder.style.cssText = 'position:absolute;left:0;top:0;';
    holder.innerHTML = text.replace(/^<\?xml[^>]*>/, '');
    document.body.append(holder);
    await document.fonts.ready;
    const root = holder.querySelector('svg')!;
    const frame = root.getBoundingClientRect();
    const k = frame.width / Number(root.getAttribute('viewBox')!.split(' ')[2]);
    const out = [];
    for (const t of root.querySelectorAll('text:not(.export-halo)')) {
      const content = (t.textContent ?? '').trim();
      const fill = getComputedStyle(t).fill;
      const m = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(fill);
      if (!content || !m) continue;
      const r = t.getBoundingClientRect();
      if (r.width === 0) continue;
      out.push({
        text: content.slice(0, 50),
        rgb: [Number(m[1]), Number(m[2]), Number(m[3])] as [number, number, number],
        x1: (r.left - frame.left) / k,
        y1: (r.top - frame.top) / k,
        x2: (r.right - frame.left) / k,
        y2: (r.bottom - frame.top) / k,
      });
    }
    holder.remove();
    return out;
  }, svg);
}

/** A label's box in whole pixels, widened for a wider font (either side: text may be centred or end-anchored). */
function boxOf(png: PNG, label: Label) {
  const grow = (label.x2 - label.x1) * 0.25 + 4;
  return {
    x1: Math.max(0, Math.floor(label.x1 - grow)),
    x2: Math.min(png.width, Math.ceil(label.x2 + grow)),
    y1: Math.max(0, Math.floor(label.y1 - 3)),
    y2: Math.min(png.height, Math.ceil(label.y2 + 3)),
  };
}

/** Pixels pixelmatch marked as different (red, not anti-aliasing) outside every label's box. */
function differentOutsideText(diff: PNG, labels: Label[]): number {
  const inText = new Uint8Array(diff.width * diff.height);
  for (const label of labels) {
    const { x1, x2, y1, y2 } = boxOf(diff, label);
    for (let y = y1; y < y2; y++) inText.fill(1, y * diff.width + x1, y * diff.width + x2);
  }
  let n = 0;
  for (let p = 0; p < inText.length; p++) {
    const i = p * 4;
    if (!inText[p] && diff.data[i + 3]! > 0 && diff.data[i]! === 255 && diff.data[i + 1]! === 0) n++;
  }
  return n;
}

/** Pixels inside the box (widened for a wider font) whose colour is the label's own. */
function inkIn(png: PNG, label: Label, backdrop: [number, number, number]): number {
  const { x1, x2, y1, y2 } = boxOf(png, label);
  let n = 0;
  for (let y = y1; y < y2; y++)
    for (let x = x1; x < x2; x++) {
      const i = (y * png.width + x) * 4;
      const a = png.data[i + 3]! / 255;
      // A transparent export is judged as it would sit on a slide of the backdrop's colour.
      const c = [0, 1, 2].map((j) => png.data[i + j]! * a + backdrop[j]! * (1 - a));
      if (Math.hypot(c[0]! - label.rgb[0], c[1]! - label.rgb[1], c[2]! - label.rgb[2]) < INK_DISTANCE) n++;
    }
  return n;
}

/** Draws an SVG file with rsvg-convert at the given size, in its own process; resolves to the PNG's bytes. */
async function rsvgConvert(file: string, width: number, height: number): Promise<Buffer> {
  const { stdout } = await promisify(execFile)(
    RSVG,
    ['--width', String(width), '--height', String(height), file],
    { maxBuffer: RSVG_MAX_BUFFER, encoding: 'buffer' },
  );
  return stdout;
}

/**
 * Compares one background's browser PNG with librsvg's drawings of the SVG and of the outlined SVG, adding a line
 * per comparison to the report.
 */
async function compare(
  viewName: string,
  background: (typeof BACKGROUNDS)[number],
  svg: string,
  browserBytes: Buffer,
  labels: Label[],
  outlined: string,
  report: string[],
): Promise<void> {
  const stem = `${OUT}/${viewName}-${background.toLowerCase()}`;
  writeFileSync(`${stem}.svg`, svg);
  // librsvg 2.54 honours paint-order, LibreOffice does not (it strokes over the fill and buries the label):
  // halos must be their own elements.
  expect(svg).not.toContain('paint-order');
  // LibreOffice's pictures ignore patternTransform and fade a pattern-filled shape that is not a rectangle to
  // about half strength: only rectangles take a coloured pattern; other shapes take their colour, and marks alone.
  expect(svg).not.toContain('patternTransform');
  expect(shapesOnColouredPatterns(svg)).toEqual([]);
  writeFileSync(`${stem}-chromium.png`, browserBytes);
  writeFileSync(`${stem}-outlines.svg`, outlined);
  expect(outlined).not.toContain('@font-face');
  // Both drawings start at once, at the browser PNG's size (from its IHDR chunk), while this process decodes.
  const [width, height] = [browserBytes.readUInt32BE(16), browserBytes.readUInt32BE(20)];
  const drawn = rsvgConvert(`${stem}.svg`, width, height);
  const drawnOutlined = rsvgConvert(`${stem}-outlines.svg`, width, height);
  drawnOutlined.catch(() => undefined);
  const browser = PNG.sync.read(browserBytes);
  const rsvgBytes = await drawn;
  writeFileSync(`${stem}-rsvg.png`, rsvgBytes);
  const rsvg = PNG.sync.read(rsvgBytes);
  expect([rsvg.width, rsvg.height]).toEqual([browser.width, browser.height]);

  const diff = new PNG({ width: browser.width, height: browser.height });
  const different = pixelmatch(browser.data, rsvg.data, diff.data, browser.width, browser.height, {
    threshold: 0.1,
    diffMask: true,
  });
  const pixels = browser.width * browser.height;
  const share = different / pixels;

  const backdrop: [number, number, number] = background === 'Dark' ? [22, 24, 29] : [255, 255, 255];
  const outside = differentOutsideText(diff, labels) / pixels;
  const lost: string[] = [];
  let judged = 0;
  for (const label of labels) {
    const inBrowser = inkIn(browser, label, backdrop);
    if (inBrowser < MIN_INK) continue;
    judged++;
    const inRsvg = inkIn(rsvg, label, backdrop);
    if (inRsvg < inBrowser * MIN_INK_KEPT) lost.push(`"${label.text}" (${inRsvg} of ${inBrowser} px)`);
  }
  // The difference picture is written only for a failure (encoding a 1920×1080 PNG costs more than the check).
  if (lost.length > 0 || outside >= MAX_DIFFERENT_OUTSIDE_TEXT)
    writeFileSync(`${stem}-diff.png`, PNG.sync.write(diff));
  report.push(
    `${viewName} ${background}: ${different} px differ (${(share * 100).toFixed(2)} %; ${(outside * 100).toFixed(2)} % outside text), ${judged} of ${labels.length} labels checked, ${lost.length} lost`,
  );
  expect.soft(lost, `labels librsvg loses in ${stem}.svg`).toEqual([]);
  expect
    .soft(outside, `share of pixels differing outside the text in ${stem}-diff.png`)
    .toBeLessThan(MAX_DIFFERENT_OUTSIDE_TEXT);

  // "Text as outlines": the glyphs are Inter's own paths, so librsvg draws the whole picture as the browser
  // does, text included.
  const texts = outlined.match(/<text[\s>]/g)?.length ?? 0;
  const outlinedRsvg = PNG.sync.read(await drawnOutlined);
  const outlinedDiff = pixelmatch(browser.data, outlinedRsvg.data, undefined, browser.width, browser.height, {
    threshold: 0.1,
  });
  report.push(
    `${viewName} ${background} outlines: ${outlinedDiff} px differ (${((outlinedDiff / pixels) * 100).toFixed(2)} %), ${texts} texts kept as text`,
  );
  expect
    .soft(outlinedDiff / pixels, `outlined ${stem}`)
    .toBeLessThan(MAX_DIFFERENT_OUTLINED[background === 'Transparent' ? 'transparent' : 'opaque']);
}

test.describe('SVG compatibility with librsvg', () => {
  test.beforeAll(() => {
    try {
      execFileSync(RSVG, ['--version']);
    } catch {
      throw new Error(
        `${RSVG} is not installed: install Debian's librsvg2-bin (.ci/run does) to check the SVG exports.`,
      );
    }
    mkdirSync(OUT, { recursive: true });
  });

  // A test per view, which the two workers share: as one test of about 50 s, last in the suite's order, it was a
  // tail in which the other worker had nothing left to run.
  test.describe.configure({ mode: 'parallel' });

  for (const view of VIEWS)
    test(`the ${view.name} export draws the same in rsvg-convert as in the browser, on every background`, async ({
      page,
    }) => {
      test.setTimeout(300_000);
      await openApp(page, view.query);
      await expect(page.locator(view.ready).first()).toBeVisible();
      const dialog = await openExport(page, page.locator(view.scope));
      await dialog.getByRole('radio', { name: '16:9 slide' }).check();
      // The browser draws each background's files one after another; rsvg-convert (another process) and the pixel
      // comparisons of one background run while the browser draws the next.
      const reports: string[][] = [];
      const checks: Promise<void>[] = [];
      for (const background of BACKGROUNDS) {
        await dialog.getByRole('radio', { name: background }).check();
        await dialog.getByRole('radio', { name: 'SVG' }).check();
        const svg = (
          await readDownload(await download(page, dialog.getByRole('button', { name: 'Download SVG' })))
        ).toString();
        await dialog.getByRole('radio', { name: 'PNG' }).check();
        await dialog.getByRole('radio', { name: /^1×/ }).check();
        const browserBytes = await readDownload(
          await download(page, dialog.getByRole('button', { name: 'Download PNG' })),
        );
        const labels = await labelsOf(page, svg);

        await dialog.getByRole('radio', { name: 'SVG' }).check();
        await dialog.getByRole('checkbox', { name: /Text as outlines/ }).check();
        const outlined = (
          await readDownload(await download(page, dialog.getByRole('button', { name: 'Download SVG' })))
        ).toString();
        await dialog.getByRole('checkbox', { name: /Text as outlines/ }).uncheck();

        const report: string[] = [];
        reports.push(report);
        const check = compare(view.name, background, svg, browserBytes, labels, outlined, report);
        // Marked as handled now; Promise.all below still fails the test with the first error.
        check.catch(() => undefined);
        checks.push(check);
      }
      await Promise.all(checks);
      const report = reports.flat();
      console.log(report.join('\n'));
      writeFileSync(`${OUT}/${view.name}-report.txt`, `${report.join('\n')}\n`);
    });
});
