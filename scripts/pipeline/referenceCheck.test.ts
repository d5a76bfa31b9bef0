/**
 * Cross-checks of the built dataset (public/data, which `npm run data:check` keeps equal to what the pipeline
 * builds) against references that were derived independently of this pipeline and ship beside the raw tables in
 * ../shared/data/external. They are not inputs of the build, so when that folder is absent the checks are skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  coreDatasetSchema,
  unodcDatasetSchema,
  TIERS,
  type UnodcDataset,
  type UnodcIndicator,
} from '../../src/data/schema';
import { parseCsv } from './csv';
import { UNODC_NON_COUNTRY_CODES } from './unodc';
import { releaseChanges } from './unodcReleases';

const root = resolve(import.meta.dirname, '..', '..');
const external = resolve(root, '..', 'shared', 'data', 'external');
const totalsFile = join(external, 'unodc-glotip-2024', 'glotip_country_year_totals_2025-04.csv');
const totals2023File = join(external, 'unodc-glotip', 'glotip_country_year_totals.csv');
const revisionsFile = join(external, 'unodc-glotip-2024', 'revisions_vs_2023-05_release.csv');
const tiers2025File = join(external, 'tip-tiers-2025', 'tip_tiers_2025_complete.csv');
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

/** Every reference value of the rows given, against what unodc.json holds for them. */
function valueMismatches(unodc: UnodcDataset, rows: readonly Record<string, string>[]): string[] {
  const mismatches: string[] = [];
  for (const r of rows) {
    const suppressed = new Set(r.suppressed_lt5 ? r.suppressed_lt5.split(';') : []);
    for (const [indicator, column] of Object.entries(TOTALS_COLUMN) as [UnodcIndicator, string][]) {
      const expected = suppressed.has(column) ? '<5' : r[column] ? Number(r[column]) : undefined;
      const actual = unodc.countries[r.iso3!]?.[indicator]?.find(([y]) => y === Number(r.year))?.[1];
      if (expected !== actual) mismatches.push(`${r.iso3} ${r.year} ${indicator}: ${actual} ≠ ${expected}`);
    }
  }
  return mismatches;
}

const readTotals = (file: string): Record<string, string>[] =>
  // The references leave regional aggregates in (we do not: they are not countries) and, like us, leave out the
  // sex totals that a release prints twice.
  parseCsv(readFileSync(file, 'utf8'), file, ['iso3', 'year', 'suppressed_lt5']).filter(
    (r) => !(r.iso3! in UNODC_NON_COUNTRY_CODES),
  );

// Vitest runs a skipped describe's body to collect its tests: the files are read in beforeAll, which a skipped
// suite does not run (a clone without ../shared has none of them).
describe.skipIf(!existsSync(totalsFile))(
  'UNODC series against glotip_country_year_totals_2025-04.csv',
  () => {
    let unodc: UnodcDataset;
    let countryRows: Record<string, string>[];
    beforeAll(() => {
      unodc = unodcDatasetSchema.parse(readJson('unodc.json'));
      countryRows = readTotals(totalsFile);
    });

    it('gives every country-year value the reference gives, "<5" included', () => {
      expect(valueMismatches(unodc, countryRows)).toEqual([]);
    });

    it('holds no current value the reference does not have, except countries the release does not report', () => {
      const known = new Set(countryRows.map((r) => `${r.iso3}|${r.year}`));
      const extra = Object.entries(unodc.countries)
        .filter(([iso3]) => !unodc.carried?.[iso3])
        .flatMap(([iso3, series]) =>
          Object.values(series).flatMap((points) =>
            points.filter(([y]) => !known.has(`${iso3}|${y}`)).map(([y]) => `${iso3} ${y}`),
          ),
        );
      expect(extra).toEqual([]);
    });

    it('leaves out the 72 sex totals the release prints twice, as the reference does', () => {
      const listed = countryRows.flatMap((r) => (r.duplicate_keys ? r.duplicate_keys.split(';') : []));
      expect(listed).toHaveLength(72);
      const shown = countryRows.flatMap((r) =>
        (r.duplicate_keys ? r.duplicate_keys.split(';') : []).flatMap((column) => {
          const indicator = column === 'detected_victims_female' ? 'victimsFemale' : 'victimsMale';
          const point = unodc.countries[r.iso3!]?.[indicator]?.find(([y]) => y === Number(r.year));
          return point ? [`${r.iso3} ${r.year} ${indicator}`] : [];
        }),
      );
      expect(shown).toEqual([]);
    });
  },
);

