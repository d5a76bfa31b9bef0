import type { TierClass } from '../../shared/tierConstants';
import type { Region } from '../../data/schema';
import type { RegionPreset } from '../../state/urlState';

// ---------------------------------------------------------------------------------------------
// Geometry
// ---------------------------------------------------------------------------------------------

/** ISO numeric ids of world-atlas features the map leaves out: Antarctica and the French Southern Lands. */
export const EXCLUDED_FEATURE_IDS: ReadonlySet<string> = new Set(['010', '260']);

/**
 * world-atlas features that carry no ISO numeric id, keyed by their Natural Earth name.
 * Kosovo is rated as XKX. Somaliland is not rated separately: the TIP Report's Somalia narrative covers it,
 * so it is drawn with Somalia rather than left blank. Northern Cyprus is left unrated on purpose (the Cyprus
 * narrative reports on "the area administered by Turkish Cypriots" without a tier).
 */
export const UNNUMBERED_FEATURE_ISO3: Readonly<Record<string, string>> = {
  Kosovo: 'XKX',
  Somaliland: 'SOM',
};

/**
 * Where to put a circle for rated places that the 110m geometry lacks (capital or main island, [lon, lat]).
 * The list is checked at run time against the data: a rated place with no shape and no entry here is still
 * listed beside the map, never dropped.
 */
export const SMALL_PLACE_COORDINATES: Readonly<Record<string, [number, number]>> = {
  ABW: [-69.97, 12.52],
  AND: [1.52, 42.51],
  ATG: [-61.8, 17.08],
  BHR: [50.56, 26.07],
  BRB: [-59.54, 13.19],
  COK: [-159.78, -21.24],
  COM: [43.33, -11.7],
  CPV: [-23.6, 15.1],
  CUW: [-68.99, 12.17],
  DMA: [-61.37, 15.41],
  FSM: [158.22, 6.92],
  GRD: [-61.68, 12.12],
  HKG: [114.17, 22.32],
  KIR: [172.98, 1.45],
  KNA: [-62.78, 17.3],
  LCA: [-60.98, 13.91],
  LIE: [9.55, 47.16],
  MAC: [113.54, 22.2],
  MCO: [7.42, 43.74],
  MDV: [73.51, 4.18],
  MHL: [171.18, 7.13],
  MLT: [14.45, 35.9],
  MUS: [57.55, -20.25],
  NRU: [166.93, -0.52],
  PLW: [134.58, 7.51],
  SGP: [103.82, 1.35],
  SMR: [12.46, 43.94],
  STP: [6.61, 0.19],
  SXM: [-63.05, 18.04],
  SYC: [55.45, -4.62],
  TON: [-175.2, -21.14],
  TUV: [179.19, -8.52],
  VAT: [12.45, 41.9],
  VCT: [-61.2, 13.25],
  WSM: [-172.1, -13.76],
  XKX: [20.9, 42.6],
};

// ---------------------------------------------------------------------------------------------
// Regions
// ---------------------------------------------------------------------------------------------

export const REGION_LABEL: Record<RegionPreset, string> = {
  world: 'World',
  africa: 'Africa',
  americas: 'Americas',
  'asia-pacific': 'Asia-Pacific',
  europe: 'Europe',
  mena: 'Middle East and North Africa',
  mekong: 'Mekong sub-region',
};

/** The dataset's region of each preset; the Mekong preset is a list of countries instead. */
export const PRESET_REGION: Record<RegionPreset, Region | null> = {
  world: null,
  africa: 'Africa',
  americas: 'Americas',
  'asia-pacific': 'Asia-Pacific',
  europe: 'Europe',
  mena: 'MENA',
  mekong: null,
};

/** Greater Mekong sub-region as briefings use it: Cambodia, China, Laos, Myanmar, Thailand, Vietnam. */
export const MEKONG_ISO3: readonly string[] = ['KHM', 'CHN', 'LAO', 'MMR', 'THA', 'VNM'];

