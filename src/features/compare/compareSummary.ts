import { LESS_THAN_FIVE } from '../../data/wire';
import type { CoreDataset, DocumentFact, FactMetric, UnodcDataset, UnodcValue } from '../../data/schema';
import {
  METRIC_INDICATOR,
  METRIC_LABEL,
  compareFactWithUnodc,
  isRange,
  unodcPoints,
  unodcSourceLabel,
  type CountryIdentity,
} from '../../shared/charts/countryData';
import { formatCount, listJoin } from '../../shared/charts/format';
import { tierStatus, type CoreIndex } from '../../shared/datasetSelectors';
import type { TierClass } from '../../shared/tierConstants';
import { formatFactValue, metricLabel } from '../../shared/factFormat';
import { COMPARE_METRICS, DEFINITE_ARTICLE_ISO3 } from './compareConstants';
import { lastMove } from './compareTiers';

export interface SummarySection {
  id: 'tiers' | 'counts' | 'documents';
  heading: string;
  sentences: string[];
}

const SUMMARY_FACT_METRICS: readonly FactMetric[] = ['victims_identified', 'prosecutions', 'convictions'];

function tierPhrase(name: string, cls: TierClass): string {
  switch (cls) {
    case 'Tier 1':
    case 'Tier 2':
    case 'Tier 2 Watch List':
    case 'Tier 3':
      return `${name} was on ${cls}`;
    case 'Special Case':
      return `${name} was a Special Case (not ranked)`;
    case 'Tier 1 or 2':
      return `${name} was on Tier 1 or Tier 2 (the data for that report list only the Watch List and Tier 3)`;
    case 'No data':
      return `the data hold no tier for ${name}`;
  }
}

/** “Title” by Author (Publisher) */
function citeQuoted(fact: DocumentFact, core: CoreDataset): string {
  const publisher = core.sources.find((s) => s.id === fact.source)?.publisher;
  return `“${fact.title}”${fact.author ? ` by ${fact.author}` : ''}${publisher ? ` (${publisher})` : ''}`;
}

/** A country's name as it reads inside a sentence: "the United States", "Serbia". */
export const proseName = (c: { iso3: string; name: string }): string =>
  DEFINITE_ARTICLE_ISO3.has(c.iso3) ? `the ${c.name}` : c.name;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const countText = (v: UnodcValue) => (v === LESS_THAN_FIVE ? 'fewer than five (“<5”)' : formatCount(v));
const possessive = (name: string) => (name.endsWith('s') ? `${name}’` : `${name}’s`);

function tierSentences(index: CoreIndex, countries: readonly CountryIdentity[], latest: number): string[] {
  const out: string[] = [];
  const statusIn = (year: number) =>
    listJoin(countries.map((c) => tierPhrase(proseName(c), tierStatus(index, c.iso3, year).cls)));
  out.push(`In the ${latest} report, ${statusIn(latest)}.`);
  const coverage = index.coverage.get(latest)?.status;
  if (coverage !== 'complete') {
    const complete = [...index.reportYears]
      .filter((y) => y <= latest)
      .reverse()
      .find((y) => index.coverage.get(y)?.status === 'complete');
    if (complete !== undefined)
      out.push(`In the ${complete} report, the latest with every tier, ${statusIn(complete)}.`);
  }
  for (const c of countries) {
    const move = lastMove(index, c.iso3, latest);
    out.push(
      move
        ? `${capitalise(proseName(c))} was last ${move.change} in the ${move.reportYear} report, from ${move.from} to ${move.to}.`
        : `The data show no move between tiers for ${proseName(c)}.`,
    );
  }
  return out;
}

