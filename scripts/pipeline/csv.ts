import { csvParse } from 'd3-dsv';

export type CsvRow = Record<string, string>;

/** Parses CSV text into rows of strings, checking that the columns the caller needs are present. */
export function parseCsv(text: string, file: string, requiredColumns: readonly string[]): CsvRow[] {
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  const missing = requiredColumns.filter((c) => !rows.columns.includes(c));
  if (missing.length > 0) {
    throw new Error(`${file}: missing column(s) ${missing.join(', ')} (found ${rows.columns.join(', ')})`);
  }
  return rows.map((row) => {
    const out: CsvRow = {};
    for (const c of rows.columns) out[c] = row[c] ?? '';
    return out;
  });
}

/** "Row 12" counts like a spreadsheet: the header is row 1. */
export const rowRef = (index: number): string => `row ${index + 2}`;
