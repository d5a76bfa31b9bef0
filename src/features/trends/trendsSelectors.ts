import { LESS_THAN_FIVE, UNODC_INDICATORS } from '../../data/wire';
import type {
  CoreDataset,
  DocumentFact,
  FactMetric,
  GlobalLawEnforcementRow,
  UnodcDataset,
  UnodcIndicator,
} from '../../data/schema';
import {
  DOCUMENT_ONLY_LABEL,
  DOCUMENT_ONLY_METRICS,
  METRIC_FACT,
  METRIC_INDICATOR,
  METRIC_LABEL,
  countryIdentities,
  documentMarks,
  isPlottable,
  unodcPoints,
  unodcSeries,
  unodcSourceLabel,
  type CountryIdentity,
} from '../../shared/charts/countryData';
import { yearExtent } from '../../shared/charts/yearAxis';
import { yearRuns, listJoin } from '../../shared/charts/format';
import type { LineSeriesSpec, MarkSpec, SeriesPoint } from '../../shared/charts/series';
import type { PanelInput } from '../../shared/charts/smallMultiples';
import type { YearBand } from '../../shared/charts/timeSeriesTypes';
import { indexCore, type CoreIndex } from '../../shared/datasetSelectors';
import { tierHistory } from '../../shared/tierHistory';
import type { Metric, Scale } from '../../state/urlState';
import { BREAKDOWN_STYLE, BREAKDOWNS, GLOBAL_MEASURES, MIN_SERIES_YEARS } from './trendsConstants';

/**
 * The x axis of country charts: every report year of the tier data and every data year shown, so tier strips
 * and counts share one axis and the axis does not jump when countries change.
 */
export function countryXDomain(
  index: CoreIndex,
  series: readonly LineSeriesSpec[],
  marks: readonly MarkSpec[],
): [number, number] {
  return (
    yearExtent(
      index.reportYears,
      series.flatMap((s) => s.points.map((p) => p.dataYear)),
      marks.map((m) => m.dataYear),
    ) ?? [index.reportYears[0] ?? 2001, index.latestReportYear]
  );
}

export { countryIdentities };
export { seriesTableRows as countryTableRows } from '../../shared/charts/countryData';

export interface CountryChartArgs {
  core: CoreDataset;
  index: CoreIndex;
  unodc: UnodcDataset;
  facts: readonly DocumentFact[];
  countries: readonly CountryIdentity[];
  metric: Metric;
  scale: Scale;
}

/** Data → series for the main Trends chart: UNODC lines, document marks and tier rows of each country. */
export function countryChartInput(args: CountryChartArgs): PanelInput {
  const { core, index, unodc, facts, countries, metric, scale } = args;
  const source = unodcSourceLabel(core);
  const series = countries.map((c) => unodcSeries(unodc, c, METRIC_INDICATOR[metric], source));
  const marks = countries.flatMap((c) => documentMarks(facts, c, METRIC_FACT[metric], unodc, core));
  return {
    xDomain: countryXDomain(index, series, marks),
    series,
    marks,
    scale,
    yLabel: METRIC_LABEL[metric],
    emptyText: `Neither UNODC nor the source documents give ${METRIC_LABEL[metric].toLowerCase()} for ${listJoin(countries.map((c) => c.name))}`,
    tierRows: countries.map((c) => ({
      id: c.iso3,
      label: c.iso3,
      colour: c.colour,
      cells: tierHistory(index, c.iso3),
    })),
  };
}

/** Panels of document-only measures (investigations, arrests) that any selected country has figures for. */
export function documentOnlyPanels(
  args: Omit<CountryChartArgs, 'metric'>,
  xDomain: [number, number],
): PanelInput[] {
  const { core, unodc, facts, countries, scale } = args;
  return DOCUMENT_ONLY_METRICS.flatMap((metric) => {
    const marks = countries.flatMap((c) => documentMarks(facts, c, metric, unodc, core));
    if (marks.length === 0) return [];
    return [
      {
        xDomain,
        series: [],
        marks,
        scale,
        title: `${DOCUMENT_ONLY_LABEL[metric]} (source documents only; UNODC has no such series)`,
        yLabel: DOCUMENT_ONLY_LABEL[metric],
        directLabels: false,
      },
    ];
  });
}

/** Three panels per country: detected victims by sex, by age and by form of exploitation. */
export function breakdownPanels(
  core: CoreDataset,
  unodc: UnodcDataset,
  country: CountryIdentity,
  xDomain: [number, number],
  scale: Scale,
): PanelInput[] {
  const source = unodcSourceLabel(core);
  return BREAKDOWNS.map((b) => ({
    xDomain,
    scale,
    title: `${country.name}: ${b.title.toLowerCase()}`,
    yLabel: 'Detected victims',
    emptyText: `UNODC publishes no breakdown ${b.title.toLowerCase()} for ${country.name}`,
    series: b.parts.map((part, i) => ({
      id: `${country.iso3}-${part.indicator}`,
      label: part.label,
      shortLabel: part.label.split(' ')[0]!,
      colour: BREAKDOWN_STYLE[i]!.colour,
      shape: BREAKDOWN_STYLE[i]!.shape,
      points: unodcPoints(unodc, country.iso3, part.indicator),
      source,
    })),
  }));
}

