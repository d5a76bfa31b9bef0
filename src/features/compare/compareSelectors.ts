import type { CoreDataset, DocumentFact, UnodcDataset } from '../../data/schema';
import {
  METRIC_FACT,
  METRIC_INDICATOR,
  METRIC_LABEL,
  citeFact,
  countryIdentities,
  documentMarks,
  isRange,
  unodcPoints,
  unodcSeries,
  unodcSourceLabel,
  type CountryIdentity,
} from '../../shared/charts/countryData';
import type { LineSeriesSpec } from '../../shared/charts/series';
import type { PanelInput } from '../../shared/charts/smallMultiples';
import { fittedDomain } from '../../shared/charts/timeSeriesLayout';
import { yearExtent } from '../../shared/charts/yearAxis';
import type { CoreIndex } from '../../shared/datasetSelectors';
import type { CompareScale, Scale } from '../../state/urlState';
import { COMPARE_MAX, COMPARE_METRICS } from './compareConstants';

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
