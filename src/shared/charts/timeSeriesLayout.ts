import { LESS_THAN_FIVE } from '../../data/wire';
import {
  DIRECT_LABEL_MIN_GAP,
  DIRECT_LABEL_PAD,
  FONT_SIZE,
  MARGIN,
  NARROW_CHART_WIDTH,
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
import {
  EMPTY_CHAR_WIDTH,
  TIER_ROWS_LABEL,
  TIER_ROWS_LABEL_MEDIUM,
  TIER_ROWS_LABEL_SHORT,
  TITLE_CHAR_WIDTH,
  TITLE_LINE_HEIGHT,
  TITLE_X,
  directLabelWidth,
  liftNominalLabels,
  nominalLabel,
  wrapWords,
} from './timeSeriesLabels';
import type { PlacedLine, PlacedPoint, TimeSeriesInput, TimeSeriesLayout } from './timeSeriesTypes';
import { valueAxis, valueDomain, type ValueScaleKind } from './valueAxis';
import { yearAxis } from './yearAxis';

const TITLE_BLOCK = FONT_SIZE.panelTitle + 8;
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
