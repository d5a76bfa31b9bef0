/**
 * Rules for the inputs of issue 13: the complete 2025 tier table, the check of the inferred 2024 Tier 2 cells, and
 * the April 2025 UNODC release read against the May 2023 one.
 */
import { describe, expect, it } from 'vitest';
import type { TierCell } from '../../src/data/schema';
import type { IsoEntry } from './iso';
import { Problems } from './problems';
import {
  REASON_ELIMINATION,
  computeCoverage,
  derivedRowBasis,
  mergeTierTables,
  parseTierTable,
  releaseDateFromProvenance,
  tiers2025RowBasis,
} from './tiers';
import { parseGlotip } from './unodc';
import { compareReleases } from './unodcReleases';

const iso = new Map<string, IsoEntry>(
  ['AUT', 'COL', 'MEX', 'ARE', 'BLR', 'GBR', 'PRK'].map((c) => [c, { iso3: c, isoNumeric: '001', name: c }]),
);

const T2025 = `iso3,iso_numeric,country,report_year,tier,tier_code,basis,confidence,source,note
AUT,040,Austria,2025,Tier 1,1,inferred (count consistency),medium,derived:x,"2024 Tier 1; no 2025 statement found. 24 Tier 1 countries are sourced for 2025; the remaining 9 slots of the published total of 33 are filled exactly"
COL,170,Colombia,2025,Tier 2,2,sourced (new: this folder),high,web_page:https://www.semana.com/a,
ARE,784,United Arab Emirates,2025,Tier 2,2,inferred (elimination),medium,derived:x,assessed but not on the lists
BLR,112,Belarus,2025,Tier 3,3,sourced (existing: tip-tiers-combined),high,cia_factbook,
`;

const parse2025 = (text: string, problems = new Problems()) =>
  parseTierTable(
    { text, file: '2025.csv', sourceId: 'tip-tiers-2025', basis: tiers2025RowBasis },
    iso,
    problems,
  );

describe('tiers2025RowBasis', () => {
  it('gives an inferred Tier 1 the published count it was inferred from, in words', () => {
    const aut = parse2025(T2025).find((r) => r.iso3 === 'AUT');
    expect(aut).toMatchObject({ tier: 'Tier 1', basis: 'inferred', confidence: 'medium' });
    expect(aut?.reason).toBe(
      'inferred from the published count of 33 Tier 1 countries (on Tier 1 in 2024; no 2025 statement found)',
    );
  });

  it('says a Tier 2 by elimination is the only tier left once the other lists are known', () => {
    expect(parse2025(T2025).find((r) => r.iso3 === 'ARE')).toMatchObject({
      basis: 'inferred',
      reason: REASON_ELIMINATION,
    });
  });

  it('keeps sourced rows as stated, with no reason, naming their origin', () => {
    const col = parse2025(T2025).find((r) => r.iso3 === 'COL');
    expect(col).toMatchObject({
      tier: 'Tier 2',
      basis: 'stated',
      confidence: 'high',
      origin: 'web page semana.com',
    });
    expect(col?.reason).toBeUndefined();
  });

  it('refuses a basis the provenance does not describe, and a count inference without its count', () => {
    const problems = new Problems();
    parse2025(
      T2025.replace('inferred (elimination)', 'guessed').replace('published total of 33', 'published total'),
      problems,
    );
    expect(problems.list.map((p) => `${p.record}: ${p.reason}`)).toEqual([
      'row 2 AUT 2025: a Tier 1 inferred by count whose note does not give the published count',
      'row 4 ARE 2025: basis "guessed" is not one the table\'s PROVENANCE.md describes',
    ]);
  });
});

describe('derivedRowBasis', () => {
  it('refuses an inferred cell whose note gives no recognised reason', () => {
    expect(derivedRowBasis({ tier: 'Tier 2', note: 'derived_by_elimination; confidence=medium' })).toEqual({
      problem: expect.stringMatching(/no plain-language reason/),
    });
  });
});

describe('the 2024 Tier 2 check', () => {
  const HEADER = 'iso3,iso_numeric,country,report_year,tier,tier_code,source,note\n';
  const derived =
    HEADER +
    'MEX,484,Mexico,2024,Tier 2,2,derived:x,"derived_by_elimination; confidence=medium; not on the 2024 Tier 1 list"\n' +
    'ARE,784,United Arab Emirates,2024,Tier 2,2,derived:x,"derived_by_elimination; confidence=medium; not on the 2024 Tier 1 list"\n';
  const check = `iso3,iso_numeric,country,report_year,tier_derived,check,kind,confirming_sources,evidence
ARE,784,United Arab Emirates,2024,Tier 2,not checked (no 2024 statement found),,,
MEX,484,Mexico,2024,Tier 2,confirmed,implied_by_next_year_narrative,web_page:https://fooshya.com/2025/mexico,"remained on Tier 2"
`;
  const merged = (checkText: string, problems = new Problems()) =>
    mergeTierTables(
      [
        parseTierTable(
          {
            text: checkText,
            file: 'check.csv',
            sourceId: 'tip-tiers-2024-check',
            basis: 'stated',
            tierColumn: 'tier_derived',
            sourceColumn: 'confirming_sources',
            keep: (row) => row.check === 'confirmed',
          },
          iso,
          problems,
        ),
        parseTierTable(
          { text: derived, file: 'derived.csv', sourceId: 'derived', basis: derivedRowBasis },
          iso,
          problems,
        ),
      ],
      problems,
    );

  it('turns a confirmed inferred cell into a stated one with its source, and leaves the others inferred', () => {
    const tiers = merged(check);
    expect(tiers.get('MEX')?.[0]).toMatchObject({
      tier: 'Tier 2',
      basis: 'stated',
      source: 'tip-tiers-2024-check',
      origin: 'web page fooshya.com',
    });
    expect(tiers.get('ARE')?.[0]).toMatchObject({ basis: 'inferred', reason: REASON_ELIMINATION });
  });

  it('stops the build when a check contradicts the inferred tier', () => {
    const problems = new Problems();
    merged(
      check.replace('MEX,484,Mexico,2024,Tier 2,confirmed', 'MEX,484,Mexico,2024,Tier 1,confirmed'),
      problems,
    );
    expect(problems.list.map((p) => p.reason)).toEqual([
      expect.stringMatching(/MEX 2024 is "Tier 2" here but "Tier 1"/),
    ]);
  });
});

