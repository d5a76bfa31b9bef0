import { describe, expect, it } from 'vitest';
import { quoteNamesTier, validateFacts, valueAppearsInQuote, type DocumentEntry } from './facts';
import type { IsoEntry } from './iso';
import { Problems, formatProblem } from './problems';

const DOC = '003_abc.txt';
const TEXT =
  'About 80 percent of the victims came from remote areas. Some 17 out of every 1,000 people are in forced labour. ' +
  'The ILO estimates that 80,000 to 120,000 people are trafficked each year. More than 1,100 suspects were arrested. ' +
  'In the TIP report for 2020, 128 victims were confirmed.';
const DOCUMENTS: DocumentEntry[] = [
  {
    file: DOC,
    title: 'A test paper',
    author: null,
    publisher: null,
    date: null,
    kind: 'paper',
    url: null,
    countries: ['VNM'],
    summary: 'Test.',
  },
];
const iso = new Map<string, IsoEntry>([['VNM', { iso3: 'VNM' } as IsoEntry]]);

const fact = (over: Record<string, unknown>) => ({
  id: 'doc003-01',
  country: 'VNM',
  metric: 'other',
  metricLabel: 'victims from remote areas',
  year: 2017,
  yearKind: 'data',
  value: 80,
  unit: 'percent',
  shareOf: 'victims',
  document: DOC,
  title: 'A test paper',
  quote: 'About 80 percent of the victims came from remote areas.',
  confidence: 'high',
  ...over,
});

function problemsOf(...facts: unknown[]): string[] {
  const problems = new Problems();
  validateFacts(
    facts,
    { file: 'document-facts.json', iso, documents: DOCUMENTS, seedTexts: new Map([[DOC, TEXT]]) },
    problems,
  );
  return problems.list.map(formatProblem);
}

describe('validateFacts: shares, rates, ranges and bounds', () => {
  it('accepts a percent, a rate, a range attributed to a body, a bound and a count from a named TIP report', () => {
    expect(
      problemsOf(
        fact({}),
        fact({
          id: 'doc003-02',
          metricLabel: 'people in forced labour',
          value: 17,
          unit: 'per 1,000 population',
          shareOf: 'the population',
          quote: 'Some 17 out of every 1,000 people are in forced labour.',
        }),
        fact({
          id: 'doc003-03',
          metric: 'estimated_victims',
          metricLabel: undefined,
          value: 80000,
          valueEnd: 120000,
          unit: 'persons',
          shareOf: undefined,
          attributedTo: 'ILO',
          quote: 'The ILO estimates that 80,000 to 120,000 people are trafficked each year.',
        }),
        fact({
          id: 'doc003-04',
          metric: 'suspects',
          metricLabel: undefined,
          value: 1100,
          qualifier: 'more_than',
          unit: 'persons',
          shareOf: undefined,
          quote: 'More than 1,100 suspects were arrested.',
        }),
        fact({
          id: 'doc003-05',
          metric: 'victims_identified',
          metricLabel: undefined,
          year: 2019,
          reportYear: 2020,
          value: 128,
          unit: 'persons',
          shareOf: undefined,
          quote: 'In the TIP report for 2020, 128 victims were confirmed.',
        }),
      ),
    ).toEqual([]);
  });

  it('rejects a percent outside 0–100, naming the file, the record and the reason', () => {
    expect(problemsOf(fact({ value: 180, derived: true, note: 'typo' }))).toEqual([
      'document-facts.json [fact doc003-01]: a percent must lie within 0–100, not 180',
    ]);
    expect(problemsOf(fact({ value: -5, derived: true, note: 'typo' }))).toContain(
      'document-facts.json [fact doc003-01]: a percent must lie within 0–100, not -5',
    );
  });

  it('rejects a rate per 1,000 above 1,000', () => {
    expect(
      problemsOf(fact({ value: 1700, unit: 'per 1,000 population', derived: true, note: 'typo' })),
    ).toEqual([
      'document-facts.json [fact doc003-01]: a rate per 1,000 population must lie within 0–1000, not 1700',
    ]);
  });

  it('rejects a range whose end is not above its start', () => {
    const range = { metric: 'estimated_victims', unit: 'persons', shareOf: undefined };
    const quote = 'The ILO estimates that 80,000 to 120,000 people are trafficked each year.';
    expect(problemsOf(fact({ ...range, quote, value: 120000, valueEnd: 80000 }))).toEqual([
      'document-facts.json [fact doc003-01]: a range must end above its start: 120000 to 80000',
    ]);
    expect(problemsOf(fact({ ...range, quote, value: 80000, valueEnd: 80000 }))).toEqual([
      'document-facts.json [fact doc003-01]: a range must end above its start: 80000 to 80000',
    ]);
  });

  it('rejects a range end whose digits are not in the quote', () => {
    expect(
      problemsOf(
        fact({
          metric: 'estimated_victims',
          unit: 'persons',
          shareOf: undefined,
          value: 80000,
          valueEnd: 125000,
          quote: 'The ILO estimates that 80,000 to 120,000 people are trafficked each year.',
        }),
      ),
    ).toEqual([
      'document-facts.json [fact doc003-01]: the digits of the range end 125000 do not appear in the quote; mark the record derived with a note if it is computed',
    ]);
  });

  it('rejects a percent whose digits are not in the quote', () => {
    expect(problemsOf(fact({ value: 8 }))).toEqual([
      'document-facts.json [fact doc003-01]: the digits of 8 do not appear in the quote; mark the record derived with a note if it is computed',
    ]);
  });

  it('rejects a count from a named TIP report keyed to a year that report does not cover', () => {
    expect(
      problemsOf(
        fact({
          metric: 'victims_identified',
          unit: 'persons',
          shareOf: undefined,
          year: 2017,
          reportYear: 2020,
          value: 128,
          quote: 'In the TIP report for 2020, 128 victims were confirmed.',
        }),
      ),
    ).toEqual([
      'document-facts.json [fact doc003-01]: a count from the 2020 TIP report covers April 2019–March 2020: year must be 2019 or 2020, not 2017',
    ]);
  });

  it('rejects "share of" on a unit that is not a share or a rate', () => {
    expect(problemsOf(fact({ metric: 'suspects', unit: 'persons', value: 80 }))).toEqual([
      'document-facts.json [fact doc003-01]: shareOf says what a percent or rate is a share of, but the unit is "persons"',
    ]);
  });
});

