/**
 * What Trends draws, from the datasets and the view state alone: the countries' chart input and its words, what the
 * UNODC data covers, the document figures that cannot sit on the chart, the tables, the document-only and breakdown
 * panels and each country's document facts; and the worldwide panels with their table. CountriesSection and
 * GlobalSection render it; the exports draw the same panels (trendsSelectors).
 */
import { factContext, formatFactWithUnit } from '../../data/factFormat';
import type {
  CoreDataset,
  DocumentFact,
  FactsDataset,
  UnodcDataset,
  UnodcIndicator,
} from '../../data/schema';
import {
  METRIC_INDICATOR,
  METRIC_LABEL,
  factsWithComparison,
  type CountryIdentity,
  type FactComparison,
  unodcSourceLabel,
} from '../../shared/charts/countryData';
import { formatCount } from '../../shared/charts/format';
import type { PanelInput } from '../../shared/charts/smallMultiples';
import type { TableModel } from '../../shared/charts/tableModel';
import { countryName, type CoreIndex } from '../../shared/datasetSelectors';
import { formatFactYear, metricLabel } from '../../shared/factFormat';
import type { Metric, Scale } from '../../state/urlState';
import { GLOBAL_MEASURES } from './trendsConstants';
import {
  TRENDS_FACT_METRICS,
  breakdownPanels,
  countryChartInput,
  countryIdentities,
  countryTableRows,
  coverageNote,
  documentOnlyPanels,
  editionBands,
  editionLabel,
  globalPanels,
  namesOf,
  trendsChartDescription,
  unplottedFacts,
} from './trendsSelectors';
import { compareText, formatNumber } from '../../data/englishText';

export interface TrendsData {
  core: CoreDataset;
  index: CoreIndex;
  unodc: UnodcDataset;
  facts: FactsDataset;
}

export interface TrendsViewState {
  countries: readonly string[];
  metric: Metric;
  scale: Scale;
}

export interface BreakdownModel {
  country: CountryIdentity;
  panels: PanelInput[];
  table: TableModel;
}

export interface TrendsModel {
  countries: CountryIdentity[];
  /** "Serbia and Vietnam". */
  names: string;
  /** The UNODC release the counts come from. */
  source: string;
  /** The countries' chart, before it is laid out in a box. */
  chart: PanelInput;
  xDomain: [number, number];
  title: string;
  /** The chart's name for assistive technology, and its description. */
  chartLabel: string;
  description: string;
  /** What the UNODC data covers, per country. */
  coverage: { country: CountryIdentity; text: string }[];
  /** Document figures that are not a count for one data year, each as a line of text. */
  unplotted: { id: string; text: string }[];
  table: TableModel;
  /** Investigations and arrests, which only the documents give (none when no country has such a figure). */
  documentPanels: PanelInput[];
  documentTable: TableModel;
  breakdowns: BreakdownModel[];
  facts: { country: CountryIdentity; items: { fact: DocumentFact; comparison: FactComparison }[] }[];
  /** The UNODC indicator the measure reads, and its name in the data. */
  indicator: { id: UnodcIndicator; label: string };
}

const cellText = (v: string | number | undefined): string =>
  v === undefined ? '—' : typeof v === 'number' ? formatNumber(v, 3) : v;

function breakdownTable(country: CountryIdentity, panels: readonly PanelInput[], source: string): TableModel {
  const years = [...new Set(panels.flatMap((p) => p.series.flatMap((s) => s.points.map((q) => q.dataYear))))];
  return {
    key: country.iso3,
    summary: `Table: detected victims of ${country.name} by sex, age and form`,
    caption: `Detected victims of ${country.name} by data year (${source})`,
    columns: [
      { key: 'year', label: 'Data year' },
      ...panels.flatMap((p) => p.series.map((s) => ({ key: s.id, label: s.label, numeric: true }))),
    ],
    rows: years
      .sort((a, b) => a - b)
      .map((y) => ({
        key: String(y),
        cells: [
          y,
          ...panels.flatMap((p) =>
            p.series.map((s) => cellText(s.points.find((q) => q.dataYear === y)?.value)),
          ),
        ],
      })),
  };
}

