import { describe, expect, it } from 'vitest';
import { buildCsv, parseCsvRows } from '../../shared/export/dataExport';
import { coreFixture, factsFixture, unodcFixture } from '../../test/fixtures';
import { globalTrendsExportSpec, trendsExportSpec } from './trendsExport';

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
  it('titles the chart with the measure and countries, and names the UNODC release', () => {
    const spec = countriesSpec();
    expect(spec.title).toBe('Persons convicted by data year: Serbia and Belarus');
    expect(spec.sourceLines[0]).toBe(
      'Source: UNODC, Global Report on Trafficking in Persons (UNODC GLOTIP, May 2023 release); counts by data year.',
    );
    expect(spec.fileStem).toBe('tip-convicted_SRB-BLR');
  });

  it('puts UNODC counts, document figures and tiers in the rows, each with its source id', () => {
    const rows = parseCsvRows(buildCsv(countriesSpec(), '2026-11-22'));
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
        value: 'Tier 3',
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
});
