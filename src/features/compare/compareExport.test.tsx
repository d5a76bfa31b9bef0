import { describe, expect, it } from 'vitest';
import { coreFixture, factsFixture, unodcFixture } from '../../test/fixtures';
import { compareExportSpec } from './compareExport';

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
