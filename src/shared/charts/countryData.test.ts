import { describe, expect, it } from 'vitest';
import type { DocumentFact, UnodcDataset } from '../../data/schema';
import { coreFixture, unodcFixture } from '../../test/fixtures';
import {
  compareFactWithUnodc,
  consistentWithUnodc,
  documentMarks,
  isPlottable,
  partExceedsTotal,
  unodcSeries,
  unodcSourceLabel,
} from './countryData';

const fact = (over: Partial<DocumentFact>): DocumentFact => ({
  id: 'doc001-01',
  country: 'SRB',
  metric: 'convictions',
  year: 2020,
  yearKind: 'data',
  value: 18,
  qualifier: 'exact',
  unit: 'persons',
  document: '001_abc.txt',
  title: 'Human Trafficking in Serbia',
  author: 'A. Writer',
  quote: 'courts convicted 18 traffickers in 2020',
  confidence: 'high',
  derived: false,
  source: 'doc-001-abc',
  conflicts: [],
  ...over,
});

const unodc: UnodcDataset = {
  ...unodcFixture,
  countries: {
    SRB: {
      convicted: [
        [2019, 20],
        [2020, 18],
        [2021, '<5'],
      ],
      victims: [[2019, 126]],
    },
  },
};

const serbia = { iso3: 'SRB', name: 'Serbia', colour: '#000', shape: 'circle' as const };

describe('unodcSourceLabel', () => {
  it('names the release month from the source registry', () => {
    expect(unodcSourceLabel(coreFixture)).toBe('UNODC GLOTIP, May 2023 release');
  });
});

describe('unodcSeries', () => {
  it('keeps "<5" as published and leaves missing years absent', () => {
    const s = unodcSeries(unodc, serbia, 'convicted', 'src');
    expect(s.points).toEqual([
      { dataYear: 2019, value: 20 },
      { dataYear: 2020, value: 18 },
      { dataYear: 2021, value: '<5' },
    ]);
  });
});

describe('consistentWithUnodc', () => {
  it('reads "<5" as one to four', () => {
    expect(consistentWithUnodc({ value: 3, qualifier: 'exact' }, '<5')).toBe(true);
    expect(consistentWithUnodc({ value: 7, qualifier: 'exact' }, '<5')).toBe(false);
  });

  it('honours the qualifier of the document', () => {
    expect(consistentWithUnodc({ value: 100, qualifier: 'more_than' }, 120)).toBe(true);
    expect(consistentWithUnodc({ value: 100, qualifier: 'approximately' }, 105)).toBe(true);
    expect(consistentWithUnodc({ value: 100, qualifier: 'exact' }, 105)).toBe(false);
  });
});

describe('compareFactWithUnodc', () => {
  it('finds agreement for the same country, measure and data year', () => {
    expect(compareFactWithUnodc(fact({}), unodc)).toEqual({ kind: 'agrees', unodc: 18 });
  });

  it('finds a disagreement', () => {
    expect(compareFactWithUnodc(fact({ year: 2019, value: 25 }), unodc)).toEqual({
      kind: 'differs',
      unodc: 20,
    });
  });

  it('treats a part of the total as another scope, not a contradiction', () => {
    expect(
      compareFactWithUnodc(
        fact({ metric: 'victims_identified', year: 2019, value: 9, breakdown: 'potential victims' }),
        unodc,
      ),
    ).toEqual({
      kind: 'other-scope',
      unodc: 126,
    });
  });

  it('says when UNODC has nothing for that year', () => {
    expect(compareFactWithUnodc(fact({ year: 2022 }), unodc).kind).toBe('no-unodc');
  });

  it('does not compare totals over several years or measures UNODC lacks', () => {
    expect(compareFactWithUnodc(fact({ year: 2012, yearEnd: 2017 }), unodc).kind).toBe('not-comparable');
    expect(compareFactWithUnodc(fact({ metric: 'arrests' }), unodc).kind).toBe('not-comparable');
  });
});

describe('partExceedsTotal', () => {
  it('flags a part larger than the whole, and "<5" as a whole under five', () => {
    expect(partExceedsTotal({ value: 19, qualifier: 'exact' }, 11)).toBe(true);
    expect(partExceedsTotal({ value: 9, qualifier: 'exact' }, 11)).toBe(false);
    expect(partExceedsTotal({ value: 6, qualifier: 'exact' }, '<5')).toBe(true);
    expect(partExceedsTotal({ value: 19, qualifier: 'up_to' }, 11)).toBe(false);
  });
});

