/**
 * Sizes, colours and thresholds of the shared time-series charts. Every chart draws with SVG attributes from here
 * (not CSS classes), so the export path can re-render the same component at another size and serialise it as is.
 */

export const CHART_FONT = "Inter, system-ui, -apple-system, 'Segoe UI', sans-serif";

export const CHART_INK = '#1a1a1a';
export const CHART_INK_MUTED = '#555555';
export const CHART_GRID = '#e3e6ea';
export const CHART_AXIS = '#767676';
export const CHART_PAPER = '#ffffff';
/** The app's focus colour (--focus in styles.css): the active point and the crosshair. */
export const CHART_FOCUS = '#b3005e';
/** Marks a document value that differs from UNODC for the same country, metric and data year (--conflict). */
export const CHART_CONFLICT = '#a4005b';

export const FONT_SIZE = {
  tick: 11,
  axisLabel: 11,
  directLabel: 12,
  note: 10,
  panelTitle: 12,
} as const;

export const MARGIN = {
  top: 10,
  bottom: 36,
  left: 52,
  /** Widest right margin reserved for direct labels at the end of each line. */
  labelsWide: 136,
  /** Without direct labels. */
  right: 14,
} as const;

/** Below this chart width, direct labels use short codes (ISO3) and the tooltip docks under the chart. */
export const NARROW_CHART_WIDTH = 560;

/** Tick labels of the year axis keep at least this many pixels apart. */
export const MIN_YEAR_TICK_SPACING = 38;
export const YEAR_TICK_STEPS = [1, 2, 5, 10] as const;
/** Roughly how many value ticks a 200-pixel-high plot gets. */
export const VALUE_TICKS_PER_200PX = 5;
export const MIN_VALUE_TICKS = 2;
/** A tall chart (an exported slide) still gets a readable handful of value ticks, not one every few pixels. */
export const MAX_VALUE_TICKS = 8;

/** Height of one tier-history row drawn above the plot, and the gap under the last row. */
export const TIER_ROW_HEIGHT = 16;
export const TIER_ROW_GAP = 2;
export const TIER_ROWS_BOTTOM_GAP = 18;
/** The standalone tier strip (Compare): total height, and the strip's top and height within it. */
export const TIER_STRIP_CHART_HEIGHT = 54;
export const TIER_STRIP_TOP = 4;
export const TIER_STRIP_HEIGHT = 20;

export const MARKER_SIZE = 7;
/** Space between a nominal point's marker ("<5") and its label above it. */
export const NOMINAL_LABEL_GAP = 3;
export const MARKER_SIZE_FOCUS = 11;
export const LINE_WIDTH = 2;
export const DIRECT_LABEL_MIN_GAP = 14;
/** Rough width of one character of a direct label, to size the right margin to the longest label. */
export const DIRECT_LABEL_CHAR_WIDTH = 7.4;
/**
 * A capital letter of a direct label (12 px semibold Inter: "M" and "W" are about 10 px); an ISO code label ("VNM")
 * at 7.4 px a letter ran past the chart's right edge.
 */
export const DIRECT_LABEL_CAPITAL_WIDTH = 9.8;
/** Room for the gap, the marker repeated before the label, and its spacing. */
export const DIRECT_LABEL_PAD = 24;

/** A pointer within this many pixels of a point (vertically) focuses it; otherwise the whole year is shown. */
export const POINT_HIT_RADIUS = 14;

/**
 * "<5" is drawn at a nominal value on linear axes (the middle of 1–4) and labelled "<5"; it never enters
 * domain computations, and on log axes it sits on the baseline.
 */
export const LESS_THAN_FIVE_NOMINAL = 2.5;
/** A linear value axis reaches at least this high, so "<5" sits visibly near the baseline. */
export const MIN_LINEAR_DOMAIN_MAX = 10;

/**
 * Categorical colours for up to six countries, each at least 4.5:1 on white (AA for text, so direct labels can use
 * them), chosen not to echo the tier palette's blue→vermillion order. Shapes and direct labels carry identity too.
 */
export const SERIES_COLOURS = ['#1f4e9c', '#b8450b', '#0f7a55', '#7b3fb5', '#1a1a1a', '#8a5a00'] as const;

export const MARKER_SHAPES = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'triangleDown',
  'plus',
  'star',
] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];
/** One shape per series slot; the star is kept for facts from the documents. */
export const SERIES_SHAPES: readonly MarkerShape[] = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'triangleDown',
  'plus',
];
export const DOCUMENT_SHAPE: MarkerShape = 'star';

export const SHAPE_LABEL: Record<MarkerShape, string> = {
  circle: 'circle',
  square: 'square',
  triangle: 'triangle',
  diamond: 'diamond',
  triangleDown: 'downward triangle',
  plus: 'plus',
  star: 'star',
};

/** Small multiples: narrowest panel before the grid drops a column, and the gap between panels. */
export const SMALL_MULTIPLE_MIN_WIDTH = 300;
export const SMALL_MULTIPLE_GAP = 16;
