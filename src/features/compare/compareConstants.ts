import type { CompareScale, CompareShow, Metric, Scale } from '../../state/urlState';

/** Compare shows the first four countries of the shared selection. */
export const COMPARE_MAX = 4;
export const COMPARE_MIN = 2;

export const COMPARE_METRICS: readonly Metric[] = ['victims', 'prosecuted', 'convicted'];

/** Height of one small-multiple panel in a country column. */
export const COMPARE_PANEL_HEIGHT = 180;
/** A column narrower than this stacks the countries instead of placing them side by side. */
export const COMPARE_MIN_COLUMN_WIDTH = 300;
export const COMPARE_COLUMN_GAP = 16;
/** The narrowest column of an exported comparison; narrower, the countries stack. */
export const COMPARE_EXPORT_MIN_COLUMN_WIDTH = 200;
export const FALLBACK_WIDTH = 1200;
/** Height of the difference view's ratio chart. */
export const RATIO_CHART_HEIGHT = 240;

export const SUGGESTED_COMPARISON = ['BLR', 'SRB', 'VNM'] as const;

export const COMPARE_SCALE_OPTIONS: { value: CompareScale; label: string }[] = [
  { value: 'shared', label: 'One shared y-scale' },
  { value: 'independent', label: 'Each country its own' },
];

export const COMPARE_SHOW_OPTIONS: { value: CompareShow; label: string }[] = [
  { value: 'all', label: 'Everything' },
  { value: 'tiers', label: 'Tier history only' },
];

export const SCALE_OPTIONS: { value: Scale; label: string }[] = [
  { value: 'linear', label: 'Linear' },
  { value: 'log', label: 'Log' },
];

export const RATIO_NOTE =
  'Persons convicted per person prosecuted in the same data year, where UNODC gives both as numbers ("<5" leaves the ratio unknown). It can exceed 1: a conviction may end a prosecution begun in an earlier year, and countries count differently.';

/** Countries whose names take "the" in a sentence ("the United States was on Tier 1"), by ISO3. */
export const DEFINITE_ARTICLE_ISO3: ReadonlySet<string> = new Set([
  'ARE',
  'BHS',
  'CAF',
  'COD',
  'COG',
  'COK',
  'COM',
  'DOM',
  'GBR',
  'GMB',
  'MDV',
  'MHL',
  'NLD',
  'PHL',
  'SLB',
  'SYC',
  'USA',
  'VAT',
]);
