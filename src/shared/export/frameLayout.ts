import {
  FRAME,
  MIN_CHART_HEIGHT,
  MIN_CURRENT_WIDTH,
  PRESET_SIZE,
  TYPE_SCALE_MAX,
  TYPE_SCALE_MIN,
  TYPE_SCALE_REFERENCE,
  type ExportPreset,
} from './exportConstants';
import type { ExportSpec, LegendItem } from './exportTypes';
import { localDateStamp } from './fileName';
import { measureText, wrapText } from './textLayout';

export interface TextBlock {
  lines: string[];
  fontSize: number;
  /** Baseline of the first line. */
  y: number;
  lineHeight: number;
}

export interface PlacedLegendItem {
  item: LegendItem;
  x: number;
  y: number;
}

/** Where everything in an export goes, in the image's logical pixels. */
export interface FrameLayout {
  width: number;
  height: number;
  /** Type (and chart) magnification relative to the screen. */
  typeScale: number;
  padding: number;
  title: TextBlock;
  subtitle: TextBlock;
  /** The chart's box in frame pixels; the chart itself is laid out at width/typeScale × height/typeScale. */
  chart: { x: number; y: number; width: number; height: number };
  legend: {
    items: PlacedLegendItem[];
    fontSize: number;
    swatch: number;
    labelOffset: number;
    /** Total height of the legend rows (0 without a legend). */
    height: number;
  };
  footer: TextBlock;
  exportedOn: string;
}

export interface FrameOptions {
  preset: ExportPreset;
  date?: Date;
  /** Magnification of a fixed preset's type and chart, instead of the one its size gives (presentation mode). */
  typeScale?: number;
  /**
   * The chart and its legend without the title, subtitle and footer: for a slide whose own text carries them (the
   * deck, the handout), so they are not said twice. The image's metadata still holds them.
   */
  chartOnly?: boolean;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function typeScaleFor(width: number, height: number): number {
  return clamp(
    Math.min(width / TYPE_SCALE_REFERENCE.width, height / TYPE_SCALE_REFERENCE.height),
    TYPE_SCALE_MIN,
    TYPE_SCALE_MAX,
  );
}

/** The words of the footer: sources naming their edition, the caveat, the export date, dataset and link. */
export function footerLines(spec: ExportSpec, exportedOn: string): string[] {
  return [
    ...spec.sourceLines,
    ...(spec.caveat ? [`Note: ${spec.caveat}`] : []),
    `Exported ${exportedOn} from TIP Atlas (dataset ${spec.datasetVersion}): ${spec.link}`,
  ];
}

/**
 * Lays out the frame around the chart. Fixed presets give the chart what is left of the box; the current view
 * keeps the chart's on-screen size and grows the image to fit the text.
 */
export function layoutFrame(spec: ExportSpec, options: FrameOptions): FrameLayout {
  const { preset, date = new Date() } = options;
  const fixed = preset === 'current' ? null : PRESET_SIZE[preset];
  const width = fixed ? fixed.width : Math.max(MIN_CURRENT_WIDTH, Math.round(spec.viewSize.width));
  const typeScale = fixed ? (options.typeScale ?? typeScaleFor(fixed.width, fixed.height)) : 1;
  const s = (v: number) => v * typeScale;
  const padding = s(FRAME.padding);
  const inner = width - 2 * padding;
  const block = (text: string, size: number, weight: number, maxLines: number, y: number): TextBlock => {
    const fontSize = s(size);
    const lineHeight = fontSize * FRAME.lineHeight;
    const lines = text && !options.chartOnly ? wrapText(text, inner, fontSize, weight, maxLines) : [];
    return { lines, fontSize, lineHeight, y: y + fontSize };
  };
  const heightOf = (b: TextBlock) => b.lines.length * b.lineHeight;

  // A fixed slide keeps its box, so very long headings are cut to a few lines; the current view grows to fit
  // them instead (a narrow screen's image would otherwise lose the end of its title).
  const title = block(spec.title, FRAME.titleSize, 700, fixed ? FRAME.maxTitleLines : Infinity, padding);
  const subtitle = block(
    spec.subtitle,
    FRAME.subtitleSize,
    400,
    fixed ? FRAME.maxSubtitleLines : Infinity,
    padding + heightOf(title),
  );
  const chartY = padding + heightOf(title) + heightOf(subtitle) + (options.chartOnly ? 0 : s(FRAME.gap));

  // Legend: items flow left to right and wrap.
  const legendSize = s(FRAME.legendSize);
  const swatch = s(FRAME.legendSwatch);
  const rowHeight = Math.max(swatch, legendSize) * FRAME.lineHeight;
  const placed: { item: LegendItem; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of spec.legend) {
    const w = swatch + s(FRAME.legendSwatchGap) + measureText(item.label, legendSize, 400);
    if (x > 0 && x + w > inner) {
      row++;
      x = 0;
    }
    placed.push({ item, x, row });
    x += w + s(FRAME.legendItemGap);
  }
  const legendHeight = spec.legend.length ? (row + 1) * rowHeight : 0;

  const exportedOn = localDateStamp(date);
  const footerSize = s(FRAME.footerSize);
  const footerLineHeight = footerSize * FRAME.lineHeight;
  const footerText = options.chartOnly
    ? []
    : footerLines(spec, exportedOn).flatMap((l) => wrapText(l, inner, footerSize, 400));
  const footerHeight = footerText.length * footerLineHeight;
  const below = (legendHeight ? s(FRAME.gap) + legendHeight : 0) + s(FRAME.gap) + footerHeight + padding;

  const chartHeight = fixed
    ? Math.max(MIN_CHART_HEIGHT * typeScale, fixed.height - chartY - below)
    : Math.max(MIN_CHART_HEIGHT, Math.round(spec.viewSize.height));
  const height = fixed ? fixed.height : Math.ceil(chartY + chartHeight + below);

  const legendY = chartY + chartHeight + s(FRAME.gap);
  const footerY = legendY + legendHeight + (legendHeight ? s(FRAME.gap) : 0);
  return {
    width,
    height,
    typeScale,
    padding,
    title,
    subtitle,
    chart: { x: padding, y: chartY, width: inner, height: chartHeight },
    legend: {
      items: placed.map((p) => ({ item: p.item, x: padding + p.x, y: legendY + p.row * rowHeight })),
      fontSize: legendSize,
      swatch,
      labelOffset: swatch + s(FRAME.legendSwatchGap),
      height: legendHeight,
    },
    footer: {
      lines: footerText,
      fontSize: footerSize,
      lineHeight: footerLineHeight,
      y: footerY + footerSize,
    },
    exportedOn,
  };
}
