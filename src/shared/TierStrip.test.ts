import { describe, expect, it } from 'vitest';
import { TIER_CLASSES, TIER_FILL } from './tierConstants';
import { codeInk } from './TierStrip';

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
