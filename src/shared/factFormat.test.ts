import { describe, expect, it } from 'vitest';
import type { DocumentFact } from '../data/schema';
import { factsFixture } from '../test/fixtures';
import { formatFactValue, formatFactYear } from './factFormat';

const fact = (over: Partial<DocumentFact>): DocumentFact => ({
  ...factsFixture.facts[0]!,
  ...over,
});

describe('formatFactValue', () => {
  it('with its unit, says the qualifier and unit of a count (the map’s tooltip and panel)', () => {
    expect(
      formatFactValue(fact({ value: 1000, qualifier: 'more_than', unit: 'persons' }), { withUnit: true }),
    ).toBe('more than 1,000 persons');
    expect(formatFactValue(fact({ value: 35, unit: 'percent' }), { withUnit: true })).toBe('35%');
    expect(formatFactValue(fact({ value: 'Tier 3', unit: 'tier' }), { withUnit: true })).toBe('Tier 3');
  });
});

describe('formatFactYear', () => {
  it('saying the kind, names the kind of year (the map’s tooltip and panel)', () => {
    expect(formatFactYear(fact({ year: 2020, yearKind: 'report' }), { sayKind: true })).toBe('2020 report');
    expect(formatFactYear(fact({ year: 2016, yearKind: 'data' }), { sayKind: true })).toBe('data year 2016');
    expect(formatFactYear(fact({ year: 2012, yearEnd: 2017, yearKind: 'data' }), { sayKind: true })).toBe(
      'data years 2012–2017',
    );
  });
});

describe('formatFactValue without its unit', () => {
  it('writes the number alone where the measure is named beside it', () => {
    expect(formatFactValue(fact({ value: 1000, qualifier: 'more_than', unit: 'persons' }))).toBe(
      'more than 1,000',
    );
    expect(formatFactValue(fact({ value: 35, unit: 'percent' }))).toBe('35%');
  });
});

describe('formatFactYear without the kind', () => {
  it('writes a data year or span bare and a report year as a report', () => {
    expect(formatFactYear(fact({ year: 2016, yearKind: 'data' }))).toBe('2016');
    expect(formatFactYear(fact({ year: 2012, yearEnd: 2017, yearKind: 'data' }))).toBe('2012–2017');
    expect(formatFactYear(fact({ year: 2020, yearKind: 'report' }))).toBe('2020 report');
  });
});
