import { CONFIDENCE, MAX_YEAR, MIN_YEAR, type GlobalLawEnforcementRow } from '../../src/data/schema';
import { parseCsv, rowRef } from './csv';
import type { Problems } from './problems';

const COUNT_COLUMNS = {
  prosecutions: 'prosecutions',
  prosecutionsLabor: 'prosecutions_labor',
  convictions: 'convictions',
  convictionsLabor: 'convictions_labor',
  victimsIdentified: 'victims_identified',
  victimsIdentifiedLabor: 'victims_identified_labor',
  newOrAmendedLegislation: 'new_or_amended_legislation',
} as const;

type CountField = keyof typeof COUNT_COLUMNS;

export function parseGlobalLawEnforcement(
  text: string,
  file: string,
  sourceId: string,
  problems: Problems,
): GlobalLawEnforcementRow[] {
  const rows = parseCsv(text, file, [
    'data_year',
    'report_year',
    ...Object.values(COUNT_COLUMNS),
    'source',
    'confidence',
  ]);
  const out: GlobalLawEnforcementRow[] = [];
  const seen = new Set<number>();
  rows.forEach((row, i) => {
    const record = `${rowRef(i)} data year ${row.data_year}`;
    const dataYear = Number(row.data_year);
    if (!Number.isInteger(dataYear) || dataYear < MIN_YEAR || dataYear > MAX_YEAR) {
      problems.add(file, record, `data year "${row.data_year}" is outside ${MIN_YEAR}..${MAX_YEAR}`);
      return;
    }
    let reportYear: number | null = null;
    if (row.report_year) {
      reportYear = Number(row.report_year);
      if (!Number.isInteger(reportYear) || reportYear < MIN_YEAR || reportYear > MAX_YEAR) {
        problems.add(file, record, `report year "${row.report_year}" is outside ${MIN_YEAR}..${MAX_YEAR}`);
        return;
      }
    }
    const counts = {} as Record<CountField, number | null>;
    let bad = false;
    for (const [field, column] of Object.entries(COUNT_COLUMNS) as [CountField, string][]) {
      const raw = (row[column] ?? '').trim();
      if (raw === '') {
        counts[field] = null;
        continue;
      }
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 0) {
        problems.add(file, record, `${column} "${raw}" is not a non-negative whole count`);
        bad = true;
      }
      counts[field] = n;
    }
    const confidence = row.confidence as (typeof CONFIDENCE)[number];
    if (!CONFIDENCE.includes(confidence)) {
      problems.add(file, record, `confidence "${row.confidence}" is not one of ${CONFIDENCE.join(', ')}`);
      bad = true;
    }
    if (seen.has(dataYear)) {
      problems.add(file, record, `data year ${dataYear} appears twice`);
      bad = true;
    }
    seen.add(dataYear);
    if (bad) return;
    out.push({ dataYear, reportYear, ...counts, source: sourceId, origin: row.source ?? '', confidence });
  });
  return out.sort((a, b) => a.dataYear - b.dataYear);
}