describe.skipIf(!existsSync(totals2023File))('countries absent from the April 2025 release', () => {
  it('keep the values of the May 2023 release, and are marked as coming from it', () => {
    const unodc = unodcDatasetSchema.parse(readJson('unodc.json'));
    const carried = Object.keys(unodc.carried ?? {});
    expect(carried).toEqual(['PRK']);
    const rows = readTotals(totals2023File).filter((r) => carried.includes(r.iso3!));
    expect(rows.length).toBeGreaterThan(0);
    expect(valueMismatches(unodc, rows)).toEqual([]);
    expect(unodc.carried).toEqual({ PRK: 'unodc-glotip-2023-05' });
  });
});

describe.skipIf(!existsSync(revisionsFile))(
  'UNODC revisions against revisions_vs_2023-05_release.csv',
  () => {
    const HEADLINE: Record<string, UnodcIndicator> = {
      detected_victims_total: 'victims',
      persons_prosecuted_total: 'prosecuted',
      persons_convicted_total: 'convicted',
    };
    let unodc: UnodcDataset;
    let rows: Record<string, string>[];
    beforeAll(() => {
      unodc = unodcDatasetSchema.parse(readJson('unodc.json'));
      rows = parseCsv(readFileSync(revisionsFile, 'utf8'), revisionsFile, [
        'iso3',
        'year',
        'indicator',
        'change',
      ]);
    });

    it('is the reference the issue names: 129 revised, 460 new, 66 dropped (56 of them regional aggregates)', () => {
      const by = (change: string) => rows.filter((r) => r.change === change);
      expect([by('revised').length, by('new_in_2025_04').length, by('dropped_in_2025_04').length]).toEqual([
        129, 460, 66,
      ]);
      expect(by('dropped_in_2025_04').filter((r) => r.iso3! in UNODC_NON_COUNTRY_CODES)).toHaveLength(56);
    });

    it('finds the same revised, new and dropped country-years for the three headline measures', () => {
      // The reference writes "<5" as empty, so a "<5" that became a number is "new" there: compare in its terms.
      const column = Object.fromEntries(Object.entries(HEADLINE).map(([c, i]) => [i, c]));
      const change = { revised: 'revised', new: 'new_in_2025_04', dropped: 'dropped_in_2025_04' } as const;
      const ours = releaseChanges(unodc, Object.values(HEADLINE), true).map((c) =>
        [c.iso3, c.dataYear, column[c.indicator], c.before, c.after, change[c.change]].join(','),
      );
      const reference = rows
        .filter((r) => !(r.iso3! in UNODC_NON_COUNTRY_CODES))
        .map((r) => [r.iso3, r.year, r.indicator, r.value_2023_05, r.value_2025_04, r.change].join(','));
      expect(ours.sort()).toEqual(reference.sort());
    });

    it('keeps the earlier value of a revised cell: UK detected victims 2020, 10,613 in May 2023', () => {
      expect(unodc.countries.GBR?.victims?.find(([y]) => y === 2020)?.[1]).toBe(10582);
      expect(unodc.revised?.GBR?.victims).toContainEqual([2020, 10613]);
    });
  },
);

describe.skipIf(!existsSync(tiers2025File))('the 2025 report against tip_tiers_2025_complete.csv', () => {
  it('places every assessed country as the table does: 33 / 106 / 25 / 20 / 4, with its basis', () => {
    const core = coreDatasetSchema.parse(readJson('core.json'));
    const rows = parseCsv(readFileSync(tiers2025File, 'utf8'), tiers2025File, ['iso3', 'tier', 'basis']);
    const cells = Object.entries(core.tiers).flatMap(([iso3, list]) =>
      list.filter((c) => c.reportYear === 2025).map((c) => ({ iso3, ...c })),
    );
    expect(cells.map((c) => `${c.iso3} ${c.tier} ${c.basis}`).sort()).toEqual(
      rows
        .map((r) => `${r.iso3} ${r.tier} ${r.basis!.startsWith('inferred') ? 'inferred' : 'stated'}`)
        .sort(),
    );
    const count = (tier: string) => cells.filter((c) => c.tier === tier).length;
    expect(TIERS.map(count)).toEqual([33, 106, 25, 20, 4]);
    expect(core.coverage.find((c) => c.reportYear === 2025)).toMatchObject({
      status: 'complete',
      tier1or2: [],
    });
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
