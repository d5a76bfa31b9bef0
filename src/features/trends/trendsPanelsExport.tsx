/**
 * The exports of Trends' small-multiple sections: a country's detected victims by sex, age and form of exploitation,
 * and the investigations and arrests that only the source documents report.
 */
import { EXPORT_COLUMN } from '../../shared/export/exportConstants';
import { LESS_THAN_FIVE } from '../../data/wire';
import type { CoreDataset, FactsDataset, UnodcDataset } from '../../data/schema';
import {
  countryIdentities,
  DOCUMENT_ONLY_METRICS,
  isPlottable,
  UNODC_ATTRIBUTION,
  UNODC_SOURCE_ID,
  unodcPoints,
  unodcSourceLabel,
} from '../../shared/charts/countryData';
import { indexCore } from '../../shared/datasetSelectors';
import {
  markerLegendSwatch,
  documentMarkLegend,
  lessThanFiveLegend,
} from '../../shared/export/countrySeriesExport';
import { atlasCitation, exportSources, sourceCaveats } from '../../shared/export/exportSources';
import { currentLink } from '../../shared/export/viewLink';
import type { ExportSpec, LegendItem } from '../../shared/export/exportTypes';
import { fileStem } from '../../shared/export/fileName';
import { BREAKDOWN_STYLE, BREAKDOWNS } from './trendsConstants';
import { breakdownPanels, documentOnlyPanels, namesOf } from './trendsSelectors';
import { DOCUMENT_SHAPE } from '../../shared/charts/chartConstants';
import type { Scale } from '../../state/urlState';
import { SCALE_WORD, smallMultiplesChart } from './trendsExportParts';
import { breakdownColumns, documentPanelColumns } from './trendsLayout';
import { compareText } from '../../data/englishText';

export interface BreakdownExportInput {
  core: CoreDataset;
  unodc: UnodcDataset;
  /** The country whose breakdowns are shown. */
  country: string;
  scale: Scale;
  /** The data-year axis of the Trends charts, so the export lines up with what is on screen. */
  xDomain: [number, number];
  viewSize: { width: number; height: number };
  link?: string;
}

const BREAKDOWN_CAVEAT =
  'Detected victims are national counts, not estimates of prevalence. A country may report a total without every breakdown, or the reverse, so the parts need not add up to the total; “Other forms of exploitation” is not shown.';

/** A country's detected victims by sex, by age and by form of exploitation: the three panels under Trends. */
export function breakdownExportSpec(input: BreakdownExportInput): ExportSpec {
  const { core, unodc, scale, xDomain } = input;
  const index = indexCore(core);
  const [country] = countryIdentities(index, [input.country]);
  if (!country) throw new Error(`Unknown country ${input.country}.`);
  const link = input.link ?? currentLink();
  const panels = breakdownPanels(core, unodc, country, xDomain, scale);
  const rows = BREAKDOWNS.flatMap((b) =>
    b.parts.flatMap((part) =>
      unodcPoints(unodc, country.iso3, part.indicator).map((p) => ({
        iso3: country.iso3,
        country: country.name,
        breakdown: b.title,
        part: part.label,
        indicator: part.indicator,
        dataYear: p.dataYear,
        value: p.value,
        unit: 'persons',
        source: UNODC_SOURCE_ID,
      })),
    ),
  );
  const years = rows.map((r) => r.dataYear);
  const span = years.length ? `data years ${Math.min(...years)}–${Math.max(...years)}` : 'no UNODC data';
  const description = `Detected victims of ${country.name} by sex, by age and by form of exploitation, by data year (${unodcSourceLabel(core)}).`;
  return {
    title: `Detected victims of ${country.name} by sex, age and form of exploitation`,
    subtitle: `${unodcSourceLabel(core)}, ${span}; parts of the detected victims, by data year · ${SCALE_WORD[scale]}`,
    legend: [
      ...BREAKDOWNS.flatMap((b) =>
        b.parts.map((part, i): LegendItem => ({
          kind: 'custom',
          label: part.label,
          render: markerLegendSwatch(BREAKDOWN_STYLE[i]!.shape, BREAKDOWN_STYLE[i]!.colour, { line: true }),
        })),
      ),
      ...(rows.some((r) => r.value === LESS_THAN_FIVE) ? [lessThanFiveLegend()] : []),
    ],
    sourceLines: [`${UNODC_ATTRIBUTION} (${unodcSourceLabel(core)}); counts by data year.`],
    caveat: BREAKDOWN_CAVEAT,
    link,
    datasetVersion: core.version,
    citation: atlasCitation(core.version, link),
    fileStem: fileStem('tip-victims-breakdown', country.iso3, scale === 'log' ? 'log' : null),
    viewSize: input.viewSize,
    description,
    renderChart: smallMultiplesChart(panels, description, breakdownColumns),
    data: {
      columns: [
        EXPORT_COLUMN.iso3,
        EXPORT_COLUMN.country,
        { key: 'breakdown', label: 'Breakdown' },
        { key: 'part', label: 'Part of the detected victims' },
        EXPORT_COLUMN.indicator,
        EXPORT_COLUMN.dataYear,
        EXPORT_COLUMN.unodcValue,
        EXPORT_COLUMN.unit,
        EXPORT_COLUMN.source,
      ],
      rows,
      sources: exportSources(core, [UNODC_SOURCE_ID]),
      caveats: [
        BREAKDOWN_CAVEAT,
        'A data year UNODC does not publish has no row: missing is missing, never zero.',
        ...sourceCaveats(core, [UNODC_SOURCE_ID]),
      ],
      notes: [`${UNODC_ATTRIBUTION}.`],
    },
  };
}

