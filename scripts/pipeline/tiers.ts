import {
  TIERS,
  MIN_YEAR,
  MAX_YEAR,
  type Confidence,
  type ReportYearCoverage,
  type Tier,
  type TierBasis,
  type TierCell,
} from '../../src/data/schema';
import { parseCsv, rowRef } from './csv';
import type { IsoEntry } from './iso';
import type { Problems } from './problems';

export interface TierRow extends TierCell {
  iso3: string;
  file: string;
  record: string;
}

export interface TierTableInput {
  text: string;
  file: string;
  sourceId: string;
  basis: TierBasis;
}

/** Readable names for the origins the combined and gap-fill tables cite in their `source` column. */
function describeOrigin(raw: string): string {
  return raw
    .split(';')
    .map((part) => {
      const p = part.trim();
      if (p === 'kelley_heiss_map_tiers') return 'Kelley & Heiss tier panel';
      if (p === 'kelley_cho_dta_code666') return 'Cho & Kelley dataset (Special Case)';
      if (p === 'cia_factbook') return 'CIA World Factbook';
      const web = /^(?:derived:)?web_page:https?:\/\/([^/]+)/.exec(p);
      if (web) return `web page ${web[1]!.replace(/^www\./, '')}`;
      const gh = /^(?:derived:)?github:([^@]+)@/.exec(p);
      if (gh) return `GitHub ${gh[1]}`;
      return p;
    })
    .filter((v, i, all) => all.indexOf(v) === i)
    .join(' + ');
}

/**
 * Confidence of a tier cell. The gap-fill table states it in `note` ("confidence=medium");
 * the combined panel does not, so: high for the Kelley & Heiss panel and the CIA Factbook,
 * medium for third-party web pages (see tip-tiers-combined/PROVENANCE.md, precedence rules).
 */
function confidenceOf(source: string, note: string): Confidence {
  const stated = /confidence=(high|medium-high|medium|low)/.exec(note);
  if (stated) return stated[1] === 'low' ? 'low' : stated[1] === 'high' ? 'high' : 'medium';
  return source.startsWith('web_page:') ? 'medium' : 'high';
}

const isTier = (value: string): value is Tier => (TIERS as readonly string[]).includes(value);

export function parseTierTable(
  input: TierTableInput,
  iso: Map<string, IsoEntry>,
  problems: Problems,
): TierRow[] {
  const rows = parseCsv(input.text, input.file, ['iso3', 'report_year', 'tier', 'source']);
  const out: TierRow[] = [];
  const seen = new Map<string, TierRow>();
  rows.forEach((row, i) => {
    const record = `${rowRef(i)} ${row.iso3 ?? ''} ${row.report_year ?? ''}`;
    const iso3 = row.iso3 ?? '';
    if (!iso.has(iso3)) {
      problems.add(input.file, record, `unknown country code "${iso3}"`);
      return;
    }
    const reportYear = Number(row.report_year);
    if (!Number.isInteger(reportYear) || reportYear < MIN_YEAR || reportYear > MAX_YEAR) {
      problems.add(
        input.file,
        record,
        `report year "${row.report_year}" is outside ${MIN_YEAR}..${MAX_YEAR}`,
      );
      return;
    }
    const tier = row.tier ?? '';
    if (!isTier(tier)) {
      problems.add(input.file, record, `tier "${tier}" is not one of ${TIERS.join(', ')}`);
      return;
    }
    const cell: TierRow = {
      iso3,
      reportYear,
      tier,
      source: input.sourceId,
      basis: input.basis,
      confidence: confidenceOf(row.source ?? '', row.note ?? ''),
      origin: describeOrigin(row.source ?? ''),
      file: input.file,
      record,
    };
    const key = `${iso3}|${reportYear}`;
    const earlier = seen.get(key);
    if (earlier) {
      if (earlier.tier !== tier) {
        problems.add(
          input.file,
          record,
          `${iso3} ${reportYear} appears twice with different tiers ("${earlier.tier}" at ${earlier.record}, "${tier}")`,
        );
      }
      return;
    }
    seen.set(key, cell);
    out.push(cell);
  });
  return out;
}

/**
 * Merges tier tables in order of precedence. The gap-fill tables promise to fill only cells the combined
 * panel lacks (tip-tiers-gapfill/PROVENANCE.md), so an overlap that disagrees means the inputs changed
 * under us: the build stops rather than pick a winner silently.
 */
