import type { DataCell, ExportData, ExportSpec } from './exportTypes';

/** What a data file says about itself, before its rows. */
export interface DataFileMeta {
  title: string;
  subtitle: string;
  link: string;
  datasetVersion: string;
  citation: string;
  exportedOn: string;
}

export const dataFileMeta = (spec: ExportSpec, exportedOn: string): DataFileMeta => ({
  title: spec.title,
  subtitle: spec.subtitle,
  link: spec.link,
  datasetVersion: spec.datasetVersion,
  citation: spec.citation,
  exportedOn,
});

/** Spreadsheets run cells that start with these as formulas; a leading apostrophe keeps them text (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMERIC = /^-?\d+(\.\d+)?$/;

export function csvCell(value: DataCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) && !NUMERIC.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UNODC publishes counts under five as "<5" (GLOTIP country data): no number, so a spreadsheet gets none. */
export const LESS_THAN_FIVE_FLAG = '<5';
/** Excel on Windows reads a CSV as UTF-8 only when it starts with the byte-order mark. */
export const UTF8_BOM = '\uFEFF';

export interface TidyTable {
  columns: { key: string; label: string }[];
  rows: Record<string, DataCell>[];
}

const rowKey = (row: Record<string, DataCell>, columns: TidyTable['columns']) =>
  JSON.stringify(columns.map((c) => row[c.key] ?? null));

/** Who to credit for a row: the article and author of a document figure, else the source's registry citation. */
export function sourceCitation(row: Record<string, DataCell>, sources: ExportData['sources']): string | null {
  if (typeof row.article === 'string' && row.article) {
    const doc = typeof row.document === 'string' && row.document ? ` (${row.document})` : '';
    return `${row.author ? `${String(row.author)}, ` : ''}“${row.article}”${doc}`;
  }
  const id = row.source;
  return typeof id === 'string' ? (sources.find((s) => s.id === id)?.citation ?? null) : null;
}

/**
 * The rows as a spreadsheet should read them: every column holds one type. A column with "<5" gets an empty
 * value there and a flag column beside it ("<key>Flag" = "<5"); a row whose source is registered gets
 * `sourceCitation` (a document figure: article, author, document); rows that repeat another exactly are dropped.
 */
export function tidyTable(data: ExportData): TidyTable {
  const flagged = new Set(
    data.columns.filter((c) => data.rows.some((r) => r[c.key] === LESS_THAN_FIVE_FLAG)).map((c) => c.key),
  );
  const hasSource = data.columns.some((c) => c.key === 'source');
  const columns = data.columns.flatMap((c) => [
    c,
    ...(flagged.has(c.key)
      ? [
          {
            key: `${c.key}Flag`,
            label: `"<5" where UNODC publishes fewer than five (${c.key} is then empty)`,
          },
        ]
      : []),
    ...(c.key === 'source' && !data.columns.some((d) => d.key === 'sourceCitation')
      ? [
          {
            key: 'sourceCitation',
            label: 'Who to credit: article, author and document, or the source citation',
          },
        ]
      : []),
  ]);
  const seen = new Set<string>();
  const rows: Record<string, DataCell>[] = [];
  for (const row of data.rows) {
    const out: Record<string, DataCell> = { ...row };
    for (const key of flagged) {
      const lessThanFive = row[key] === LESS_THAN_FIVE_FLAG;
      out[`${key}Flag`] = lessThanFive ? LESS_THAN_FIVE_FLAG : null;
      if (lessThanFive) out[key] = null;
    }
    if (hasSource && !('sourceCitation' in row)) out.sourceCitation = sourceCitation(row, data.sources);
    const key = rowKey(out, columns);
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(out);
  }
  return { columns, rows };
}

/**
 * The data behind a view as CSV that opens cleanly in a spreadsheet and in pandas.read_csv with its defaults: a
 * UTF-8 byte-order mark, the header on line 1 (column keys), one row per observation, numbers as numbers, "<5" as
 * an empty value plus a flag column, dates as YYYY-MM-DD. What the file is, its sources and caveats travel in the
 * ZIP's README.md and metadata.json (dataPackage.ts).
 */
export function buildCsv(spec: ExportSpec): string {
  const { columns, rows } = tidyTable(spec.data);
  const header = columns.map((c) => csvCell(c.key)).join(',');
  const lines = rows.map((row) => columns.map((c) => csvCell(row[c.key] ?? null)).join(','));
  return `${UTF8_BOM}${[header, ...lines].join('\r\n')}\r\n`;
}

/** The same data as JSON, with the metadata as fields. */
export function buildJson(spec: ExportSpec, exportedOn: string): string {
  const meta = dataFileMeta(spec, exportedOn);
  const { data } = spec;
  const table = tidyTable(data);
  return `${JSON.stringify(
    {
      ...meta,
      sources: data.sources,
      caveats: data.caveats,
      notes: data.notes ?? [],
      columns: table.columns,
      rows: table.rows.map((row) =>
        Object.fromEntries(table.columns.map((c) => [c.key, row[c.key] ?? null])),
      ),
    },
    null,
    2,
  )}\n`;
}

/** Reads the rows of a CSV written by buildCsv back (a byte-order mark and comment lines skipped), for tests. */
export function parseCsvRows(text: string): string[][] {
  const csv = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atRecordStart = true;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (atRecordStart && ch === '#') {
      const end = csv.indexOf('\n', i);
      i = end < 0 ? csv.length : end;
      continue;
    }
    atRecordStart = false;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      records.push(row);
      row = [];
      cell = '';
      atRecordStart = true;
    } else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length > 0) records.push([...row, cell]);
  return records;
}
