import { describe, expect, it } from 'vitest';
import { TIER_CLASSES, TIER_FILL } from './tierConstants';
import { codeInk, stripTicks } from './tierHistory';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const f = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(bl!);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('codeInk', () => {
  it.each(TIER_CLASSES)('prints the %s code at 4.5:1 or more against the cell colour', (cls) => {
    expect(contrast(codeInk(cls), TIER_FILL[cls])).toBeGreaterThanOrEqual(4.5);
  });
});

describe('stripTicks', () => {
  const years = [2001, 2005, 2010, 2015, 2020, 2025];
  // The country panel's strip: 25 report years in 290 px.
  const cell = 290 / 25;
  const centre = (y: number) => (y - 2001) * cell + cell / 2;

  it('keeps the first and last year labels inside the strip', () => {
    const ticks = stripTicks(years, centre, 290, 24);
    expect(ticks[0]).toEqual({ reportYear: 2001, x: 12 });
    expect(ticks.at(-1)).toEqual({ reportYear: 2025, x: 278 });
    for (const t of ticks) {
      expect(t.x - 12).toBeGreaterThanOrEqual(0);
      expect(t.x + 12).toBeLessThanOrEqual(290);
    }
  });

  it('leaves the other labels under their cells', () => {
    const ticks = stripTicks(years, centre, 290, 24);
    expect(ticks.find((t) => t.reportYear === 2010)!.x).toBeCloseTo(centre(2010));
  });

  it('drops labels that would overlap, keeping the last year', () => {
    const ticks = stripTicks(years, (y) => (y - 2001) * 4 + 2, 100, 24);
    const xs = ticks.map((t) => t.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(24);
    expect(ticks[0]!.reportYear).toBe(2001);
    expect(ticks.at(-1)!.reportYear).toBe(2025);
  });
});
