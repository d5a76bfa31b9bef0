import { buildCsv, buildJson } from './dataExport';
import type { DataFormat, ExportBackground, ExportPreset, ExportScale, ImageFormat } from './exportConstants';
import { buildDataZip } from './dataPackage';
import { loadPageFonts } from './exportFonts';
import type { ExportSpec } from './exportTypes';
import { exportFileName, localDateStamp } from './fileName';
import { CSS_DPI, svgToPng, withPngText } from './png';
import { buildExportSvg } from './svgBuilder';

export interface ImageExportOptions {
  format: ImageFormat;
  scale: ExportScale;
  preset: ExportPreset;
  background: ExportBackground;
  date?: Date;
  /** Told when a step starts, for a progress display. */
  onStep?: (step: string) => void;
  /** SVG only: glyphs as paths from the bundled Inter, for programs that cannot use an embedded font. */
  outlines?: boolean;
  /** The chart and legend alone, without the title, subtitle and footer (the deck's slides carry them as text). */
  chartOnly?: boolean;
}

export interface ExportedFile {
  blob: Blob;
  fileName: string;
  /** Pixel size for PNG; logical size for SVG. */
  width: number;
  height: number;
}

/** Renders the spec's chart in its frame and returns the file: SVG as is, PNG rasterized at 1×, 2× or 3×. */
export async function exportImage(spec: ExportSpec, options: ImageExportOptions): Promise<ExportedFile> {
  const { format, scale, preset, background, date = new Date(), onStep } = options;
  onStep?.('Loading fonts');
  await loadPageFonts();
  onStep?.('Laying out the chart');
  const pixelScale = format === 'png' ? scale : 1;
  const built = buildExportSvg(spec, { preset, background, date, pixelScale, chartOnly: options.chartOnly });
  const fileName = exportFileName(spec.fileStem, format, date);
  if (format === 'svg') {
    let svg = built.svg;
    if (options.outlines) {
      onStep?.('Turning text into outlines');
      // opentype.js and the font files load only when someone asks for outlines.
      const { outlineSvgText } = await import('./outlines');
      svg = (await outlineSvgText(svg)).svg;
    }
    return {
      blob: new Blob([svg], { type: 'image/svg+xml' }),
      fileName,
      width: built.width,
      height: built.height,
    };
  }
  const width = Math.round(built.width * scale);
  const height = Math.round(built.height * scale);
  onStep?.(`Drawing a ${width} × ${height} PNG`);
  const drawn = await svgToPng(built.svg, width, height);
  // The PNG carries what the SVG's <metadata> does: what it shows, the link, the dataset version and citation.
  const png = withPngText(
    new Uint8Array(await drawn.arrayBuffer()),
    {
      Title: spec.title,
      Description: [spec.subtitle, ...spec.sourceLines, spec.caveat].filter(Boolean).join(' '),
      Source: spec.link,
      Comment: `TIP Atlas dataset ${spec.datasetVersion}. Cite as: ${spec.citation}`,
      'Creation Time': built.layout.exportedOn,
      Software: 'TIP Atlas',
    },
    // 2× is 192 dpi: a slide program places the image at its logical size, not twice as large.
    { dpi: CSS_DPI * scale },
  );
  const blob = new Blob([png], { type: 'image/png' });
  return { blob, fileName, width, height };
}

export function exportDataFile(spec: ExportSpec, format: DataFormat, date: Date = new Date()): ExportedFile {
  const exportedOn = localDateStamp(date);
  const text = format === 'csv' ? buildCsv(spec) : buildJson(spec, exportedOn);
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
  return {
    blob: new Blob([text], { type }),
    fileName: exportFileName(spec.fileStem, format, date),
    width: spec.data.columns.length,
    height: spec.data.rows.length,
  };
}

/**
 * The data download: a ZIP of data.csv, metadata.json, README.md and the chart as a PNG drawn with the given
 * image options (at 1×: the picture is there to recognise the data by, not to print).
 */
export async function exportDataPackage(
  spec: ExportSpec,
  image: Pick<ImageExportOptions, 'preset' | 'background' | 'onStep'>,
  date: Date = new Date(),
): Promise<ExportedFile> {
  const chart = await exportImage(spec, { ...image, format: 'png', scale: 1, date });
  image.onStep?.('Packing the ZIP');
  const zip = buildDataZip(spec, localDateStamp(date), new Uint8Array(await chart.blob.arrayBuffer()));
  return {
    blob: new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
    fileName: exportFileName(spec.fileStem, 'zip', date),
    width: spec.data.columns.length,
    height: spec.data.rows.length,
  };
}

export const formatBytes = (bytes: number): string =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(0)} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
