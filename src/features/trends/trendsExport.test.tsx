import { cleanup, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildCsv, parseCsvRows } from '../../shared/export/dataExport';
import { themeFor } from '../../shared/export/exportTheme';
import { coreFixture, factsFixture, unodcFixture } from '../../test/fixtures';
import type { UnodcDataset } from '../../data/schema';
import { globalTrendsExportSpec, trendsExportSpec } from './trendsExport';
import { breakdownExportSpec, documentPanelsExportSpec } from './trendsPanelsExport';

const countriesSpec = (metric: 'victims' | 'convicted' = 'convicted') =>
  trendsExportSpec({
    core: coreFixture,
    unodc: unodcFixture,
    facts: factsFixture,
    countries: ['SRB', 'BLR'],
    metric,
    scale: 'linear',
    viewSize: { width: 900, height: 420 },
    link: 'https://atlas.example/?view=trends&countries=SRB,BLR&metric=convicted',
  });

describe('trendsExportSpec', () => {
  it('writes the summary of each series as the image’s text alternative and the default speaker note', () => {
    const spec = countriesSpec();
    expect(spec.summary).toContain('Serbia: 18 in data year 2020; no earlier figure.');
    expect(spec.summary).toContain(
      'Belarus: UNODC GLOTIP, May 2023 release publishes no figure of persons convicted.',
    );
    expect(spec.description).toContain(spec.summary);
    const global = globalTrendsExportSpec({
      core: coreFixture,
      scale: 'linear',
      viewSize: { width: 900, height: 420 },
      link: 'https://atlas.example/?view=trends',
    });
    expect(global.summary).toContain('Prosecutions worldwide: no figure in the data.');
    expect(global.description).toContain(global.summary);
  });

  it('titles the chart with the measure and countries, and names the UNODC release', () => {
    const spec = countriesSpec();
    expect(spec.title).toBe('Persons convicted by data year: Serbia and Belarus');
    expect(spec.sourceLines[0]).toBe(
      'Source: UNODC, Global Report on Trafficking in Persons (UNODC GLOTIP, May 2023 release); counts by data year.',
    );
    expect(spec.fileStem).toBe('tip-convicted_SRB-BLR');
  });

  it('puts UNODC counts, document figures and tiers in the rows, each with its source id', () => {
    const rows = parseCsvRows(buildCsv(countriesSpec()));
    const header = rows[0]!;
    const pick = (r: string[]) => Object.fromEntries(header.map((h, i) => [h, r[i]]));
    const all = rows.slice(1).map(pick);
    expect(all).toContainEqual(
      expect.objectContaining({
        iso3: 'SRB',
        kind: 'UNODC count',
        dataYear: '2020',
        value: '18',
        source: 'unodc-glotip',
      }),
    );
    expect(all).toContainEqual(
      expect.objectContaining({
        iso3: 'SRB',
        kind: 'Document figure',
        dataYear: '2020',
        source: 'doc-001-abc',
      }),
    );
    expect(all).toContainEqual(
      expect.objectContaining({
        iso3: 'BLR',
        kind: 'TIP tier',
        reportYear: '2020',
        value: '',
        tier: 'Tier 3',
        source: 'tip-tiers-combined',
      }),
    );
  });

  it('keeps "<5" as "<5"', () => {
    const rows = countriesSpec('victims').data.rows.filter((r) => r.kind === 'UNODC count');
    expect(rows).toEqual([expect.objectContaining({ iso3: 'SRB', dataYear: 2019, value: '<5' })]);
  });

  it('lists the countries in the legend with their marker shape', () => {
    const labels = countriesSpec().legend.map((l) => l.label);
    expect(labels.slice(0, 2)).toEqual(['Serbia (circle)', 'Belarus (square)']);
    expect(labels).toContain('Tier 3');
  });
});

