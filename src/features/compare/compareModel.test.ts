import { describe, expect, it } from 'vitest';
import { indexCore } from '../../shared/datasetSelectors';
import { coreFixture, factsFixture, unodcFixture } from '../../test/fixtures';
import { compareModel } from './compareModel';

const data = { core: coreFixture, index: indexCore(coreFixture), unodc: unodcFixture, facts: factsFixture };
const model = (countries: string[], compareScale: 'shared' | 'independent' = 'shared') =>
  compareModel(data, { countries, scale: 'linear', compareScale });

describe('compareModel', () => {
  it('reads the tiers in the report year the user chose, and the latest when none or an unknown one is chosen', () => {
    const chosen = compareModel(data, {
      countries: ['SRB', 'BLR'],
      scale: 'linear',
      compareScale: 'shared',
      reportYear: 2020,
    });
    expect(chosen.columns.map((c) => [c.latest.reportYear, c.latest.cls])).toEqual([
      [2020, 'Tier 2'],
      [2020, 'Tier 3'],
    ]);
    expect(chosen.summary[0]!.sentences[0]).toBe(
      'In the 2020 report, Serbia was on Tier 2 and Belarus was on Tier 3.',
    );
    const unknown = compareModel(data, {
      countries: ['SRB', 'BLR'],
      scale: 'linear',
      compareScale: 'shared',
      reportYear: 1999,
    });
    expect(unknown.columns.map((c) => c.latest.reportYear)).toEqual([2021, 2021]);
    expect(model(['SRB', 'BLR']).columns[0]!.latest.reportYear).toBe(2021);
  });

  it('draws a column per country with its latest tier, tier strip and a panel per measure', () => {
    const m = model(['SRB', 'BLR']);
    expect(m.comparable).toBe(true);
    expect(m.columns.map((c) => c.country.iso3)).toEqual(['SRB', 'BLR']);
    const serbia = m.columns[0]!;
    expect(serbia.latest).toMatchObject({ reportYear: 2021, cls: 'Tier 2', change: 'unchanged' });
    expect(serbia.tiers.map((t) => [t.reportYear, t.cls])).toEqual([
      [2020, 'Tier 2'],
      [2021, 'Tier 2'],
    ]);
    expect(serbia.panels.map((p) => p.title)).toEqual([
      'Detected victims',
      'Persons prosecuted',
      'Persons convicted',
    ]);
  });

  it('says which countries UNODC gives no figures for, and counts the facts in a conflict', () => {
    const [serbia, belarus] = model(['SRB', 'BLR']).columns;
    expect(serbia!.noUnodc).toBe(false);
    expect(belarus!.noUnodc).toBe(true);
    expect(belarus!.facts.map((f) => f.fact.id)).toEqual(['doc001-02']);
    expect(belarus!.conflictCount).toBe(1);
  });

  it('writes the summary and the table alternative from the same data', () => {
    const m = model(['SRB', 'BLR']);
    expect(m.summary.map((s) => s.id)).toEqual(['tiers', 'counts', 'documents']);
    expect(m.tables.map((t) => t.key)).toEqual(['tiers', 'victims', 'prosecuted', 'convicted']);
    const tiers = m.tables[0]!;
    expect(tiers.rows.find((r) => r.key === '2020')!.cells).toEqual([2020, 'Tier 2', 'Tier 3']);
    const convicted = m.tables[3]!;
    expect(convicted.rows.find((r) => r.key === '2020')!.cells.slice(0, 2)).toEqual([2020, '18']);
  });

  it('says what the y-scales mean', () => {
    expect(model(['SRB', 'BLR']).scaleNote).toMatch(/one y-scale for every country/);
    expect(model(['SRB', 'BLR'], 'independent').scaleNote).toMatch(/its own y-scale/);
  });

  it('compares nothing with fewer than two countries, but still names the one picked', () => {
    const m = model(['SRB']);
    expect(m.comparable).toBe(false);
    expect(m.countries.map((c) => c.iso3)).toEqual(['SRB']);
    expect(m.columns).toEqual([]);
    expect(m.summary).toEqual([]);
  });
});
