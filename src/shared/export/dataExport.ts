import type { DataCell, ExportSpec } from './exportTypes';

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

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

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

/**
 * The data behind a view as CSV: "#" comment lines with the title, sources and citations, caveats, link and
 * dataset version, then a header row and one line per row. Missing values are empty cells; "<5" stays "<5".
 */
export function buildCsv(spec: ExportSpec, exportedOn: string): string {
  const meta = dataFileMeta(spec, exportedOn);
  const { data } = spec;
  const comments = [
    meta.title,
    meta.subtitle,
    ...data.sources.map(
      (s) => `Source [${s.id}]: ${s.citation}${s.attribution ? ` Attribution: ${s.attribution}` : ''}`,
    ),
    ...data.caveats.map((c) => `Caveat: ${c}`),
    ...(data.notes ?? []).map((n) => `Note: ${n}`),
    `Cite as: ${meta.citation}`,
    `Link: ${meta.link}`,
    `Dataset version: ${meta.datasetVersion}`,
    `Exported: ${meta.exportedOn}`,
  ].map((line) => `# ${oneLine(line)}`);
  const header = data.columns.map((c) => csvCell(c.key)).join(',');
  const rows = data.rows.map((row) => data.columns.map((c) => csvCell(row[c.key] ?? null)).join(','));
  return `${[...comments, header, ...rows].join('\n')}\n`;
}

/** The same data as JSON, with the metadata as fields. */
export function buildJson(spec: ExportSpec, exportedOn: string): string {
  const meta = dataFileMeta(spec, exportedOn);
  const { data } = spec;
  return `${JSON.stringify(
    {
      ...meta,
      sources: data.sources,
      caveats: data.caveats,
      notes: data.notes ?? [],
      columns: data.columns,
      rows: data.rows.map((row) => Object.fromEntries(data.columns.map((c) => [c.key, row[c.key] ?? null]))),
    },
    null,
    2,
  )}\n`;
}

/** Reads the rows of a CSV written by buildCsv back (comment lines skipped), for tests and round trips. */
export function parseCsvRows(csv: string): string[][] {
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
