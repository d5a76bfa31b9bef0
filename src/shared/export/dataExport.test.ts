import { describe, expect, it } from 'vitest';
import { buildCsv, buildJson, csvCell, parseCsvRows } from './dataExport';
import { fixtureSpec } from './exportSpec.fixture';

describe('buildCsv', () => {
  const csv = buildCsv(fixtureSpec(), '2026-11-22');
  const comments = csv.split('\n').filter((l) => l.startsWith('#'));

  it('starts with comment lines giving title, sources with citations, caveats, link and dataset version', () => {
    expect(comments[0]).toBe('# Belarus and Serbia on the TIP tiers, 2020 report');
    expect(comments).toContain('# Source [tip-tiers-combined]: U.S. Department of State, TIP Report 2020');
    expect(comments).toContain('# Caveat: Tiers rate government efforts, not prevalence.');
    expect(comments).toContain('# Link: https://atlas.example/?year=2020&countries=BLR,SRB');
    expect(comments).toContain('# Dataset version: test-v1');
    expect(comments).toContain('# Exported: 2026-11-22');
    expect(csv.startsWith('#')).toBe(true);
  });

  it('writes a header row and one row per data row, with source ids', () => {
    expect(parseCsvRows(csv)).toEqual([
      ['iso3', 'country', 'reportYear', 'tier', 'victims', 'source'],
      ['BLR', 'Belarus', '2020', 'Tier 3', '<5', 'tip-tiers-combined'],
      ['SRB', 'Serbia', '2020', 'Tier 2', '', 'tip-tiers-combined'],
    ]);
  });

  it('keeps "<5" as "<5" and missing values as empty cells, never 0', () => {
    const lines = csv.trim().split('\n');
    expect(lines.at(-2)).toBe('BLR,Belarus,2020,Tier 3,<5,tip-tiers-combined');
    expect(lines.at(-1)).toBe('SRB,Serbia,2020,Tier 2,,tip-tiers-combined');
  });

  it('keeps multi-line caveats on one comment line', () => {
    const spec = fixtureSpec();
    spec.data.caveats = ['first line\nsecond line'];
    expect(buildCsv(spec, '2026-11-22')).toContain('# Caveat: first line second line\n');
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
      victims: '<5',
      source: 'tip-tiers-combined',
    });
    expect(json.rows[1].victims).toBeNull();
  });
});
