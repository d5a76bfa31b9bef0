import { describe, expect, it } from 'vitest';
import { LESS_THAN_FIVE_NOMINAL } from './chartConstants';
import { formatCount, formatTicks, listJoin, monthYear, yearRuns } from './format';
import { valueAxis, valueDomain } from './valueAxis';
import { yearAxis, yearExtent } from './yearAxis';

describe('yearAxis', () => {
  it('gives each year an equal cell and centres points in it', () => {
    const x = yearAxis([2001, 2010], 0, 100);
    expect(x.cellWidth).toBe(10);
    expect(x.leftEdge(2001)).toBe(0);
    expect(x.center(2001)).toBe(5);
    expect(x.yearAt(95)).toBe(2010);
    expect(x.yearAt(-20)).toBe(2001);
  });

  it('thins tick labels when cells are narrow', () => {
    const x = yearAxis([2001, 2025], 0, 250);
    expect(x.tickYears).toEqual([2005, 2010, 2015, 2020, 2025]);
  });
});

describe('yearExtent', () => {
  it('covers every group of years, or is null without any', () => {
    expect(yearExtent([2005, 2003], [2010])).toEqual([2003, 2010]);
    expect(yearExtent([])).toBeNull();
  });
});

describe('valueDomain', () => {
  it('starts linear axes at zero and reaches far enough for "<5" to sit near the baseline', () => {
    expect(valueDomain('linear', [])).toEqual([0, 10]);
    expect(valueDomain('linear', [3, 93])).toEqual([0, 100]);
  });

  it('spans whole decades on a log axis and ignores zeros', () => {
    expect(valueDomain('log', [0, 12, 940])).toEqual([10, 1000]);
    expect(valueDomain('log', [])).toEqual([1, 10]);
  });
});

describe('valueAxis', () => {
  it('keeps a tall axis (an exported slide) to a readable number of ticks', () => {
    // 0–10 over 820 px used to tick every 0.5; 0–2,400 over 670 px every 100.
    expect(valueAxis('linear', [0, 10], 820, 0).ticks.length).toBeLessThanOrEqual(11);
    expect(valueAxis('linear', [0, 2400], 670, 0).ticks.length).toBeLessThanOrEqual(13);
  });

  it('draws "<5" at a nominal position on a linear axis, flagged as nominal', () => {
    const y = valueAxis('linear', [0, 100], 200, 0);
    expect(y.place('<5')).toEqual({ y: 200 - LESS_THAN_FIVE_NOMINAL * 2, nominal: true });
    expect(y.place(50)).toEqual({ y: 100, nominal: false });
  });

  it('puts "<5" and zero on the baseline of a log axis', () => {
    const y = valueAxis('log', [10, 1000], 200, 0);
    expect(y.place('<5')).toEqual({ y: 200, nominal: true });
    expect(y.place(0)).toEqual({ y: 200, nominal: true });
    expect(y.place(100).y).toBeCloseTo(100);
  });

  it('gives log axes ticks at powers of ten', () => {
    const y = valueAxis('log', [1, 10000], 200, 0);
    expect(y.ticks.map((t) => t.value)).toEqual([1, 10, 100, 1000, 10000]);
  });
});

describe('format', () => {
  it('keeps "<5" as published and separates thousands', () => {
    expect(formatCount('<5')).toBe('<5');
    expect(formatCount(1206)).toBe('1,206');
  });

  it('names a release month', () => {
    expect(monthYear('2023-05-30')).toBe('May 2023');
    expect(monthYear(null)).toBeNull();
  });

  it('joins lists and year runs in words', () => {
    expect(listJoin(['Belarus', 'Serbia', 'Vietnam'])).toBe('Belarus, Serbia and Vietnam');
    expect(yearRuns([2003, 2004, 2005, 2009, 2011, 2012])).toBe('2003–2005, 2009, 2011–2012');
  });
});

describe('formatTicks', () => {
  it('writes every tick of an axis in one style', () => {
    expect(formatTicks([0, 5000, 10000, 15000, 20000])).toEqual(['0', '5k', '10k', '15k', '20k']);
    expect(formatTicks([0, 2000, 4000, 6000, 8000])).toEqual(['0', '2,000', '4,000', '6,000', '8,000']);
    expect(formatTicks([10, 100, 1000, 10000])).toEqual(['10', '100', '1k', '10k']);
  });

  it('labels the axes of the global series consistently', () => {
    const labels = valueAxis('linear', [0, 20000], 400, 0).ticks.map((t) => t.label);
    expect(labels.every((l) => l === '0' || l.endsWith('k'))).toBe(true);
  });
});
