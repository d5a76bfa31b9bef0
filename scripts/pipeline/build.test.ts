import { describe, expect, it } from 'vitest';
import { buildDataset, type BuildInputs } from './build';
import { DataBuildError } from './problems';
import { quoteNamesTier, valueAppearsInQuote } from './facts';

const ISO = `ISOAlpha2,ISOAlpha3,ISONumeric,Name,OfficialName
BY,BLR,112,Belarus,
RS,SRB,688,Serbia,
VN,VNM,704,Viet Nam,
XK,XKX,,Kosovo,
`;
const TIER_HEADER = 'iso3,iso_numeric,country,report_year,tier,tier_code,source,note\n';
const COMBINED =
  TIER_HEADER +
  `BLR,112,Belarus,2019,Tier 3,3,cia_factbook,
BLR,112,Belarus,2020,Tier 3,3,cia_factbook,
SRB,688,Serbia,2020,Tier 2,2,web_page:https://example.org/list,
VNM,704,Viet Nam,2020,Tier 2 Watch List,2.5,cia_factbook,
SRB,688,Serbia,2021,Tier 2,2,web_page:https://example.org/list,
VNM,704,Viet Nam,2021,Tier 2 Watch List,2.5,cia_factbook,
BLR,112,Belarus,2021,Tier 3,3,cia_factbook,
`;
const CHECK_HEADER =
  'iso3,iso_numeric,country,report_year,tier_derived,check,kind,confirming_sources,evidence\n';
const TIERS_2025_HEADER =
  'iso3,iso_numeric,country,report_year,tier,tier_code,basis,confidence,source,note\n';
const GLOBAL = `data_year,report_year,prosecutions,prosecutions_labor,convictions,convictions_labor,victims_identified,victims_identified_labor,new_or_amended_legislation,source,confidence
2019,2024,11841,1024,9548,498,118932,13875,7,example,high
`;
const GLOTIP_HEADER =
  'Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\n';
const GLOTIP =
  GLOTIP_HEADER +
  `SRB,Serbia,Europe,Southern Europe,Persons convicted,Total,Total,Total,Total,2020,Counts,18,GLOTIP
SRB,Serbia,Europe,Southern Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,"1,282",GLOTIP
VNM,Viet Nam,Asia,South-eastern Asia,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,<5,GLOTIP
BLR,Belarus,Europe,Eastern Europe,Persons prosecuted,Total,Total,Total,Total,2018,Counts,40,GLOTIP
SAM,,,,Persons prosecuted,Total,Total,Total,Total,2018,Counts,40,GLOTIP
`;
const DOC = '001_abc.txt';
const DOC_TEXT =
  'In the 2020 report Belarus remained on Tier 3. Serbia convicted 18 traffickers in 2020. Police found 1,500 victims.';
const DOCUMENTS = [
  {
    file: DOC,
    title: 'A test article',
    author: null,
    publisher: null,
    date: '2021',
    kind: 'article',
    url: null,
    countries: ['BLR'],
    summary: 'Test.',
  },
];
const fact = (over: Record<string, unknown> = {}) => ({
  id: 'doc001-01',
  country: 'SRB',
  metric: 'convictions',
  year: 2020,
  yearKind: 'data',
  value: 18,
  unit: 'persons',
  document: DOC,
  title: 'A test article',
  quote: 'Serbia convicted 18 traffickers in 2020.',
  confidence: 'high',
  ...over,
});