describe('computeCoverage', () => {
  const cell = (reportYear: number, tier: TierCell['tier'], inferred = false): TierCell => ({
    reportYear,
    tier,
    source: 's',
    basis: inferred ? 'inferred' : 'stated',
    ...(inferred ? { reason: REASON_ELIMINATION } : {}),
    confidence: 'high',
    origin: '',
  });
  const tiers = new Map<string, TierCell[]>([
    ['AUT', [cell(2024, 'Tier 1'), cell(2025, 'Tier 1', true)]],
    ['COL', [cell(2024, 'Tier 1'), cell(2025, 'Tier 2')]],
    ['BLR', [cell(2024, 'Tier 3')]],
  ]);

  it('calls a year complete when every assessed country has a tier, and says how many are inferred', () => {
    const y2025 = computeCoverage(tiers, []).find((c) => c.reportYear === 2025);
    expect(y2025).toMatchObject({ status: 'complete', known: 2, tier1or2: [] });
    expect(y2025?.note).toMatch(/1 of the 2 placements are inferred/);
  });

  it('still marks "Tier 1 or 2" for a year whose sources list only the Watch List and Tier 3', () => {
    const listsOnly = new Map(tiers);
    listsOnly.set('COL', [cell(2024, 'Tier 1')]);
    const y2025 = computeCoverage(listsOnly, [2025]).find((c) => c.reportYear === 2025);
    expect(y2025).toMatchObject({ status: 'lists-only', tier1or2: ['BLR', 'COL'] });
  });
});

describe('releaseDateFromProvenance', () => {
  it('reads the release date from the heading of the table provenance', () => {
    expect(
      releaseDateFromProvenance('# TIP Report 2025 (released 29 Sept 2025): full tier placements\n'),
    ).toBe('2025-09-29');
    expect(releaseDateFromProvenance('# TIP Report 2025: full tier placements\n')).toBeNull();
  });
});

const GLOTIP_HEADER =
  'Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\n';
const victims = (code: string, year: number, value: string, sex = 'Total') =>
  `${code},${code},Europe,Northern Europe,Detected trafficking victims,Total,Total,${sex},Total,${year},Counts,${value},GLOTIP\n`;

describe('parseGlotip', () => {
  it('rejects regional aggregate codes as countries', () => {
    const problems = new Problems();
    const r = parseGlotip(
      GLOTIP_HEADER +
        victims('GBR', 2020, '10,582') +
        victims('CAR', 2020, '900') +
        victims('SAM', 2020, '12'),
      'g.csv',
      iso,
      problems,
    );
    expect(problems.list).toEqual([]);
    expect(Object.keys(r.countries)).toEqual(['GBR']);
    expect(r.quirks.join(' ')).toMatch(/CAR = Caribbean \(regional aggregate\).*SAM = South America/);
  });

  it('leaves out a sex total printed twice, for any country: the two rows are the adult and child parts', () => {
    const problems = new Problems();
    const r = parseGlotip(
      GLOTIP_HEADER +
        victims('AUT', 2017, '407', 'Female') +
        victims('AUT', 2017, '36', 'Female') +
        victims('AUT', 2017, '12', 'Male'),
      'g.csv',
      iso,
      problems,
    );
    expect(problems.list).toEqual([]);
    expect(r.countries.AUT).toEqual({ victimsMale: [[2017, 12]] });
    expect(r.ambiguous).toEqual(['AUT|victimsFemale|2017']);
  });

  it('still refuses a total count printed twice with different values', () => {
    const problems = new Problems();
    parseGlotip(
      GLOTIP_HEADER + victims('AUT', 2017, '407') + victims('AUT', 2017, '36'),
      'g.csv',
      iso,
      problems,
    );
    expect(problems.list.map((p) => p.reason)).toEqual([
      expect.stringMatching(/appears twice with different values/),
    ]);
  });
});

describe('compareReleases', () => {
  const current = {
    GBR: {
      victims: [
        [2020, 10582],
        [2022, 9000],
      ] as [number, number][],
    },
  };
  const earlier = {
    GBR: {
      victims: [
        [2019, 12000],
        [2020, 10613],
      ] as [number, number][],
    },
    PRK: { victimsForcedLabour: [[2019, '<5']] as [number, '<5'][] },
  };
  const r = compareReleases(current, earlier, 'unodc-glotip-2023-05');

  it('shows the current value and keeps the value it revised', () => {
    expect(r.countries.GBR?.victims).toEqual([
      [2020, 10582],
      [2022, 9000],
    ]);
    expect(r.revised).toEqual({ GBR: { victims: [[2020, 10613]] } });
  });

  it('keeps a dropped country-year apart, never among the current values', () => {
    expect(r.dropped).toEqual({ GBR: { victims: [[2019, 12000]] } });
    expect(r.added).toEqual({ GBR: { victims: [2022] } });
  });

  it('keeps a country the current release does not report, naming the release its values come from', () => {
    expect(r.countries.PRK).toEqual(earlier.PRK);
    expect(r.carried).toEqual({ PRK: 'unodc-glotip-2023-05' });
  });
});
