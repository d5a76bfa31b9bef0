/**
 * The dataset's wire values, without the schemas that check them: tiers, years, regions, metrics, units, file
 * names, the "<5" value. The app's first-load code reads these; the schemas (schemaBase.ts, schema.ts, built with
 * zod) are loaded only when a file must be checked (src/data/README.md). schema.ts re-exports all of it.
 */
export const TIERS = ['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3', 'Special Case'] as const;
export type Tier = (typeof TIERS)[number];

/** A report year (TIP edition) or data year is an integer in this range; anything else is a typo. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2030;

/**
 * Region codes the documents use for figures that are not about one country.
 * ISO 3166-1 alpha-3 codes are checked against the ISO table by the build.
 */
export const REGION_CODES = [
  'WORLD',
  'AFRICA',
  'AMERICAS',
  'ASIA_PACIFIC',
  'EUROPE',
  'MENA',
  'MEKONG',
  'SOUTHEAST_ASIA',
  'GMS',
] as const;
export type RegionCode = (typeof REGION_CODES)[number];
export const REGION_CODE_LABEL: Record<RegionCode, string> = {
  WORLD: 'World',
  AFRICA: 'Africa',
  AMERICAS: 'Americas',
  ASIA_PACIFIC: 'Asia-Pacific',
  EUROPE: 'Europe',
  MENA: 'Middle East and North Africa',
  MEKONG: 'Mekong region',
  SOUTHEAST_ASIA: 'Southeast Asia',
  GMS: 'Greater Mekong Sub-region',
};
export const isRegionCode = (code: string): code is RegionCode =>
  (REGION_CODES as readonly string[]).includes(code);

export const FACT_METRICS = [
  'tier',
  'victims_identified',
  'victims_assisted',
  'prosecutions',
  'convictions',
  'investigations',
  'arrests',
  'suspects',
  'estimated_victims',
  'migrant_workers',
  'other',
] as const;
export type FactMetric = (typeof FACT_METRICS)[number];

export const CONFIDENCE = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

/** How a number in a document is qualified: "more than 1,000", "about 300", "up to 50". */
export const QUALIFIERS = ['exact', 'approximately', 'at_least', 'more_than', 'up_to', 'less_than'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const MAX_QUOTE_LENGTH = 200;

/**
 * Units that are not counts: a share ("80 percent of the victims") and rates ("17 out of every 1,000 people").
 * Any other unit ("persons", "cases", "USD"…) is written as the document writes it.
 */
export const PERCENT_UNIT = 'percent';
/** "per 1,000 population" → 1000: the base of a rate unit, or null when the unit is not a rate. */
export function rateBase(unit: string): number | null {
  const m = /^per ([0-9,]+) population$/.exec(unit);
  return m ? Number(m[1]!.replace(/,/g, '')) : null;
}
const MONEY_UNITS = new Set(['USD', 'USD per ton']);
/** Whether a unit measures a share, a rate or money rather than counting something. */
export const isMeasureUnit = (unit: string): boolean =>
  unit === PERCENT_UNIT || MONEY_UNITS.has(unit) || rateBase(unit) !== null;
/** Whether a fact's value must be a whole, non-negative count (every metric but "tier" and "other" counts). */
export const isCountFact = (metric: FactMetric, unit: string): boolean =>
  metric !== 'other' ? metric !== 'tier' : !isMeasureUnit(unit);

/**
 * The TIP edition published in June of year N assesses April of N−1 to March of N: the period a count stated
 * "in the TIP report for N" covers.
 */
export const reportPeriod = (reportYear: number): string => `April ${reportYear - 1}–March ${reportYear}`;

// The published dataset (public/data/*.json)

export const DATASET_FILES = {
  core: 'core.json',
  unodc: 'unodc.json',
  facts: 'facts.json',
} as const;
export type DatasetFileKey = keyof typeof DATASET_FILES;

export const REGIONS = ['Africa', 'Americas', 'Asia-Pacific', 'Europe', 'MENA'] as const;
export type Region = (typeof REGIONS)[number];

export const YEAR_COVERAGE = ['complete', 'lists-only', 'none'] as const;
export type YearCoverage = (typeof YEAR_COVERAGE)[number];

export const LICENCES = [
  'public-domain',
  'MIT',
  'CC0',
  'attribution-required',
  'quoted-under-fair-use',
  'unknown',
] as const;

/** UNODC publishes counts under five as "<5": a distinct value, never zero. */
export const LESS_THAN_FIVE = '<5' as const;

export const UNODC_INDICATORS = [
  'victims',
  'victimsFemale',
  'victimsMale',
  'victimsChildren',
  'victimsAdults',
  'victimsSexualExploitation',
  'victimsForcedLabour',
  'prosecuted',
  'convicted',
] as const;
export type UnodcIndicator = (typeof UNODC_INDICATORS)[number];

export const CONFLICT_KINDS = [
  'document-vs-tier-table',
  'document-vs-document',
  'document-vs-unodc',
] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];
