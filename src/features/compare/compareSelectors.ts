import {
  LESS_THAN_FIVE,
  type CoreDataset,
  type DocumentFact,
  type FactMetric,
  type UnodcDataset,
  type UnodcValue,
} from '../../data/schema';
import {
  METRIC_FACT,
  METRIC_INDICATOR,
  METRIC_LABEL,
  citeFact,
  compareFactWithUnodc,
  countryIdentities,
  documentMarks,
  isRange,
  unodcPoints,
  unodcSeries,
  unodcSourceLabel,
  type CountryIdentity,
} from '../../shared/charts/countryData';
import { formatCount, formatRatio, listJoin, yearRuns } from '../../shared/charts/format';
import type { LineSeriesSpec } from '../../shared/charts/series';
import type { PanelInput } from '../../shared/charts/smallMultiples';
import { fittedDomain } from '../../shared/charts/timeSeriesLayout';
import { yearExtent } from '../../shared/charts/yearAxis';
import { tierChange, tierStatus, type CoreIndex, type TierChange } from '../../shared/datasetSelectors';
import { isTier, type TierClass } from '../../shared/tierConstants';
import { tierHistory } from '../../shared/tierHistory';
import { formatFactValue, metricLabel } from '../../shared/factFormat';
import type { CompareScale, Scale } from '../../state/urlState';
import { COMPARE_MAX, COMPARE_METRICS, DEFINITE_ARTICLE_ISO3 } from './compareConstants';

/** The countries Compare shows: the first four of the shared selection, with their Trends colours and markers. */
export const compareCountries = (index: CoreIndex, isos: readonly string[]): CountryIdentity[] =>
  countryIdentities(index, isos).slice(0, COMPARE_MAX);

/** One x domain for every column: all report years and every data year shown, so columns line up. */
export function compareXDomain(
  index: CoreIndex,
  unodc: UnodcDataset,
  facts: readonly DocumentFact[],
  countries: readonly CountryIdentity[],
): [number, number] {
  const isos = countries.map((c) => c.iso3);
  const dataYears = countries.flatMap((c) =>
    COMPARE_METRICS.flatMap((m) => unodcPoints(unodc, c.iso3, METRIC_INDICATOR[m]).map((p) => p.dataYear)),
  );
  const factYears = facts
    .filter(
      (f) =>
        isos.includes(f.country) &&
        f.yearKind === 'data' &&
        COMPARE_METRICS.some((m) => METRIC_FACT[m] === f.metric),
    )
    .filter((f) => !isRange(f))
    .map((f) => f.year);
  return (
    yearExtent(index.reportYears, dataYears, factYears) ?? [
      index.reportYears[0] ?? 2001,
      index.latestReportYear,
    ]
  );
}

export interface CompareArgs {
  core: CoreDataset;
  index: CoreIndex;
  unodc: UnodcDataset;
  facts: readonly DocumentFact[];
  countries: readonly CountryIdentity[];
  scale: Scale;
  compareScale: CompareScale;
}

/**
 * For each country, one panel per measure (detected victims, persons prosecuted, persons convicted). With a
 * shared y-scale, every panel of a measure gets the domain that covers all countries, so heights compare.
 */
export function comparePanels(args: CompareArgs): PanelInput[][] {
  const { core, index, unodc, facts, countries, scale, compareScale } = args;
  const source = unodcSourceLabel(core);
  const xDomain = compareXDomain(index, unodc, facts, countries);
  const byMetric = COMPARE_METRICS.map((metric) => {
    const cells = countries.map((c) => ({
      series: [unodcSeries(unodc, c, METRIC_INDICATOR[metric], source)] as LineSeriesSpec[],
      marks: documentMarks(facts, c, METRIC_FACT[metric], unodc, core),
    }));
    const shared =
      compareScale === 'shared'
        ? fittedDomain(
            scale,
            cells.flatMap((c) => c.series),
            cells.flatMap((c) => c.marks),
          )
        : undefined;
    return { metric, cells, shared };
  });
  return countries.map((c, ci) =>
    byMetric.map(({ metric, cells, shared }) => ({
      xDomain,
      scale,
      title: METRIC_LABEL[metric],
      emptyText: `No figures for ${c.name} from UNODC or the source documents`,
      yLabel: '',
      series: cells[ci]!.series,
      marks: cells[ci]!.marks,
      yDomain: shared,
      directLabels: false,
    })),
  );
}

// ---------------------------------------------------------------------------------------------
// Tiers
// ---------------------------------------------------------------------------------------------

