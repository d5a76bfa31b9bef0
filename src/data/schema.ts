/**
 * The one schema of the TIP Atlas dataset. The data build (scripts/build-data.ts) validates what it writes
 * with these schemas, and the app validates what it loads with the same ones: a field is declared once.
 */
import * as z from 'zod/mini';
import {
  CONFIDENCE,
  CONFLICT_KINDS,
  LESS_THAN_FIVE,
  LICENCES,
  REGIONS,
  UNODC_INDICATORS,
  YEAR_COVERAGE,
  FACT_METRICS,
  MAX_QUOTE_LENGTH,
  QUALIFIERS,
  sourceIdSchema,
  tierSchema,
  yearSchema,
} from './schemaBase';
import { encodeTierTable, readTierTable, tierTableSchema } from './tierTable';

export * from './schemaBase';
export type { TierCell } from './tierTable';

// ---------------------------------------------------------------------------------------------
// The reviewed input file of document facts (data/document-facts.json)
// ---------------------------------------------------------------------------------------------

export const documentFactInputSchema = z.strictObject({
  /** Stable id, e.g. "doc000-12". */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** ISO 3166-1 alpha-3 (XKX for Kosovo) or a region code. */
  country: z.string().check(z.regex(/^[A-Z_]{3,}$/)),
  metric: z.enum(FACT_METRICS),
  /** Required when metric is "other"; a short human label ("child labourers", "deportees"). */
  metricLabel: z.optional(z.string().check(z.minLength(1))),
  /** For tiers: the TIP report year. For counts: the data year (or first year of a range). */
  year: z.int(),
  /** Last year of a range ("between 2012 and 2017"), inclusive. */
  yearEnd: z.optional(z.int()),
  /** Which kind of year `year` is. Tier facts are always "report". */
  yearKind: z.enum(['report', 'data']),
  /** A tier name for metric "tier", otherwise a count or a percentage. */
  value: z.union([z.number(), tierSchema]),
  /** Upper end of a range of values ("80,000 to 120,000" → value 80000, valueEnd 120000). */
  valueEnd: z.optional(z.number()),
  /** How the value is bounded or rounded: "more than 1,100" is more_than, "over 3 million" more_than. */
  qualifier: z._default(z.enum(QUALIFIERS), 'exact'),
  /** "persons", "cases", "percent", "per 1,000 population", "tier", "USD"... */
  unit: z.string().check(z.minLength(1)),
  /** What a percent or rate is a share of ("victims identified in 2017", "the population"). */
  shareOf: z.optional(z.string().check(z.minLength(1))),
  /** The body whose estimate or count the document reports ("ILO", "Walk Free", "UNODC", "Justice Centre"). */
  attributedTo: z.optional(z.string().check(z.minLength(1))),
  /**
   * For a count the document gives "in the TIP report for N": the edition N as stated. `year` is then the data
   * year it counts (the report covers April N−1 to March N), and the note says how it was keyed.
   */
  reportYear: z.optional(yearSchema),
  /** e.g. "women", "children", "Vietnamese nationals abroad", "sexual exploitation". */
  breakdown: z.optional(z.string().check(z.minLength(1))),
  /** The source document's file name in shared/seeds. */
  document: z.string().check(z.regex(/^[0-9]{3}_[0-9a-f]+\.txt$/)),
  title: z.string().check(z.minLength(1)),
  author: z.optional(z.string().check(z.minLength(1))),
  /** Verbatim from the document, at most 200 characters. */
  quote: z.string().check(z.minLength(1), z.maxLength(MAX_QUOTE_LENGTH)),
  confidence: z.enum(CONFIDENCE),
  /** True when the value is not printed in the quote but follows from it (e.g. "demoted from Tier 2"). */
  derived: z._default(z.boolean(), false),
  note: z.optional(z.string()),
});
export type DocumentFactParsed = z.output<typeof documentFactInputSchema>;

// ---------------------------------------------------------------------------------------------
// The published dataset (public/data/*.json)
// ---------------------------------------------------------------------------------------------

export const countrySchema = z.strictObject({
  iso3: z.string().check(z.regex(/^[A-Z]{3}$/)),
  /** ISO 3166-1 numeric as a 3-digit string: the id of the world-atlas map features. Null for Kosovo. */
  isoNumeric: z.nullable(z.string().check(z.regex(/^[0-9]{3}$/))),
  name: z.string().check(z.minLength(1)),
  region: z.enum(REGIONS),
});
export type Country = z.infer<typeof countrySchema>;

/**
 * What is known of a report year as a whole.
 * - complete: every assessed country has a tier.
 * - lists-only: the Watch List and Tier 3 are complete but some assessed countries are known only as "Tier 1 or 2".
 * - none: no tier data at all for this report year.
 */

