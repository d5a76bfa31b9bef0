import { describe, expect, it } from 'vitest';
import type { CountryChange } from './mapSelectors';
import { sortRows, stepsText } from './CountryTable';

const row = (over: Partial<CountryChange>): CountryChange => ({
  iso3: 'XXX',
  name: 'X',
  region: 'Europe',
  from: 'Tier 2',
  to: 'Tier 2',
  change: 'unchanged',
  steps: 0,
  ...over,
});

const rows = [
  row({
    iso3: 'SRB',
    name: 'Serbia',
    from: 'Tier 2',
    to: 'Tier 2 Watch List',
    change: 'downgraded',
    steps: 0.5,
  }),
  row({
    iso3: 'BLR',
    name: 'Belarus',
    region: 'Europe',
    from: 'Tier 3',
    to: 'Tier 1',
    change: 'upgraded',
    steps: 2,
  }),
  row({
    iso3: 'AGO',
    name: 'Angola',
    region: 'Africa',
    from: 'Tier 3',
    to: 'Tier 2',
    change: 'upgraded',
    steps: 1,
  }),
];

describe('sortRows', () => {
  it('sorts by name', () => {
    expect(sortRows(rows, 'name', 'ascending').map((r) => r.iso3)).toEqual(['AGO', 'BLR', 'SRB']);
    expect(sortRows(rows, 'name', 'descending').map((r) => r.iso3)).toEqual(['SRB', 'BLR', 'AGO']);
  });

  it('sorts by change, the biggest move first within a direction', () => {
    expect(sortRows(rows, 'change', 'ascending').map((r) => r.iso3)).toEqual(['BLR', 'AGO', 'SRB']);
  });

  it('sorts by tier from best to worst', () => {
    expect(sortRows(rows, 'to', 'ascending').map((r) => r.iso3)).toEqual(['BLR', 'AGO', 'SRB']);
  });
});

describe('stepsText', () => {
  it('says how far a country moved', () => {
    expect(stepsText({ change: 'downgraded', steps: 0.5 })).toBe(' (½ tier)');
    expect(stepsText({ change: 'upgraded', steps: 2 })).toBe(' (2 tiers)');
    expect(stepsText({ change: 'unchanged', steps: 0 })).toBe('');
  });
});
