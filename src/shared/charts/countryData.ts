/**
 * Turns the dataset into chart series for countries: UNODC series by data year, and the source documents' facts
 * as marks, each compared with UNODC where both hold a value for the same country, measure and data year.
 * Pure functions, shared by Trends and Compare.
 */
import { isCountFact, isMeasureUnit } from '../../data/wire';
import type { CoreDataset, DocumentFact, FactMetric, UnodcDataset, UnodcIndicator } from '../../data/schema';
import {
  compareFactWithUnodc,
  consistentWithUnodc,
  disagreesWithUnodc,
  isRange,
  partExceedsTotal,
  type FactComparison,
} from '../../data/factComparison';
import { formatFactValue, metricLabel } from '../factFormat';
import type { Metric } from '../../state/urlState';
import { countryName, type CoreIndex } from '../datasetSelectors';
import { DOCUMENT_SHAPE, SERIES_COLOURS, SERIES_SHAPES, type MarkerShape } from './chartConstants';
import { formatUnodcValue, unodcValueNote } from '../../data/unodcNotes';
import { formatCount, monthYear } from './format';
import type { LineSeriesSpec, MarkSpec, SeriesPoint } from './series';
import { compareText } from '../../data/englishText';

// The comparison rule lives with the data (the build uses it for conflicts); re-exported for the charts.
export {
  compareFactWithUnodc,
  consistentWithUnodc,
  disagreesWithUnodc,
  isRange,
  partExceedsTotal,
  type FactComparison,
};

export const UNODC_SOURCE_ID = 'unodc-glotip';
export const UNODC_ATTRIBUTION = 'Source: UNODC, Global Report on Trafficking in Persons';

/** The UNODC indicator behind each metric of the `metric` URL parameter. */
export const METRIC_INDICATOR: Record<Metric, UnodcIndicator> = {
  victims: 'victims',
  prosecuted: 'prosecuted',
  convicted: 'convicted',
};

export const METRIC_LABEL: Record<Metric, string> = {
  victims: 'Detected victims',
  prosecuted: 'Persons prosecuted',
  convicted: 'Persons convicted',
};

/** The documents' metric closest to each UNODC measure. */
export const METRIC_FACT: Record<Metric, FactMetric> = {
  victims: 'victims_identified',
  prosecuted: 'prosecutions',
  convicted: 'convictions',
};

/** Document metrics with no UNODC counterpart that Trends still plots, on their own panels. */
export const DOCUMENT_ONLY_METRICS = ['investigations', 'arrests'] as const satisfies readonly FactMetric[];
export type DocumentOnlyMetric = (typeof DOCUMENT_ONLY_METRICS)[number];
export const DOCUMENT_ONLY_LABEL: Record<DocumentOnlyMetric, string> = {
  investigations: 'Investigations',
  arrests: 'Arrests',
};

/** Colour and marker of the i-th selected country: the same in every chart, chip and table. */
export function seriesSlot(i: number): { colour: string; shape: MarkerShape } {
  return {
    colour: SERIES_COLOURS[i % SERIES_COLOURS.length]!,
    shape: SERIES_SHAPES[i % SERIES_SHAPES.length]!,
  };
}

/** "UNODC GLOTIP, April 2025 release": the current release, its month read from the source registry. */
export function unodcSourceLabel(core: Pick<CoreDataset, 'sources'>): string {
  const src = core.sources.find((s) => s.id === UNODC_SOURCE_ID);
  const when = monthYear(src?.date ?? null);
  return when ? `UNODC GLOTIP, ${when} release` : 'UNODC GLOTIP';
}

/** A UNODC series by data year; a year UNODC does not publish is absent, so it becomes a gap. */
export function unodcPoints(unodc: UnodcDataset, iso3: string, indicator: UnodcIndicator): SeriesPoint[] {
  return (unodc.countries[iso3]?.[indicator] ?? []).map(([dataYear, value]) => {
    const note = unodcValueNote(unodc, iso3, indicator, dataYear);
    return note ? { dataYear, value, note } : { dataYear, value };
  });
}

export interface CountryIdentity {
  iso3: string;
  name: string;
  colour: string;
  shape: MarkerShape;
}

/**
 * The selected countries with their colour and marker, in the user's order; unknown codes are skipped.
 * The slot follows the position in the shared selection, so a country looks the same in Trends and Compare.
 */
export function countryIdentities(index: CoreIndex, isos: readonly string[]): CountryIdentity[] {
  return isos
    .filter((iso3) => index.countries.has(iso3))
    .map((iso3, i) => ({ iso3, name: countryName(index, iso3), ...seriesSlot(i) }));
}

export function unodcSeries(
  unodc: UnodcDataset,
  country: CountryIdentity,
  indicator: UnodcIndicator,
  source: string,
): LineSeriesSpec {
  return {
    id: `${country.iso3}-${indicator}`,
    label: country.name,
    shortLabel: country.iso3,
    colour: country.colour,
    shape: country.shape,
    points: unodcPoints(unodc, country.iso3, indicator),
    source,
  };
}

// ---------------------------------------------------------------------------------------------
// Document facts against UNODC
// ---------------------------------------------------------------------------------------------

export function comparisonText(c: FactComparison, fact: DocumentFact, unodcSource: string): string {
  switch (c.kind) {
    case 'agrees':
      return `Consistent with UNODC (${formatCount(c.unodc)}, ${unodcSource})`;
    case 'differs':
      return `Differs from UNODC: ${formatCount(c.unodc)} for ${fact.year} (${unodcSource})`;
    case 'other-scope':
      return fact.breakdown && partExceedsTotal(fact, c.unodc)
        ? `The document's figure for a part (${fact.breakdown}) exceeds UNODC's total for ${fact.year}, ${formatCount(
            c.unodc,
          )} (${unodcSource}): at least one of them counts something else`
        : `UNODC's total for ${fact.year} is ${formatCount(c.unodc)} (${unodcSource}); the document counts ${
            fact.breakdown ?? fact.unit
          }, so the two measure different things`;
    case 'no-unodc':
      return 'UNODC has no figure for this country and year';
    case 'not-comparable':
      return `Not compared with UNODC: ${c.reason}`;
  }
}