function inputs(
  over: Partial<Record<keyof BuildInputs, string>> & { factsList?: unknown[] } = {},
): BuildInputs {
  return {
    iso: { file: 'iso.csv', text: over.iso ?? ISO },
    tiersCombined: { file: 'combined.csv', text: over.tiersCombined ?? COMBINED },
    tiersGapfill: { file: 'gapfill.csv', text: over.tiersGapfill ?? TIER_HEADER },
    tiersDerived: { file: 'derived.csv', text: over.tiersDerived ?? TIER_HEADER },
    tiers2024Check: { file: 'check2024.csv', text: over.tiers2024Check ?? CHECK_HEADER },
    tiers2025: { file: 'tiers2025.csv', text: over.tiers2025 ?? TIERS_2025_HEADER },
    tiers2025Provenance: {
      file: 'PROVENANCE.md',
      text: over.tiers2025Provenance ?? '# TIP Report 2025 (released 29 Sept 2025): full tier placements\n',
    },
    globalLawEnforcement: { file: 'global.csv', text: over.globalLawEnforcement ?? GLOBAL },
    glotip: { file: 'glotip.csv', text: over.glotip ?? GLOTIP },
    glotipPrevious: { file: 'glotip-2023.csv', text: over.glotipPrevious ?? over.glotip ?? GLOTIP },
    facts: { file: 'facts.json', text: JSON.stringify(over.factsList ?? [fact()]) },
    documents: { file: 'documents.json', text: JSON.stringify(DOCUMENTS) },
    seedTexts: new Map([[DOC, DOC_TEXT]]),
  };
}

/**
 * Inputs with `first`, a fact of the fixture document, and a second fact from a second document (002_def.txt,
 * "Another"), which gives 1,500 where the first gives 18: the fixture of every document-against-document check.
 */
function twoDocuments(first: Record<string, unknown>, second: Record<string, unknown>): BuildInputs {
  const i = inputs({
    factsList: [
      fact(first),
      fact({
        id: 'doc002-01',
        value: 1500,
        document: '002_def.txt',
        title: 'Another',
        quote: 'Police found 1,500 victims.',
        ...second,
      }),
    ],
  });
  i.documents.text = JSON.stringify([
    DOCUMENTS[0],
    { ...DOCUMENTS[0], file: '002_def.txt', title: 'Another' },
  ]);
  i.seedTexts!.set('002_def.txt', DOC_TEXT);
  return i;
}

