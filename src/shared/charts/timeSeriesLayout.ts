import { LESS_THAN_FIVE, type UnodcValue } from '../../data/schema';
import type { TierStripCell } from '../tierHistory';
import {
  type MarkerShape,
  DIRECT_LABEL_CAPITAL_WIDTH,
  DIRECT_LABEL_CHAR_WIDTH,
  DIRECT_LABEL_MIN_GAP,
  DIRECT_LABEL_PAD,
  FONT_SIZE,
  MARGIN,
  MARKER_SIZE,
  NARROW_CHART_WIDTH,
  NOMINAL_LABEL_GAP,
  TIER_ROW_GAP,
  TIER_ROW_HEIGHT,
  TIER_ROWS_BOTTOM_GAP,
} from './chartConstants';
import {
  dodgeLabels,
  labelAnchor,
  lessThanFiveLabelYears,
  lineRuns,
  numericValues,
  type LineSeriesSpec,
  type MarkSpec,
  type SeriesPoint,
} from './series';
import { valueAxis, valueDomain, type ValueAxis, type ValueScaleKind } from './valueAxis';
import { yearAxis, type YearAxis } from './yearAxis';

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

const TITLE_BLOCK = FONT_SIZE.panelTitle + 8;
/** Left edge of a panel title, the height of each further title line, and a rough bold character width. */
export const TITLE_X = 4;
export const TITLE_LINE_HEIGHT = FONT_SIZE.panelTitle + 3;
const TITLE_CHAR_WIDTH = 7.2;
/** Rough character width of the empty-plot message (12 px regular), and its line height. */
const EMPTY_CHAR_WIDTH = 6.6;
export const EMPTY_LINE_HEIGHT = 16;

/**
 * Estimated width of a direct label's text, erring wide: capitals and digits are wider than the average letter, so
 * an ISO3 code such as "VNM" needs more room than three lower-case letters (it was cut off at the right edge).
 */
export const directLabelWidth = (text: string): number =>
  [...text].reduce(
    (w, ch) => w + (/[A-Z0-9]/.test(ch) ? DIRECT_LABEL_CAPITAL_WIDTH : DIRECT_LABEL_CHAR_WIDTH),
    0,
  );

