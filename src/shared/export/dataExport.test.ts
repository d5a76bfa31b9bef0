import { describe, expect, it } from 'vitest';
import { autoType, csvParse } from 'd3-dsv';
import fc from 'fast-check';
import { buildCsv, buildJson, csvCell, parseCsvRows, tidyTable } from './dataExport';
import { fixtureSpec } from './exportSpec.fixture';

describe('buildCsv', () => {
  const csv = buildCsv(fixtureSpec());

  it('starts with a UTF-8 byte-order mark and the header on line 1, so spreadsheets and pandas read it', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      'iso3,country,reportYear,tier,victims,victimsFlag,source,sourceCitation',
    );
    expect(csv).not.toMatch(/^\uFEFF?#/m);
  });

  it('writes "<5" as an empty value with a flag, and missing as empty, never 0', () => {
    expect(parseCsvRows(csv).slice(1)).toEqual([
      [
        'BLR',
        'Belarus',
        '2020',
        'Tier 3',
        '',
        '<5',
        'tip-tiers-combined',
        'U.S. Department of State, TIP Report 2020',
      ],
      [
        'SRB',
        'Serbia',
        '2020',
        'Tier 2',
        '',
        '',
        'tip-tiers-combined',
        'U.S. Department of State, TIP Report 2020',
      ],
    ]);
  });

  it('loads with a strict parser into one type per column: numbers as numbers, every source resolving', () => {
    const rows = csvParse(csv.slice(1), autoType) as Record<string, unknown>[];
    expect(rows.map((r) => r.reportYear)).toEqual([2020, 2020]);
    expect(rows.map((r) => r.victims)).toEqual([null, null]);
    expect(rows.map((r) => r.victimsFlag)).toEqual(['<5', null]);
    const ids = new Set(fixtureSpec().data.sources.map((s) => s.id));
    for (const r of rows) expect(ids.has(r.source as string)).toBe(true);
  });

  it('drops a row that repeats another exactly', () => {
    const spec = fixtureSpec();
    spec.data.rows = [...spec.data.rows, { ...spec.data.rows[1]! }];
    expect(parseCsvRows(buildCsv(spec))).toHaveLength(3);
  });

  it('credits a document figure to its article, author and document, not only the compilation id', () => {
    const spec = fixtureSpec();
    spec.data.rows = [
      {
        ...spec.data.rows[1]!,
        source: 'doc-001',
        article: 'Human Trafficking in Serbia',
        author: 'Josef Whitehead',
        document: '001_99f0.txt',
      },
    ];
    const [header, row] = parseCsvRows(buildCsv(spec));
    expect(row![header!.indexOf('sourceCitation')]).toBe(
      'Josef Whitehead, “Human Trafficking in Serbia” (001_99f0.txt)',
    );
  });
});

describe('tidyTable', () => {
  it('gives every column one type, whatever mix of numbers, "<5" and nulls comes in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.constant('<5'), fc.constant(null)), {
          maxLength: 30,
        }),
        (values) => {
          const spec = fixtureSpec();
          spec.data.rows = values.map((v, i) => ({
            ...spec.data.rows[0]!,
            reportYear: 2000 + i,
            victims: v,
          }));
          const table = tidyTable(spec.data);
          for (const r of table.rows) expect(r.victims === null || typeof r.victims === 'number').toBe(true);
          const parsed = csvParse(buildCsv(spec).slice(1), autoType) as Record<string, unknown>[];
          expect(parsed.map((r) => r.victims)).toEqual(values.map((v) => (typeof v === 'number' ? v : null)));
          expect(parsed.map((r) => r.victimsFlag ?? null)).toEqual(
            values.map((v) => (v === '<5' ? '<5' : null)),
          );
        },
      ),
    );
  });
});

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Korea, Republic of')).toBe('"Korea, Republic of"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });

  it('stops spreadsheets from running text as a formula, but leaves negative numbers alone', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-12')).toBe('-12');
    expect(csvCell(-12)).toBe('-12');
  });
});

describe('parseCsvRows', () => {
  it('reads quoted cells with commas and line breaks back', () => {
    expect(parseCsvRows('# c\na,b\n"x, y","1\n2"\n')).toEqual([
      ['a', 'b'],
      ['x, y', '1\n2'],
    ]);
  });
});

describe('buildJson', () => {
  it('holds the same metadata as fields, and the rows by column', () => {
    const json = JSON.parse(buildJson(fixtureSpec(), '2026-11-22'));
    expect(json).toMatchObject({
      title: 'Belarus and Serbia on the TIP tiers, 2020 report',
      link: 'https://atlas.example/?year=2020&countries=BLR,SRB',
      datasetVersion: 'test-v1',
      exportedOn: '2026-11-22',
      caveats: ['Tiers rate government efforts, not prevalence.'],
      sources: [{ id: 'tip-tiers-combined', citation: 'U.S. Department of State, TIP Report 2020' }],
    });
    expect(json.rows[0]).toEqual({
      iso3: 'BLR',
      country: 'Belarus',
      reportYear: 2020,
      tier: 'Tier 3',
      victims: null,
      victimsFlag: '<5',
      source: 'tip-tiers-combined',
      sourceCitation: 'U.S. Department of State, TIP Report 2020',
    });
    expect(json.rows[1].victims).toBeNull();
  });
});