describe('documentMarks', () => {
  it('merges two documents giving the same figure into one mark with both quotes', () => {
    const marks = documentMarks(
      [fact({}), fact({ id: 'doc001-64', author: 'B. Writer', quote: 'convicted 18 traffickers' })],
      serbia,
      'convictions',
      { ...unodc, countries: {} },
      coreFixture,
    );
    expect(marks).toHaveLength(1);
    expect(marks[0]!.quotes.map((q) => q.quote)).toEqual([
      'courts convicted 18 traffickers in 2020',
      'convicted 18 traffickers',
    ]);
    expect(marks[0]!.conflict).toBeNull();
  });

  it('flags a document figure that differs from UNODC, naming the UNODC value', () => {
    const [mark] = documentMarks(
      [fact({ year: 2019, value: 25 })],
      serbia,
      'convictions',
      unodc,
      coreFixture,
    );
    expect(mark!.conflict).toContain('Differs from UNODC: 20 for 2019');
  });

  it('flags two documents that disagree with each other', () => {
    const marks = documentMarks(
      [fact({}), fact({ id: 'doc002-01', value: 21 })],
      serbia,
      'convictions',
      { ...unodc, countries: {} },
      coreFixture,
    );
    expect(marks.every((m) => m.conflict?.includes('Another document gives'))).toBe(true);
  });

  it('leaves out totals over several years, which cannot sit on a data-year axis', () => {
    expect(documentMarks([fact({ yearEnd: 2022 })], serbia, 'convictions', unodc, coreFixture)).toEqual([]);
  });

  it('draws a part of the total hollow', () => {
    const [mark] = documentMarks(
      [fact({ breakdown: 'sex traffickers' })],
      serbia,
      'convictions',
      unodc,
      coreFixture,
    );
    expect(mark!.hollow).toBe(true);
    expect(mark!.what).toBe('convictions, sex traffickers');
    // A part of the total is context, not a disagreement: no ring, but the tooltip says how it relates.
    expect(mark!.conflict).toBeNull();
    expect(mark!.context).toContain('the two measure different things');
  });

  it('flags a part that exceeds UNODC’s total for the year', () => {
    const [mark] = documentMarks(
      [fact({ metric: 'prosecutions', year: 2019, value: 50, breakdown: 'sex traffickers' })],
      serbia,
      'prosecutions',
      { ...unodc, countries: { SRB: { prosecuted: [[2019, 11]] } } },
      coreFixture,
    );
    expect(mark!.conflict).toContain("exceeds UNODC's total for 2019, 11");
  });
});

describe('isPlottable', () => {
  it('puts a count for one data year on a count axis', () => {
    expect(isPlottable(fact({}))).toBe(true);
  });

  it('keeps shares, rates, ranges and totals over several years off a count axis', () => {
    expect(isPlottable(fact({ unit: 'percent', value: 80 }))).toBe(false);
    expect(isPlottable(fact({ unit: 'per 1,000 population', value: 17 }))).toBe(false);
    expect(isPlottable(fact({ value: 30, valueEnd: 35 }))).toBe(false);
    expect(isPlottable(fact({ year: 2011, yearEnd: 2017 }))).toBe(false);
    expect(
      isPlottable(fact({ metric: 'other', metricLabel: 'cotton wage', unit: 'USD per ton', value: 60 })),
    ).toBe(false);
  });

  it('never draws a range or a share of a charted measure as a mark', () => {
    const marks = documentMarks(
      [
        fact({ id: 'count' }),
        fact({ id: 'share', unit: 'percent', value: 80 }),
        fact({ id: 'range', value: 16, valueEnd: 18 }),
      ],
      { iso3: 'SRB', name: 'Serbia', colour: '#000', shape: 'circle' },
      'convictions',
      unodc,
      coreFixture,
    );
    expect(marks.map((m) => m.id)).toEqual(['doc-SRB-count']);
  });
});

describe('compareFactWithUnodc with a range', () => {
  it('does not compare a range of values with one UNODC count', () => {
    expect(compareFactWithUnodc(fact({ value: 16, valueEnd: 18 }), unodc)).toEqual({
      kind: 'not-comparable',
      reason: 'a range of values, not one count',
    });
  });
});