/** Greedy word wrap by an estimated character width; a word longer than a line gets a line of its own. */
export function wrapWords(text: string, maxWidth: number, charWidth: number): string[] {
  const perLine = Math.max(1, Math.floor(maxWidth / charWidth));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
const Y_LABEL_BLOCK = FONT_SIZE.axisLabel + 8;
const TIER_LABEL_BLOCK = FONT_SIZE.note + 6;

/** Height the tier rows (caption, rows and the gap under them) take above a chart's plot; 0 without rows. */
export const tierBlockHeight = (rows: number): number =>
  rows > 0
    ? TIER_LABEL_BLOCK + rows * (TIER_ROW_HEIGHT + TIER_ROW_GAP) - TIER_ROW_GAP + TIER_ROWS_BOTTOM_GAP
    : 0;
const MIN_PLOT_HEIGHT = 40;
const TOP_TICK_ROOM = FONT_SIZE.tick / 2 + 2;
const BAND_BLOCK = 24;
/** Rough width of one character of band text, to decide whether a label fits its span. */
const BAND_CHAR_WIDTH = 5.6;
/**
 * The caption of the tier rows, longest first: report year N sits above data year N but assesses mostly the year
 * before, so the caption says so where there is room.
 */
export const TIER_ROWS_LABEL =
  'TIP tier by report year; the 2020 report, drawn above data year 2020, assesses April 2019 – March 2020';
export const TIER_ROWS_LABEL_MEDIUM = 'TIP tier by report year (report N: April N−1 – March N)';
export const TIER_ROWS_LABEL_SHORT = 'TIP tier by report year';

/**
 * The value domain a chart of these series and marks fits to ("<5" excluded from the maths). On a log axis a "<5"
 * sits on the baseline, so the axis then reaches down to 1: a baseline labelled 10 would read as ten.
 */
export function fittedDomain(
  scale: ValueScaleKind,
  series: readonly LineSeriesSpec[],
  marks: readonly MarkSpec[] = [],
): [number, number] {
  const values = [...series.flatMap((s) => numericValues(s.points)), ...marks.map((m) => m.value)];
  const hasLessThanFive = series.some((s) => s.points.some((p) => p.value === LESS_THAN_FIVE));
  return valueDomain(scale, scale === 'log' && hasLessThanFive ? [...values, 1] : values);
}

/** Rough width of one character of a nominal label ("<5") at the note size, for collision checks. */
const NOMINAL_CHAR_WIDTH = 6.2;

/** The box a nominal label's text covers. */
export function nominalLabelBox(label: { text: string; x: number; y: number }) {
  const half = (label.text.length * NOMINAL_CHAR_WIDTH) / 2;
  return { left: label.x - half, right: label.x + half, top: label.y - FONT_SIZE.note, bottom: label.y };
}

/**
 * Moves a nominal label up above any neighbouring marker its text would cover (years are only a few pixels
 * apart in narrow panels), so "<5" never sits on another year's point.
 */
function liftNominalLabels(points: PlacedPoint[]): void {
  const half = MARKER_SIZE / 2 + 1;
  for (const p of points) {
    if (!p.label) continue;
    for (let pass = 0; pass < points.length; pass++) {
      const box = nominalLabelBox(p.label);
      const hit = points.find(
        (q) =>
          q !== p &&
          box.left < q.x + half &&
          box.right > q.x - half &&
          box.top < q.y + half &&
          box.bottom > q.y - half,
      );
      if (!hit) break;
      p.label = { ...p.label, y: hit.y - half - NOMINAL_LABEL_GAP };
    }
  }
}

/** Above a nominal point's marker, centred on it, so the text stays within its own year's column. */
const nominalLabel = (x: number, y: number, text: string) => ({
  text,
  x,
  y: y - MARKER_SIZE / 2 - NOMINAL_LABEL_GAP,
});

const pathOf = (pts: { x: number; y: number }[]): string =>
  pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(2)},${p.y.toFixed(2)}`).join('');

/** Places series, marks, tier rows and labels in a box of the given size. Pure: same input, same layout. */
export function layoutTimeSeries(input: TimeSeriesInput): TimeSeriesLayout {
  const { width, height, series, scale } = input;
  const marks = input.marks ?? [];
  const compact = width < NARROW_CHART_WIDTH;
  const directLabels = (input.directLabels ?? true) && series.length > 0;
  const tierSpecs = input.tierRows ?? [];

  const titleY = MARGIN.top + FONT_SIZE.panelTitle;
  const titleLines = input.title ? wrapWords(input.title, width - TITLE_X - 4, TITLE_CHAR_WIDTH) : [];
  let cursor =
    MARGIN.top + (titleLines.length > 0 ? TITLE_BLOCK + (titleLines.length - 1) * TITLE_LINE_HEIGHT : 0);
  const tierLabelY = cursor + FONT_SIZE.note;
  if (tierSpecs.length > 0) cursor += TIER_LABEL_BLOCK;
  const tierRows = tierSpecs.map((spec, i) => ({
    spec,
    y: cursor + i * (TIER_ROW_HEIGHT + TIER_ROW_GAP),
    height: TIER_ROW_HEIGHT,
  }));
  if (tierSpecs.length > 0)
    cursor += tierSpecs.length * (TIER_ROW_HEIGHT + TIER_ROW_GAP) - TIER_ROW_GAP + TIER_ROWS_BOTTOM_GAP;
  const yLabelY = cursor + FONT_SIZE.axisLabel;
  // Without a y label (small multiples titled by their measure), only room for the top tick label is kept.
  cursor += input.yLabel || scale === 'log' ? Y_LABEL_BLOCK : TOP_TICK_ROOM;

  const fitsWide = (t: string) => DIRECT_LABEL_PAD + directLabelWidth(t) <= MARGIN.labelsWide;
  const labelText = (s: LineSeriesSpec) => (compact || !fitsWide(s.label) ? s.shortLabel : s.label);
  const widest = Math.max(0, ...series.map((s) => directLabelWidth(labelText(s))));
  const right = directLabels ? Math.min(MARGIN.labelsWide, DIRECT_LABEL_PAD + widest) : MARGIN.right;
  const plot = {
    left: MARGIN.left,
    top: cursor,
    right: Math.max(MARGIN.left + 1, width - right),
    bottom: Math.max(
      cursor + MIN_PLOT_HEIGHT,
      height - MARGIN.bottom - (input.bands?.length ? BAND_BLOCK : 0),
    ),
  };
  const x = yearAxis(input.xDomain as [number, number], plot.left, plot.right);
  const domain = input.yDomain ?? fittedDomain(scale, series, marks);
  const y = valueAxis(scale, domain, plot.bottom, plot.top);

  const bands = (input.bands ?? []).map((band) => {
    const x1 = x.leftEdge(Math.max(band.from, x.first)) + 2;
    const x2 = x.leftEdge(Math.min(band.to, x.last)) + x.cellWidth - 2;
    const fits = band.label.length * BAND_CHAR_WIDTH <= x2 - x1;
    const fitsShort = band.shortLabel.length * BAND_CHAR_WIDTH <= x2 - x1;
    return {
      band,
      x1,
      x2,
      y: plot.bottom + MARGIN.bottom + 2,
      text: fits ? band.label : fitsShort ? band.shortLabel : '',
    };
  });

  const lines: PlacedLine[] = series.map((s) => {
    const inRange = s.points.filter((p) => p.dataYear >= x.first && p.dataYear <= x.last);
    const lessThanFiveLabels = lessThanFiveLabelYears(inRange);
    const points = inRange.map((p): PlacedPoint => {
      const at = y.place(p.value);
      const px = x.center(p.dataYear);
      const labelled = at.nominal && (p.value !== LESS_THAN_FIVE || lessThanFiveLabels.has(p.dataYear));
      return {
        id: `${s.id}@${p.dataYear}`,
        dataYear: p.dataYear,
        x: px,
        y: at.y,
        nominal: at.nominal,
        value: p.value,
        ref: { kind: 'series', series: s, point: p },
        label: labelled ? nominalLabel(px, at.y, String(p.value)) : null,
      };
    });
    const runs = lineRuns(inRange).map((run) => ({
      dashed: run.dashed,
      fromYear: run.points[0]!.dataYear,
      toYear: run.points.at(-1)!.dataYear,
      d: pathOf(run.points.map((p) => ({ x: x.center(p.dataYear), y: y.place(p.value).y }))),
    }));
    return { series: s, runs, points, lessThanFiveLabels };
  });

  const placedMarks = marks
    .filter((m) => m.dataYear >= x.first && m.dataYear <= x.last)
    .map((m): PlacedPoint => {
      const at = y.place(m.value);
      const px = x.center(m.dataYear);
      return {
        id: m.id,
        dataYear: m.dataYear,
        x: px,
        y: at.y,
        nominal: at.nominal,
        value: m.value,
        ref: { kind: 'mark', mark: m },
        // A document's zero on a log axis sits on the baseline: print it, as for a line's point.
        label: at.nominal ? nominalLabel(px, at.y, m.valueText) : null,
      };
    });

  liftNominalLabels([...lines.flatMap((l) => l.points), ...placedMarks]);

  const wanted = directLabels
    ? lines.flatMap((l) => {
        const anchor = labelAnchor(l.points.map((p) => (p.ref as { point: SeriesPoint }).point));
        if (!anchor) return [];
        const ay = y.place(anchor.value).y;
        return [
          {
            id: l.series.id,
            text: labelText(l.series),
            colour: l.series.colour,
            shape: l.series.shape,
            hollow: !!l.series.secondary,
            x: x.center(anchor.dataYear),
            y: ay,
          },
        ];
      })
    : [];
  const labels = dodgeLabels(wanted, DIRECT_LABEL_MIN_GAP, plot.top, plot.bottom).map((l) => ({
    id: l.id,
    text: l.text,
    colour: l.colour,
    shape: l.shape,
    hollow: l.hollow,
    x: plot.right + 6,
    anchorX: l.x,
    anchorY: l.y,
    labelY: l.labelY,
  }));

  const byYear = new Map<number, PlacedPoint[]>();
  for (const p of [...lines.flatMap((l) => l.points), ...placedMarks]) {
    const list = byYear.get(p.dataYear) ?? [];
    list.push(p);
    byYear.set(p.dataYear, list);
  }
  const stops = [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([dataYear, pts]) => ({ dataYear, points: pts.sort((a, b) => a.y - b.y) }));

  return {
    width,
    height,
    compact,
    plot,
    x,
    y,
    xLabel: input.xLabel ?? 'data year',
    yLabel: input.yLabel,
    title: input.title ?? null,
    titleLines,
    titleY,
    yLabelY,
    tierRows,
    tierLabelY,
    // The caption starts at the plot's left edge; a narrow column (four countries in Compare) has no room for the
    // whole of it, which would run into the next column or off the image.
    tierLabel:
      [TIER_ROWS_LABEL, TIER_ROWS_LABEL_MEDIUM].find(
        (t) => t.length * BAND_CHAR_WIDTH <= width - plot.left,
      ) ?? TIER_ROWS_LABEL_SHORT,
    bands,
    lines,
    marks: placedMarks,
    labels,
    stops,
    series,
    empty:
      stops.length === 0
        ? {
            lines: wrapWords(
              input.emptyText ?? 'No data for these years',
              plot.right - plot.left,
              EMPTY_CHAR_WIDTH,
            ),
            x: (plot.left + plot.right) / 2,
            y: (plot.top + plot.bottom) / 2,
          }
        : null,
  };
}
