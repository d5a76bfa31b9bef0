/** Pure functions behind the tooltip and the country panel: document facts and the latest UNODC counts. */
import type {
  Conflict,
  DocumentFact,
  FactsDataset,
  UnodcDataset,
  UnodcIndicator,
  Source,
  UnodcValue,
} from '../../data/schema';
import { MEASURE_LABEL } from '../../shared/facts/factMeasures';
import { TOOLTIP_FACTS } from './mapConstants';
import { compareText } from '../../data/englishText';
import { longDate, monthYear } from '../../data/dates';

const byCountryCache = new WeakMap<FactsDataset, Map<string, DocumentFact[]>>();

/** Facts per country, sorted by year then id. Built once per dataset. */
export function factsByCountry(facts: FactsDataset): Map<string, DocumentFact[]> {
  const cached = byCountryCache.get(facts);
  if (cached) return cached;
  const out = new Map<string, DocumentFact[]>();
  for (const f of facts.facts) {
    const list = out.get(f.country) ?? [];
    list.push(f);
    out.set(f.country, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.year - b.year || compareText(a.id, b.id));
  byCountryCache.set(facts, out);
  return out;
}

const CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 } as const;

/**
 * The few facts a tooltip has room for: a tier statement about the report shown first, then other tier
 * statements (nearest report first), then the rest nearest the period the report assesses (report year N covers
 * mostly data year N − 1), by confidence, then recency. A quote already shown is not shown twice: several facts
 * often come from one sentence ("of the total 311 … 146 were under 18").
 */
export function tooltipFacts(
  facts: readonly DocumentFact[],
  reportYear: number,
  limit = TOOLTIP_FACTS,
): DocumentFact[] {
  const score = (f: DocumentFact) =>
    f.metric === 'tier'
      ? f.year === reportYear
        ? 0
        : 1 + Math.abs(f.year - reportYear) / 100
      : 3 + Math.abs(f.year - (reportYear - 1)) / 100;
  const sorted = [...facts].sort(
    (a, b) =>
      score(a) - score(b) || CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] || b.year - a.year,
  );
  const quotes = new Set<string>();
  const shown: DocumentFact[] = [];
  for (const f of sorted) {
    if (shown.length >= limit) break;
    if (quotes.has(f.quote)) continue;
    quotes.add(f.quote);
    shown.push(f);
  }
  return shown;
}

export const factLabel = (f: DocumentFact): string =>
  f.metric === 'other' && f.metricLabel
    ? f.metricLabel[0]!.toUpperCase() + f.metricLabel.slice(1)
    : MEASURE_LABEL[f.metric];

/** Shortens a quote at a word boundary; quotes are at most 200 characters already. */
export function clipQuote(quote: string, max: number): string {
  if (quote.length <= max) return quote;
  const cut = quote.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}

export const conflictsOf = (facts: FactsDataset, iso3: string): Conflict[] =>
  facts.conflicts.filter((c) => c.country === iso3);

/** The panel's three headline counts. */
export const PANEL_INDICATORS = [
  'victims',
  'prosecuted',
  'convicted',
] as const satisfies readonly UnodcIndicator[];
export type PanelIndicator = (typeof PANEL_INDICATORS)[number];

export interface LatestValue {
  indicator: PanelIndicator;
  /** The year the count is for (not a report year). */
  dataYear: number;
  value: UnodcValue;
}

/** The most recent published count of each headline indicator; absent indicators are left out, never zero. */
export function latestUnodc(unodc: UnodcDataset, iso3: string): LatestValue[] {
  const country = unodc.countries[iso3];
  if (!country) return [];
  return PANEL_INDICATORS.flatMap((indicator) => {
    const last = country[indicator]?.at(-1);
    return last ? [{ indicator, dataYear: last[0], value: last[1] }] : [];
  });
}

/**
 * "release of 14 April 2025" ("release of March 2012" for a month), or "latest release" without a date. Written
 * from the date's own digits: a date format in the reader's time zone would say 13 April west of UTC.
 */
export const releaseText = (source: Pick<Source, 'date'> | undefined): string =>
  source?.date
    ? `release of ${longDate(source.date) ?? monthYear(source.date) ?? source.date}`
    : 'latest release';
