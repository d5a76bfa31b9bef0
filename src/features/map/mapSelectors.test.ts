import { describe, expect, it } from 'vitest';
import type { CoreDataset, Tier, TierCell } from '../../data/schema';
import { indexCore } from '../../shared/datasetSelectors';
import {
  changeSteps,
  changesBetween,
  classesForYear,
  compareClasses,
  effectiveFromYear,
  legendCounts,
  navigationOrder,
  regionMembers,
  typeaheadMatch,
  watchListRuns,
  watchListStreak,
} from './mapSelectors';

const cell = (reportYear: number, tier: Tier): TierCell => ({
  reportYear,
  tier,
  source: 'tip-tiers-combined',
  basis: 'stated',
  confidence: 'high',
  origin: 'test',
});

/**
 * Four report years: 2018 complete, 2019 complete, 2020 lists-only (Watch List and Tier 3 only; SRB and DEU
 * are "Tier 1 or 2"), 2021 with no tier data at all.
 */
const core: CoreDataset = {
  version: 'test',
  builtFrom: 'test',
  countries: [
    { iso3: 'BLR', isoNumeric: '112', name: 'Belarus', region: 'Europe' },
    { iso3: 'SRB', isoNumeric: '688', name: 'Serbia', region: 'Europe' },
    { iso3: 'DEU', isoNumeric: '276', name: 'Germany', region: 'Europe' },
    { iso3: 'THA', isoNumeric: '764', name: 'Thailand', region: 'Asia-Pacific' },
    { iso3: 'KHM', isoNumeric: '116', name: 'Cambodia', region: 'Asia-Pacific' },
    { iso3: 'LBY', isoNumeric: '434', name: 'Libya', region: 'MENA' },
    { iso3: 'AGO', isoNumeric: '024', name: 'Angola', region: 'Africa' },
    { iso3: 'BEL', isoNumeric: '056', name: 'Belgium', region: 'Europe' },
  ],
  tiers: {
    BLR: [cell(2018, 'Tier 3'), cell(2019, 'Tier 2 Watch List'), cell(2020, 'Tier 3')],
    SRB: [cell(2018, 'Tier 2'), cell(2019, 'Tier 2 Watch List')],
    DEU: [cell(2018, 'Tier 1'), cell(2019, 'Tier 1')],
    THA: [cell(2018, 'Tier 2 Watch List'), cell(2019, 'Tier 2 Watch List'), cell(2020, 'Tier 2 Watch List')],
    KHM: [cell(2018, 'Tier 3'), cell(2019, 'Tier 2')],
    LBY: [cell(2018, 'Special Case'), cell(2019, 'Special Case'), cell(2020, 'Special Case')],
    AGO: [cell(2019, 'Tier 2')],
    BEL: [cell(2018, 'Tier 1'), cell(2019, 'Tier 1')],
  },
  coverage: [
    { reportYear: 2018, status: 'complete', known: 7, tier1or2: [], note: '' },
    { reportYear: 2019, status: 'complete', known: 8, tier1or2: [], note: '' },
    { reportYear: 2020, status: 'lists-only', known: 3, tier1or2: ['SRB', 'DEU', 'KHM', 'BEL'], note: '' },
    { reportYear: 2021, status: 'none', known: 0, tier1or2: [], note: '' },
  ],
  globalLawEnforcement: [],
  sources: [],
};
const index = indexCore(core);
const all = core.countries.map((c) => c.iso3);