/** Facts that can sit on a data-year axis: a count for one data year. */
export const isPlottable = (f: DocumentFact): boolean =>
  f.yearKind === 'data' &&
  typeof f.value === 'number' &&
  !isRange(f) &&
  f.valueEnd === undefined &&
  isCountFact(f.metric, f.unit) &&
  !isMeasureUnit(f.unit);

/** "Human Trafficking in Serbia, Josef Whitehead (The Borgen Project)". */
export function citeFact(fact: DocumentFact, core: Pick<CoreDataset, 'sources'>): string {
  const publisher = core.sources.find((s) => s.id === fact.source)?.publisher;
  return `${fact.title}${fact.author ? `, ${fact.author}` : ''}${publisher ? ` (${publisher})` : ''}`;
}

const factWhat = (f: DocumentFact): string =>
  `${metricLabel(f)}${f.breakdown ? `, ${f.breakdown}` : ''}${f.unit !== 'persons' ? ` (${f.unit})` : ''}`;

/**
 * The document facts of one country and metric as chart marks. Facts giving the same figure for the same year
 * (two articles citing one number) become one mark with every quote. A mark is flagged when UNODC or another
 * document gives a different figure for the same thing.
 */
export function documentMarks(
  facts: readonly DocumentFact[],
  country: CountryIdentity,
  metric: FactMetric,
  unodc: UnodcDataset,
  core: Pick<CoreDataset, 'sources'>,
): MarkSpec[] {
  const unodcSource = unodcSourceLabel(core);
  const mine = facts.filter((f) => f.country === country.iso3 && f.metric === metric && isPlottable(f));
  const groups = new Map<string, DocumentFact[]>();
  for (const f of mine) {
    const key = [f.year, f.value, f.qualifier, f.unit, f.breakdown ?? ''].join('|');
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((group): MarkSpec => {
    const f = group[0]!;
    const comparison = compareFactWithUnodc(f, unodc);
    const otherDocs = mine.filter(
      (o) =>
        o.year === f.year &&
        !o.breakdown &&
        !f.breakdown &&
        o.unit === f.unit &&
        o.value !== f.value &&
        !consistentWithUnodc(o, f.value as number),
    );
    const flags: string[] = [];
    if (disagreesWithUnodc(comparison, f)) flags.push(comparisonText(comparison, f, unodcSource));
    if (otherDocs.length > 0)
      flags.push(
        `Another document gives ${otherDocs.map((o) => formatFactValue(o)).join(', ')} for ${f.year}`,
      );
    return {
      id: `doc-${country.iso3}-${f.id}`,
      label: country.name,
      shortLabel: country.iso3,
      colour: country.colour,
      shape: DOCUMENT_SHAPE,
      dataYear: f.year,
      value: f.value as number,
      valueText: formatFactValue(f),
      hollow: !!f.breakdown || f.unit !== 'persons',
      conflict: flags.length > 0 ? flags.join('. ') : null,
      context:
        (comparison.kind === 'other-scope' || comparison.kind === 'agrees') &&
        !disagreesWithUnodc(comparison, f)
          ? comparisonText(comparison, f, unodcSource)
          : null,
      what: factWhat(f),
      quotes: group.map((g) => ({ quote: g.quote, cite: citeFact(g, core) })),
      source: `Document: ${[...new Set(group.map((g) => g.title))].join('; ')}`,
    };
  });
}

/** Every fact of these metrics for a country, in year order, with how it stands against UNODC. */
export function factsWithComparison(
  facts: readonly DocumentFact[],
  iso3: string,
  metrics: readonly FactMetric[],
  unodc: UnodcDataset,
): { fact: DocumentFact; comparison: FactComparison }[] {
  return facts
    .filter((f) => f.country === iso3 && metrics.includes(f.metric))
    .sort((a, b) => a.year - b.year || compareText(a.metric, b.metric) || compareText(a.id, b.id))
    .map((fact) => ({ fact, comparison: compareFactWithUnodc(fact, unodc) }));
}

// ---------------------------------------------------------------------------------------------
// Table alternative
// ---------------------------------------------------------------------------------------------

export interface TableCell {
  unodc: string;
  documents: string[];
}

/** One row per data year that holds anything, one cell per country: the same numbers as the chart. */
export function seriesTableRows(
  series: readonly LineSeriesSpec[],
  marks: readonly MarkSpec[],
  countries: readonly CountryIdentity[],
): { dataYear: number; cells: TableCell[] }[] {
  const years = new Set<number>([
    ...series.flatMap((s) => s.points.map((p) => p.dataYear)),
    ...marks.map((m) => m.dataYear),
  ]);
  return [...years]
    .sort((a, b) => a - b)
    .map((dataYear) => ({
      dataYear,
      cells: countries.map((c, i) => {
        const p = series[i]?.points.find((q) => q.dataYear === dataYear);
        return {
          unodc: p ? `${formatUnodcValue(p.value)}${p.note ? ` (${p.note})` : ''}` : '',
          documents: marks
            .filter((m) => m.shortLabel === c.iso3 && m.dataYear === dataYear)
            .map((m) => `${m.valueText}${m.hollow ? ` (${m.what})` : ''}${m.conflict ? ' ≠' : ''}`),
        };
      }),
    }));
}
