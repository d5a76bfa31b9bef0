import { expect, test, type Page } from '@playwright/test';
import { encodePackLink } from '../../src/features/present/packCodec';
import type { Slide } from '../../src/features/present/packState';
import { openApp, screenshotPath } from './helpers';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
] as const;

const SLIDES: Slide[] = [
  { q: '?view=compare&countries=THA,KHM,LAO', t: 'Three neighbours', n: 'Compare.' },
  { q: '?view=map&year=2020&region=mekong', t: 'Mekong tiers', n: 'Map.' },
  { q: '?view=trends&countries=THA,VNM', t: 'Counts over time', n: 'Trends.' },
];

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What a slide's layout looks like on screen: where the controls, the slide, and its chart and legend are. */
function measure(page: Page) {
  return page.evaluate(() => {
    const box = (r: DOMRect | { left: number; top: number; right: number; bottom: number }) => ({
      left: r.left,
      top: r.top,
      right: r.right,
      bottom: r.bottom,
    });
    const svg = document.querySelector<SVGSVGElement>('.present-slide > svg')!;
    const ctm = svg.getScreenCTM()!;
    const at = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(ctm);
    const vb = svg.viewBox.baseVal;
    const [a, b] = [at(vb.x, vb.y), at(vb.x + vb.width, vb.y + vb.height)];
    const clip = svg.querySelector('clipPath rect')!;
    const [cx, cy, cw, ch] = ['x', 'y', 'width', 'height'].map((k) => Number(clip.getAttribute(k)));
    const [c1, c2] = [at(cx!, cy!), at(cx! + cw!, cy! + ch!)];
    const legend = svg.querySelector('.export-legend');
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      controls: [...document.querySelectorAll<HTMLElement>('.present-bar button, .present-bar h1')].map(
        (el) => ({
          name: el.textContent ?? '',
          ...box(el.getBoundingClientRect()),
        }),
      ),
      bar: box(document.querySelector('.present-bar')!.getBoundingClientRect()),
      drawn: { left: a.x, top: a.y, right: b.x, bottom: b.y },
      chartBox: { left: c1.x, top: c1.y, right: c2.x, bottom: c2.y },
      // The chart's words: a region map draws the world beyond its box on purpose (the clip frames it).
      chartText: [...svg.querySelectorAll('.export-chart text')]
        .map((t) => ({ text: t.textContent ?? '', ...box(t.getBoundingClientRect()) }))
        .filter((r) => r.right > r.left),
      legend: legend && legend.childElementCount ? box(legend.getBoundingClientRect()) : null,
      scrollWidth: document.documentElement.scrollWidth,
    };
  });
}

const inside = (inner: Box, outer: Box, slack = 1) =>
  inner.left >= outer.left - slack &&
  inner.top >= outer.top - slack &&
  inner.right <= outer.right + slack &&
  inner.bottom <= outer.bottom + slack;
const overlap = (p: Box, q: Box) =>
  Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1 &&
  Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1;

for (const size of SIZES) {
  test(`slides fit a ${size.width}×${size.height} screen: nothing cut, nothing overlapping, every control reachable`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openApp(page, `?pack=${encodePackLink(SLIDES)}`);
    await page.getByRole('button', { name: 'Briefing pack (3)' }).click();
    await page
      .getByRole('dialog', { name: 'Briefing pack' })
      .getByRole('button', { name: 'Present' })
      .click();
    for (const [i, slide] of SLIDES.entries()) {
      await expect(page.locator('.present-counter')).toHaveText(`${i + 1} / ${SLIDES.length}`);
      await expect(page.locator('.present-slide .export-title')).toHaveText(slide.t);
      await expect(page.locator('.present-slide .export-chart > g > *').first()).toBeAttached();
      const m = await measure(page);
      const screen = { left: 0, top: 0, right: m.viewport.width, bottom: m.viewport.height };
      for (const c of m.controls) expect(inside(c, screen), `${c.name} on screen`).toBe(true);
      expect(m.scrollWidth).toBeLessThanOrEqual(m.viewport.width);
      expect(inside(m.drawn, screen), 'the slide is on screen').toBe(true);
      expect(overlap(m.drawn, m.bar), 'the bar does not cover the slide').toBe(false);
      const cut = m.chartText.filter((t) => !inside(t, m.chartBox, 2));
      expect(cut, `${slide.t}: the chart's text fits its box`).toEqual([]);
      const underLegend = m.legend ? m.chartText.filter((t) => overlap(t, m.legend!)) : [];
      expect(underLegend, `${slide.t}: no chart text under the legend`).toEqual([]);
      await page.screenshot({ path: screenshotPath(`slide-fit-${size.width}x${size.height}-${i + 1}`) });
      if (i < SLIDES.length - 1) await page.keyboard.press('ArrowRight');
    }
  });
}