export const reportYearCoverageSchema = z.strictObject({
  reportYear: yearSchema,
  status: z.enum(YEAR_COVERAGE),
  /** Countries with a stated or inferred tier. */
  known: z.int().check(z.nonnegative()),
  /** Assessed countries absent from the Watch List and Tier 3 lists, so on Tier 1 or Tier 2. */
  tier1or2: z.array(z.string()),
  note: z.string(),
});
export type ReportYearCoverage = z.infer<typeof reportYearCoverageSchema>;

export const globalLawEnforcementRowSchema = z.strictObject({
  dataYear: yearSchema,
  /** The TIP edition the numbers were taken from; null where the source says only "2007 and 2016 TIP Reports". */
  reportYear: z.nullable(yearSchema),
  prosecutions: z.nullable(z.int().check(z.nonnegative())),
  prosecutionsLabor: z.nullable(z.int().check(z.nonnegative())),
  convictions: z.nullable(z.int().check(z.nonnegative())),
  convictionsLabor: z.nullable(z.int().check(z.nonnegative())),
  victimsIdentified: z.nullable(z.int().check(z.nonnegative())),
  victimsIdentifiedLabor: z.nullable(z.int().check(z.nonnegative())),
  newOrAmendedLegislation: z.nullable(z.int().check(z.nonnegative())),
  source: sourceIdSchema,
  origin: z.string(),
  confidence: z.enum(CONFIDENCE),
});
export type GlobalLawEnforcementRow = z.infer<typeof globalLawEnforcementRowSchema>;

export const sourceSchema = z.strictObject({
  id: sourceIdSchema,
  kind: z.enum(['table', 'document']),
  title: z.string(),
  publisher: z.nullable(z.string()),
  author: z.nullable(z.string()),
  date: z.nullable(z.string()),
  citation: z.string(),
  url: z.nullable(z.string()),
  licence: z.enum(LICENCES),
  attribution: z.nullable(z.string()),
  coverage: z.string(),
  /** Short caveats a reader should see next to values from this source. */
  caveats: z.array(z.string()),
});
export type Source = z.infer<typeof sourceSchema>;

export const isoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/**
 * How current the dataset is, read from the data by the build: the latest TIP Report and when it was released,
 * the UNODC release and its last data year, the last data year of the TIP global law-enforcement table.
 */
export const datasetCurrencySchema = z.strictObject({
  tipReport: z.strictObject({
    reportYear: yearSchema,
    released: z.nullable(isoDateSchema),
    status: z.enum(YEAR_COVERAGE),
  }),
  unodc: z.strictObject({ source: sourceIdSchema, released: isoDateSchema, lastDataYear: yearSchema }),
  globalLawEnforcement: z.strictObject({ lastDataYear: yearSchema, reportYear: z.nullable(yearSchema) }),
});
export type DatasetCurrency = z.infer<typeof datasetCurrencySchema>;

const coreWireSchema = z.strictObject({
  version: z.string(),
  builtFrom: z.string(),
  /** Always written by the build; optional so that hand-made test fixtures need not spell it out. */
  currency: z.optional(datasetCurrencySchema),
  countries: z.array(countrySchema),
  /** The tier cells in their compact form (src/data/tierTable.ts); read as cells per ISO3, by report year. */
  tiers: tierTableSchema,
  coverage: z.array(reportYearCoverageSchema),
  globalLawEnforcement: z.array(globalLawEnforcementRowSchema),
  sources: z.array(sourceSchema),
});
/** core.json as the app reads it, from its checked written form: the tier table decoded. */
const readCore = (wire: z.output<typeof coreWireSchema>) => readTierTable(wire);
/** core.json: checked in its written form, then read with the tier table decoded. */
export const coreDatasetSchema = z.pipe(coreWireSchema, z.transform(readCore));
/** core.json as the app reads it: `tiers` holds the cells per ISO3, sorted by report year. */
export type CoreDataset = z.output<typeof coreDatasetSchema>;

/** core.json as written: the build's dataset with its tier table encoded (the inverse of the schema's decoding). */
export const encodeCore = ({ tiers, ...rest }: CoreDataset): z.input<typeof coreDatasetSchema> => ({
  ...rest,
  tiers: encodeTierTable(tiers),
});

export const unodcValueSchema = z.union([z.int().check(z.nonnegative()), z.literal(LESS_THAN_FIVE)]);
export type UnodcValue = z.infer<typeof unodcValueSchema>;

/** [dataYear, value] pairs sorted by data year; a missing year is simply absent. */
export const unodcPointSchema = z.tuple([yearSchema, unodcValueSchema]);
export type UnodcPoint = z.infer<typeof unodcPointSchema>;

/** A UNODC release the dataset reads: its source id in the registry, its date and the data years it holds. */
export const unodcReleaseSchema = z.strictObject({
  source: sourceIdSchema,
  released: isoDateSchema,
  firstDataYear: yearSchema,
  lastDataYear: yearSchema,
});

const unodcSeriesSchema = z.partialRecord(z.enum(UNODC_INDICATORS), z.array(unodcPointSchema));
const unodcAddedSchema = z.partialRecord(z.enum(UNODC_INDICATORS), z.array(yearSchema));

