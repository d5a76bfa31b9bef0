import { describe, expect, it } from 'vitest';
import type { UnodcDataset } from '../../data/schema';
import { countryIdentities } from '../../shared/charts/countryData';
import { indexCore } from '../../shared/datasetSelectors';
import { coreFixture, factsFixture, unodcFixture } from '../../test/fixtures';
import { ratioRows } from './compareRatio';
import { compareCountries, comparePanels, sourcesUsed } from './compareSelectors';
import { compareSummary, compareSummaryText } from './compareSummary';
import { compareTiers, latestTier, tierDifferences } from './compareTiers';

const index = indexCore(coreFixture);
const unodc: UnodcDataset = {
  ...unodcFixture,
  countries: {
    SRB: {
      prosecuted: [
        [2019, 40],
        [2020, '<5'],
      ],
      convicted: [
        [2019, 20],
        [2020, 18],
      ],
      victims: [[2020, 38]],
    },
    BLR: {
      prosecuted: [[2019, 48]],
      convicted: [[2019, 39]],
      victims: [[2020, 108]],
    },
  },
};
const countries = countryIdentities(index, ['BLR', 'SRB', 'VNM']);
const summary = compareSummary(coreFixture, index, unodc, factsFixture.facts, countries);
const text = compareSummaryText(summary);

describe('compareSummary', () => {
  it('names each country’s tier in the latest report, and says where the data hold none', () => {
    expect(summary[0]!.sentences[0]).toBe(
      'In the 2021 report, the data hold no tier for Belarus, Serbia was on Tier 2 and Vietnam was on Tier 1 or Tier 2 (the data for that report list only the Watch List and Tier 3).',
    );
  });

  it('adds the latest report with every tier when the latest lists only the Watch List and Tier 3', () => {
    expect(summary[0]!.sentences[1]).toBe(
      'In the 2020 report, the latest with every tier, Belarus was on Tier 3, Serbia was on Tier 2 and the data hold no tier for Vietnam.',
    );
  });

  it('gives the latest UNODC figures with their data years', () => {
    expect(text).toContain(
      'Latest UNODC figures for detected victims: Belarus 108 in 2020 and Serbia 38 in 2020.',
    );
  });

  it('puts "the" before names that take it, capitalised at the start of a sentence', () => {
    const core = {
      ...coreFixture,
      countries: [
        ...coreFixture.countries,
        { iso3: 'USA', isoNumeric: '840', name: 'United States', region: 'Americas' as const },
      ],
      tiers: {
        ...coreFixture.tiers,
        USA: [
          { ...coreFixture.tiers.SRB![0]!, reportYear: 2020, tier: 'Tier 1' as const },
          { ...coreFixture.tiers.SRB![0]!, reportYear: 2021, tier: 'Tier 2' as const },
        ],
      },
    };
    const idx = indexCore(core);
    const usa = compareSummaryText(
      compareSummary(core, idx, unodc, factsFixture.facts, countryIdentities(idx, ['USA', 'SRB'])),
    );
    expect(usa).toContain('In the 2021 report, the United States was on Tier 2 and Serbia was on Tier 2.');
    expect(usa).toContain('The United States was last downgraded in the 2021 report, from Tier 1 to Tier 2.');
    expect(usa).toContain('UNODC publishes no detected victims figures for the United States;');
  });

  it('states missing data as missing, never as zero', () => {
    expect(text).toContain(
      'UNODC publishes no detected victims figures for Vietnam; that is missing, not zero.',
    );
    expect(text).toContain(
      'The source documents give no single-year total of victims identified, prosecutions or convictions for Belarus and Vietnam.',
    );
  });

  it('cites the documents’ figures with their source', () => {
    expect(text).toContain('Serbia’s convictions in 2020: 18, according to “Human Trafficking in Serbia”.');
  });

  it('says nothing that is not in the data', () => {
    const numbers = new Set(text.match(/\d+(?:,\d{3})*/g));
    const known = new Set([
      '2021',
      '2020',
      '2019',
      '2023',
      '108',
      '38',
      '18',
      '48',
      '39',
      '20',
      '5',
      '1',
      '2',
      '3',
    ]);
    for (const n of numbers) expect(known).toContain(n);
  });

  it('is empty without countries', () => {
    expect(compareSummary(coreFixture, index, unodc, [], [])).toEqual([]);
  });
});

