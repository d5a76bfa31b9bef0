/**
 * Sizes, scales, backgrounds and frame typography of image exports. Presets are logical pixels: a PNG at 2× of
 * the 16:9 slide is 3840×2160.
 */

export const EXPORT_PRESETS = ['current', 'slide-16x9', 'slide-4x3', 'square'] as const;
export type ExportPreset = (typeof EXPORT_PRESETS)[number];

export const PRESET_LABEL: Record<ExportPreset, string> = {
  current: 'Current view',
  'slide-16x9': '16:9 slide',
  'slide-4x3': '4:3 slide',
  square: 'Square',
};

/** Fixed boxes of the slide presets; "current" takes the chart's on-screen size plus the frame around it. */
export const PRESET_SIZE: Record<Exclude<ExportPreset, 'current'>, { width: number; height: number }> = {
  'slide-16x9': { width: 1920, height: 1080 },
  'slide-4x3': { width: 1600, height: 1200 },
  square: { width: 1080, height: 1080 },
};

export const EXPORT_SCALES = [1, 2, 3] as const;
export type ExportScale = (typeof EXPORT_SCALES)[number];
export const DEFAULT_SCALE: ExportScale = 2;

export const EXPORT_BACKGROUNDS = ['white', 'transparent', 'dark'] as const;
export type ExportBackground = (typeof EXPORT_BACKGROUNDS)[number];
export const BACKGROUND_LABEL: Record<ExportBackground, string> = {
  white: 'White',
  transparent: 'Transparent',
  dark: 'Dark',
};

export const IMAGE_FORMATS = ['png', 'svg'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];
export const IMAGE_FORMAT_LABEL: Record<ImageFormat, string> = { png: 'PNG', svg: 'SVG' };

export const DATA_FORMATS = ['csv', 'json'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/**
 * The "current view" keeps the screen's type size; a preset scales type (and the chart, drawn at a smaller logical
 * box and magnified) so a 1920-wide slide reads like a 1200-wide screen.
 */
export const TYPE_SCALE_REFERENCE = { width: 1200, height: 800 } as const;
export const TYPE_SCALE_MIN = 0.75;
export const TYPE_SCALE_MAX = 2;
/** The current-view export is never narrower than this, so its frame text still fits. */
export const MIN_CURRENT_WIDTH = 560;
export const MIN_CHART_HEIGHT = 120;

/** Frame typography and spacing at type scale 1 (px). */
export const FRAME = {
  padding: 20,
  titleSize: 24,
  subtitleSize: 15,
  legendSize: 13,
  footerSize: 11.5,
  lineHeight: 1.3,
  gap: 10,
  legendSwatch: 14,
  legendItemGap: 18,
  legendSwatchGap: 6,
  maxTitleLines: 2,
  maxSubtitleLines: 3,
  brand: 'TIP Atlas',
} as const;

/** Inter weights the frame and charts draw with; each is embedded in the SVG. */
export const EMBEDDED_WEIGHTS = [400, 600, 700] as const;

/** Exports that take longer than this show a progress bar. */
export const PROGRESS_DELAY_MS = 150;
/** Blob URLs of downloads are revoked after the browser has had time to start saving. */
export const REVOKE_DELAY_MS = 30_000;
export const PREVIEW_DEBOUNCE_MS = 120;

/**
 * Columns that CSV/JSON downloads of several views share, named once so the same field reads the same in every
 * file (data year, not a bare "year"; a source id that the file's source list resolves).
 */
export const EXPORT_COLUMN = {
  iso3: { key: 'iso3', label: 'ISO 3166-1 alpha-3' },
  country: { key: 'country', label: 'Country' },
  dataYear: { key: 'dataYear', label: 'Data year (the year counted)' },
  unit: { key: 'unit', label: 'Unit' },
  source: { key: 'source', label: 'Source id (see the sources list)' },
  quote: { key: 'quote', label: 'Quote from the document' },
  measure: { key: 'measure', label: 'Measure' },
  indicator: { key: 'indicator', label: 'UNODC indicator id (unodc.json)' },
  unodcValue: { key: 'value', label: 'Value ("<5": fewer than five, as UNODC publishes it)' },
  qualifier: { key: 'qualifier', label: 'Qualifier of a document figure' },
  factPart: { key: 'breakdown', label: 'Part of the total the figure counts' },
  factId: { key: 'factId', label: 'Fact id of a document figure (facts.json)' },
  article: { key: 'article', label: 'Article a document figure is quoted from' },
  author: { key: 'author', label: 'Author of that article' },
  document: { key: 'document', label: 'Source document (file) holding the article' },
} as const;

/** The SVG namespace, for elements the export builds in the DOM. */
export const SVG_NS = 'http://www.w3.org/2000/svg';