export interface LatestTier {
  reportYear: number;
  cls: TierClass;
  /** The last report year with a stated or inferred tier (may be the same year). */
  lastKnown: { reportYear: number; cls: TierClass; inferred: boolean } | null;
  /** The report before the latest, and how the tier moved from it (spans such as "Tier 1 or 2" included). */
  previous: { reportYear: number; cls: TierClass } | null;
  change: TierChange;
}

export function latestTier(index: CoreIndex, iso3: string): LatestTier {
  const reportYear = index.latestReportYear;
  const cells = tierHistory(index, iso3);
  const cls = cells.find((c) => c.reportYear === reportYear)?.cls ?? 'No data';
  const last = cells.filter((c) => isTier(c.cls)).at(-1);
  const prevCell = cells.find((c) => c.reportYear === reportYear - 1);
  return {
    reportYear,
    cls,
    lastKnown: last ? { reportYear: last.reportYear, cls: last.cls, inferred: !!last.inferred } : null,
    previous: prevCell ? { reportYear: prevCell.reportYear, cls: prevCell.cls } : null,
    change: prevCell ? tierChange(prevCell.cls, cls) : 'not comparable',
  };
}

/** The latest move between two consecutive reports with comparable tiers, if the data hold one. */
export function lastMove(
  index: CoreIndex,
  iso3: string,
): { reportYear: number; from: TierClass; to: TierClass; change: TierChange } | null {
  const cells = tierHistory(index, iso3);
  for (let i = cells.length - 1; i > 0; i--) {
    const a = cells[i - 1]!;
    const b = cells[i]!;
    if (b.reportYear !== a.reportYear + 1) continue;
    const change = tierChange(a.cls, b.cls);
    if (change === 'upgraded' || change === 'downgraded')
      return { reportYear: b.reportYear, from: a.cls, to: b.cls, change };
  }
  return null;
}

export type TierComparison = 'differ' | 'same' | 'unknown';

/**
 * Whether two countries' tiers differed in a report year. "Tier 1 or 2" against Tier 1 or Tier 2 is unknown;
 * against the Watch List or Tier 3 it certainly differs. "No data" is always unknown.
 */
export function compareTiers(a: TierClass, b: TierClass): TierComparison {
  if (a === 'No data' || b === 'No data') return 'unknown';
  const vague = (c: TierClass) => c === 'Tier 1 or 2';
  const oneOrTwo = (c: TierClass) => c === 'Tier 1' || c === 'Tier 2' || c === 'Tier 1 or 2';
  if (vague(a) || vague(b)) {
    if (vague(a) && vague(b)) return 'unknown';
    return oneOrTwo(a) && oneOrTwo(b) ? 'unknown' : 'differ';
  }
  return a === b ? 'same' : 'differ';
}

export interface TierDifferenceRow {
  reportYear: number;
  a: TierClass;
  b: TierClass;
  comparison: TierComparison;
}

export function tierDifferences(index: CoreIndex, a: string, b: string): TierDifferenceRow[] {
  return index.reportYears.map((reportYear) => {
    const ca = tierStatus(index, a, reportYear).cls;
    const cb = tierStatus(index, b, reportYear).cls;
    return { reportYear, a: ca, b: cb, comparison: compareTiers(ca, cb) };
  });
}

// ---------------------------------------------------------------------------------------------
// Convictions per prosecution
// ---------------------------------------------------------------------------------------------

export interface RatioCell {
  prosecuted: UnodcValue | null;
  convicted: UnodcValue | null;
  /** Convicted ÷ prosecuted where both are numbers and prosecuted is not zero. */
  ratio: number | null;
}

const valueAt = (unodc: UnodcDataset, iso3: string, ind: 'prosecuted' | 'convicted', dataYear: number) =>
  unodc.countries[iso3]?.[ind]?.find(([y]) => y === dataYear)?.[1] ?? null;

export function ratioCell(unodc: UnodcDataset, iso3: string, dataYear: number): RatioCell {
  const prosecuted = valueAt(unodc, iso3, 'prosecuted', dataYear);
  const convicted = valueAt(unodc, iso3, 'convicted', dataYear);
  const ratio =
    typeof prosecuted === 'number' && typeof convicted === 'number' && prosecuted > 0
      ? convicted / prosecuted
      : null;
  return { prosecuted, convicted, ratio };
}