function problemsOf(i: BuildInputs): string[] {
  try {
    buildDataset(i);
  } catch (e) {
    if (e instanceof DataBuildError) return e.problems.map((p) => `${p.file} [${p.record}]: ${p.reason}`);
    throw e;
  }
  return [];
}

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

  it('keeps both values and flags a conflict when a document disagrees with the tier table', () => {
    const built = buildDataset(
      inputs({
        factsList: [
          fact({
            id: 'doc001-03',
            country: 'BLR',
            metric: 'tier',
            year: 2020,
            yearKind: 'report',
            value: 'Tier 2',
            unit: 'tier',
            quote: 'In the 2020 report Belarus remained on Tier 3.',
            derived: true,
            note: 'test',
          }),
        ],
      }),
    );
    expect(built.facts.conflicts).toHaveLength(1);
    expect(built.facts.conflicts[0]).toMatchObject({
      kind: 'document-vs-tier-table',
      country: 'BLR',
      values: [
        { value: 'Tier 2', factId: 'doc001-03' },
        { value: 'Tier 3', source: 'tip-tiers-combined' },
      ],
    });
    expect(built.facts.facts[0]?.conflicts).toEqual([built.facts.conflicts[0]?.id]);
    expect(built.core.tiers.BLR?.find((c) => c.reportYear === 2020)?.tier).toBe('Tier 3');
  });

  it('flags a document count that differs from UNODC, keeping both', () => {
    const built = buildDataset(
      inputs({
        factsList: [
          fact({
            id: 'doc001-04',
            metric: 'victims_identified',
            value: 1500,
            quote: 'Police found 1,500 victims.',
          }),
        ],
      }),
    );
    expect(built.facts.conflicts.map((c) => [c.kind, c.values.map((v) => v.value)])).toEqual([
      ['document-vs-unodc', [1500, 1282]],
    ]);
  });

  it('treats a document count under five as agreeing with UNODC "<5"', () => {
    const built = buildDataset(
      inputs({
        factsList: [
          fact({
            id: 'doc001-06',
            country: 'VNM',
            metric: 'victims_identified',
            year: 2019,
            value: 3,
            derived: true,
            note: 'test',
          }),
        ],
      }),
    );
    expect(built.facts.conflicts).toEqual([]);
  });

  it('flags a document figure for a part that exceeds the UNODC total', () => {
    const built = buildDataset(
      inputs({
        factsList: [
          fact({
            id: 'doc001-07',
            value: 1500,
            breakdown: 'women',
            quote: 'Police found 1,500 victims.',
            metric: 'victims_identified',
          }),
        ],
      }),
    );
    expect(built.facts.conflicts.map((c) => c.description)).toEqual([
      'The document gives 1500 victims identified (women) for Serbia in 2020; UNODC GLOTIP gives 1282 in all (a part cannot exceed the whole, so at least one of the two counts something else).',
    ]);
  });

  it('does not flag a part smaller than the UNODC total', () => {
    const built = buildDataset(inputs({ factsList: [fact({ id: 'doc001-08', breakdown: 'women' })] }));
    expect(built.facts.conflicts).toEqual([]);
  });

  it('flags two documents that give different totals', () => {
    const built = buildDataset(twoDocuments({ id: 'doc001-05', year: 2019 }, { year: 2019 }));
    expect(built.facts.conflicts.filter((c) => c.kind === 'document-vs-document')).toHaveLength(1);
  });

  it('keeps "<5" as a distinct value, not zero', () => {
    const built = buildDataset(inputs());
    expect(built.unodc.countries.VNM?.victims).toEqual([[2019, '<5']]);
    expect(built.unodc.countries.SRB?.victims).toEqual([[2020, 1282]]);
    expect(built.unodc.countries.SAM).toBeUndefined();
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

  it('rejects a stated tier that its quote does not name', () => {
    const tierFact = (value: string, over: Record<string, unknown> = {}) =>
      fact({
        country: 'BLR',
        metric: 'tier',
        yearKind: 'report',
        unit: 'tier',
        value,
        quote: 'In the 2020 report Belarus remained on Tier 3.',
        ...over,
      });
    expect(problemsOf(inputs({ factsList: [tierFact('Tier 3')] }))).toEqual([]);
    expect(problemsOf(inputs({ factsList: [tierFact('Tier 2')] }))).toEqual([
      'facts.json [fact doc001-01]: the quote does not state Tier 2; mark the record derived with a note if the tier is implied',
    ]);
    expect(
      problemsOf(inputs({ factsList: [tierFact('Tier 2', { derived: true, note: 'implied' })] })),
    ).toEqual([]);
  });

  it('lets two articles of one document disagree, and flags the disagreement', () => {
    const whitehead = fact({ title: 'Serbia, part one', author: 'A. Author', value: 18 });
    const rossi = fact({
      id: 'doc001-02',
      title: 'Serbia, part two',
      author: 'B. Author',
      value: 1500,
      quote: 'Police found 1,500 victims.',
    });
    const built = buildDataset(inputs({ factsList: [whitehead, rossi] }));
    expect(built.facts.conflicts.filter((c) => c.kind === 'document-vs-document')).toEqual([
      expect.objectContaining({
        country: 'SRB',
        description:
          'The documents disagree on convictions for Serbia, 2020: 18 (doc001-01) vs 1,500 (doc001-02).',
        values: [
          { value: 18, source: 'doc-001-abc', factId: 'doc001-01' },
          { value: 1500, source: 'doc-001-abc', factId: 'doc001-02' },
        ],
      }),
    ]);
  });

  it('checks a tier stated for a range of report years in each year of the range', () => {
    const built = buildDataset(
      inputs({
        factsList: [
          fact({
            country: 'VNM',
            metric: 'tier',
            year: 2020,
            yearEnd: 2021,
            yearKind: 'report',
            unit: 'tier',
            value: 'Tier 2',
            quote: 'In the 2020 report Belarus remained on Tier 3.',
            derived: true,
            note: 'test',
          }),
        ],
      }),
    );
    expect(built.facts.conflicts.map((c) => [c.id, c.year])).toEqual([
      ['tier-VNM-2020-doc001-01', 2020],
      ['tier-VNM-2021-doc001-01', 2021],
    ]);
  });

  it('flags a total over a period that is smaller than another document’s total over a period inside it', () => {
    const run = (outer: Record<string, unknown>) =>
      buildDataset(
        twoDocuments(
          { id: 'doc001-09', metric: 'victims_identified', year: 2011, yearEnd: 2017, ...outer },
          { metric: 'victims_identified', year: 2012, yearEnd: 2017, qualifier: 'approximately' },
        ),
      ).facts.conflicts;
    expect(run({})).toEqual([
      expect.objectContaining({
        id: 'period-SRB-victims_identified-2011-doc001-09-doc002-01',
        kind: 'document-vs-document',
        year: 2011,
        yearEnd: 2017,
        description:
          'The documents disagree on victims identified for Serbia: 18 over 2011–2017 (doc001-09) is less than about 1,500 over 2012–2017 (doc002-01), a period inside it.',
      }),
    ]);
    // "More than 18" over the longer period may well be more than 1,500: no disagreement.
    expect(run({ qualifier: 'more_than' })).toEqual([]);
  });

  it('names regions in conflict descriptions', () => {
    const i = twoDocuments({ country: 'ASIA_PACIFIC' }, { country: 'ASIA_PACIFIC' });
    expect(buildDataset(i).facts.conflicts[0]?.description).toMatch(/ for Asia-Pacific, 2020:/);
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

  it('marks tier cells from the table of placements inferred by elimination as inferred', () => {
    const built = buildDataset(
      inputs({
        tiersGapfill:
          TIER_HEADER + 'SRB,688,Serbia,2019,Tier 2,2,web_page:https://example.org/a,confidence=high\n',
        tiersDerived:
          TIER_HEADER +
          'VNM,704,Viet Nam,2019,Tier 2,2,derived:web_page:https://example.org/b,"derived_by_elimination; confidence=medium; not on the 2019 Tier 1 list, not on the Watch List"\n',
      }),
    );
    expect(built.core.tiers.SRB?.[0]).toMatchObject({
      reportYear: 2019,
      source: 'tip-tiers-gapfill',
      basis: 'stated',
      confidence: 'high',
    });
    expect(built.core.tiers.VNM?.[0]).toMatchObject({
      reportYear: 2019,
      tier: 'Tier 2',
      source: 'tip-tiers-gapfill-derived',
      basis: 'inferred',
      reason: 'inferred: the only tier left once the complete Watch List, Tier 3 and Tier 1 lists are known',
      confidence: 'medium',
    });
    expect(built.core.tiers.SRB?.[0]?.reason).toBeUndefined();
  });

  it('shows the current UNODC release and keeps the value it revised, the values it dropped apart', () => {
    const earlier = GLOTIP.replace('"1,282"', '"1,300"').replace(
      'BLR,Belarus,Europe,Eastern Europe,Persons prosecuted,Total,Total,Total,Total,2018,Counts,40,GLOTIP',
      'BLR,Belarus,Europe,Eastern Europe,Persons prosecuted,Total,Total,Total,Total,2017,Counts,40,GLOTIP',
    );
    const built = buildDataset(inputs({ glotipPrevious: earlier }));
    expect(built.unodc.countries.SRB?.victims).toEqual([[2020, 1282]]);
    expect(built.unodc.revised).toEqual({ SRB: { victims: [[2020, 1300]] } });
    expect(built.unodc.countries.BLR?.prosecuted).toEqual([[2018, 40]]);
    expect(built.unodc.dropped).toEqual({ BLR: { prosecuted: [[2017, 40]] } });
    expect(built.unodc.added).toEqual({ BLR: { prosecuted: [2018] } });
    expect(built.unodc.releases?.map((r) => [r.source, r.released])).toEqual([
      ['unodc-glotip', '2025-04-14'],
      ['unodc-glotip-2023-05', '2023-05-30'],
    ]);
  });

  it('derives UNODC breakdowns by sex, age and form of exploitation from the long table', () => {
    const row = (indicator: string, dim: string, cat: string, sex: string, age: string, value: string) =>
      `SRB,Serbia,Europe,Southern Europe,${indicator},${dim},${cat},${sex},${age},2020,Counts,${value},GLOTIP\n`;
    const v = 'Detected trafficking victims';
    const built = buildDataset(
      inputs({
        glotip:
          GLOTIP +
          row(v, 'Total', 'Total', 'Female', 'Total', '900') +
          row(v, 'Total', 'Total', 'Male', 'Total', '382') +
          row(v, 'Total', 'Total', 'Total', '0 to 17 years', '<5') +
          row(v, 'Total', 'Total', 'Total', '18 years or over', '"1,280"') +
          row(v, 'by form of exploitation', 'Sexual exploitation', 'Total', 'Total', '700') +
          row(v, 'by form of exploitation', 'Forced labour', 'Total', 'Total', '500') +
          // Not a series of the dataset: a sub-total by sex within a form, and citizenship.
          row(v, 'by form of exploitation', 'Forced labour', 'Female', 'Total', '9') +
          row(v, 'by citizenship', 'Abroad', 'Total', 'Total', '77'),
      }),
    );
    expect(built.unodc.countries.SRB).toEqual({
      victims: [[2020, 1282]],
      victimsFemale: [[2020, 900]],
      victimsMale: [[2020, 382]],
      victimsChildren: [[2020, '<5']],
      victimsAdults: [[2020, 1280]],
      victimsSexualExploitation: [[2020, 700]],
      victimsForcedLabour: [[2020, 500]],
      convicted: [[2020, 18]],
    });
  });

  it('leaves out a sex total that the release prints twice for a known quirk, even when both rows agree', () => {
    const iso = ISO + 'UY,URY,858,Uruguay,\n';
    const row = (sex: string, value: string) =>
      `URY,Uruguay,Americas,Latin America and the Caribbean,Detected trafficking victims,Total,Total,${sex},Total,2019,Counts,${value},GLOTIP\n`;
    const built = buildDataset(
      inputs({ iso, glotip: GLOTIP + row('Female', '21') + row('Male', '<5') + row('Male', '<5') }),
    );
    expect(built.unodc.countries.URY).toEqual({ victimsFemale: [[2019, 21]] });
    expect(built.unodc.quirks.join(' ')).toMatch(/ambiguous .*URY victimsMale 2019/);
  });

  it('fails with the file named when a facts file is not JSON', () => {
    const i = inputs();
    i.facts.text = '[{"id": ';
    expect(problemsOf(i)[0]).toMatch(/^facts\.json \[whole file\]: not valid JSON/);
  });
});

describe('valueAppearsInQuote', () => {
  it('finds numbers written with thousands separators', () => {
    expect(valueAppearsInQuote(1500, 'about 1,500 people')).toBe(true);
    expect(valueAppearsInQuote(1500, 'about 1.500 people')).toBe(true);
    expect(valueAppearsInQuote(1500, 'about 1 500 people')).toBe(true);
  });
  it('does not match a number inside a longer one', () => {
    expect(valueAppearsInQuote(150, 'about 1,500 people')).toBe(false);
    expect(valueAppearsInQuote(18, 'in 2018')).toBe(false);
  });
  it('does not match the whole or decimal part of a decimal number', () => {
    expect(valueAppearsInQuote(3, '20% of the 3.4 million Mauritanians')).toBe(false);
    expect(valueAppearsInQuote(4, '20% of the 3.4 million Mauritanians')).toBe(false);
    expect(valueAppearsInQuote(3.4, '20% of the 3.4 million Mauritanians')).toBe(true);
    expect(valueAppearsInQuote(20, '20% of the 3.4 million Mauritanians')).toBe(true);
  });
});

describe('quoteNamesTier', () => {
  it('tells Tier 2 from the Tier 2 Watch List', () => {
    expect(quoteNamesTier('Tier 2', 'Serbia was downgraded to a tier 2 rating')).toBe(true);
    expect(quoteNamesTier('Tier 2', 'Malta falls on the Tier 2 watchlist')).toBe(false);
    expect(quoteNamesTier('Tier 2 Watch List', 'Malta falls on the Tier 2 watchlist')).toBe(true);
    expect(quoteNamesTier('Tier 3', 'the country ranks as Tier 3 for human trafficking')).toBe(true);
    expect(quoteNamesTier('Tier 1', 'the country ranks as Tier 3 for human trafficking')).toBe(false);
  });
});