describe('globalTrendsExportSpec', () => {
  it('names the global data and exports its rows with the edition of each', () => {
    const spec = globalTrendsExportSpec({
      core: coreFixture,
      scale: 'log',
      viewSize: { width: 900, height: 250 },
    });
    expect(spec.title).toBe('Prosecutions, convictions and victims identified worldwide');
    expect(spec.subtitle).toContain('log scale');
    expect(spec.data.rows).toEqual([]);
  });

  it('lays its panels out as the view does: two columns where three 300 px panels and their gaps do not fit', () => {
    const spec = globalTrendsExportSpec({
      core: coreFixture,
      scale: 'linear',
      viewSize: { width: 900, height: 500 },
    });
    const columnsAt = (width: number) => {
      const { container } = render(<>{spec.renderChart({ width, height: 500, theme: themeFor('white') })}</>);
      const xs = [...container.querySelectorAll('svg > g[transform]')].map(
        (g) => g.getAttribute('transform')!.match(/translate\(([\d.]+),/)![1],
      );
      cleanup();
      return new Set(xs).size;
    };
    expect(columnsAt(900)).toBe(2);
    expect(columnsAt(1920)).toBe(3);
    expect(columnsAt(390)).toBe(1);
  });
});

describe('trendsExportSpec legend', () => {
  const labels = (facts: typeof factsFixture) =>
    trendsExportSpec({
      core: coreFixture,
      unodc: unodcFixture,
      facts,
      countries: ['SRB'],
      metric: 'convicted',
      scale: 'linear',
      viewSize: { width: 900, height: 420 },
      link: 'https://atlas.example/',
    }).legend.map((i) => i.label);

  it('explains "<5" only when the chart draws one', () => {
    const legendOf = (metric: 'victims' | 'convicted') =>
      trendsExportSpec({
        core: coreFixture,
        unodc: unodcFixture,
        facts: factsFixture,
        countries: ['SRB'],
        metric,
        scale: 'linear',
        viewSize: { width: 900, height: 420 },
        link: 'https://atlas.example/',
      }).legend.map((i) => i.label);
    // The fixture's Serbia has victims "<5" in 2019 and 18 convictions in 2020.
    expect(legendOf('victims')).toContain('“<5”: fewer than five');
    expect(legendOf('convicted')).not.toContain('“<5”: fewer than five');
  });

  it('explains only the document marks the chart draws', () => {
    expect(labels(factsFixture)).toContain('Figure from a source document');
    expect(labels(factsFixture)).not.toContain('Document figure for a part of the total or another unit');
    expect(labels(factsFixture).some((l) => l.startsWith('≠'))).toBe(false);
  });

  it('explains hollow stars and the ≠ mark when the chart draws them, as the screen legend does', () => {
    const base = factsFixture.facts[0]!;
    const facts = {
      ...factsFixture,
      facts: [
        { ...base, id: 'doc001-20', year: 2019, breakdown: 'sex trafficking' },
        // UNODC gives 18 for 2020: a document's 25 disagrees.
        { ...base, id: 'doc001-21', value: 25 },
      ],
    };
    expect(labels(facts)).toEqual(
      expect.arrayContaining([
        'Figure from a source document',
        'Document figure for a part of the total or another unit',
        '≠ The document and UNODC (or another document) disagree; both are shown',
      ]),
    );
  });
});

describe('breakdownExportSpec', () => {
  const unodc: UnodcDataset = {
    ...unodcFixture,
    countries: {
      SRB: {
        victimsFemale: [
          [2019, 30],
          [2020, '<5'],
        ],
        victimsChildren: [[2020, 12]],
      },
    },
  };
  const spec = () =>
    breakdownExportSpec({
      core: coreFixture,
      unodc,
      country: 'SRB',
      scale: 'linear',
      xDomain: [2001, 2025],
      viewSize: { width: 960, height: 210 },
      link: 'https://atlas.example/?view=trends&countries=SRB',
    });

  it('names the country, the parts and the UNODC release', () => {
    const s = spec();
    expect(s.title).toBe('Detected victims of Serbia by sex, age and form of exploitation');
    expect(s.subtitle).toContain('UNODC GLOTIP, May 2023 release, data years 2019–2020');
    expect(s.legend.map((i) => i.label)).toEqual(
      expect.arrayContaining(['Female', 'Male', 'Children (0–17)', 'Forced labour', '“<5”: fewer than five']),
    );
    expect(s.fileStem).toBe('tip-victims-breakdown_SRB');
  });

  it('exports every published part value with its indicator and source, "<5" as an empty value and a flag', () => {
    const rows = parseCsvRows(buildCsv(spec()));
    expect(rows[0]).toEqual([
      'iso3',
      'country',
      'breakdown',
      'part',
      'indicator',
      'dataYear',
      'value',
      'valueFlag',
      'unit',
      'source',
      'sourceCitation',
    ]);
    const unodc = coreFixture.sources.find((x) => x.id === 'unodc-glotip')!.citation;
    const row = (part: string[], year: string, value: string, flag: string) => [
      'SRB',
      'Serbia',
      ...part,
      year,
      value,
      flag,
      'persons',
      'unodc-glotip',
      unodc,
    ];
    expect(rows.slice(1)).toEqual([
      row(['By sex', 'Female', 'victimsFemale'], '2019', '30', ''),
      row(['By sex', 'Female', 'victimsFemale'], '2020', '', '<5'),
      row(['By age', 'Children (0–17)', 'victimsChildren'], '2020', '12', ''),
    ]);
  });
});

describe('documentPanelsExportSpec', () => {
  it('exports the documents’ investigations and arrests with their quotes and source ids', () => {
    const base = factsFixture.facts[0]!;
    const facts = {
      ...factsFixture,
      facts: [
        ...factsFixture.facts,
        {
          ...base,
          id: 'doc001-09',
          metric: 'investigations' as const,
          year: 2021,
          value: 35,
          quote: 'investigated 35',
        },
      ],
    };
    const s = documentPanelsExportSpec({
      core: coreFixture,
      unodc: unodcFixture,
      facts,
      countries: ['SRB', 'BLR'],
      scale: 'linear',
      xDomain: [2001, 2025],
      viewSize: { width: 960, height: 200 },
      link: 'https://atlas.example/?view=trends&countries=SRB,BLR',
    });
    expect(s.title).toBe('Investigations and arrests in the source documents: Serbia and Belarus');
    expect(s.legend.map((i) => i.label)).toEqual(['Serbia (figure from a source document)']);
    expect(s.data.rows).toEqual([
      expect.objectContaining({
        iso3: 'SRB',
        measure: 'investigations',
        dataYear: 2021,
        value: 35,
        factId: 'doc001-09',
        source: base.source,
        quote: 'investigated 35',
      }),
    ]);
    expect(s.data.sources.map((x) => x.id)).toEqual([base.source]);
  });
});
