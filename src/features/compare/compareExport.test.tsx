import { describe, expect, it } from 'vitest';
import { coreFixture, factsFixture, unodcFixture } from '../../test/fixtures';
import type { UnodcDataset } from '../../data/schema';
import { compareExportSpec, ratioExportSpec } from './compareExport';

const spec = (compareScale: 'shared' | 'independent' = 'shared') =>
  compareExportSpec({
    core: coreFixture,
    unodc: unodcFixture,
    facts: factsFixture,
    countries: ['SRB', 'BLR'],
    scale: 'linear',
    compareScale,
    viewSize: { width: 1200, height: 600 },
    link: 'https://atlas.example/?view=compare&countries=SRB,BLR',
  });

describe('compareExportSpec', () => {
  it('names the countries, the UNODC release and the y-scale choice', () => {
    const s = spec('independent');
    expect(s.title).toBe(
      'Serbia and Belarus compared: TIP tiers, detected victims, prosecutions and convictions',
    );
    expect(s.subtitle).toContain('UNODC GLOTIP, May 2023 release');
    expect(s.subtitle).toContain('compare shapes, not heights');
    expect(s.fileStem).toBe('tip-compare_SRB-BLR_own-scales');
  });

  it('exports every measure the columns draw, with the UNODC indicator and fact ids', () => {
    const rows = spec().data.rows;
    expect(rows).toContainEqual(
      expect.objectContaining({ iso3: 'SRB', indicator: 'convicted', dataYear: 2020, value: 18 }),
    );
    expect(rows).toContainEqual(expect.objectContaining({ iso3: 'SRB', indicator: 'victims', value: '<5' }));
    expect(rows).toContainEqual(
      expect.objectContaining({ iso3: 'SRB', kind: 'Document figure', factId: factsFixture.facts[0]!.id }),
    );
  });

  it('carries the plain-language summary in the image description and the data notes', () => {
    const s = spec();
    expect(s.description).toMatch(/Tiers: /);
    expect(s.data.notes?.some((n) => n.startsWith('Summary: Tiers: '))).toBe(true);
  });
});

describe('ratioExportSpec', () => {
  const unodc: UnodcDataset = {
    ...unodcFixture,
    countries: {
      SRB: {
        prosecuted: [
          [2019, 40],
          [2020, '<5'],
        ],
        convicted: [
          [2019, 18],
          [2020, 3],
        ],
      },
      BLR: { prosecuted: [[2019, 50]], convicted: [[2019, 40]] },
    },
  };
  const s = () =>
    ratioExportSpec({
      core: coreFixture,
      unodc,
      pair: ['SRB', 'BLR'],
      viewSize: { width: 1000, height: 240 },
      link: 'https://atlas.example/?view=compare&countries=SRB,BLR',
    });

  it('names both countries and says the ratio is computed from UNODC counts', () => {
    expect(s().title).toBe('Convictions per prosecution: Serbia and Belarus');
    expect(s().sourceLines[0]).toContain('ratio computed by TIP Atlas');
    expect(s().fileStem).toBe('tip-convictions-per-prosecution_SRB-BLR');
  });

  it('exports both counts beside each ratio, and no ratio where a count is "<5" or missing, no row without either count', () => {
    expect(s().data.rows).toEqual([
      {
        iso3: 'SRB',
        country: 'Serbia',
        dataYear: 2019,
        prosecuted: 40,
        convicted: 18,
        convictionsPerProsecution: 0.45,
        source: 'unodc-glotip',
      },
      {
        iso3: 'BLR',
        country: 'Belarus',
        dataYear: 2019,
        prosecuted: 50,
        convicted: 40,
        convictionsPerProsecution: 0.8,
        source: 'unodc-glotip',
      },
      {
        iso3: 'SRB',
        country: 'Serbia',
        dataYear: 2020,
        prosecuted: '<5',
        convicted: 3,
        convictionsPerProsecution: null,
        source: 'unodc-glotip',
      },
    ]);
  });
});
