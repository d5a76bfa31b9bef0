import { z } from 'zod';
import {
  MAX_YEAR,
  MIN_YEAR,
  PERCENT_UNIT,
  REGION_CODES,
  documentFactInputSchema,
  isCountFact,
  rateBase,
  reportPeriod,
  type DocumentFactParsed,
  type Tier,
} from '../../src/data/schema';
import type { IsoEntry } from './iso';
import type { Problems } from './problems';

export const documentEntrySchema = z
  .object({
    file: z.string().regex(/^[0-9]{3}_[0-9a-f]+\.txt$/),
    title: z.string().min(1),
    author: z.string().nullable(),
    publisher: z.string().nullable(),
    date: z.string().nullable(),
    kind: z.enum(['article', 'paper', 'interview']),
    url: z.string().nullable(),
    countries: z.array(z.string()),
    summary: z.string(),
  })
  .strict();
export type DocumentEntry = z.infer<typeof documentEntrySchema>;

/** "000_742a5e2b85ec92ba.txt" → "doc-000-742a5e2b85ec92ba". */
export const documentSourceId = (file: string): string =>
  `doc-${file.replace(/\.txt$/, '').replace(/_/g, '-')}`;

/** Whether a fact's value must be a whole, non-negative count (kept under its pipeline name). */
export const isCount = isCountFact;

/**
 * The digits of a number as a quote may print them: "1,500", "1 500", "1.500" (Vietnamese style), "1500".
 * Returns the quote with thousands separators between digit groups removed.
 */
export function quoteDigits(quote: string): string[] {
  const commaOrSpace = quote.replace(/(\d)[,\u00a0\u202f ](?=\d{3}(?!\d))/g, '$1');
  const dotted = commaOrSpace.replace(/(\d)\.(?=\d{3}(?!\d))/g, '$1');
  return [commaOrSpace, dotted];
}

/**
 * Whether the digits of a value stand in the quote as a number of their own: not inside a longer number
 * ("18" in "2018") and not as the whole or decimal part of another ("3" or "4" in "3.4 million").
 */
export function valueAppearsInQuote(value: number, quote: string): boolean {
  const text = String(value).replace('.', '\\.');
  const alone = new RegExp(`(?<![0-9])(?<![0-9][.,])${text}(?![0-9])(?![.,][0-9])`);
  return quoteDigits(quote).some((q) => alone.test(q));
}

/** How a quote names each tier ("Tier 2 watch list", "tier 2 rating", "Tier 2 Watchlist", "Special Case"). */
const TIER_IN_QUOTE: Record<Tier, RegExp> = {
  'Tier 1': /tier (1|one)\b/i,
  'Tier 2': /tier (2|two)\b(?! ?watch ?list)/i,
  'Tier 2 Watch List': /watch ?list/i,
  'Tier 3': /tier (3|three)\b/i,
  'Special Case': /special case/i,
};

/** Whether the quote names the tier a fact states (a derived tier, implied by the quote, is not checked). */
export const quoteNamesTier = (tier: Tier, quote: string): boolean => TIER_IN_QUOTE[tier].test(quote);

/**
 * The source a fact's key is unique within: one article of one document. Document 001 holds two articles on
 * Serbia by different authors, which may disagree with each other (that is a conflict, not a typo).
 */
export const articleOf = (fact: Pick<DocumentFactParsed, 'document' | 'title' | 'author'>): string =>
  [fact.document, fact.title, fact.author ?? ''].join('|');

/**
 * What is wrong with a number in a non-count unit or a range: a percent outside 0–100, a rate above its base, a
 * range whose end is not above its start. Empty when nothing is.
 */
export function measureProblems(value: number, valueEnd: number | undefined, unit: string): string[] {
  const out: string[] = [];
  const base = unit === PERCENT_UNIT ? 100 : rateBase(unit);
  for (const v of valueEnd === undefined ? [value] : [value, valueEnd]) {
    if (base !== null && (v < 0 || v > base))
      out.push(
        `${unit === PERCENT_UNIT ? 'a percent' : `a rate ${unit}`} must lie within 0–${base}, not ${v}`,
      );
  }
  if (valueEnd !== undefined && !(valueEnd > value))
    out.push(`a range must end above its start: ${value} to ${valueEnd}`);
  return out;
}

export function parseDocuments(raw: unknown, file: string, problems: Problems): DocumentEntry[] {
  if (!Array.isArray(raw)) {
    problems.add(file, 'top level', 'expected a JSON array of documents');
    return [];
  }
  const out: DocumentEntry[] = [];
  raw.forEach((item, i) => {
    const parsed = documentEntrySchema.safeParse(item);
    if (!parsed.success) {
      problems.add(
        file,
        `document ${i + 1}`,
        parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; '),
      );
      return;
    }
    out.push(parsed.data);
  });
  return out;
}

export interface FactContext {
  file: string;
  iso: Map<string, IsoEntry>;
  documents: DocumentEntry[];
  /** Document texts by file name; null when ../shared/seeds is not present (quotes are then not checked). */
  seedTexts: Map<string, string> | null;
}

export type ValidFact = DocumentFactParsed & { source: string };

