import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factContext, formatFactNumber, formatFactWithUnit } from './factFormat';
import { QUALIFIERS } from './schema';

describe('formatFactNumber', () => {
  it('writes a percent with "%"', () => {
    expect(formatFactNumber({ value: 80, qualifier: 'exact', unit: 'percent' })).toBe('80%');
    expect(formatFactNumber({ value: 5.6, qualifier: 'approximately', unit: 'percent' })).toBe('about 5.6%');
  });

  it('writes a rate with its base', () => {
    expect(formatFactNumber({ value: 17, qualifier: 'exact', unit: 'per 1,000 population' })).toBe(
      '17 per 1,000',
    );
  });

  it('writes a range with both ends', () => {
    expect(formatFactNumber({ value: 80000, valueEnd: 120000, qualifier: 'exact', unit: 'persons' })).toBe(
      '80,000–120,000',
    );
    expect(formatFactNumber({ value: 20, valueEnd: 30, qualifier: 'exact', unit: 'percent' })).toBe('20–30%');
  });

  it('writes a bound with its qualifier', () => {
    expect(formatFactNumber({ value: 1100, qualifier: 'more_than', unit: 'persons' })).toBe(
      'more than 1,100',
    );
    expect(formatFactNumber({ value: 3000000, qualifier: 'at_least', unit: 'persons' })).toBe(
      'at least 3,000,000',
    );
  });

  it('prints a tier as it is', () => {
    expect(formatFactNumber({ value: 'Tier 2 Watch List', qualifier: 'exact', unit: 'tier' })).toBe(
      'Tier 2 Watch List',
    );
  });

  it('always shows the unit of a share and both ends of a range, whatever the numbers and qualifier', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
        fc.constantFrom(...QUALIFIERS),
        (value, valueEnd, qualifier) => {
          const text = formatFactNumber({ value, valueEnd, qualifier, unit: 'percent' });
          expect(text.endsWith('%')).toBe(true);
          expect(text.includes('–')).toBe(valueEnd !== undefined);
          expect(text).not.toMatch(/NaN|undefined|Infinity/);
        },
      ),
    );
  });
});

describe('formatFactWithUnit', () => {
  it('adds any unit but persons', () => {
    expect(formatFactWithUnit({ value: 15, valueEnd: 16, qualifier: 'exact', unit: 'hours per day' })).toBe(
      '15–16 hours per day',
    );
    expect(formatFactWithUnit({ value: 1100, qualifier: 'more_than', unit: 'persons' })).toBe(
      'more than 1,100',
    );
    expect(formatFactWithUnit({ value: 80, qualifier: 'exact', unit: 'percent' })).toBe('80%');
  });
});

describe('factContext', () => {
  it('says what a share is of, whose estimate it is and which TIP report and period a count comes from', () => {
    expect(
      factContext({
        unit: 'percent',
        shareOf: '370,000 migrant workers in Hong Kong',
        attributedTo: 'Justice Centre Hong Kong',
      }),
    ).toEqual(['share of 370,000 migrant workers in Hong Kong', 'according to Justice Centre Hong Kong']);
    expect(factContext({ unit: 'persons', reportYear: 2020 })).toEqual([
      'stated in the 2020 TIP report (April 2019–March 2020)',
    ]);
    expect(factContext({ unit: 'persons' })).toEqual([]);
  });
});