describe('valueAppearsInQuote', () => {
  it('finds numbers written with thousands separators', () => {
    expect(valueAppearsInQuote(1500, 'about 1,500 people')).toBe(true);
    expect(valueAppearsInQuote(1500, 'about 1.500 people')).toBe(true);
    expect(valueAppearsInQuote(1500, 'about 1 500 people')).toBe(true);
  });
  it('does not match a number inside a longer one', () => {
    expect(valueAppearsInQuote(150, 'about 1,500 people')).toBe(false);
    expect(valueAppearsInQuote(18, 'in 2018')).toBe(false);
  });
  it('does not match the whole or decimal part of a decimal number', () => {
    expect(valueAppearsInQuote(3, '20% of the 3.4 million Mauritanians')).toBe(false);
    expect(valueAppearsInQuote(4, '20% of the 3.4 million Mauritanians')).toBe(false);
    expect(valueAppearsInQuote(3.4, '20% of the 3.4 million Mauritanians')).toBe(true);
    expect(valueAppearsInQuote(20, '20% of the 3.4 million Mauritanians')).toBe(true);
  });
});

describe('quoteNamesTier', () => {
  it('tells Tier 2 from the Tier 2 Watch List', () => {
    expect(quoteNamesTier('Tier 2', 'Serbia was downgraded to a tier 2 rating')).toBe(true);
    expect(quoteNamesTier('Tier 2', 'Malta falls on the Tier 2 watchlist')).toBe(false);
    expect(quoteNamesTier('Tier 2 Watch List', 'Malta falls on the Tier 2 watchlist')).toBe(true);
    expect(quoteNamesTier('Tier 3', 'the country ranks as Tier 3 for human trafficking')).toBe(true);
    expect(quoteNamesTier('Tier 1', 'the country ranks as Tier 3 for human trafficking')).toBe(false);
  });
});
