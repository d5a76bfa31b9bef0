// The input and output of layoutTimeSeries: what a time-series chart is asked to draw, and where everything goes.
import type { UnodcValue } from '../../data/schema';
import type { TierStripCell } from '../tierHistory';
import type { MarkerShape } from './chartConstants';
import type { LineSeriesSpec, MarkSpec, SeriesPoint } from './series';
import type { ValueAxis, ValueScaleKind } from './valueAxis';
import type { YearAxis } from './yearAxis';

/** One country's tier history, drawn as a row above the plot on the same year axis. */
export interface TierRowSpec {
  id: string;
  /** Printed left of the row; keep it short (ISO3). */
  label: string;
  colour?: string;
  cells: readonly TierStripCell[];
}

export interface TimeSeriesInput {
  width: number;
  height: number;
  /** First and last year of the x axis. Share it across charts to line years up. */
  xDomain: readonly [number, number];
  series: readonly LineSeriesSpec[];
  marks?: readonly MarkSpec[];
  scale: ValueScaleKind;
  /** A fixed value domain (one y-scale shared by small multiples); otherwise fitted to these values. */
  yDomain?: [number, number];
  yLabel: string;
  /** Defaults to "data year". */
  xLabel?: string;
  /** A panel title printed inside the SVG (small multiples). */
  title?: string;
  tierRows?: readonly TierRowSpec[];
  /** Defaults to true when there are series. */
  directLabels?: boolean;
  /** Labelled spans under the year axis, e.g. which TIP edition each stretch of years comes from. */
  bands?: readonly YearBand[];
  /** Printed in the plot when it holds no value at all, so an empty panel is not read as zero. */
  emptyText?: string;
}

export interface YearBand {
  from: number;
  to: number;
  label: string;
  /** Used when the label does not fit the span. */
  shortLabel: string;
}

export type PlacedRef =
  { kind: 'series'; series: LineSeriesSpec; point: SeriesPoint } | { kind: 'mark'; mark: MarkSpec };

export interface PlacedPoint {
  /** Unique within the chart, stable across renders. */
  id: string;
  dataYear: number;
  x: number;
  y: number;
  /** Drawn at a nominal position ("<5", or zero on a log axis): labelled, never read off the axis. */
  nominal: boolean;
  value: UnodcValue;
  ref: PlacedRef;
  /** The text printed at a nominal point ("<5", "0"), centred above its marker; null when none is printed. */
  label: { text: string; x: number; y: number } | null;
}

export interface PlacedLine {
  series: LineSeriesSpec;
  runs: { dashed: boolean; d: string; fromYear: number; toYear: number }[];
  points: PlacedPoint[];
  /** Years where a "<5" label is printed (first of each run of "<5"). */
  lessThanFiveLabels: Set<number>;
}

export interface DirectLabel {
  id: string;
  text: string;
  colour: string;
  shape: MarkerShape;
  /** Drawn like the series' own markers (hollow for a secondary series such as "of which labour"). */
  hollow: boolean;
  x: number;
  /** Where the line ends and where the label sits after dodging. */
  anchorX: number;
  anchorY: number;
  labelY: number;
}

export interface YearStop {
  dataYear: number;
  /** Every point in that year's column, top to bottom. */
  points: PlacedPoint[];
}

export interface TimeSeriesLayout {
  width: number;
  height: number;
  compact: boolean;
  plot: { left: number; top: number; right: number; bottom: number };
  x: YearAxis;
  y: ValueAxis;
  xLabel: string;
  yLabel: string;
  title: string | null;
  /** The title broken into lines that fit the panel's width (one line when it fits). */
  titleLines: string[];
  titleY: number;
  yLabelY: number;
  tierRows: { spec: TierRowSpec; y: number; height: number }[];
  tierLabelY: number;
  /** The caption over the tier rows, shortened when the chart is too narrow for the whole of it. */
  tierLabel: string;
  bands: { band: YearBand; x1: number; x2: number; y: number; text: string }[];
  lines: PlacedLine[];
  marks: PlacedPoint[];
  labels: DirectLabel[];
  stops: YearStop[];
  /** Series and marks, so tooltips can list every visible series, including those without a value that year. */
  series: readonly LineSeriesSpec[];
  /** What the plot says when it holds no value (null when it holds any). */
  empty: { lines: string[]; x: number; y: number } | null;
}