/** Everything the Trends countries section draws for a view state. */
export function trendsModel(data: TrendsData, state: TrendsViewState): TrendsModel {
  const { core, index, unodc, facts } = data;
  const { metric, scale } = state;
  const countries = countryIdentities(index, state.countries);
  const names = namesOf(countries);
  const source = unodcSourceLabel(core);
  const isos = countries.map((c) => c.iso3);
  const chart = countryChartInput({ core, index, unodc, facts: facts.facts, countries, metric, scale });
  const xDomain = chart.xDomain as [number, number];
  const documentPanels = documentOnlyPanels(
    { core, index, unodc, facts: facts.facts, countries, scale },
    xDomain,
  );
  const label = METRIC_LABEL[metric];
  return {
    countries,
    names,
    source,
    chart,
    xDomain,
    title: `${label} by data year: ${names}`,
    chartLabel: `${label} by data year, ${names}`,
    description: trendsChartDescription({ core, countries: isos, metric, scale }),
    coverage: countries.map((c) => ({
      country: c,
      text: coverageNote(c.name, chart.series.find((s) => s.shortLabel === c.iso3)?.points ?? [], label),
    })),
    unplotted: unplottedFacts(facts.facts, isos, TRENDS_FACT_METRICS).map((f) => ({
      id: f.id,
      text: `${countryName(index, f.country)}: ${formatFactWithUnit(f)} ${metricLabel(f)}, ${formatFactYear(f)}${factContext(
        f,
      )
        .map((c) => `, ${c}`)
        .join('')} — “${f.quote}” (${f.title})`,
    })),
    table: {
      key: 'countries',
      summary: `Table: ${label.toLowerCase()} by data year`,
      caption: `${label} by data year: UNODC (${source}) and the source documents`,
      columns: [
        { key: 'year', label: 'Data year' },
        ...countries.flatMap((c) => [
          { key: `${c.iso3}-u`, label: `${c.name}, UNODC`, numeric: true },
          { key: `${c.iso3}-d`, label: `${c.name}, documents`, numeric: true },
        ]),
      ],
      rows: countryTableRows(chart.series, chart.marks ?? [], countries).map((r) => ({
        key: String(r.dataYear),
        cells: [
          r.dataYear,
          ...r.cells.flatMap((cell) => [cell.unodc || '—', cell.documents.join('; ') || '—']),
        ],
      })),
    },
    documentPanels,
    documentTable: {
      key: 'documents',
      summary: 'Table: investigations and arrests in the source documents',
      caption: 'Investigations and arrests reported in the source documents, by data year',
      columns: [
        { key: 'year', label: 'Data year' },
        { key: 'country', label: 'Country' },
        { key: 'what', label: 'Measure' },
        { key: 'value', label: 'Figure', numeric: true },
        { key: 'source', label: 'Source' },
      ],
      rows: documentPanels
        .flatMap((p) => p.marks ?? [])
        .sort((a, b) => a.dataYear - b.dataYear || compareText(a.label, b.label))
        .map((m) => ({
          key: m.id,
          cells: [m.dataYear, m.label, m.what, m.valueText, m.quotes.map((q) => q.cite).join('; ')],
        })),
    },
    breakdowns: countries.map((c) => {
      const panels = breakdownPanels(core, unodc, c, xDomain, scale);
      return { country: c, panels, table: breakdownTable(c, panels, source) };
    }),
    facts: countries.map((c) => ({
      country: c,
      items: factsWithComparison(facts.facts, c.iso3, TRENDS_FACT_METRICS, unodc),
    })),
    indicator: { id: METRIC_INDICATOR[metric], label: unodc.indicators[METRIC_INDICATOR[metric]] },
  };
}

export interface GlobalModel {
  panels: PanelInput[];
  /** "2003–2014 from the TIP Report 2007/2016 editions; 2015 from …": which edition each stretch of years is from. */
  editions: string;
  /** The source's citation, when the registry has it. */
  citation: string | null;
  table: TableModel;
}

const countCell = (v: number | null) => (v === null ? '—' : formatCount(v));

/** The worldwide TIP law-enforcement panels and their table. */
export function globalModel(core: CoreDataset, scale: Scale): GlobalModel {
  const rows = [...core.globalLawEnforcement].sort((a, b) => a.dataYear - b.dataYear);
  return {
    panels: globalPanels(core, scale),
    editions: editionBands(core.globalLawEnforcement)
      .map((b) => `${b.from === b.to ? b.from : `${b.from}–${b.to}`} from the ${b.label}`)
      .join('; '),
    citation: core.sources.find((s) => s.id === 'tip-global-le')?.citation ?? null,
    table: {
      key: 'global',
      summary: 'Table: global law-enforcement data by data year',
      caption:
        'Prosecutions, convictions and victims identified worldwide, with the labour-trafficking parts, and the TIP edition each row comes from',
      columns: [
        { key: 'year', label: 'Data year' },
        ...GLOBAL_MEASURES.flatMap((m) => [
          { key: m.id, label: m.title, numeric: true },
          { key: `${m.id}-l`, label: `of which labour`, numeric: true },
        ]),
        { key: 'edition', label: 'Edition' },
      ],
      rows: rows.map((r) => ({
        key: String(r.dataYear),
        cells: [
          r.dataYear,
          ...GLOBAL_MEASURES.flatMap((m) => [countCell(r[m.total]), countCell(r[m.labour])]),
          editionLabel(r.reportYear),
        ],
      })),
    },
  };
}