export const unodcDatasetSchema = z.strictObject({
  version: z.string(),
  /** The current release's source id. */
  source: sourceIdSchema,
  indicators: z.record(z.enum(UNODC_INDICATORS), z.string()),
  /** Current values: the current release, plus whole countries only an earlier release has (see `carried`). */
  countries: z.record(z.string(), unodcSeriesSchema),
  quirks: z.array(z.string()),
  /** The releases read, the current one first. The fields below are written by the build; optional for fixtures. */
  releases: z.optional(z.array(unodcReleaseSchema).check(z.minLength(1))),
  /** Countries absent from the current release whose values come from the earlier one: ISO3 → its source id. */
  carried: z.optional(z.record(z.string(), sourceIdSchema)),
  /** The earlier release's value where the current release revised it: [data year, earlier value]. */
  revised: z.optional(z.record(z.string(), unodcSeriesSchema)),
  /** Values of the earlier release that the current one no longer holds; never shown as current. */
  dropped: z.optional(z.record(z.string(), unodcSeriesSchema)),
  /** Data years the current release holds and the earlier did not. */
  added: z.optional(z.record(z.string(), unodcAddedSchema)),
});
export type UnodcDataset = z.infer<typeof unodcDatasetSchema>;

/**
 * A data file the app checks in slices (src/data/slicedParse.ts): `shallow` is the file's schema with its large
 * parts left unchecked; `entries`, the schema of each entry of a large record, checked entry by entry; `fields`, the
 * schema of a large field, checked whole, one field per slice; `read`, what the whole schema makes of the checked
 * file (its transform). The result is the same as the whole schema's.
 */
export interface SlicedSchema {
  shallow: z.ZodMiniType;
  entries?: Record<string, z.ZodMiniType>;
  fields?: Record<string, z.ZodMiniType>;
  read?: (checked: never) => unknown;
}

/** unodc.json's four per-country records hold most of its 230 KB. */
const UNODC_SLICED: SlicedSchema = {
  shallow: z.extend(unodcDatasetSchema, {
    countries: z.record(z.string(), z.unknown()),
    revised: z.optional(z.record(z.string(), z.unknown())),
    dropped: z.optional(z.record(z.string(), z.unknown())),
    added: z.optional(z.record(z.string(), z.unknown())),
  }),
  entries: {
    countries: unodcSeriesSchema,
    revised: unodcSeriesSchema,
    dropped: unodcSeriesSchema,
    added: unodcAddedSchema,
  },
};

export const documentFactSchema = z.extend(documentFactInputSchema, {
  source: sourceIdSchema,
  /** Ids of conflicts this fact takes part in. */
  conflicts: z.array(z.string()),
});
export type DocumentFact = z.infer<typeof documentFactSchema>;

export const conflictSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(CONFLICT_KINDS),
  country: z.string(),
  metric: z.enum(FACT_METRICS),
  year: yearSchema,
  /** Last year when the disagreement is about a period ("2011–2017"). */
  yearEnd: z.optional(yearSchema),
  yearKind: z.enum(['report', 'data']),
  description: z.string(),
  values: z.array(
    z.strictObject({
      value: z.union([z.number(), tierSchema, z.literal(LESS_THAN_FIVE), z.literal('not on the list')]),
      source: sourceIdSchema,
      factId: z.nullable(z.string()),
    }),
  ),
});
export type Conflict = z.infer<typeof conflictSchema>;

export const factsDatasetSchema = z.strictObject({
  version: z.string(),
  facts: z.array(documentFactSchema),
  conflicts: z.array(conflictSchema),
});
export type FactsDataset = z.infer<typeof factsDatasetSchema>;

/**
 * core.json, which every view reads first: its fields one by one (the tier table, the largest, took 8 ms of the
 * 17-23 ms that checking the whole file took in Node; in one task on a phone it was one of the first load's long
 * tasks), then the tier table decoded as the whole schema does.
 */
const CORE_LARGE_FIELDS = ['countries', 'tiers', 'coverage', 'globalLawEnforcement', 'sources'] as const;
const CORE_SLICED: SlicedSchema = {
  shallow: z.extend(coreWireSchema, Object.fromEntries(CORE_LARGE_FIELDS.map((f) => [f, z.unknown()]))),
  fields: Object.fromEntries(CORE_LARGE_FIELDS.map((f) => [f, coreWireSchema.shape[f]])),
  read: readCore,
};

export const DATASET_SCHEMAS = {
  core: coreDatasetSchema,
  unodc: unodcDatasetSchema,
  facts: factsDatasetSchema,
} as const;

/** The data files checked in slices, and how. */
export const DATASET_SLICED: Partial<Record<keyof typeof DATASET_SCHEMAS, SlicedSchema>> = {
  core: CORE_SLICED,
  unodc: UNODC_SLICED,
};
