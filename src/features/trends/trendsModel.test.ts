import { describe, expect, it } from 'vitest';
import { indexCore } from '../../shared/datasetSelectors';
import { coreFixture, factsFixture, unodcFixture } from '../../test/fixtures';
import { globalModel, trendsModel } from './trendsModel';

const data = { core: coreFixture, index: indexCore(coreFixture), unodc: unodcFixture, facts: factsFixture };
const model = (countries: string[], metric: 'victims' | 'convicted' = 'convicted') =>
  trendsModel(data, { countries, metric, scale: 'linear' });

describe('trendsModel', () => {
  it('titles the chart with the measure and the countries, and gives it a tier row per country', () => {
    const m = model(['SRB', 'BLR']);
    expect(m.title).toBe('Persons convicted by data year: Serbia and Belarus');
    expect(m.chart.series.map((s) => s.shortLabel)).toEqual(['SRB', 'BLR']);
    expect(m.chart.tierRows?.map((r) => r.id)).toEqual(['SRB', 'BLR']);
    expect(m.description).toMatch(/^Persons convicted by data year for Serbia and Belarus \(UNODC GLOTIP/);
  });

  it('says what the UNODC data covers for each country, "<5" included, and when it has nothing', () => {
    const victims = model(['SRB', 'BLR'], 'victims').coverage.map((c) => c.text);
    expect(victims[0]).toBe('Serbia: 1 data year (2019), 1 published as “<5”.');
    expect(victims[1]).toBe('Belarus: UNODC publishes no detected victims figures.');
  });

  it('puts UNODC and the documents side by side in the table, missing as a dash', () => {
    const rows = model(['SRB', 'BLR']).table.rows;
    const y2020 = rows.find((r) => r.key === '2020')!;
    expect(y2020.cells[0]).toBe(2020);
    expect(y2020.cells[1]).toBe('18');
    expect(y2020.cells.slice(3)).toEqual(['—', '—']);
  });

  it('lists each country’s document facts with how they stand against UNODC', () => {
    const facts = model(['SRB']).facts;
    expect(facts.map((f) => f.country.iso3)).toEqual(['SRB']);
    expect(facts[0]!.items.map((i) => i.fact.id)).toEqual(['doc001-01']);
    expect(facts[0]!.items[0]!.comparison.kind).toBeDefined();
  });

  it('gives a breakdown table per country, every value of its panels by data year', () => {
    const [serbia] = model(['SRB']).breakdowns;
    expect(serbia!.panels).toHaveLength(3);
    expect(serbia!.table.caption).toMatch(/^Detected victims of Serbia by data year/);
  });

  it('names the UNODC indicator the measure reads', () => {
    expect(model(['SRB'], 'victims').indicator).toEqual({ id: 'victims', label: 'Detected victims' });
  });
});

describe('globalModel', () => {
  const row = (dataYear: number, reportYear: number | null, prosecutions: number | null) => ({
    dataYear,
    reportYear,
    prosecutions,
    prosecutionsLabor: null,
    convictions: 1200,
    convictionsLabor: 30,
    victimsIdentified: null,
    victimsIdentifiedLabor: null,
    newOrAmendedLegislation: null,
    source: 'tip-global-le',
    origin: 'test',
    confidence: 'high' as const,
  });
  const core = { ...coreFixture, globalLawEnforcement: [row(2015, 2016, 19127), row(2014, null, 10051)] };

  it('writes a table row per data year in order, missing as a dash, naming the edition each comes from', () => {
    const g = globalModel(core, 'linear');
    expect(g.table.rows.map((r) => r.cells[0])).toEqual([2014, 2015]);
    expect(g.table.rows[1]!.cells[1]).toBe('19,127');
    expect(g.table.rows[1]!.cells[2]).toBe('—');
    expect(g.table.rows.map((r) => r.cells.at(-1))).toEqual([
      'TIP Report 2007/2016 editions',
      'TIP Report 2016 edition',
    ]);
  });

  it('says which edition each stretch of data years is from', () => {
    expect(globalModel(core, 'linear').editions).toBe(
      '2014 from the TIP Report 2007/2016 editions; 2015 from the TIP Report 2016 edition',
    );
  });
});
