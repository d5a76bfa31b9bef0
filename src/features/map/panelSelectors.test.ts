import { describe, expect, it } from 'vitest';
import type { DocumentFact } from '../../data/schema';
import { factsFixture, unodcFixture } from '../../test/fixtures';
import { formatUnodcValue } from '../../data/unodcNotes';
import { clipQuote, factsByCountry, latestUnodc, releaseText, tooltipFacts } from './panelSelectors';

const fact = (over: Partial<DocumentFact>): DocumentFact => ({
  ...factsFixture.facts[0]!,
  ...over,
});

describe('latestUnodc', () => {
  it('gives the latest count of each headline indicator with its data year', () => {
    expect(latestUnodc(unodcFixture, 'SRB')).toEqual([
      { indicator: 'victims', dataYear: 2019, value: '<5' },
      { indicator: 'convicted', dataYear: 2020, value: 18 },
    ]);
  });

  it('gives nothing for a country UNODC does not list', () => {
    expect(latestUnodc(unodcFixture, 'BLR')).toEqual([]);
  });
});

describe('formatUnodcValue', () => {
  it('shows "<5" as published, never as zero', () => {
    expect(formatUnodcValue('<5')).toBe('<5');
    expect(formatUnodcValue(12345)).toBe('12,345');
  });
});

describe('tooltipFacts', () => {
  it('puts a tier statement about the report shown first', () => {
    const list = [
      fact({ id: 'a', metric: 'convictions', year: 2020, confidence: 'high', quote: 'a' }),
      fact({ id: 'b', metric: 'tier', year: 2019, value: 'Tier 2', confidence: 'low', quote: 'b' }),
      fact({ id: 'c', metric: 'tier', year: 2020, value: 'Tier 3', confidence: 'low', quote: 'c' }),
    ];
    expect(tooltipFacts(list, 2020, 2).map((f) => f.id)).toEqual(['c', 'b']);
  });

  it('then prefers figures from the period the report assesses over later ones', () => {
    const list = [
      fact({ id: 'late', metric: 'victims_identified', year: 2023, confidence: 'high', quote: 'late' }),
      fact({ id: 'assessed', metric: 'victims_identified', year: 2019, confidence: 'high', quote: 'early' }),
    ];
    expect(tooltipFacts(list, 2020, 1).map((f) => f.id)).toEqual(['assessed']);
  });

  it('does not show the same quote twice', () => {
    const quote = 'of the total 311 cases identified as victims of trafficking, 146 were under 18 years old';
    const list = [
      fact({ id: 'total', metric: 'victims_identified', year: 2023, value: 311, quote }),
      fact({ id: 'part', metric: 'victims_identified', year: 2023, value: 146, quote }),
      fact({
        id: 'other',
        metric: 'victims_identified',
        year: 2022,
        value: 255,
        quote: 'a total of 255 victims',
      }),
    ];
    expect(tooltipFacts(list, 2024, 2).map((f) => f.id)).toEqual(['total', 'other']);
  });
});

describe('factsByCountry', () => {
  it('groups facts by country', () => {
    const map = factsByCountry(factsFixture);
    expect(map.get('SRB')?.map((f) => f.id)).toEqual(['doc001-01']);
    expect(map.get('BLR')?.map((f) => f.id)).toEqual(['doc001-02']);
  });
});

describe('clipQuote', () => {
  it('cuts a long quote at a word boundary', () => {
    expect(clipQuote('one two three four', 9)).toBe('one two…');
    expect(clipQuote('short', 9)).toBe('short');
  });
});

describe('releaseText', () => {
  it('names the release by its own day, month and year, in any time zone', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      expect(releaseText({ date: '2025-04-14' })).toBe('release of 14 April 2025');
      expect(releaseText({ date: '2023-05-30' })).toBe('release of 30 May 2023');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('says the month for a month, and "latest release" without a date', () => {
    expect(releaseText({ date: '2012-03' })).toBe('release of March 2012');
    expect(releaseText({ date: null })).toBe('latest release');
    expect(releaseText(undefined)).toBe('latest release');
  });
});