describe('classesForYear', () => {
  it('maps each tier to its class for a complete year', () => {
    const classes = classesForYear(index, 2019, all);
    expect(classes.get('BLR')).toBe('Tier 2 Watch List');
    expect(classes.get('DEU')).toBe('Tier 1');
    expect(classes.get('KHM')).toBe('Tier 2');
    expect(classes.get('LBY')).toBe('Special Case');
  });

  it('shows a country without a tier in a complete year as "No data"', () => {
    expect(classesForYear(index, 2018, all).get('AGO')).toBe('No data');
  });

  it('shows countries absent from the lists of a lists-only year as "Tier 1 or 2", never their previous tier', () => {
    const classes = classesForYear(index, 2020, all);
    expect(classes.get('SRB')).toBe('Tier 1 or 2');
    expect(classes.get('DEU')).toBe('Tier 1 or 2');
    expect(classes.get('BLR')).toBe('Tier 3');
    expect(classes.get('THA')).toBe('Tier 2 Watch List');
  });

  it('shows every country as "No data" in a year with no tier data, carrying nothing over', () => {
    const classes = classesForYear(index, 2021, all);
    expect(new Set(classes.values())).toEqual(new Set(['No data']));
  });

  it('shows every country as "No data" in a year the data does not list', () => {
    expect(new Set(classesForYear(index, 2005, all).values())).toEqual(new Set(['No data']));
  });

  it('treats a year marked "none" as empty even if a stray cell exists for it', () => {
    const stray = indexCore({ ...core, tiers: { ...core.tiers, DEU: [cell(2021, 'Tier 1')] } });
    expect(classesForYear(stray, 2021, ['DEU']).get('DEU')).toBe('No data');
  });
});

describe('legendCounts', () => {
  it('counts every class for the year, with zero for absent classes', () => {
    const counts = legendCounts(classesForYear(index, 2020, all));
    expect(counts).toEqual({
      'Tier 1': 0,
      'Tier 2': 0,
      'Tier 2 Watch List': 1,
      'Tier 3': 1,
      'Special Case': 1,
      'Tier 1 or 2': 4,
      'No data': 1,
    });
  });

  it('counts only the members of a region when given them', () => {
    const counts = legendCounts(classesForYear(index, 2019, all), regionMembers(index, 'europe')!);
    expect(counts['Tier 1']).toBe(2);
    expect(counts['Tier 2 Watch List']).toBe(2);
    expect(counts['Special Case']).toBe(0);
  });

  it('adds up to the number of countries counted', () => {
    const counts = legendCounts(classesForYear(index, 2021, all));
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(all.length);
  });
});

describe('compareClasses', () => {
  it('calls a move to a better tier an upgrade and to a worse one a downgrade', () => {
    expect(compareClasses('Tier 3', 'Tier 2')).toBe('upgraded');
    expect(compareClasses('Tier 2', 'Tier 2 Watch List')).toBe('downgraded');
    expect(compareClasses('Tier 2 Watch List', 'Tier 2')).toBe('upgraded');
  });

  it('calls the same tier unchanged, Special Case included', () => {
    expect(compareClasses('Tier 1', 'Tier 1')).toBe('unchanged');
    expect(compareClasses('Special Case', 'Special Case')).toBe('unchanged');
  });

  it('cannot compare with no data or a Special Case', () => {
    expect(compareClasses('No data', 'Tier 1')).toBe('not comparable');
    expect(compareClasses('Tier 2', 'No data')).toBe('not comparable');
    expect(compareClasses('Special Case', 'Tier 3')).toBe('not comparable');
  });

  it('compares "Tier 1 or 2" only where the answer is certain', () => {
    expect(compareClasses('Tier 3', 'Tier 1 or 2')).toBe('upgraded');
    expect(compareClasses('Tier 1 or 2', 'Tier 2 Watch List')).toBe('downgraded');
    expect(compareClasses('Tier 2', 'Tier 1 or 2')).toBe('not comparable');
    expect(compareClasses('Tier 1 or 2', 'Tier 1 or 2')).toBe('not comparable');
  });
});

describe('changeSteps', () => {
  it('counts the Watch List as half a step', () => {
    expect(changeSteps('Tier 2', 'Tier 2 Watch List')).toBe(0.5);
    expect(changeSteps('Tier 3', 'Tier 1')).toBe(2);
    expect(changeSteps('No data', 'Tier 1')).toBeNull();
  });
});

