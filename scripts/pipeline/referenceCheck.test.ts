/**
 * Cross-checks of the built dataset (public/data, which `npm run data:check` keeps equal to what the pipeline
 * builds) against references that were derived independently of this pipeline and ship beside the raw tables in
 * ../shared/data/external. They are not inputs of the build, so when that folder is absent the checks are skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { coreDatasetSchema, unodcDatasetSchema, TIERS, type UnodcIndicator } from '../../src/data/schema';
import { parseCsv } from './csv';
import { UNODC_NON_COUNTRY_CODES } from './unodc';

const root = resolve(import.meta.dirname, '..', '..');
const external = resolve(root, '..', 'shared', 'data', 'external');
const totalsFile = join(external, 'unodc-glotip', 'glotip_country_year_totals.csv');
const tierFactsFile = join(external, 'tip-tiers-combined', 'validation_reference_facts.csv');
const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(join(root, 'public', 'data', name), 'utf8'));

/** The reference's column for each series of unodc.json. */
const TOTALS_COLUMN: Record<UnodcIndicator, string> = {
  victims: 'detected_victims_total',
  victimsFemale: 'detected_victims_female',
  victimsMale: 'detected_victims_male',
  victimsChildren: 'detected_victims_children',
  victimsAdults: 'detected_victims_adults',
  victimsSexualExploitation: 'detected_victims_sexual_exploitation',
  victimsForcedLabour: 'detected_victims_forced_labour',
  prosecuted: 'persons_prosecuted_total',
  convicted: 'persons_convicted_total',
};

// Vitest runs a skipped describe's body to collect its tests: the files are read in beforeAll, which a skipped
// suite does not run (a clone without ../shared has none of them).
describe.skipIf(!existsSync(totalsFile))('UNODC series against glotip_country_year_totals.csv', () => {
  let unodc: ReturnType<typeof unodcDatasetSchema.parse>;
  let countryRows: Record<string, string>[];
  beforeAll(() => {
    unodc = unodcDatasetSchema.parse(readJson('unodc.json'));
    const rows = parseCsv(readFileSync(totalsFile, 'utf8'), totalsFile, ['iso3', 'year', 'suppressed_lt5']);
    // The reference leaves regional aggregates in (we do not: they are not countries) and, like us, leaves out the
    // sex totals that the release prints twice.
    countryRows = rows.filter((r) => !(r.iso3! in UNODC_NON_COUNTRY_CODES));
  });

  it('gives every country-year value the reference gives, "<5" included', () => {
    const mismatches: string[] = [];
    for (const r of countryRows) {
      const suppressed = new Set(r.suppressed_lt5 ? r.suppressed_lt5.split(';') : []);
      for (const [indicator, column] of Object.entries(TOTALS_COLUMN) as [UnodcIndicator, string][]) {
        const expected = suppressed.has(column) ? '<5' : r[column] ? Number(r[column]) : undefined;
        const actual = unodc.countries[r.iso3!]?.[indicator]?.find(([y]) => y === Number(r.year))?.[1];
        if (expected !== actual) mismatches.push(`${r.iso3} ${r.year} ${indicator}: ${actual} ≠ ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('holds no value the reference does not have', () => {
    const known = new Set(countryRows.map((r) => `${r.iso3}|${r.year}`));
    const extra = Object.entries(unodc.countries).flatMap(([iso3, series]) =>
      Object.values(series).flatMap((points) =>
        points.filter(([y]) => !known.has(`${iso3}|${y}`)).map(([y]) => `${iso3} ${y}`),
      ),
    );
    expect(extra).toEqual([]);
  });
});

describe.skipIf(!existsSync(tierFactsFile))('tiers against validation_reference_facts.csv', () => {
  let core: ReturnType<typeof coreDatasetSchema.parse>;
  let rows: Record<string, string>[];
  beforeAll(() => {
    core = coreDatasetSchema.parse(readJson('core.json'));
    rows = parseCsv(readFileSync(tierFactsFile, 'utf8'), tierFactsFile, [
      'iso3',
      'report_year',
      'value_found',
    ]);
  });

  it('has the tier the reference found for each single report year', () => {
    // "Tier 2 (upgraded from Watch List)", "Tier 3 in the 2017 report; ..." → the tier named first.
    const tierPattern = new RegExp(`^(${[...TIERS].sort((a, b) => b.length - a.length).join('|')})`);
    const checked = rows.filter((r) => /^\d{4}$/.test(r.report_year!));
    expect(checked.length).toBeGreaterThan(0);
    for (const r of checked) {
      const expected = tierPattern.exec(r.value_found!)?.[1];
      const cell = core.tiers[r.iso3!]?.find((c) => c.reportYear === Number(r.report_year));
      expect(`${r.iso3} ${r.report_year}: ${cell?.tier}`).toBe(`${r.iso3} ${r.report_year}: ${expected}`);
    }
  });
});
