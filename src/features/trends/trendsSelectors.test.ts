import { describe, expect, it } from 'vitest';
import type { CoreDataset, GlobalLawEnforcementRow, UnodcDataset } from '../../data/schema';
import { indexCore } from '../../shared/datasetSelectors';
import { coreFixture, factsFixture, unodcFixture } from '../../test/fixtures';
import {
  countryChartInput,
  countryIdentities,
  countryTableRows,
  coverageNote,
  editionBands,
  editionLabel,
  globalPanels,
  indicatorCoverage,
  unplottedFacts,
} from './trendsSelectors';

const row = (
  dataYear: number,
  reportYear: number | null,
  prosecutions: number | null,
): GlobalLawEnforcementRow => ({
  dataYear,
  reportYear,
  prosecutions,
  prosecutionsLabor: null,
  convictions: 100,
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
  globalLawEnforcement: [
    row(2013, null, 9460),
    row(2014, null, 10051),
    row(2015, 2016, 18930),
    row(2017, 2024, 17471),
  ],
};
const index = indexCore(core);

const unodc: UnodcDataset = {
  ...unodcFixture,
  countries: {
    SRB: {
      convicted: [
        [2003, '<5'],
        [2005, 10],
        [2006, 13],
      ],
      prosecuted: [[2004, 51]],
      victims: [
        [2019, 33],
        [2020, 38],
        [2021, 40],
      ],
    },
  },
};

describe('countryIdentities', () => {
  it('gives each selected country its slot colour and marker, and skips unknown codes', () => {
    const ids = countryIdentities(index, ['VNM', 'XXX', 'SRB']);
    expect(ids.map((c) => [c.iso3, c.name, c.shape])).toEqual([
      ['VNM', 'Vietnam', 'circle'],
      ['SRB', 'Serbia', 'square'],
    ]);
  });
});

describe('countryChartInput', () => {
  const countries = countryIdentities(index, ['SRB', 'VNM']);
  const input = countryChartInput({
    core,
    index,
    unodc,
    facts: factsFixture.facts,
    countries,
    metric: 'convicted',
    scale: 'linear',
  });

  it('builds one UNODC series per country, empty where UNODC has nothing', () => {
    expect(input.series.map((s) => [s.label, s.points.length])).toEqual([
      ['Serbia', 3],
      ['Vietnam', 0],
    ]);
    expect(input.series[0]!.source).toBe('UNODC GLOTIP, May 2023 release');
  });

  it('merges the documents’ convictions as marks', () => {
    expect(input.marks?.map((m) => [m.label, m.dataYear, m.value])).toEqual([['Serbia', 2020, 18]]);
  });

  it('adds a tier row per country over every report year, aligned with the data years', () => {
    expect(input.tierRows?.map((r) => r.cells.map((c) => c.cls))).toEqual([
      ['Tier 2', 'Tier 2'],
      ['No data', 'Tier 1 or 2'],
    ]);
    expect(input.xDomain).toEqual([2003, 2021]);
  });
});

describe('global series', () => {
  it('names the edition of every point; rows without one come from the 2007 and 2016 editions', () => {
    const [prosecutions] = globalPanels(core, 'linear');
    const points = prosecutions!.series[0]!.points;
    expect(points.map((p) => p.note)).toEqual([
      'TIP Report 2007/2016 editions',
      'TIP Report 2007/2016 editions',
      'TIP Report 2016 edition',
      'TIP Report 2024 edition',
    ]);
    expect(editionLabel(null)).toBe('TIP Report 2007/2016 editions');
  });

  it('leaves a missing labour figure as a gap', () => {
    const [prosecutions] = globalPanels(core, 'linear');
    expect(prosecutions!.series[1]!.points).toEqual([]);
  });

  it('groups consecutive years of one edition into bands', () => {
    expect(editionBands(core.globalLawEnforcement).map((b) => [b.from, b.to, b.shortLabel])).toEqual([
      [2013, 2014, '2007/2016 eds.'],
      [2015, 2015, '2016 ed.'],
      [2017, 2017, '2024 ed.'],
    ]);
  });
});

describe('coverageNote', () => {
  it('states the data years and how many are "<5"', () => {
    expect(
      coverageNote(
        'Serbia',
        unodc.countries.SRB!.convicted!.map(([dataYear, value]) => ({ dataYear, value })),
        'Persons convicted',
      ),
    ).toBe('Serbia: 3 data years (2003, 2005–2006), 1 published as “<5”.');
  });

  it('says when there is no data at all', () => {
    expect(coverageNote('Vietnam', [], 'Persons convicted')).toBe(
      'Vietnam: UNODC publishes no persons convicted figures.',
    );
  });
});

describe('indicatorCoverage', () => {
  it('counts countries with at least three data years of each indicator', () => {
    const counts = indicatorCoverage(unodc);
    expect(counts.convicted).toBe(1);
    expect(counts.victims).toBe(1);
    expect(counts.prosecuted).toBe(0);
  });
});

describe('countryTableRows', () => {
  it('gives the same numbers as the chart, per data year and country', () => {
    const countries = countryIdentities(index, ['SRB']);
    const input = countryChartInput({
      core,
      index,
      unodc,
      facts: factsFixture.facts,
      countries,
      metric: 'convicted',
      scale: 'linear',
    });
    const rows = countryTableRows(input.series, input.marks ?? [], countries);
    expect(rows.map((r) => [r.dataYear, r.cells[0]!.unodc, r.cells[0]!.documents])).toEqual([
      [2003, '<5', []],
      [2005, '10', []],
      [2006, '13', []],
      [2020, '', ['18']],
    ]);
  });
});

describe('unplottedFacts', () => {
  it('lists totals over several years, which cannot sit on the axis', () => {
    const facts = [{ ...factsFixture.facts[0]!, id: 'x', year: 2012, yearEnd: 2017 }];
    expect(unplottedFacts(facts, ['SRB'], ['convictions']).map((f) => f.id)).toEqual(['x']);
  });
});
