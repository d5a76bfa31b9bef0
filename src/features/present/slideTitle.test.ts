import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../../state/urlState';
import { defaultSlideTitle } from './slideTitle';

const names: Record<string, string> = { BLR: 'Belarus', SRB: 'Serbia', VNM: 'Vietnam' };
const nameOf = (iso3: string) => names[iso3] ?? iso3;

describe('defaultSlideTitle', () => {
  it('names the map, its region and the report year with the period that report assesses', () => {
    expect(defaultSlideTitle({ ...DEFAULT_STATE, region: 'europe' }, 2025)).toBe(
      'Tier map, Europe — 2025 TIP report (April 2024 – March 2025)',
    );
    expect(defaultSlideTitle({ ...DEFAULT_STATE, reportYear: 2012 }, 2025)).toBe(
      'Tier map, World — 2012 TIP report (April 2011 – March 2012)',
    );
  });

  it('names the two reports of the Changes mode and the span they assess', () => {
    expect(
      defaultSlideTitle({ ...DEFAULT_STATE, mode: 'changes', reportYear: 2020, region: 'mekong' }, 2025),
    ).toBe('Tier changes, Mekong sub-region — 2019 to 2020 TIP reports (April 2018 – March 2020)');
    expect(
      defaultSlideTitle({ ...DEFAULT_STATE, mode: 'changes', reportYear: 2020, fromYear: 2012 }, 2025),
    ).toBe('Tier changes, World — 2012 to 2020 TIP reports (April 2011 – March 2020)');
  });

  it('names the selected country by name', () => {
    expect(
      defaultSlideTitle(
        { ...DEFAULT_STATE, reportYear: 2020, region: 'europe', country: 'BLR' },
        2025,
        nameOf,
      ),
    ).toBe('Tier map, Europe (Belarus) — 2020 TIP report (April 2019 – March 2020)');
  });

  it('names no year when the data has not said which report is the latest', () => {
    expect(defaultSlideTitle({ ...DEFAULT_STATE, region: 'africa' }, null)).toBe('Tier map, Africa');
  });

  it('names Trends’ countries, its measure and that counts are by data year', () => {
    expect(
      defaultSlideTitle(
        { ...DEFAULT_STATE, view: 'trends', countries: ['SRB', 'VNM'], metric: 'convicted' },
        2025,
        nameOf,
      ),
    ).toBe('Trends: Serbia, Vietnam — persons convicted by data year');
    expect(defaultSlideTitle({ ...DEFAULT_STATE, view: 'trends', countries: ['SRB'] }, 2025)).toBe(
      'Trends: SRB — detected victims by data year',
    );
    expect(defaultSlideTitle({ ...DEFAULT_STATE, view: 'trends' }, 2025)).toBe(
      'Trends: worldwide law enforcement by data year',
    );
  });

  it('names Compare’s countries and the report it reads, and leaves Sources plain', () => {
    expect(
      defaultSlideTitle({ ...DEFAULT_STATE, view: 'compare', countries: ['BLR', 'SRB'] }, 2025, nameOf),
    ).toBe('Comparison: Belarus, Serbia — 2025 TIP report');
    expect(
      defaultSlideTitle(
        {
          ...DEFAULT_STATE,
          view: 'compare',
          countries: ['BLR', 'SRB'],
          reportYear: 2012,
          compareShow: 'tiers',
        },
        2025,
        nameOf,
      ),
    ).toBe('Tier history: Belarus, Serbia — to the 2012 TIP report');
    expect(defaultSlideTitle({ ...DEFAULT_STATE, view: 'sources' }, 2025)).toBe('Sources');
  });
});