export interface RegionFrame {
  /** Longitude put at the centre, so a region never straddles the projection's edge. */
  centreLon: number;
  /** [west, south, east, north] in degrees; east may exceed 180 across the antimeridian. Null: all land. */
  bounds: [number, number, number, number] | null;
  /** Width ÷ height of the region's box in Equal Earth, so the map box has no slack (measured once). */
  aspect: number;
}

export const REGION_FRAME: Record<RegionPreset, RegionFrame> = {
  world: { centreLon: 0, bounds: null, aspect: 2.28 },
  africa: { centreLon: 17, bounds: [-19, -36, 52, 30], aspect: 0.82 },
  americas: { centreLon: -85, bounds: [-170, -56, -30, 75], aspect: 0.92 },
  'asia-pacific': { centreLon: 120, bounds: [46, -48, 190, 56], aspect: 1.11 },
  europe: { centreLon: 15, bounds: [-25, 34, 50, 71], aspect: 1.88 },
  mena: { centreLon: 22, bounds: [-18, 8, 63, 42], aspect: 1.87 },
  mekong: { centreLon: 105, bounds: [91, 5, 124, 32], aspect: 0.94 },
};

/** Degrees between sampled points along a region's bounding box (the box's edges curve in Equal Earth). */
export const BOUNDS_SAMPLE_STEP = 5;

// ---------------------------------------------------------------------------------------------
// Layout (px)
// ---------------------------------------------------------------------------------------------

export const MAP_PADDING = 8;
/**
 * Decimals of the projected country paths: a tenth of a pixel is finer than any screen or 2× slide shows, and
 * paths a third shorter than d3's default of three parse faster and make the pre-rendered index.html smaller.
 */
export const PATH_DIGITS = 1;
/**
 * d3-geo's adaptive resampling threshold, in px (its default is √½): a long edge is cut into shorter ones where
 * the projection bends it by more than this. On the 110m atlas the world map's paths are the same strings as at
 * d3's default, and a region's outlines stay within 1.1 px of them at any size (mapLayout.test.ts), while the
 * projection takes about 40 % less time (all countries, in Node: 8.8 against 14.2 ms).
 */
export const PATH_PRECISION = 1;
export const MIN_MAP_HEIGHT = 180;
/** Regions fill the width but never grow taller than this on screen. */
export const MAX_MAP_HEIGHT = 480;
/** Below this width the side column drops under the map. */
export const WIDE_LAYOUT_MIN = 1100;
/** Band at the foot of the map that holds the caveat. */
export const NOTE_LINE_HEIGHT = 14;
export const NOTE_FONT_SIZE = 11;
/** The caveat grows on maps wider than this (slides), up to NOTE_MAX_SCALE times. */
export const NOTE_REFERENCE_WIDTH = 1200;
export const NOTE_MAX_SCALE = 1.6;
/** Narrower maps print the caveat on two lines. */
export const NOTE_WRAP_WIDTH = 560;
export const MARKER_RADIUS = 2.5;
/** Markers grow with the map (about 4 px on a 1000 px map) so they stay in proportion on phones and slides. */
export const MARKER_RADIUS_PER_PX = 1 / 250;
export const MARKER_MAX_RADIUS = 7;
/** How far (in marker diameters) a crowded marker may be moved away from its place. */
export const MARKER_DODGE_RINGS = 6;
export const BORDER_WIDTH = 0.5;
export const FOCUS_WIDTH = 2.5;
export const SELECTED_WIDTH = 2;
export const HOVER_WIDTH = 1.5;
export const STREAK_OUTLINE_WIDTH = 1.6;
/** Opacity of countries outside a highlighted legend class. */
export const DIMMED_OPACITY = 0.18;
export const GRATICULE_STEP: [number, number] = [30, 30];
export const TOOLTIP_OFFSET = 14;
export const TOOLTIP_WIDTH = 300;

// ---------------------------------------------------------------------------------------------
// Time and interaction
// ---------------------------------------------------------------------------------------------

