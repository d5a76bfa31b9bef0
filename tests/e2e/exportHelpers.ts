/** What the export specs share: the data they check files against, and helpers to open the dialog, download, keep
 * copies to look at, and inspect an exported SVG or PNG in the page. */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readCore } from './coreData';

export const core = readCore();
export const unodc = JSON.parse(readFileSync('public/data/unodc.json', 'utf8')) as {
  countries: Record<string, Record<string, [number, number | string][]>>;
};
export const facts = JSON.parse(readFileSync('public/data/facts.json', 'utf8')) as {
  facts: { id: string; country: string; year: number; value: unknown; quote: string; source: string }[];
};

export const TODAY = /\d{4}-\d{2}-\d{2}/;

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes a PNG in the page and measures how much it varies: a blank image has one colour. */
export async function pixelStats(page: Page, png: Buffer) {
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

export async function readDownload(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

export async function openExport(page: Page, scope: Locator | Page = page): Promise<Locator> {
  await scope.getByRole('button', { name: 'Export', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Export and share' });
  await expect(dialog).toBeVisible();
  return dialog;
}

export async function download(page: Page, button: Locator): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return file;
}

/** Keeps exported files to look at; EXPORT_COPY_DIR adds a copy that other test runs do not clear. */
export function saveCopy(name: string, bytes: Buffer | string) {
  for (const dir of ['test-results/screens', process.env.EXPORT_COPY_DIR].filter(Boolean) as string[]) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/${name}`, bytes);
  }
}

/** Parses an exported SVG in the page and reports what a careful reviewer would check. */
export async function inspectSvg(page: Page, svg: string) {
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
export async function textLayoutProblems(page: Page, svg: string): Promise<string[]> {
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