function countSentences(
  unodc: UnodcDataset,
  countries: readonly CountryIdentity[],
  source: string,
): string[] {
  const out: string[] = [];
  for (const metric of COMPARE_METRICS) {
    const label = METRIC_LABEL[metric].toLowerCase();
    const have: string[] = [];
    const missing: string[] = [];
    for (const c of countries) {
      const last = unodcPoints(unodc, c.iso3, METRIC_INDICATOR[metric]).at(-1);
      // "in 2020": the year counted (a data year), not a report year.
      if (last)
        have.push(
          `${proseName(c)} ${countText(last.value)} in ${last.dataYear}${last.note ? ` (${last.note})` : ''}`,
        );
      else missing.push(proseName(c));
    }
    if (have.length > 0) out.push(`Latest UNODC figures for ${label}: ${listJoin(have)}.`);
    if (missing.length > 0)
      out.push(`UNODC publishes no ${label} figures for ${listJoin(missing)}; that is missing, not zero.`);
  }
  out.push(`UNODC figures: ${source}; Source: UNODC, Global Report on Trafficking in Persons.`);
  return out;
}

function documentSentences(
  core: CoreDataset,
  unodc: UnodcDataset,
  facts: readonly DocumentFact[],
  countries: readonly CountryIdentity[],
): string[] {
  const out: string[] = [];
  const without: string[] = [];
  for (const c of countries) {
    const mine = facts.filter(
      (f) =>
        f.country === c.iso3 &&
        SUMMARY_FACT_METRICS.includes(f.metric) &&
        f.yearKind === 'data' &&
        !isRange(f) &&
        !f.breakdown,
    );
    if (mine.length === 0) {
      without.push(proseName(c));
      continue;
    }
    for (const metric of SUMMARY_FACT_METRICS) {
      const latest = mine.filter((f) => f.metric === metric).sort((a, b) => b.year - a.year)[0];
      if (!latest) continue;
      out.push(
        `${capitalise(possessive(proseName(c)))} ${metricLabel(latest)} in ${latest.year}: ${formatFactValue(latest)}, according to ${citeQuoted(latest, core)}.`,
      );
      const cmp = compareFactWithUnodc(latest, unodc);
      if (cmp.kind === 'differs')
        out.push(
          `UNODC gives ${countText(cmp.unodc)} for the same year; the two disagree and both are shown.`,
        );
    }
  }
  if (without.length > 0)
    out.push(
      `The source documents give no single-year total of victims identified, prosecutions or convictions for ${listJoin(without)}.`,
    );
  return out;
}

/**
 * A plain-language summary of the comparison, generated from the data only: tiers up to the report shown, latest UNODC counts and the
 * documents' figures, saying where data are missing. It is the view's text alternative and an export speaker note.
 */
export function compareSummary(
  core: CoreDataset,
  index: CoreIndex,
  unodc: UnodcDataset,
  facts: readonly DocumentFact[],
  countries: readonly CountryIdentity[],
  /** The report the comparison shows (the user's choice); the latest by default. */
  reportYear = index.latestReportYear,
): SummarySection[] {
  if (countries.length === 0) return [];
  return [
    { id: 'tiers', heading: 'Tiers', sentences: tierSentences(index, countries, reportYear) },
    {
      id: 'counts',
      heading: 'UNODC counts',
      sentences: countSentences(unodc, countries, unodcSourceLabel(core)),
    },
    {
      id: 'documents',
      heading: 'Source documents',
      sentences: documentSentences(core, unodc, facts, countries),
    },
  ];
}

/** The summary as one text, e.g. for a speaker note. */
export const compareSummaryText = (sections: readonly SummarySection[]): string =>
  sections.map((s) => `${s.heading}: ${s.sentences.join(' ')}`).join('\n');

/** The tier sentences alone (the tier-history slide): each country's tier in the report shown and its last move. */
export const compareTierSummary = (
  index: CoreIndex,
  countries: readonly CountryIdentity[],
  reportYear = index.latestReportYear,
): string =>
  countries.length === 0 ? '' : `Tiers: ${tierSentences(index, countries, reportYear).join(' ')}`;
