/**
 * The data build where sources disagree (both values kept and the conflict flagged), tier cells inferred by
 * elimination, and UNODC's releases and breakdowns.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from './build';
import { ISO, TIER_HEADER, GLOTIP, fact, inputs, twoDocuments, problemsOf } from './buildTestInputs';

describe('buildDataset', () => {
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
});