export function validateFacts(raw: unknown, ctx: FactContext, problems: Problems): ValidFact[] {
  const { file } = ctx;
  if (!Array.isArray(raw)) {
    problems.add(file, 'top level', 'expected a JSON array of facts');
    return [];
  }
  const docsByFile = new Map(ctx.documents.map((d) => [d.file, d]));
  const ids = new Set<string>();
  const byKey = new Map<string, ValidFact>();
  const out: ValidFact[] = [];

  raw.forEach((item, i) => {
    const id =
      typeof item === 'object' && item && 'id' in item ? String((item as { id: unknown }).id) : `#${i + 1}`;
    const record = `fact ${id}`;
    const parsed = documentFactInputSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.');
        const reason =
          path === 'value' && (item as { metric?: unknown }).metric === 'tier'
            ? `tier outside the enum: ${JSON.stringify((item as { value?: unknown }).value)}`
            : `${path || 'record'}: ${issue.message}`;
        problems.add(file, record, reason);
      }
      return;
    }
    const fact = parsed.data;
    const before = problems.list.length;
    const bad = (reason: string) => problems.add(file, record, reason);

    if (ids.has(fact.id)) bad(`id "${fact.id}" is used twice`);
    ids.add(fact.id);

    if (!ctx.iso.has(fact.country) && !(REGION_CODES as readonly string[]).includes(fact.country)) {
      bad(`unknown country code "${fact.country}"`);
    }
    for (const [name, year] of [
      ['year', fact.year],
      ['yearEnd', fact.yearEnd],
    ] as const) {
      if (year !== undefined && (year < MIN_YEAR || year > MAX_YEAR)) {
        bad(`${name} ${year} is outside ${MIN_YEAR}..${MAX_YEAR}`);
      }
    }
    if (fact.yearEnd !== undefined && fact.yearEnd < fact.year)
      bad(`yearEnd ${fact.yearEnd} is before year ${fact.year}`);

    if (fact.metric === 'tier') {
      if (typeof fact.value !== 'string') bad(`tier outside the enum: ${fact.value}`);
      if (fact.yearKind !== 'report') bad('a tier is keyed by report year: yearKind must be "report"');
    } else {
      // A count says what period it counts; "in the 2020 TIP report" is an edition, which covers April 2019 to
      // March 2020, so such a figure is keyed by its data year and the note says so.
      if (fact.yearKind !== 'data')
        bad(`a count is keyed by the year it counts: yearKind must be "data", not "${fact.yearKind}"`);
      if (typeof fact.value !== 'number') {
        bad(`metric ${fact.metric} needs a number, not "${fact.value}"`);
      } else {
        if (fact.value < 0) bad(`negative count ${fact.value}`);
        if (isCount(fact.metric, fact.unit) && !Number.isInteger(fact.value))
          bad(`non-integer count ${fact.value} (${fact.unit})`);
        for (const reason of measureProblems(fact.value, fact.valueEnd, fact.unit)) bad(reason);
      }
      if (fact.reportYear !== undefined && fact.year !== fact.reportYear - 1 && fact.year !== fact.reportYear)
        bad(
          `a count from the ${fact.reportYear} TIP report covers ${reportPeriod(fact.reportYear)}: year must be ${
            fact.reportYear - 1
          } or ${fact.reportYear}, not ${fact.year}`,
        );
    }
    if (fact.valueEnd !== undefined && typeof fact.value !== 'number')
      bad('only a number can have a range end (valueEnd)');
    if (fact.shareOf !== undefined && fact.unit !== PERCENT_UNIT && rateBase(fact.unit) === null)
      bad(`shareOf says what a percent or rate is a share of, but the unit is "${fact.unit}"`);
    if (fact.metric === 'other' && !fact.metricLabel) bad('metric "other" needs a metricLabel');

    const doc = docsByFile.get(fact.document);
    if (!doc) bad(`document "${fact.document}" is not in the document registry`);

    if (ctx.seedTexts) {
      const text = ctx.seedTexts.get(fact.document);
      if (text === undefined) bad(`document "${fact.document}" was not found among the source documents`);
      else if (!text.includes(fact.quote))
        bad(`quote not found verbatim in ${fact.document}: "${fact.quote}"`);
    }

    for (const [name, v] of [
      ['', fact.value],
      ['the range end ', fact.valueEnd],
    ] as const) {
      if (typeof v === 'number' && !fact.derived && !valueAppearsInQuote(v, fact.quote)) {
        bad(
          `the digits of ${name}${v} do not appear in the quote; mark the record derived with a note if it is computed`,
        );
      }
    }
    if (typeof fact.value === 'string' && !fact.derived && !quoteNamesTier(fact.value, fact.quote)) {
      bad(
        `the quote does not state ${fact.value}; mark the record derived with a note if the tier is implied`,
      );
    }
    if (fact.derived && !fact.note)
      bad('a derived record needs a note saying how the value follows from the quote');

    const key = [
      articleOf(fact),
      fact.country,
      fact.metric,
      fact.metricLabel ?? '',
      fact.year,
      fact.yearEnd ?? '',
      fact.breakdown ?? '',
      // "over 3 million" and "3,186,000" in one article are two statements, not a typo.
      fact.qualifier,
      fact.unit,
      fact.shareOf ?? '',
      fact.attributedTo ?? '',
    ].join('|');
    const earlier = byKey.get(key);
    if (earlier && (earlier.value !== fact.value || earlier.valueEnd !== fact.valueEnd)) {
      bad(
        `same article, country, metric, year and breakdown as fact ${earlier.id} but a different value (${earlier.value} vs ${fact.value})`,
      );
    }

    if (problems.list.length > before) return;
    const valid: ValidFact = { ...fact, source: documentSourceId(fact.document) };
    if (!earlier) byKey.set(key, valid);
    out.push(valid);
  });
  return out;
}
