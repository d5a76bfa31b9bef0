import { describe, expect, it } from 'vitest';
import type { CoreDataset, GlobalLawEnforcementRow, UnodcDataset } from '../../data/schema';
import { coreFixture, unodcFixture } from '../../test/fixtures';
import { globalTrendsSummary, seriesSentence, trendsSummary } from './trendsSummary';

describe('seriesSentence', () => {
  it('gives the latest figure with its data year and its change from the figure before', () => {
    expect(
      seriesSentence(
        'Serbia',
        [
          { dataYear: 2021, value: 23 },
          { dataYear: 2020, value: 1_018 },
        ],
        'none',
      ),
    ).toBe('Serbia: 23 in data year 2021, down 995 from 1,018 in data year 2020.');
    expect(
      seriesSentence(
        'Serbia',
        [
          { dataYear: 2020, value: 7 },
          { dataYear: 2021, value: 7 },
        ],
        'none',
      ),
    ).toBe('Serbia: 7 in data year 2021, unchanged from 7 in data year 2020.');
  });

  it('keeps "<5" as "<5" and computes no change from it', () => {
    expect(
      seriesSentence(
        'Serbia',
        [
          { dataYear: 2020, value: 12 },
          { dataYear: 2021, value: '<5' },
        ],
        'none',
      ),
    ).toBe(
      'Serbia: <5 in data year 2021; the figure before was 12 in data year 2020, and no change can be computed from “<5”.',
    );
  });

  it('names the years without a figure between the two, and each figure’s note', () => {
    expect(
      seriesSentence(
        'Convictions',
        [
          { dataYear: 2017, value: 100, note: 'TIP Report 2018 edition' },
          { dataYear: 2020, value: 150, note: 'TIP Report 2021 edition' },
        ],
        'none',
      ),
    ).toBe(
      'Convictions: 150 in data year 2020 (TIP Report 2021 edition), up 50 from 100 in data year 2017 (TIP Report 2018 edition) (no figure for 2018–2019).',
    );
  });

  it('says a series is missing or has a single figure instead of inventing one', () => {
    expect(seriesSentence('Belarus', [], 'UNODC publishes no figure')).toBe(
      'Belarus: UNODC publishes no figure.',
    );
    expect(seriesSentence('Serbia', [{ dataYear: 2019, value: '<5' }], 'none')).toBe(
      'Serbia: <5 in data year 2019; no earlier figure.',
    );
  });
});

describe('trendsSummary', () => {
  it('writes one sentence per country from UNODC’s series of the chosen measure, missing as missing', () => {
    const unodc: UnodcDataset = {
      ...unodcFixture,
      countries: {
        SRB: {
          convicted: [
            [2019, 30],
            [2020, 18],
          ],
        },
      },
    };
    const text = trendsSummary({ core: coreFixture, unodc, countries: ['SRB', 'BLR'], metric: 'convicted' });
    expect(text).toMatch(/^Persons convicted by data year, UNODC GLOTIP, May 2023 release; /);
    expect(text).toContain('Serbia: 18 in data year 2020, down 12 from 30 in data year 2019.');
    expect(text).toContain(
      'Belarus: UNODC GLOTIP, May 2023 release publishes no figure of persons convicted.',
    );
    expect(text).toMatch(/not estimates of prevalence\.$/);
  });

  it('keeps a "<5" figure as published', () => {
    const text = trendsSummary({
      core: coreFixture,
      unodc: unodcFixture,
      countries: ['SRB'],
      metric: 'victims',
    });
    expect(text).toContain('Serbia: <5 in data year 2019; no earlier figure.');
  });
});

describe('globalTrendsSummary', () => {
  it('gives each worldwide series’ latest figure with the edition it comes from', () => {
    const row = (
      dataYear: number,
      reportYear: number,
      convictions: number | null,
    ): GlobalLawEnforcementRow => ({
      dataYear,
      reportYear,
      prosecutions: null,
      prosecutionsLabor: null,
      convictions,
      convictionsLabor: null,
      victimsIdentified: null,
      victimsIdentifiedLabor: null,
      newOrAmendedLegislation: null,
      source: 'tip-global-le',
      origin: 'test',
      confidence: 'high',
    });
    const core: CoreDataset = {
      ...coreFixture,
      globalLawEnforcement: [row(2023, 2024, 100), row(2024, 2025, 90)],
    };
    const text = globalTrendsSummary(core);
    expect(text).toContain(
      'Convictions worldwide: 90 in data year 2024 (TIP Report 2025 edition), down 10 from 100 in data year 2023 (TIP Report 2024 edition).',
    );
    expect(text).toContain('Convictions worldwide, labour trafficking: no figure in the data.');
    expect(text).toContain('Prosecutions worldwide: no figure in the data.');
  });
});