/** The TIP edition a global figure comes from. Rows without one were compiled from the 2007 and 2016 reports. */
export const editionLabel = (reportYear: number | null): string =>
  reportYear === null ? 'TIP Report 2007/2016 editions' : `TIP Report ${reportYear} edition`;
export const editionShortLabel = (reportYear: number | null): string =>
  reportYear === null ? '2007/2016 eds.' : `${reportYear} ed.`;

/** Stretches of consecutive data years taken from one edition, for the bands under the axis. */
export function editionBands(rows: readonly GlobalLawEnforcementRow[]): YearBand[] {
  const sorted = [...rows].sort((a, b) => a.dataYear - b.dataYear);
  const bands: YearBand[] = [];
  for (const r of sorted) {
    const last = bands.at(-1);
    const label = editionLabel(r.reportYear);
    if (last && last.label === label && last.to === r.dataYear - 1) last.to = r.dataYear;
    else bands.push({ from: r.dataYear, to: r.dataYear, label, shortLabel: editionShortLabel(r.reportYear) });
  }
  return bands;
}

function globalPoints(
  rows: readonly GlobalLawEnforcementRow[],
  key: Exclude<keyof GlobalLawEnforcementRow, 'dataYear' | 'reportYear' | 'source' | 'origin' | 'confidence'>,
): SeriesPoint[] {
  return rows.flatMap((r) => {
    const value = r[key];
    return value === null
      ? []
      : [{ dataYear: r.dataYear, value, group: String(r.reportYear), note: editionLabel(r.reportYear) }];
  });
}

/** The TIP global law-enforcement series as three panels, each with its labour-trafficking part. */
export function globalPanels(core: CoreDataset, scale: Scale): PanelInput[] {
  const rows = core.globalLawEnforcement;
  const xDomain = yearExtent(rows.map((r) => r.dataYear)) ?? [2003, 2024];
  const bands = editionBands(rows);
  return GLOBAL_MEASURES.map((m) => ({
    xDomain,
    scale,
    title: `${m.title} worldwide`,
    yLabel: '',
    bands,
    series: [
      {
        id: `global-${m.id}`,
        label: 'All forms',
        shortLabel: 'All',
        colour: m.colour,
        shape: 'circle',
        points: globalPoints(rows, m.total),
        source: 'TIP Report global law-enforcement data',
      },
      {
        id: `global-${m.id}-labour`,
        label: 'Labour trafficking',
        shortLabel: 'Labour',
        colour: m.colour,
        shape: 'square',
        points: globalPoints(rows, m.labour),
        source: 'TIP Report global law-enforcement data',
        secondary: true,
      },
    ],
  }));
}

// ---------------------------------------------------------------------------------------------
// Coverage: what the data holds and what it lacks, in words
// ---------------------------------------------------------------------------------------------

/** "Serbia: UNODC data for 12 data years (2003–2013, 2017–2018), 3 of them “<5”." */
export function coverageNote(name: string, points: readonly SeriesPoint[], what: string): string {
  if (points.length === 0) return `${name}: UNODC publishes no ${what.toLowerCase()} figures.`;
  const lt5 = points.filter((p) => p.value === LESS_THAN_FIVE).length;
  const years = yearRuns(points.map((p) => p.dataYear));
  return `${name}: ${points.length} data year${points.length === 1 ? '' : 's'} (${years})${
    lt5 ? `, ${lt5} published as “<5”` : ''
  }.`;
}

/** How many countries have at least `minYears` data years of each UNODC indicator. */
export function indicatorCoverage(
  unodc: UnodcDataset,
  minYears = MIN_SERIES_YEARS,
): Record<UnodcIndicator, number> {
  const out = Object.fromEntries(UNODC_INDICATORS.map((i) => [i, 0])) as Record<UnodcIndicator, number>;
  for (const series of Object.values(unodc.countries))
    for (const ind of UNODC_INDICATORS) if ((series[ind]?.length ?? 0) >= minYears) out[ind] += 1;
  return out;
}

/** Document facts of these metrics that cannot sit on a data-year axis (totals over several years). */
export function unplottedFacts(
  facts: readonly DocumentFact[],
  isos: readonly string[],
  metrics: readonly FactMetric[],
): DocumentFact[] {
  return facts.filter((f) => isos.includes(f.country) && metrics.includes(f.metric) && !isPlottable(f));
}

export const TRENDS_FACT_METRICS: readonly FactMetric[] = [
  'victims_identified',
  'prosecutions',
  'convictions',
  ...DOCUMENT_ONLY_METRICS,
];

// ---------------------------------------------------------------------------------------------
// Table alternative
// ---------------------------------------------------------------------------------------------

/** "Serbia and Vietnam" */
export const namesOf = (countries: readonly CountryIdentity[]): string =>
  listJoin(countries.map((c) => c.name));

/** What the chart shows, in words: its accessible name, and a caption for exports. */
export function trendsChartDescription(props: {
  core: CoreDataset;
  countries: readonly string[];
  metric: Metric;
  scale: Scale;
}): string {
  const index = indexCore(props.core);
  const countries = countryIdentities(index, props.countries);
  return `${METRIC_LABEL[props.metric]} by data year for ${namesOf(countries)} (${unodcSourceLabel(
    props.core,
  )}), with figures from the source documents and the TIP tier by report year above; ${props.scale} scale.`;
}