export const PLAY_INTERVAL_MS = 1100;
/** Page Up / Page Down move the year slider by this many report years. */
export const SLIDER_PAGE_STEP = 5;
/** Letters typed within this time on the map form one search ("bel" → Belarus). */
export const TYPEAHEAD_RESET_MS = 700;
export const TOOLTIP_FACTS = 2;
export const TOOLTIP_QUOTE_MAX = 160;

// ---------------------------------------------------------------------------------------------
// Colours and theme
// ---------------------------------------------------------------------------------------------

/** The colours a map draws with besides the tier palette; structurally a subset of the export theme. */
export interface MapTheme {
  /** Map background; null leaves it transparent. */
  paper: string | null;
  ink: string;
  inkMuted: string;
  grid: string;
  /** Country borders. */
  axis: string;
  halo: string;
  dark: boolean;
}

export const MAP_THEME: MapTheme = {
  paper: '#ffffff',
  ink: '#1a1a1a',
  inkMuted: '#555555',
  grid: '#e6e9ee',
  axis: '#ffffff',
  halo: '#ffffff',
  dark: false,
};

export const OCEAN_FILL = '#f3f6f9';
/** Land the TIP Report does not rate on its own (Greenland, Western Sahara, Puerto Rico…). */
export const UNRATED_LAND_FILL = '#e6e8eb';
/** Countries outside the chosen region preset. */
export const OUTSIDE_REGION_FILL = '#eceef1';
export const OUTSIDE_REGION_STROKE = '#ffffff';
/** The same on a dark export: muted land that does not outshine the rated countries. */
export const UNRATED_LAND_FILL_DARK = '#5a606b';
export const OUTSIDE_REGION_FILL_DARK = '#3a3f48';
export const OUTSIDE_REGION_STROKE_DARK = '#2b2f36';
export const MARKER_STROKE = '#1a1a1a';
export const FOCUS_STROKE = '#b3005e';
export const SELECTED_STROKE = '#1a1a1a';
export const HOVER_STROKE = '#3d4450';
export const STREAK_STROKE = '#1a1a1a';

export const CHANGE_CLASSES = ['upgraded', 'downgraded', 'unchanged', 'not comparable'] as const;
export type ChangeClass = (typeof CHANGE_CLASSES)[number];
/** What a country is coloured by: its tier (Tiers mode) or its change between two reports (Changes mode). */
export type MapClass = TierClass | ChangeClass;

export const CHANGE_LABEL: Record<ChangeClass, string> = {
  upgraded: 'Upgraded',
  downgraded: 'Downgraded',
  unchanged: 'Unchanged',
  'not comparable': 'Not comparable',
};

/** How a tooltip says the change from the previous report. */
export const CHANGE_WORD: Record<ChangeClass, string> = {
  upgraded: 'Up',
  downgraded: 'Down',
  unchanged: 'Same',
  'not comparable': 'Unknown',
};

export const CHANGE_ARROW: Record<ChangeClass, string> = {
  upgraded: '▲',
  downgraded: '▼',
  unchanged: '=',
  'not comparable': '?',
};

/** Okabe–Ito blue for better, vermillion for worse; unchanged recedes; "not comparable" carries a pattern. */
export const CHANGE_FILL: Record<ChangeClass, string> = {
  upgraded: '#0072B2',
  downgraded: '#D55E00',
  unchanged: '#c9ced6',
  'not comparable': '#f1f1f1',
};

export const CHANGE_PATTERN: Record<ChangeClass, 'none' | 'stripes' | 'diagonal-light'> = {
  upgraded: 'none',
  downgraded: 'stripes',
  unchanged: 'none',
  'not comparable': 'diagonal-light',
};

/** Country names on a map slide: type size per px of map width, within these bounds; semibold. */
export const LABEL_FONT_PER_PX = 1 / 95;
export const LABEL_FONT_MIN = 10;
export const LABEL_FONT_MAX = 16;
export const LABEL_FONT_WEIGHT = 600;
/** A country too small for its name is tried at this fraction of the label size before it is left unnamed. */
export const LABEL_FONT_SMALLER = 0.8;