export function mergeTierTables(tables: readonly TierRow[][], problems: Problems): Map<string, TierCell[]> {
  const byKey = new Map<string, TierRow>();
  for (const table of tables) {
    for (const row of table) {
      const key = `${row.iso3}|${row.reportYear}`;
      const earlier = byKey.get(key);
      if (!earlier) {
        byKey.set(key, row);
      } else if (earlier.tier !== row.tier) {
        problems.add(
          row.file,
          row.record,
          `${row.iso3} ${row.reportYear} is "${row.tier}" here but "${earlier.tier}" in ${earlier.file} (${earlier.record}); gap-fill rows must not overlap the combined panel`,
        );
      }
    }
  }
  const byCountry = new Map<string, TierCell[]>();
  for (const row of [...byKey.values()].sort((a, b) => a.reportYear - b.reportYear)) {
    const { iso3, file: _file, record: _record, ...cell } = row;
    const list = byCountry.get(iso3) ?? [];
    list.push(cell);
    byCountry.set(iso3, list);
  }
  return byCountry;
}

/**
 * Report years whose sources list the Watch List and Tier 3 in full but Tier 1 and Tier 2 only in part
 * (tip-tiers-combined/PROVENANCE.md, "Coverage": 2022, 2024, 2025 are "Watch List + Tier 3 only"; the
 * gap-fill adds some Tier 1 and Tier 2 cells). A country assessed that year but absent from the lists is on
 * Tier 1 or Tier 2. Every other covered year lists all tiers.
 */
export const REPORT_YEARS_WITH_PARTIAL_TIER_1_2 = [2022, 2024, 2025] as const;

/** The first TIP Report was published in 2001. */
export const FIRST_REPORT_YEAR = 2001;

export function computeCoverage(
  tiers: Map<string, TierCell[]>,
  partialYears: readonly number[] = REPORT_YEARS_WITH_PARTIAL_TIER_1_2,
): ReportYearCoverage[] {
  const known = new Map<number, Set<string>>();
  let lastYear = FIRST_REPORT_YEAR;
  for (const [iso3, cells] of tiers) {
    for (const cell of cells) {
      const set = known.get(cell.reportYear) ?? new Set<string>();
      set.add(iso3);
      known.set(cell.reportYear, set);
      lastYear = Math.max(lastYear, cell.reportYear);
    }
  }
  const tierOf = (iso3: string, year: number) => tiers.get(iso3)?.find((c) => c.reportYear === year)?.tier;
  const coverage: ReportYearCoverage[] = [];
  for (let reportYear = FIRST_REPORT_YEAR; reportYear <= lastYear; reportYear++) {
    const thisYear = known.get(reportYear) ?? new Set<string>();
    if (thisYear.size === 0) {
      coverage.push({
        reportYear,
        status: 'none',
        known: 0,
        tier1or2: [],
        note: 'No tier placements were found for this report year.',
      });
      continue;
    }
    if (!partialYears.includes(reportYear)) {
      coverage.push({
        reportYear,
        status: 'complete',
        known: thisYear.size,
        tier1or2: [],
        note: 'All tiers are listed for this report year.',
      });
      continue;
    }
    // A country counts as assessed when the previous or the next report ranked it. Special Cases are not on the
    // Watch List or Tier 3 lists either, so a country that was a Special Case next door is not inferred to be on
    // Tier 1 or 2: it stays "no data".
    const ranked = (year: number): string[] =>
      [...(known.get(year) ?? [])].filter((iso3) => tierOf(iso3, year) !== 'Special Case');
    const specialNextDoor = (iso3: string) =>
      tierOf(iso3, reportYear - 1) === 'Special Case' || tierOf(iso3, reportYear + 1) === 'Special Case';
    const assessed = new Set([...ranked(reportYear - 1), ...ranked(reportYear + 1)]);
    const tier1or2 = [...assessed].filter((iso3) => !thisYear.has(iso3) && !specialNextDoor(iso3)).sort();
    coverage.push(
      tier1or2.length > 0
        ? {
            reportYear,
            status: 'lists-only',
            known: thisYear.size,
            tier1or2,
            note: 'The sources list the Watch List and Tier 3 in full but Tier 1 and Tier 2 only in part; a country ranked in the neighbouring reports and absent from the lists is on Tier 1 or Tier 2.',
          }
        : {
            reportYear,
            status: 'complete',
            known: thisYear.size,
            tier1or2,
            note: 'The Watch List and Tier 3 come from complete lists; Tier 1 and Tier 2 from the gap-fill sources, which cover every other assessed country.',
          },
    );
  }
  return coverage;
}
