import type { ReactNode } from 'react';
import type { TierClass } from '../tierConstants';
import type { ExportTheme } from './exportTheme';

/** The box a chart is laid out in for an export, in the chart's own logical pixels. */
export interface ChartBox {
  width: number;
  height: number;
  theme: ExportTheme;
}

/** A legend entry: the text is always printed, so colour is never the only cue. */
export type LegendItem =
  | { label: string; kind: 'tier'; tierClass: TierClass }
  /** `darkFill`: the colour the chart uses for the same thing on a dark export. */
  | { label: string; kind: 'fill'; fill: string; stroke?: string; darkFill?: string }
  /** An unfilled square outlined in the theme's ink, for marks drawn as outlines (dark on light, light on dark). */
  | { label: string; kind: 'outline' }
  | {
      label: string;
      kind: 'line';
      stroke: string;
      dash?: string;
      marker?: 'circle' | 'square' | 'triangle' | 'diamond' | 'none';
    }
  /** A swatch the chart draws itself (its own marker shapes), in a square of `size` with the origin top-left. */
  | { label: string; kind: 'custom'; render: (size: number) => ReactNode };

export type DataCell = string | number | boolean | null;

export interface ExportSource {
  id: string;
  citation: string;
  /** The attribution a licence asks for ("Source: UNODC, Global Report on Trafficking in Persons"). */
  attribution?: string | null;
  /** Licence id from the source registry ("public-domain", "quoted-under-fair-use", …). */
  licence?: string | null;
  url?: string | null;
  /** The registry's caveats of this source. */
  caveats?: string[];
}

/** The data behind a view, for CSV and JSON downloads. */
export interface ExportData {
  columns: { key: string; label: string }[];
  /**
   * One object per row; missing stays null (an empty CSV cell), "<5" stays the string "<5" (the CSV writes it as
   * an empty value and a flag). A row quoting a document names it in `article`, `author` and `document`.
   */
  rows: Record<string, DataCell>[];
  /** Every source a row can name in its source column. */
  sources: ExportSource[];
  caveats: string[];
  notes?: string[];
}

/**
 * What a view hands to the export path. `renderChart` returns the same SVG chart component the view shows,
 * laid out for the box it is given: the export re-renders it, it never screenshots it.
 */
export interface ExportSpec {
  title: string;
  /** Metric, years and countries. */
  subtitle: string;
  legend: LegendItem[];
  /** Source lines naming the edition, e.g. "Source: U.S. Department of State, TIP Report 2020". */
  sourceLines: string[];
  /** "Tiers rate government efforts, not how much trafficking there is." where tiers show. */
  caveat?: string | null;
  /** The link that reopens the view (window.location.href). */
  link: string;
  /** core.json `version`. */
  datasetVersion: string;
  citation: string;
  /** File name without date and extension, e.g. "tip-tiers_2020_BLR-SRB". */
  fileStem: string;
  /** The chart's size on screen: the "current view" preset. */
  viewSize: { width: number; height: number };
  renderChart: (box: ChartBox) => ReactNode;
  /**
   * Whether the chart draws itself readably with a dark theme. If not, a dark export sets it on a light panel and
   * hands it the white theme, so its text never ends up dark on dark.
   */
  chartSupportsDark?: boolean;
  /** A text alternative for the image (its <desc>, the deck's alt text): what the chart is, then `summary`. */
  description?: string;
  /**
   * The view in plain language, written from its data alone ("<5" stays "<5", inferred says inferred, missing says
   * missing): the default speaker note of a pinned view.
   */
  summary?: string;
  data: ExportData;
}
