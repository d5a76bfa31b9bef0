/**
 * The data build: a dataset from good inputs, and bad input rejected with the file, record and reason named.
 * Where sources disagree, and UNODC's releases, are in build-sources.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from './build';
import { COMBINED, GLOBAL, GLOTIP, fact, inputs, problemsOf } from './buildTestInputs';

describe('buildDataset', () => {
  it('builds a valid dataset from good inputs', () => {
    const built = buildDataset(inputs());
    expect(built.core.countries.map((c) => c.iso3)).toEqual(['BLR', 'SRB', 'VNM']);
    expect(built.core.tiers.BLR?.map((c) => [c.reportYear, c.tier])).toEqual([
      [2019, 'Tier 3'],
      [2020, 'Tier 3'],
      [2021, 'Tier 3'],
    ]);
    expect(built.facts.facts[0]?.source).toBe('doc-001-abc');
  });

  it('rejects an unknown country code in a tier table, naming file and row', () => {
    const p = problemsOf(
      inputs({ tiersCombined: COMBINED + 'ZZZ,999,Nowhere,2020,Tier 1,1,cia_factbook,\n' }),
    );
    expect(p).toEqual([
      expect.stringMatching(/^combined\.csv \[row 9 ZZZ 2020\]: unknown country code "ZZZ"/),
    ]);
  });

  it('rejects an unknown country code in a document fact', () => {
    const p = problemsOf(inputs({ factsList: [fact({ country: 'XYZ' })] }));
    expect(p).toEqual(['facts.json [fact doc001-01]: unknown country code "XYZ"']);
  });

  it('rejects a tier outside the enum', () => {
    const p = problemsOf(
      inputs({ tiersCombined: COMBINED + 'SRB,688,Serbia,2019,Tier 4,4,cia_factbook,\n' }),
    );
    expect(p[0]).toMatch(/combined\.csv \[row 9 SRB 2019\]: tier "Tier 4" is not one of/);
  });

  it('rejects a document tier outside the enum', () => {
    const p = problemsOf(
      inputs({
        factsList: [
          fact({
            metric: 'tier',
            value: 'Tier 5',
            yearKind: 'report',
            unit: 'tier',
            quote: 'Belarus remained on Tier 3.',
          }),
        ],
      }),
    );
    expect(p[0]).toMatch(/facts\.json \[fact doc001-01\]: tier outside the enum: "Tier 5"/);
  });

  it('rejects a year outside 2000..2030', () => {
    expect(
      problemsOf(inputs({ tiersCombined: COMBINED + 'SRB,688,Serbia,1999,Tier 2,2,cia_factbook,\n' }))[0],
    ).toMatch(/report year "1999" is outside 2000\.\.2030/);
    expect(problemsOf(inputs({ factsList: [fact({ year: 2031 })] }))).toEqual([
      'facts.json [fact doc001-01]: year 2031 is outside 2000..2030',
    ]);
    expect(
      problemsOf(
        inputs({
          glotip:
            GLOTIP +
            'SRB,Serbia,Europe,Southern Europe,Persons convicted,Total,Total,Total,Total,1990,Counts,3,GLOTIP\n',
        }),
      )[0],
    ).toMatch(/glotip\.csv \[row 7 SRB Persons convicted 1990\]: year "1990" is outside/);
  });

  it('rejects negative and non-integer counts', () => {
    expect(problemsOf(inputs({ factsList: [fact({ value: -18 })] }))).toContain(
      'facts.json [fact doc001-01]: negative count -18',
    );
    expect(problemsOf(inputs({ factsList: [fact({ value: 18.5, derived: true, note: 'x' })] }))).toContain(
      'facts.json [fact doc001-01]: non-integer count 18.5 (persons)',
    );
    expect(problemsOf(inputs({ globalLawEnforcement: GLOBAL.replace('11841', '-5') }))[0]).toMatch(
      /global\.csv \[row 2 data year 2019\]: prosecutions "-5" is not a non-negative whole count/,
    );
    expect(problemsOf(inputs({ glotip: GLOTIP.replace(',18,GLOTIP', ',1.5,GLOTIP') }))[0]).toMatch(
      /"1\.5" is not a whole count/,
    );
  });

  it('rejects the same key twice from one source with different values', () => {
    const p = problemsOf(
      inputs({ tiersCombined: COMBINED + 'SRB,688,Serbia,2020,Tier 3,3,cia_factbook,\n' }),
    );
    expect(p[0]).toMatch(
      /SRB 2020 appears twice with different tiers \("Tier 2" at row 4 SRB 2020, "Tier 3"\)/,
    );
    const facts = [fact(), fact({ id: 'doc001-02', value: 19, derived: true, note: 'typo' })];
    expect(problemsOf(inputs({ factsList: facts }))).toContain(
      'facts.json [fact doc001-02]: same article, country, metric, year and breakdown as fact doc001-01 but a different value (18 vs 19)',
    );
    const dup =
      GLOTIP +
      'SRB,Serbia,Europe,Southern Europe,Persons convicted,Total,Total,Total,Total,2020,Counts,20,GLOTIP\n';
    expect(problemsOf(inputs({ glotip: dup }))[0]).toMatch(
      /SRB convicted 2020 appears twice with different values \(18 at row 2/,
    );
  });

  it('accepts the same key twice from one source with the same value', () => {
    expect(
      problemsOf(inputs({ tiersCombined: COMBINED + 'SRB,688,Serbia,2020,Tier 2,2,cia_factbook,\n' })),
    ).toEqual([]);
  });

  it('rejects a quote not found verbatim in its document', () => {
    const p = problemsOf(
      inputs({ factsList: [fact({ quote: 'Serbia convicted 18 traffickers in 2021.' })] }),
    );
    expect(p).toEqual([
      expect.stringMatching(/facts\.json \[fact doc001-01\]: quote not found verbatim in 001_abc\.txt/),
    ]);
  });

  it('skips the quote check with a warning when the documents are absent', () => {
    const built = buildDataset({
      ...inputs({ factsList: [fact({ quote: 'not in any document 18' })] }),
      seedTexts: null,
    });
    expect(built.warnings[0]).toMatch(/source documents .* are not present/);
  });

  it('rejects a number whose digits are not in its quote unless marked derived with a note', () => {
    expect(problemsOf(inputs({ factsList: [fact({ value: 81 })] }))).toEqual([
      'facts.json [fact doc001-01]: the digits of 81 do not appear in the quote; mark the record derived with a note if it is computed',
    ]);
    expect(problemsOf(inputs({ factsList: [fact({ value: 81, derived: true })] }))).toEqual([
      'facts.json [fact doc001-01]: a derived record needs a note saying how the value follows from the quote',
    ]);
    expect(
      problemsOf(inputs({ factsList: [fact({ value: 81, derived: true, note: 'sum of two figures' })] })),
    ).toEqual([]);
  });

  it('never carries a tier into a report year without data', () => {
    const built = buildDataset(
      inputs({ tiersCombined: COMBINED + 'SRB,688,Serbia,2023,Tier 1,1,cia_factbook,\n' }),
    );
    const y2022 = built.core.coverage.find((c) => c.reportYear === 2022);
    expect(y2022).toMatchObject({ status: 'none', known: 0 });
    expect(built.core.tiers.SRB?.map((c) => c.reportYear)).toEqual([2020, 2021, 2023]);
  });

  it('marks assessed countries absent from a lists-only year as Tier 1 or 2', () => {
    const built = buildDataset(
      inputs({
        tiersCombined:
          COMBINED +
          'BLR,112,Belarus,2022,Tier 3,3,cia_factbook,\nSRB,688,Serbia,2023,Tier 2,2,cia_factbook,\n',
      }),
    );
    expect(built.core.coverage.find((c) => c.reportYear === 2022)).toMatchObject({
      status: 'lists-only',
      known: 1,
      tier1or2: ['SRB', 'VNM'],
    });
  });

  it('does not infer Tier 1 or 2 for a country that was a Special Case in a neighbouring report', () => {
    const built = buildDataset(
      inputs({
        tiersCombined:
          COMBINED +
          'BLR,112,Belarus,2022,Tier 3,3,cia_factbook,\nSRB,688,Serbia,2023,Tier 2,2,cia_factbook,\nVNM,704,Viet Nam,2023,Special Case,,cia_factbook,\n',
      }),
    );
    expect(built.core.coverage.find((c) => c.reportYear === 2022)?.tier1or2).toEqual(['SRB']);
  });

  it('rejects a fractional count whatever its unit, and accepts a fractional share', () => {
    expect(
      problemsOf(inputs({ factsList: [fact({ unit: 'cases', value: 18.5, derived: true, note: 'x' })] })),
    ).toEqual(['facts.json [fact doc001-01]: non-integer count 18.5 (cases)']);
    const companies = fact({
      metric: 'other',
      metricLabel: 'companies linked to forced labour',
      unit: 'companies',
      value: 2.5,
      derived: true,
      note: 'x',
    });
    expect(problemsOf(inputs({ factsList: [companies] }))).toEqual([
      'facts.json [fact doc001-01]: non-integer count 2.5 (companies)',
    ]);
    const share = { ...companies, unit: 'percent', value: 5.6, metricLabel: 'share of children' };
    expect(problemsOf(inputs({ factsList: [share] }))).toEqual([]);
  });

  it('rejects a count keyed by report year: counts are keyed by the year they count', () => {
    expect(problemsOf(inputs({ factsList: [fact({ yearKind: 'report' })] }))).toEqual([
      'facts.json [fact doc001-01]: a count is keyed by the year it counts: yearKind must be "data", not "report"',
    ]);
  });

  it('builds without the documents, saying so, and still checks every other rule', () => {
    const noSeeds = (f: Record<string, unknown>) => ({ ...inputs({ factsList: [f] }), seedTexts: null });
    const built = buildDataset(noSeeds(fact({ quote: 'Convictions: 18 (not in any document).' })));
    expect(built.warnings).toEqual([
      'The source documents (../shared/seeds) are not present: quotes were not checked against them.',
    ]);
    expect(built.facts.facts.map((f) => f.quote)).toEqual(['Convictions: 18 (not in any document).']);
    expect(problemsOf(noSeeds(fact({ quote: 'Convictions: 19 (not in any document).' })))).toEqual([
      'facts.json [fact doc001-01]: the digits of 18 do not appear in the quote; mark the record derived with a note if it is computed',
    ]);
  });

  it('fails with the file named when a facts file is not JSON', () => {
    const i = inputs();
    i.facts.text = '[{"id": ';
    expect(problemsOf(i)[0]).toMatch(/^facts\.json \[whole file\]: not valid JSON/);
  });
});
