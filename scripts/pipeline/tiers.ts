import {
  TIERS,
  MIN_YEAR,
  MAX_YEAR,
  type Confidence,
  type ReportYearCoverage,
  type Tier,
  type TierCell,
} from '../../src/data/schema';
import { parseCsv, rowRef, type CsvRow } from './csv';
import type { IsoEntry } from './iso';
import type { Problems } from './problems';

export interface TierRow extends TierCell {
  iso3: string;
  file: string;
  record: string;
}

/** What a table says about one row's basis: stated, or inferred with the reason a reader sees; or why it is refused. */
export type RowBasis = { basis: 'stated' } | { basis: 'inferred'; reason: string } | { problem: string };

export interface TierTableInput {
  text: string;
  file: string;
  sourceId: string;
  /** A table of stated cells, or a rule that reads each row's basis (an inferred cell needs its own reason). */
  basis: 'stated' | ((row: CsvRow) => RowBasis);
  /** Column holding the tier (the 2024 check names it `tier_derived`). */
  tierColumn?: string;
  /** Column holding the sources (the 2024 check names it `confirming_sources`). */
  sourceColumn?: string;
  /** Rows to leave out entirely (the 2024 check keeps only its confirmed rows). */
  keep?: (row: CsvRow) => boolean;
}

/** The reason of a Tier 2 inferred by elimination, in the words the map, tables and exports show. */
export const REASON_ELIMINATION =
  'inferred: the only tier left once the complete Watch List, Tier 3 and Tier 1 lists are known';

/**
 * The reason of a cell of tip_tiers_gapfill_derived.csv, read from its note (tip-tiers-gapfill/PROVENANCE.md,
 * "derived"): each kind of argument the table uses gets one plain sentence. A note none of them fits stops the
 * build, so no inferred cell reaches the app without saying how it was inferred.
 */
export function derivedRowBasis(row: CsvRow): RowBasis {
  const note = row.note ?? '';
  if (!/derived_by_elimination/.test(note))
    return { problem: 'a derived row whose note does not say how it was derived' };
  if (/not on the \d{4} Tier 1 list/.test(note)) return { basis: 'inferred', reason: REASON_ELIMINATION };
  if (row.tier === 'Tier 2' && /upgraded to Tier 1/.test(note) && /Special Watch List/.test(note))
    return {
      basis: 'inferred',
      reason:
        'inferred: upgraded to Tier 1 in the next report, so on Tier 2 or the Watch List, and the complete Watch List does not name it',
    };
  if (row.tier === 'Tier 1' && /Tier 1 in \d{4} .*and in \d{4}/.test(note) && /upgrades/.test(note))
    return {
      basis: 'inferred',
      reason:
        'inferred: on Tier 1 in the reports before and after, and not among the next report’s upgrades to Tier 1',
    };
  return { problem: `no plain-language reason is known for this inference ("${note.slice(0, 80)}…")` };
}

/**
 * The basis of a row of tip_tiers_2025_complete.csv (tip-tiers-2025/PROVENANCE.md, "basis values"): the sourced
 * rows are stated; the Tier 1 rows inferred by count take the count from their note, so the reason prints the
 * number the sources publish; the rest of the assessed countries are Tier 2 by elimination.
 */
export function tiers2025RowBasis(row: CsvRow): RowBasis {
  const basis = row.basis ?? '';
  if (basis.startsWith('sourced')) return { basis: 'stated' };
  if (basis === 'inferred (elimination)') return { basis: 'inferred', reason: REASON_ELIMINATION };
  if (basis === 'inferred (count consistency)') {
    const count = /published total of (\d+)/.exec(row.note ?? '')?.[1];
    if (!count) return { problem: 'a Tier 1 inferred by count whose note does not give the published count' };
    const before = Number(row.report_year) - 1;
    return {
      basis: 'inferred',
      reason: `inferred from the published count of ${count} Tier 1 countries (on Tier 1 in ${before}; no ${row.report_year} statement found)`,
    };
  }
  return { problem: `basis "${basis}" is not one the table's PROVENANCE.md describes` };
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
  const tierColumn = input.tierColumn ?? 'tier';
  const sourceColumn = input.sourceColumn ?? 'source';
  const rows = parseCsv(input.text, input.file, ['iso3', 'report_year', tierColumn, sourceColumn]);
  const out: TierRow[] = [];
  const seen = new Map<string, TierRow>();
  rows.forEach((row, i) => {
    if (input.keep && !input.keep(row)) return;
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
    const tier = row[tierColumn] ?? '';
    if (!isTier(tier)) {
      problems.add(input.file, record, `tier "${tier}" is not one of ${TIERS.join(', ')}`);
      return;
    }
    const basis: RowBasis =
      typeof input.basis === 'function' ? input.basis({ ...row, tier }) : { basis: input.basis };
    if ('problem' in basis) {
      problems.add(input.file, record, basis.problem);
      return;
    }
    const sources = row[sourceColumn] ?? '';
    const cell: TierRow = {
      iso3,
      reportYear,
      tier,
      source: input.sourceId,
      basis: basis.basis,
      ...(basis.basis === 'inferred' ? { reason: basis.reason } : {}),
      confidence: row.confidence
        ? confidenceOf(sources, `confidence=${row.confidence}`)
        : confidenceOf(sources, row.note ?? ''),
      origin: describeOrigin(sources),
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
 * Tier 1 or Tier 2. Every other covered year lists all tiers. 2025 is no longer one of them:
 * tip-tiers-2025/tip_tiers_2025_complete.csv places all 188 assessed countries.
 */
export const REPORT_YEARS_WITH_PARTIAL_TIER_1_2 = [2022, 2024] as const;

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
  const inferredIn = new Map<number, number>();
  for (const cells of tiers.values()) {
    for (const c of cells) {
      if (c.basis === 'inferred') inferredIn.set(c.reportYear, (inferredIn.get(c.reportYear) ?? 0) + 1);
    }
  }
  // "…; 81 of the 188 placements are inferred (each says how)." A complete year can still rest on inference.
  const inferredNote = (year: number, known: number): string => {
    const n = inferredIn.get(year) ?? 0;
    return n === 0
      ? ''
      : ` ${n} of the ${known} placements are inferred from complete lists and published counts; each says how.`;
  };
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
        note: `All tiers are listed for this report year.${inferredNote(reportYear, thisYear.size)}`,
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
            note: `The Watch List and Tier 3 come from complete lists; Tier 1 and Tier 2 from the gap-fill sources, which cover every other assessed country.${inferredNote(reportYear, thisYear.size)}`,
          },
    );
  }
  return coverage;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The release date of a report, as the first line of its table's PROVENANCE.md gives it ("# TIP Report 2025
 * (released 29 Sept 2025): …") → "2025-09-29"; null when the line names none.
 */
export function releaseDateFromProvenance(text: string): string | null {
  const heading = text.split('\n').find((l) => l.startsWith('#')) ?? '';
  const m = /released (\d{1,2}) ([A-Za-z]+)\.? (\d{4})/.exec(heading);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase());
  if (month < 0) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}