/** Every data year where either country has a prosecution or conviction count. */
export function ratioRows(
  unodc: UnodcDataset,
  a: string,
  b: string,
): { dataYear: number; a: RatioCell; b: RatioCell }[] {
  const years = new Set<number>();
  for (const iso3 of [a, b])
    for (const ind of ['prosecuted', 'convicted'] as const)
      for (const [y] of unodc.countries[iso3]?.[ind] ?? []) years.add(y);
  return [...years]
    .sort((x, y) => x - y)
    .map((dataYear) => ({ dataYear, a: ratioCell(unodc, a, dataYear), b: ratioCell(unodc, b, dataYear) }));
}

/** The ratio as a series, for the difference chart: only years where it is known. */
export function ratioSeries(
  rows: ReturnType<typeof ratioRows>,
  who: 'a' | 'b',
  country: CountryIdentity,
  source: string,
): LineSeriesSpec {
  return {
    id: `${country.iso3}-ratio`,
    label: country.name,
    shortLabel: country.iso3,
    colour: country.colour,
    shape: country.shape,
    source,
    points: rows.flatMap((r) =>
      r[who].ratio === null ? [] : [{ dataYear: r.dataYear, value: Number(formatRatio(r[who].ratio!)) }],
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Sources used
// ---------------------------------------------------------------------------------------------

export interface SourceUsed {
  id: string;
  label: string;
  what: string;
}

/** The sources behind a country's column: tier tables, the UNODC release, and each document quoted. */
export function sourcesUsed(
  core: CoreDataset,
  unodc: UnodcDataset,
  facts: readonly DocumentFact[],
  iso3: string,
): SourceUsed[] {
  const title = (id: string) => core.sources.find((s) => s.id === id)?.title ?? id;
  const tierSources = [...new Set((core.tiers[iso3] ?? []).map((c) => c.source))].map((id) => ({
    id,
    label: title(id),
    what: 'tiers',
  }));
  const hasUnodc = COMPARE_METRICS.some(
    (m) => (unodc.countries[iso3]?.[METRIC_INDICATOR[m]]?.length ?? 0) > 0,
  );
  const unodcSrc = hasUnodc
    ? [
        {
          id: unodc.source,
          label: `${unodcSourceLabel(core)} (Source: UNODC, Global Report on Trafficking in Persons)`,
          what: 'counts',
        },
      ]
    : [];
  const docs = new Map<string, SourceUsed>();
  for (const f of facts.filter((x) => x.country === iso3)) {
    const key = `${f.source}|${f.title}`;
    if (!docs.has(key)) docs.set(key, { id: f.source, label: citeFact(f, core), what: 'document facts' });
  }
  return [...tierSources, ...unodcSrc, ...docs.values()];
}

// ---------------------------------------------------------------------------------------------
// Plain-language summary
// ---------------------------------------------------------------------------------------------

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

function tierSentences(index: CoreIndex, countries: readonly CountryIdentity[]): string[] {
  const out: string[] = [];
  const latest = index.latestReportYear;
  const statusIn = (year: number) =>
    listJoin(countries.map((c) => tierPhrase(proseName(c), tierStatus(index, c.iso3, year).cls)));
  out.push(`In the ${latest} report, ${statusIn(latest)}.`);
  const coverage = index.coverage.get(latest)?.status;
  if (coverage !== 'complete') {
    const complete = [...index.reportYears]
      .reverse()
      .find((y) => index.coverage.get(y)?.status === 'complete');
    if (complete !== undefined)
      out.push(`In the ${complete} report, the latest with every tier, ${statusIn(complete)}.`);
  }
  for (const c of countries) {
    const move = lastMove(index, c.iso3);
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
      if (last) have.push(`${proseName(c)} ${countText(last.value)} in ${last.dataYear}`);
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
 * A plain-language summary of the comparison, generated from the data only: tiers, latest UNODC counts and the
 * documents' figures, saying where data are missing. It is the view's text alternative and an export speaker note.
 */
export function compareSummary(
  core: CoreDataset,
  index: CoreIndex,
  unodc: UnodcDataset,
  facts: readonly DocumentFact[],
  countries: readonly CountryIdentity[],
): SummarySection[] {
  if (countries.length === 0) return [];
  return [
    { id: 'tiers', heading: 'Tiers', sentences: tierSentences(index, countries) },
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

/** "2004, 2007–2014" of the years two countries' tiers differed. */
export function differingYearsText(rows: readonly TierDifferenceRow[]): string {
  return yearRuns(rows.filter((r) => r.comparison === 'differ').map((r) => r.reportYear));
}