describe('changesBetween', () => {
  it('lists each country with both classes and the change', () => {
    const rows = changesBetween(index, 2018, 2019, all);
    expect(rows.find((r) => r.iso3 === 'KHM')).toMatchObject({
      name: 'Cambodia',
      from: 'Tier 3',
      to: 'Tier 2',
      change: 'upgraded',
      steps: 1,
    });
    expect(rows.find((r) => r.iso3 === 'SRB')).toMatchObject({ change: 'downgraded' });
    expect(rows.find((r) => r.iso3 === 'AGO')).toMatchObject({ from: 'No data', change: 'not comparable' });
  });

  it('makes nothing comparable against a year with no tier data', () => {
    const rows = changesBetween(index, 2020, 2021, all);
    expect(new Set(rows.map((r) => r.change))).toEqual(new Set(['not comparable']));
  });

  it('treats a missing baseline as no data', () => {
    expect(changesBetween(index, null, 2018, ['DEU'])[0]).toMatchObject({
      from: 'No data',
      change: 'not comparable',
    });
  });
});

describe('effectiveFromYear', () => {
  it('uses the chosen baseline when it is another report in the data', () => {
    expect(effectiveFromYear(index, 2020, 2018)).toBe(2018);
  });

  it('falls back to the previous report for a missing, equal, later or unknown baseline', () => {
    expect(effectiveFromYear(index, 2020, null)).toBe(2019);
    expect(effectiveFromYear(index, 2020, 2020)).toBe(2019);
    expect(effectiveFromYear(index, 2019, 2021)).toBe(2018);
    expect(effectiveFromYear(index, 2020, 2010)).toBe(2019);
    expect(effectiveFromYear(index, 2018, null)).toBeNull();
  });
});

describe('watchListStreak', () => {
  it('counts consecutive Watch List reports ending with the one shown', () => {
    expect(watchListStreak(index, 'THA', 2020)).toBe(3);
    expect(watchListStreak(index, 'BLR', 2019)).toBe(1);
    expect(watchListStreak(index, 'DEU', 2019)).toBe(0);
  });

  it('stops at a year with no tier data', () => {
    expect(watchListStreak(index, 'THA', 2021)).toBe(0);
  });
});

describe('watchListRuns', () => {
  it('flags countries on the Watch List in consecutive reports, longest first', () => {
    expect(watchListRuns(index, 2020, all)).toEqual([
      { iso3: 'THA', name: 'Thailand', streak: 3, firstReportYear: 2018 },
    ]);
    expect(watchListRuns(index, 2019, all).map((r) => r.iso3)).toEqual(['THA']);
  });
});

describe('regionMembers', () => {
  it('returns null for the world and the dataset region for a preset', () => {
    expect(regionMembers(index, 'world')).toBeNull();
    expect([...regionMembers(index, 'europe')!].sort()).toEqual(['BEL', 'BLR', 'DEU', 'SRB']);
  });

  it('takes the Mekong countries the data has', () => {
    expect([...regionMembers(index, 'mekong')!].sort()).toEqual(['KHM', 'THA']);
  });
});

describe('navigationOrder', () => {
  it('orders by region, then by name', () => {
    expect(navigationOrder(index, all)).toEqual(['AGO', 'KHM', 'THA', 'BLR', 'BEL', 'DEU', 'SRB', 'LBY']);
  });
});

describe('typeaheadMatch', () => {
  it('finds the first country in name order starting with the typed letters', () => {
    expect(typeaheadMatch(index, all, 'bel', null)).toBe('BLR');
    expect(typeaheadMatch(index, all, 'belg', 'BLR')).toBe('BEL');
  });

  it('cycles through countries sharing a first letter', () => {
    expect(typeaheadMatch(index, all, 'b', 'BLR')).toBe('BEL');
    expect(typeaheadMatch(index, all, 'b', 'BEL')).toBe('BLR');
  });

  it('returns null when nothing matches', () => {
    expect(typeaheadMatch(index, all, 'zz', null)).toBeNull();
  });
});
