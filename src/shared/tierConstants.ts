import type { Tier } from '../data/schema';

/**
 * What a country shows for one report year: one of the five tiers, "Tier 1 or 2" where the sources list only
 * the Watch List and Tier 3, or "no data". Ordered best to worst for legends.
 */
export const TIER_CLASSES = [
  'Tier 1',
  'Tier 2',
  'Tier 2 Watch List',
  'Tier 3',
  'Special Case',
  'Tier 1 or 2',
  'No data',
] as const;
export type TierClass = (typeof TIER_CLASSES)[number];

export const TIER_CLASS_LABEL: Record<TierClass, string> = {
  'Tier 1': 'Tier 1',
  'Tier 2': 'Tier 2',
  'Tier 2 Watch List': 'Tier 2 Watch List',
  'Tier 3': 'Tier 3',
  'Special Case': 'Special Case',
  'Tier 1 or 2': 'Tier 1 or 2 (sources do not separate them)',
  'No data': 'No data',
};

export const TIER_CLASS_SHORT: Record<TierClass, string> = {
  'Tier 1': 'T1',
  'Tier 2': 'T2',
  'Tier 2 Watch List': 'WL',
  'Tier 3': 'T3',
  'Special Case': 'SC',
  'Tier 1 or 2': '1/2',
  'No data': '–',
};

/** Ordinal rank for change detection (higher is worse); null where a class is not on the ordinal scale. */
export const TIER_RANK: Record<TierClass, number | null> = {
  'Tier 1': 1,
  'Tier 2': 2,
  'Tier 2 Watch List': 2.5,
  'Tier 3': 3,
  'Special Case': null,
  'Tier 1 or 2': null,
  'No data': null,
};

/**
 * Okabe–Ito colours, ordered blue → sky → orange → vermillion (colour-blind safe; never green → red).
 * The Watch List, Special Case, "Tier 1 or 2" and "no data" also carry a pattern, so colour is never the only cue.
 */
export const TIER_FILL: Record<TierClass, string> = {
  'Tier 1': '#0072B2',
  'Tier 2': '#56B4E9',
  'Tier 2 Watch List': '#E69F00',
  'Tier 3': '#D55E00',
  'Special Case': '#8a8a8a',
  'Tier 1 or 2': '#a9cfe6',
  'No data': '#ececec',
};

export type TierPattern = 'none' | 'hatch' | 'dots' | 'cross' | 'diagonal-light';

export const TIER_PATTERN: Record<TierClass, TierPattern> = {
  'Tier 1': 'none',
  'Tier 2': 'none',
  'Tier 2 Watch List': 'hatch',
  'Tier 3': 'none',
  'Special Case': 'dots',
  'Tier 1 or 2': 'cross',
  'No data': 'diagonal-light',
};

/** The `fill` to use for a class: its pattern where it has one, else its flat colour. */
export const tierPatternId = (cls: TierClass, prefix = 'tp'): string =>
  `${prefix}-${cls.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

export const tierFillRef = (cls: TierClass, prefix = 'tp'): string =>
  TIER_PATTERN[cls] === 'none' ? TIER_FILL[cls] : `url(#${tierPatternId(cls, prefix)})`;

export const isTier = (cls: TierClass): cls is Tier => cls !== 'Tier 1 or 2' && cls !== 'No data';

export const TIERS_CAVEAT_SHORT = 'Tiers rate government efforts, not how much trafficking there is.';

/** "2020 report, April 2019 – March 2020": the report published in June of N assesses April N−1 to March N. */
export const reportPeriod = (reportYear: number): string => `April ${reportYear - 1} – March ${reportYear}`;
export const reportLabel = (reportYear: number): string =>
  `${reportYear} report, ${reportPeriod(reportYear)}`;