describe('compareCountries', () => {
  it('keeps the first four of the shared selection', () => {
    const six = indexCore({
      ...coreFixture,
      countries: ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF'].map((iso3) => ({
        iso3,
        isoNumeric: null,
        name: iso3,
        region: 'Europe' as const,
      })),
    });
    expect(compareCountries(six, ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF']).map((c) => c.iso3)).toEqual([
      'AAA',
      'BBB',
      'CCC',
      'DDD',
    ]);
  });
});

describe('comparePanels', () => {
  const args = {
    core: coreFixture,
    index,
    unodc,
    facts: factsFixture.facts,
    countries,
    scale: 'linear' as const,
  };

  it('gives every country the same y-domain per measure with a shared scale', () => {
    const panels = comparePanels({ ...args, compareScale: 'shared' });
    const victims = panels.map((p) => p[0]!.yDomain);
    expect(victims[0]).toEqual([0, 110]);
    expect(victims[1]).toEqual(victims[0]);
  });

  it('lets each country fit its own scale when independent', () => {
    const panels = comparePanels({ ...args, compareScale: 'independent' });
    expect(panels.every((p) => p.every((panel) => panel.yDomain === undefined))).toBe(true);
  });

  it('puts the documents’ convictions on the convictions panel', () => {
    const panels = comparePanels({ ...args, compareScale: 'shared' });
    expect(panels[1]![2]!.marks?.map((m) => m.value)).toEqual([18]);
  });
});

describe('latestTier', () => {
  it('separates the latest report from the latest stated tier', () => {
    const t = latestTier(index, 'SRB');
    expect(t.reportYear).toBe(2021);
    expect(t.cls).toBe('Tier 2');
    expect(t.change).toBe('unchanged');
    expect(latestTier(index, 'VNM').cls).toBe('Tier 1 or 2');
    expect(latestTier(index, 'VNM').lastKnown).toBeNull();
    expect(latestTier(index, 'VNM').change).toBe('not comparable');
  });
});

describe('compareTiers', () => {
  it('calls tiers different only when the data can tell', () => {
    expect(compareTiers('Tier 3', 'Tier 2')).toBe('differ');
    expect(compareTiers('Tier 2', 'Tier 2')).toBe('same');
    expect(compareTiers('Tier 1 or 2', 'Tier 2')).toBe('unknown');
    expect(compareTiers('Tier 1 or 2', 'Tier 3')).toBe('differ');
    expect(compareTiers('No data', 'Tier 3')).toBe('unknown');
  });
});

describe('tierDifferences', () => {
  it('lists each report year with both tiers', () => {
    expect(tierDifferences(index, 'BLR', 'SRB').map((r) => [r.reportYear, r.comparison])).toEqual([
      [2020, 'differ'],
      [2021, 'unknown'],
    ]);
  });
});

describe('ratioRows', () => {
  it('divides convictions by prosecutions only where both are numbers', () => {
    const rows = ratioRows(unodc, 'SRB', 'BLR');
    expect(rows.map((r) => [r.dataYear, r.a.ratio, r.b.ratio])).toEqual([
      [2019, 0.5, 39 / 48],
      [2020, null, null],
    ]);
    expect(rows[1]!.a.prosecuted).toBe('<5');
  });
});

describe('sourcesUsed', () => {
  it('names the tier table, the UNODC release and each document', () => {
    expect(sourcesUsed(coreFixture, unodc, factsFixture.facts, 'SRB').map((s) => s.what)).toEqual([
      'tiers',
      'counts',
      'document facts',
    ]);
  });
});
