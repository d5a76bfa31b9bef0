/**
 * The data download as one ZIP: `data.csv` (dataExport.ts: header on line 1, one type per column), `metadata.json`
 * and `README.md` (title, link, citation, caveats, every source used with its citation, licence and caveats, and
 * what each column holds) and the chart as `chart.png`, so the numbers, their credits and the picture travel
 * together.
 */
import { strToU8, zipSync } from 'fflate';
import { buildCsv, dataFileMeta, tidyTable } from './dataExport';
import type { ExportSpec } from './exportTypes';

export const PACKAGE_FILES = {
  data: 'data.csv',
  metadata: 'metadata.json',
  readme: 'README.md',
  chart: 'chart.png',
} as const;

/** What the ZIP's metadata.json holds. */
export function buildMetadata(spec: ExportSpec, exportedOn: string) {
  const table = tidyTable(spec.data);
  return {
    ...dataFileMeta(spec, exportedOn),
    files: PACKAGE_FILES,
    rows: table.rows.length,
    columns: table.columns,
    sources: spec.data.sources.map((s) => ({
      id: s.id,
      citation: s.citation,
      licence: s.licence ?? null,
      attribution: s.attribution ?? null,
      url: s.url ?? null,
      caveats: s.caveats ?? [],
    })),
    caveats: spec.data.caveats,
    notes: spec.data.notes ?? [],
  };
}

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** The same as metadata.json, for a person: what the files are, how to cite them, the sources and the columns. */
export function buildReadme(spec: ExportSpec, exportedOn: string): string {
  const meta = buildMetadata(spec, exportedOn);
  const lines = [
    `# ${oneLine(meta.title)}`,
    '',
    oneLine(meta.subtitle),
    '',
    `- Link that reopens this view: ${meta.link}`,
    `- Exported: ${meta.exportedOn} from TIP Atlas, dataset ${meta.datasetVersion}`,
    `- Cite as: ${oneLine(meta.citation)}`,
    '',
    '## Files',
    '',
    `- \`${PACKAGE_FILES.data}\`: ${meta.rows} rows, UTF-8 with a byte-order mark, header on line 1. Empty cells are missing values, never zero; "<5" (fewer than five, as UNODC publishes it) is an empty value with "<5" in the flag column beside it.`,
    `- \`${PACKAGE_FILES.metadata}\`: this file's contents as JSON.`,
    `- \`${PACKAGE_FILES.chart}\`: the chart as exported, with title, legend and sources.`,
    '',
    '## Sources',
    '',
    ...meta.sources.flatMap((s) => [
      `- **${s.id}**: ${oneLine(s.citation)}`,
      `  Licence: ${s.licence ?? 'not stated'}.${s.attribution ? ` Attribution: ${oneLine(s.attribution)}` : ''}${s.url ? ` ${s.url}` : ''}`,
      ...s.caveats.map((c) => `  Caveat: ${oneLine(c)}`),
    ]),
    '',
    '## Caveats',
    '',
    ...meta.caveats.map((c) => `- ${oneLine(c)}`),
    ...(meta.notes.length ? ['', '## Notes', '', ...meta.notes.map((n) => `- ${oneLine(n)}`)] : []),
    '',
    '## Columns of data.csv',
    '',
    '| column | what it holds |',
    '|---|---|',
    ...meta.columns.map((c) => `| \`${c.key}\` | ${oneLine(c.label).replace(/\|/g, '\\|')} |`),
    '',
  ];
  return lines.join('\n');
}

/** The ZIP: data.csv, metadata.json, README.md and, when given, the chart's PNG. */
export function buildDataZip(spec: ExportSpec, exportedOn: string, chartPng?: Uint8Array): Uint8Array {
  return zipSync({
    [PACKAGE_FILES.data]: strToU8(buildCsv(spec)),
    [PACKAGE_FILES.metadata]: strToU8(`${JSON.stringify(buildMetadata(spec, exportedOn), null, 2)}\n`),
    [PACKAGE_FILES.readme]: strToU8(buildReadme(spec, exportedOn)),
    ...(chartPng ? { [PACKAGE_FILES.chart]: [chartPng, { level: 0 }] as [Uint8Array, { level: 0 }] } : {}),
  });
}
