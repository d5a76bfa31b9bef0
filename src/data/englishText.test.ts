import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareText, formatNumber } from './englishText';
import core from '../../public/data/core.json';
import facts from '../../public/data/facts.json';

const intlNumber = (value: number, maximumFractionDigits: number) =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits }).format(value);
const collator = new Intl.Collator('en');

describe('formatNumber', () => {
  it('writes counts, shares and rates as Intl does for English', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(1206)).toBe('1,206');
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatNumber(17.5, 2)).toBe('17.5');
    expect(formatNumber(80, 2)).toBe('80');
    expect(formatNumber(1.005, 2)).toBe('1.01');
    expect(formatNumber(-2500)).toBe('-2,500');
    expect(formatNumber(Number.NaN)).toBe('NaN');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('∞');
  });

  it('equals Intl.NumberFormat("en-US") for any number and up to three decimals', () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 0, max: 3 }), (value, digits) => {
        expect(formatNumber(value, digits)).toBe(intlNumber(value, digits));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals Intl for whole numbers and halves around every rounding step', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.constantFrom(0, 0.5, 0.05, 0.005, 0.25, 0.125, 0.995),
        fc.integer({ min: 0, max: 3 }),
        (whole, part, digits) => {
          expect(formatNumber(whole + part, digits)).toBe(intlNumber(whole + part, digits));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('compareText', () => {
  const sign = (n: number) => Math.sign(n);

  it('puts accented names among their letters, and punctuation before letters', () => {
    const names = [
      'Croatia',
      "Côte d'Ivoire",
      'Costa Rica',
      'Curaçao',
      'Cuba',
      'Türkiye',
      'Turkmenistan',
      'Tunisia',
    ];
    expect([...names].sort(compareText)).toEqual([
      'Costa Rica',
      "Côte d'Ivoire",
      'Croatia',
      'Cuba',
      'Curaçao',
      'Tunisia',
      'Türkiye',
      'Turkmenistan',
    ]);
  });

  it('orders every country name and region, and each fact’s metric, title and author as Intl.Collator("en") does', () => {
    const texts = [
      ...core.countries.map((c) => c.name),
      ...core.countries.map((c) => c.region),
      ...facts.facts.flatMap((f) => [
        f.id,
        f.metric,
        f.title,
        f.author ?? '',
        'metricLabel' in f ? String(f.metricLabel) : '',
      ]),
    ];
    expect(texts.length).toBeGreaterThan(400);
    expect([...texts].sort(compareText)).toEqual([...texts].sort(collator.compare));
  });

  it('agrees with Intl.Collator("en") on any two texts of letters, accents, digits, spaces and punctuation', () => {
    const text = fc.string({
      unit: fc.constantFrom(
        ...'aAbBcCeEnNoOuUyYzZ09 _-–—,;:!?.\'‘’"“”()[]&/+áàâåäãéèêëíìîïóòôöõúùûüýÿñçÁÉÖÜÇ',
      ),
      maxLength: 8,
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sign(compareText(a, b))).toBe(sign(collator.compare(a, b)));
      }),
      { numRuns: 5000 },
    );
  });

  it('breaks ties between the same letters by accent first, then by case, as Intl.Collator("en") does', () => {
    // Two spellings of one word (same letters, any accents and case): the orders differ only in the tie-breaks.
    const VARIANTS: Record<string, string> = {
      a: 'aAáÁàâåäã',
      e: 'eEéÉèêë',
      o: 'oOóòôöÖõ',
      u: 'uUúùûüÜ',
      c: 'cCçÇ',
      n: 'nNñ',
    };
    const spelling = (word: string) =>
      fc.tuple(...[...word].map((ch) => fc.constantFrom(...VARIANTS[ch]!))).map((chars) => chars.join(''));
    const pair = fc
      .string({ unit: fc.constantFrom(...Object.keys(VARIANTS)), minLength: 1, maxLength: 6 })
      .chain((word) => fc.tuple(spelling(word), spelling(word)));
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(sign(compareText(a, b))).toBe(sign(collator.compare(a, b)));
      }),
      { numRuns: 3000 },
    );
  });

  it('is a total order on any texts, control characters and other scripts included, so sorts are stable', () => {
    const text = fc.string({ unit: 'binary', maxLength: 6 });
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        expect(sign(compareText(a, b)) + sign(compareText(b, a))).toBe(0);
        expect(compareText(a, b) === 0).toBe(a === b);
        if (compareText(a, b) < 0 && compareText(b, c) < 0) expect(compareText(a, c)).toBeLessThan(0);
        expect(compareText(`${a}`, `${a}\u0000`)).toBeLessThan(0);
      }),
      { numRuns: 3000 },
    );
  });
});
