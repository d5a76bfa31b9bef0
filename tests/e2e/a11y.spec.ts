import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { openApp, resetPage, screenshotPath } from './helpers';
import { mainHeading, openView, type Scene } from './a11yHelpers';

/**
 * Accessibility of every view and state: axe scans (no serious or critical violation) and contrast of SVG text and
 * chart marks, which axe does not check, in the light theme and the projector theme of presentation mode. The
 * keyboard-only walk is in a11y-keyboard.spec.ts.
 */

test.describe.configure({ mode: 'parallel' });

const SUMMARY_DIR = 'test-results/a11y';

async function openExportDialog(page: Page, query: string) {
  await openView(page, query);
  await page
    .getByRole('button', { name: /^Export/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog').first();
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('img, svg').first()).toBeVisible();
}

async function openPresentation(page: Page) {
  await openView(page, '?view=trends&countries=SRB,VNM');
  for (const name of ['Trends', 'Map'] as const) {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name }).click();
    await expect(mainHeading(page)).toBeVisible();
    await page.getByRole('button', { name: 'Pin view' }).click();
    const pin = page.getByRole('dialog', { name: /Pin this view/ });
    await pin.getByRole('button', { name: /^Pin slide/ }).click();
    await expect(pin).toBeHidden();
  }
  await page.getByRole('button', { name: /^Briefing pack/ }).click();
  await page.getByRole('dialog', { name: 'Briefing pack' }).getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('dialog', { name: /^Presentation, slide/ })).toBeVisible();
  await expect(mainHeading(page)).toBeVisible();
}

const SCENES: Scene[] = [
  { name: 'map', open: (p) => openView(p, '') },
  { name: 'map, changes mode', open: (p) => openView(p, '?mode=changes&year=2021') },
  {
    name: 'map, country panel open',
    open: async (p) => {
      await openView(p, '?country=SRB');
      await expect(p.getByRole('complementary', { name: 'Serbia' })).toBeVisible();
    },
  },
  { name: 'trends, empty', open: (p) => openView(p, '?view=trends') },
  { name: 'trends, two countries', open: (p) => openView(p, '?view=trends&countries=SRB,VNM') },
  { name: 'compare, empty', open: (p) => openView(p, '?view=compare') },
  { name: 'compare, four countries', open: (p) => openView(p, '?view=compare&countries=SRB,VNM,BLR,THA') },
  {
    name: 'sources',
    open: async (p) => {
      await openView(p, '?view=sources');
      // Every fact row has the same markup; a search that keeps conflicting facts keeps the scan quick.
      await p.getByLabel('Search facts').fill('Serbia');
      await expect(p.locator('.conflict-badge').first()).toBeVisible();
    },
  },
  { name: 'export dialog (map)', open: (p) => openExportDialog(p, '') },
  // Last of the scenes that share a page: its broken unodc.json stays routed to the end of the test.
  { name: 'link notice and data error', open: (p) => openBroken(p) },
];

/** Its own test: the phone size would stay for the scenes after it. */
const PHONE_SCENE: Scene = {
  name: 'map at 390 px',
  open: async (p) => {
    await p.setViewportSize({ width: 390, height: 844 });
    await openView(p, '');
  },
};

