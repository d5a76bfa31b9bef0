/**
 * What the Sources view hands to the export path: the source registry as a slide (each source's title, citation
 * and licence, laid out in columns for the box) and as data, so a briefing can close on where its numbers come from.
 */
import type { CoreDataset, Source } from '../../data/schema';
import type { ExportTheme } from '../../shared/export/exportTheme';
import type { ExportSpec } from '../../shared/export/exportTypes';
import { atlasCitation, TIERS_NOT_PREVALENCE } from '../../shared/export/exportSources';
import { currentLink } from '../../shared/export/viewLink';
import { fileStem } from '../../shared/export/fileName';
import { wrapText } from '../../shared/export/textLayout';
import { LICENCE_LABEL } from './sourcesSelectors';
import { sourcesSummary } from './sourcesSummary';

/** Type sizes of the slide at its largest; it steps down until every source fits the box. */
const LIST_TYPE = { title: 15, body: 12.5, min: 7, step: 0.5, lineHeight: 1.3, gap: 0.9 } as const;
const COLUMN_GAP = 28;
/** A column narrower than this holds the sources in one column instead of two. */
const TWO_COLUMN_MIN_WIDTH = 900;

interface PlacedLine {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  muted: boolean;
}

const itemLines = (s: Source) => ({
  title: s.title,
  body: [s.citation, `${LICENCE_LABEL[s.licence]}${s.attribution ? `. ${s.attribution}` : ''} · id ${s.id}`],
});

/** Places the sources in one or two columns at the largest type that fits; null if none fits at all. */
export function layoutSourceList(
  sources: readonly Source[],
  width: number,
  height: number,
): PlacedLine[] | null {
  const columns = width >= TWO_COLUMN_MIN_WIDTH ? 2 : 1;
  const columnWidth = (width - COLUMN_GAP * (columns - 1)) / columns;
  for (let body = LIST_TYPE.body; body >= LIST_TYPE.min; body -= LIST_TYPE.step) {
    const title = body * (LIST_TYPE.title / LIST_TYPE.body);
    const blocks = sources.map((s) => {
      const { title: t, body: b } = itemLines(s);
      const titleLines = wrapText(t, columnWidth, title, 700, 2);
      // The citation in ink, the licence line muted.
      const bodyLines = b.flatMap((line, i) =>
        wrapText(line, columnWidth, body, 400, 3).map((text) => ({ text, muted: i > 0 })),
      );
      const h =
        titleLines.length * title * LIST_TYPE.lineHeight +
        bodyLines.length * body * LIST_TYPE.lineHeight +
        body * LIST_TYPE.gap;
      return { titleLines, bodyLines, h, title };
    });
    const placed: PlacedLine[] = [];
    let column = 0;
    let y = 0;
    let fits = true;
    for (const block of blocks) {
      if (y > 0 && y + block.h > height) {
        column++;
        y = 0;
      }
      if (column >= columns || block.h > height) {
        fits = false;
        break;
      }
      const x = column * (columnWidth + COLUMN_GAP);
      for (const text of block.titleLines) {
        y += block.title * LIST_TYPE.lineHeight;
        placed.push({ text, x, y: y - block.title * 0.3, size: block.title, bold: true, muted: false });
      }
      for (const { text, muted } of block.bodyLines) {
        y += body * LIST_TYPE.lineHeight;
        placed.push({ text, x, y: y - body * 0.3, size: body, bold: false, muted });
      }
      y += body * LIST_TYPE.gap;
    }
    if (fits) return placed;
  }
  return null;
}

function SourceListSlide({
  sources,
  width,
  height,
  theme,
}: {
  sources: readonly Source[];
  width: number;
  height: number;
  theme: ExportTheme;
}) {
  const lines = layoutSourceList(sources, width, height) ?? [
    {
      text: `The ${sources.length} sources do not fit an image this small; the data download lists them all.`,
      x: 0,
      y: LIST_TYPE.body,
      size: LIST_TYPE.body,
      bold: false,
      muted: false,
    },
  ];
  return (
    <g className="source-list-slide">
      {lines.map((l, i) => (
        <text
          key={i}
          x={l.x}
          y={l.y}
          fontSize={l.size}
          fontWeight={l.bold ? 700 : 400}
          fill={l.muted ? theme.inkMuted : theme.ink}
        >
          {l.text}
        </text>
      ))}
    </g>
  );
}

export interface SourcesExportInput {
  core: CoreDataset;
  viewSize: { width: number; height: number };
  link?: string;
}

export function sourcesExportSpec({ core, viewSize, link: given }: SourcesExportInput): ExportSpec {
  const link = given ?? currentLink();
  const tables = core.sources.filter((s) => s.kind === 'table').length;
  const documents = core.sources.length - tables;
  const summary = sourcesSummary(core);
  return {
    title: 'Where the numbers come from: the sources of TIP Atlas',
    subtitle: `${tables} data tables and ${documents} source documents, each with its citation and licence · dataset ${core.version}`,
    legend: [],
    sourceLines: [
      'Source: the TIP Atlas source registry (core.json); every number in the atlas names one of these sources.',
    ],
    caveat: TIERS_NOT_PREVALENCE,
    link,
    datasetVersion: core.version,
    citation: atlasCitation(core.version, link),
    fileStem: fileStem('tip-sources', core.version),
    viewSize,
    description: `A list of the atlas's sources. ${summary} ${core.sources.map((s) => `${s.title}: ${s.citation}`).join(' ')}`,
    summary,
    chartSupportsDark: true,
    renderChart: ({ width, height, theme }) => (
      <SourceListSlide sources={core.sources} width={width} height={height} theme={theme} />
    ),
    data: {
      columns: [
        { key: 'id', label: 'Source id' },
        { key: 'kind', label: 'Kind' },
        { key: 'title', label: 'Title' },
        { key: 'author', label: 'Author' },
        { key: 'publisher', label: 'Publisher' },
        { key: 'date', label: 'Date' },
        { key: 'citation', label: 'Citation' },
        { key: 'licence', label: 'Licence' },
        { key: 'attribution', label: 'Attribution asked for' },
        { key: 'coverage', label: 'Coverage' },
        { key: 'caveats', label: 'Caveats' },
      ],
      rows: core.sources.map((s) => ({
        id: s.id,
        kind: s.kind,
        title: s.title,
        author: s.author,
        publisher: s.publisher,
        date: s.date,
        citation: s.citation,
        licence: LICENCE_LABEL[s.licence],
        attribution: s.attribution,
        coverage: s.coverage,
        caveats: s.caveats.join(' ') || null,
      })),
      sources: core.sources.map((s) => ({ id: s.id, citation: s.citation, attribution: s.attribution })),
      caveats: [TIERS_NOT_PREVALENCE],
    },
  };
}
