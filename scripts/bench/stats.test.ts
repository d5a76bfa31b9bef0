import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kb, medianInterval, summarize } from './stats';

describe('summarize', () => {
  it('takes the middle value of an odd count', () => {
    expect(summarize([5, 1, 9, 3, 7])).toEqual({ median: 5, min: 1, max: 9, n: 5 });
  });

  it('averages the two middle values of an even count', () => {
    expect(summarize([4, 1, 2, 3]).median).toBe(2.5);
  });

  it('refuses an empty list rather than reporting zeros', () => {
    expect(() => summarize([])).toThrow(/at least one/);
  });
});

describe('medianInterval', () => {
  it('takes the sign test’s order statistics: the 4th and 12th of 15 values, the 7th and 15th of 21', () => {
    const values = (n: number) => Array.from({ length: n }, (_, i) => (n - i) / 10); // given in reverse order
    expect(medianInterval(values(15))).toEqual([0.4, 1.2]);
    expect(medianInterval(values(21))).toEqual([0.7, 1.5]);
    // Five values: only the extremes give 90 % (1 − 2 / 32); four cannot.
    expect(medianInterval(values(5))).toEqual([0.1, 0.5]);
    expect(medianInterval(values(4))).toBeNull();
  });

  it('always holds the median, between the extremes, and is the same for any order of the values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 5, maxLength: 60 }), (ints) => {
        const values = ints.map((v) => v / 100);
        const [low, high] = medianInterval(values)!;
        const { median, min, max } = summarize(values, 2);
        expect(low).toBeLessThanOrEqual(median);
        expect(high).toBeGreaterThanOrEqual(median);
        expect(low).toBeGreaterThanOrEqual(min);
        expect(high).toBeLessThanOrEqual(max);
        expect(medianInterval([...values].reverse())).toEqual([low, high]);
      }),
      { numRuns: 300 },
    );
  });

  it('covers the true median at least 90 % of the time (uniform samples of 15, a seeded generator)', () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let covered = 0;
    const trials = 2000;
    for (let t = 0; t < trials; t++) {
      const [low, high] = medianInterval(Array.from({ length: 15 }, random), 0.9, 6)!;
      if (low <= 0.5 && 0.5 <= high) covered++;
    }
    // The sign test's interval at n = 15 covers 96.5 %; well over 90 % whatever the sample.
    expect(covered / trials).toBeGreaterThan(0.93);
  });
});

describe('kb', () => {
  it('converts bytes to kibibytes with one decimal', () => {
    expect(kb(153_600)).toBe(150);
    expect(kb(1500)).toBe(1.5);
  });
});