async function openBroken(page: Page) {
  await page.route('**/data/unodc.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await openApp(page, '?view=trends&countries=SRB&year=abcd');
  await expect(page.locator('.notice').first()).toBeVisible();
  await expect(page.getByRole('alert').first()).toBeVisible();
}

const slug = (s: string) =>
  s
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

/**
 * Runs axe on the page, keeps a summary of every violation for the report, and returns the serious ones. Legacy mode
 * runs axe in the page itself: the page has no frames, and the default opens a blank page to gather frame results,
 * which cost more than the audit (8–14 s a scan on the 2-core machine, against 5–10 s).
 */
async function scan(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.length,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
  mkdirSync(SUMMARY_DIR, { recursive: true });
  writeFileSync(
    `${SUMMARY_DIR}/${slug(name)}.json`,
    JSON.stringify({ scene: name, passes: results.passes.length, violations: summary }, null, 2),
  );
  return summary.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Opens the scene and expects no serious or critical violation; a scene after the first starts as a new test. */
async function scanScene(page: Page, scene: Scene, first: boolean) {
  await test.step(`${scene.name}: no serious or critical violation`, async () => {
    if (!first) await resetPage(page);
    await scene.open(page);
    expect(await scan(page, scene.name)).toEqual([]);
  });
}

test.describe('axe scans', () => {
  // One page serves every scene at the laptop size, each opened by its own link: a new page costs more than
  // the app's load.
  test('every view and state at 1366 px: no serious or critical violation', async ({ page }) => {
    test.setTimeout(300_000);
    for (const [i, scene] of SCENES.entries()) await scanScene(page, scene, i === 0);
  });

  test(`${PHONE_SCENE.name}: no serious or critical violation`, async ({ page }) => {
    await scanScene(page, PHONE_SCENE, true);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Contrast of SVG text and marks (axe checks HTML text only)
// ---------------------------------------------------------------------------------------------------------

interface ContrastFailure {
  what: string;
  ratio: number;
  needed: number;
}

/**
 * SVG text must reach 4.5:1 (3:1 when large) against what is behind it, and the lines of line charts 3:1
 * (WCAG 1.4.11). The background is the svg's own full-size backdrop rect if it has one, else the first opaque
 * background of its HTML ancestors.
 */
const svgContrastFailures = (page: Page, scope: string): Promise<ContrastFailure[]> =>
  page.evaluate((scopeSelector) => {
    const parse = (c: string): [number, number, number, number] | null => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
      const h = /^#([0-9a-f]{6})$/i.exec(c.trim());
      if (h) {
        const n = parseInt(h[1]!, 16);
        return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
      }
      return null;
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const ratio = (a: number[], b: number[]) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    const htmlBackground = (el: Element): number[] => {
      for (let n: Element | null = el; n; n = n.parentElement) {
        const c = parse(getComputedStyle(n).backgroundColor);
        if (c && c[3] > 0.5) return c;
      }
      return [255, 255, 255, 1];
    };
    const backdrop = (svg: SVGSVGElement): number[] => {
      const box = svg.getBoundingClientRect();
      const rect = svg.querySelector(':scope > rect, :scope > g > rect:first-child');
      if (rect) {
        const r = rect.getBoundingClientRect();
        const fill = parse(getComputedStyle(rect).fill);
        if (fill && fill[3] > 0.5 && r.width >= box.width * 0.95 && r.height >= box.height * 0.95)
          return fill;
      }
      return htmlBackground(svg);
    };
    /** The svg's filled shapes in paint order, with their screen boxes, computed once per svg. */
    type Shape = { el: SVGGeometryElement; box: DOMRect; fill: number[] | 'pattern' };
    const shapesOf = (svg: SVGSVGElement): Shape[] => {
      const out: Shape[] = [];
      for (const el of Array.from(
        svg.querySelectorAll<SVGGeometryElement>('rect, path, circle, ellipse, polygon'),
      )) {
        if (el.closest('defs, pattern, clipPath, mask, marker')) continue;
        const style = getComputedStyle(el);
        if (style.fill === 'none' || style.visibility === 'hidden') continue;
        if (Number(style.fillOpacity) * Number(style.opacity) < 0.5) continue;
        const fill = style.fill.startsWith('url(') ? 'pattern' : parse(style.fill);
        if (fill) out.push({ el, box: el.getBoundingClientRect(), fill });
      }
      return out;
    };
    /** The last shape painted before `el` under its centre, else null. */
    const shapeUnder = (shapes: Shape[], el: SVGGraphicsElement): number[] | null | 'pattern' => {
      const box = el.getBoundingClientRect();
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      let found: number[] | null | 'pattern' = null;
      for (const s of shapes) {
        if (s.el === el || x < s.box.left || x > s.box.right || y < s.box.top || y > s.box.bottom) continue;
        if (!(s.el.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
        const ctm = s.el.getScreenCTM();
        if (!ctm || !s.el.isPointInFill(new DOMPoint(x, y).matrixTransform(ctm.inverse()))) continue;
        found = s.fill;
      }
      return found;
    };
    const failures: { what: string; ratio: number; needed: number }[] = [];
    for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>(`${scopeSelector} svg`))) {
      if (!svg.checkVisibility() || svg.getBoundingClientRect().width < 50) continue;
      const bg = backdrop(svg);
      const shapes = shapesOf(svg);
      for (const text of Array.from(svg.querySelectorAll('text'))) {
        if (!text.textContent?.trim() || !text.checkVisibility()) continue;
        const style = getComputedStyle(text);
        const fill = parse(style.fill);
        if (!fill || Number(style.opacity) < 0.1) continue;
        const size = parseFloat(style.fontSize);
        const bold = Number(style.fontWeight) >= 700;
        const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
        // A halo (an opaque stroke painted under the fill) is the text's own background.
        const halo = parse(style.stroke);
        const hasHalo =
          halo !== null &&
          halo[3] > 0.5 &&
          parseFloat(style.strokeWidth) >= 1.5 &&
          style.paintOrder.startsWith('stroke');
        const under = hasHalo ? halo : shapeUnder(shapes, text);
        // Text over a pattern (hatching) has no single background colour; the tier is also given as text elsewhere.
        if (under === 'pattern') continue;
        const r = ratio(fill, under ?? bg);
        if (r < needed - 0.01)
          failures.push({
            what: `text "${text.textContent.trim().slice(0, 30)}" ${style.fill} on ${under ? `rgb(${under.slice(0, 3).join(', ')})` : 'the background'}`,
            ratio: r,
            needed,
          });
      }
      for (const line of Array.from(svg.querySelectorAll('path, polyline, line'))) {
        const style = getComputedStyle(line);
        // Data lines: stroked, unfilled, at least 1.5 px wide (thin rules and grid lines are decoration).
        if (style.fill !== 'none' || style.stroke === 'none' || parseFloat(style.strokeWidth) < 1.5) continue;
        if (line.closest('pattern, defs, marker, clipPath')) continue;
        const stroke = parse(style.stroke);
        if (!stroke || Number(style.strokeOpacity) < 0.5) continue;
        const r = ratio(stroke, bg);
        if (r < 2.99) failures.push({ what: `line ${style.stroke}`, ratio: r, needed: 3 });
      }
    }
    return failures.map((f) => ({ ...f, ratio: Math.round(f.ratio * 100) / 100 }));
  }, scope);

test.describe('contrast of SVG text and marks', () => {
  const CHART_SCENES: Scene[] = [
    { name: 'map, light theme', open: (p) => openView(p, '?mode=changes&year=2021') },
    {
      name: 'trends, light theme',
      open: (p) => openView(p, '?view=trends&countries=SRB,VNM,BLR,THA,NGA,MEX'),
    },
    { name: 'compare, light theme', open: (p) => openView(p, '?view=compare&countries=SRB,VNM,BLR,THA') },
  ];
  // One page serves the three charts, each opened by its own link: a new page costs more than the app's load.
  test('the map, Trends and Compare in the light theme: SVG text ≥ 4.5:1 and data lines ≥ 3:1', async ({
    page,
  }) => {
    for (const [i, scene] of CHART_SCENES.entries())
      await test.step(`${scene.name}: SVG text ≥ 4.5:1 and data lines ≥ 3:1`, async () => {
        if (i > 0) await resetPage(page);
        await scene.open(page);
        await page.screenshot({ path: screenshotPath(`a11y-${slug(scene.name)}`) });
        const failures = await svgContrastFailures(page, 'main, .present-stage');
        const unique = [...new Map(failures.map((f) => [f.what, f])).values()];
        expect(unique).toEqual([]);
      });
  });
});

test('presentation mode (projector theme): axe, SVG contrast, keys, and Escape leaves it', async ({
  page,
}) => {
  await openPresentation(page);
  expect(await scan(page, 'presentation mode')).toEqual([]);
  await page.screenshot({ path: screenshotPath('a11y-presentation') });
  expect(await svgContrastFailures(page, '.present-stage')).toEqual([]);
  const show = page.getByRole('dialog', { name: /^Presentation, slide/ });
  await page.keyboard.press('ArrowRight');
  await expect(show).toHaveAccessibleName(/slide 2 of 2/);
  await expect(mainHeading(page)).toBeVisible();
  expect(await svgContrastFailures(page, '.present-stage')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
});