export interface DocumentPanelsExportInput {
  core: CoreDataset;
  unodc: UnodcDataset;
  facts: FactsDataset;
  countries: readonly string[];
  scale: Scale;
  xDomain: [number, number];
  viewSize: { width: number; height: number };
  link?: string;
}

/** The investigations and arrests the source documents report (UNODC has no such series). */
export function documentPanelsExportSpec(input: DocumentPanelsExportInput): ExportSpec {
  const { core, unodc, facts, scale, xDomain } = input;
  const index = indexCore(core);
  const countries = countryIdentities(index, input.countries);
  const link = input.link ?? currentLink();
  const panels = documentOnlyPanels({ core, index, unodc, facts: facts.facts, countries, scale }, xDomain);
  const metrics = new Set<string>(DOCUMENT_ONLY_METRICS);
  const shown = facts.facts.filter(
    (f) => metrics.has(f.metric) && isPlottable(f) && countries.some((c) => c.iso3 === f.country),
  );
  const marks = panels.flatMap((p) => p.marks ?? []);
  const names = namesOf(countries);
  const sourceIds = [...new Set(shown.map((f) => f.source))];
  const description = `Investigations and arrests reported in the source documents for ${names}, by data year; UNODC publishes no such series.`;
  return {
    title: `Investigations and arrests in the source documents: ${names}`,
    subtitle: `Figures quoted from ${sourceIds.length} source document${sourceIds.length === 1 ? '' : 's'}, by data year; UNODC publishes no such series · ${SCALE_WORD[scale]}`,
    legend: [
      ...countries
        .filter((c) => shown.some((f) => f.country === c.iso3))
        .map((c): LegendItem => ({
          kind: 'custom',
          label: `${c.name} (figure from a source document)`,
          render: markerLegendSwatch(DOCUMENT_SHAPE, c.colour),
        })),
      // Countries are told by colour above; the legend adds what hollow stars and ≠ mean where they are drawn.
      ...documentMarkLegend({
        filled: false,
        hollow: marks.some((m) => m.hollow),
        conflict: marks.some((m) => m.conflict !== null),
      }),
    ],
    sourceLines: [
      `Source: ${sourceIds.length} source document${sourceIds.length === 1 ? '' : 's'} (news articles, a paper, an interview); the data download gives each quote and citation.`,
    ],
    caveat:
      'Each figure is what a document reports for that year; documents count differently and cover different periods.',
    link,
    datasetVersion: core.version,
    citation: atlasCitation(core.version, link),
    fileStem: fileStem(
      'tip-investigations-arrests',
      countries.map((c) => c.iso3),
      scale === 'log' ? 'log' : null,
    ),
    viewSize: input.viewSize,
    description,
    renderChart: smallMultiplesChart(panels, description, (width) =>
      documentPanelColumns(panels.length, width),
    ),
    data: {
      columns: [
        EXPORT_COLUMN.iso3,
        EXPORT_COLUMN.country,
        EXPORT_COLUMN.measure,
        EXPORT_COLUMN.dataYear,
        { key: 'value', label: 'Value' },
        EXPORT_COLUMN.qualifier,
        EXPORT_COLUMN.unit,
        EXPORT_COLUMN.factPart,
        EXPORT_COLUMN.source,
        EXPORT_COLUMN.article,
        EXPORT_COLUMN.author,
        EXPORT_COLUMN.document,
        EXPORT_COLUMN.factId,
        EXPORT_COLUMN.quote,
      ],
      rows: shown
        .map((f) => ({
          iso3: f.country,
          country: index.countries.get(f.country)?.name ?? f.country,
          measure: f.metric,
          dataYear: f.year,
          value: f.value as number,
          qualifier: f.qualifier,
          unit: f.unit,
          breakdown: f.breakdown ?? null,
          source: f.source,
          article: f.title,
          author: f.author ?? null,
          document: f.document,
          factId: f.id,
          quote: f.quote,
        }))
        .sort((a, b) => a.dataYear - b.dataYear || compareText(a.country, b.country)),
      sources: exportSources(core, sourceIds),
      caveats: sourceCaveats(core, sourceIds),
    },
  };
}
