/**
 * The wire values every schema of the dataset is built from (tiers, years, regions, metrics, units, source ids).
 * src/data/schema.ts re-exports all of it: import from there.
 */
import { en } from 'zod/locales';
import * as z from 'zod/mini';

// zod/mini: the same parsers as zod's chained API, as functions a bundler can leave out when unused (zod's classic
// API carried 92 KB of minified code into the first load, most of it methods no schema here calls). It has no
// messages of its own: give it zod's English ones, so errors read as before.
z.config(en());
// zod probes `new Function` when it builds an object schema, to decide whether to compile fast parsers. Under
// the app's Content-Security-Policy (no 'unsafe-eval') that probe is reported as a CSP violation on every load,
// so turn it off before the first schema below is built (every other schema module imports this one first).
z.config({ jitless: true });

// ---------------------------------------------------------------------------------------------
// Wire values
// ---------------------------------------------------------------------------------------------

export const TIERS = ['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3', 'Special Case'] as const;
export type Tier = (typeof TIERS)[number];
export const tierSchema = z.enum(TIERS);

/** A report year (TIP edition) or data year is an integer in this range; anything else is a typo. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2030;
export const yearSchema = z.int().check(z.gte(MIN_YEAR), z.lte(MAX_YEAR));

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

/** The source ids of every table row a value can come from. Documents are "doc-<file stem>". */
export const sourceIdSchema = z.string().check(z.regex(/^[a-z0-9-]+$/));
