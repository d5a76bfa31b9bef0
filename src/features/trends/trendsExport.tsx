/**
 * What Trends hands to the export path: the same chart (renderTrendsChart) laid out for the export box, with
 * the countries' series, document figures and tiers (or the global law-enforcement panels) as data rows.
 */
import { LESS_THAN_FIVE } from '../../data/wire';
import type { CoreDataset, FactsDataset, UnodcDataset } from '../../data/schema';
import {
  countryIdentities,
  METRIC_FACT,
  METRIC_LABEL,
  unodcSourceLabel,
} from '../../shared/charts/countryData';
import { indexCore, tierStatus } from '../../shared/datasetSelectors';
import {
  markerLegendSwatch,
  countrySeriesData,
  countrySeriesLegend,
  hasInferredTier,
  documentMarkKinds,
  countrySeriesSourceLines,
} from '../../shared/export/countrySeriesExport';
import {
  atlasCitation,
  exportSources,
  sourceCaveats,
  tipGlobalSourceLine,
  TIERS_NOT_PREVALENCE,
} from '../../shared/export/exportSources';
import { currentLink } from '../../shared/export/viewLink';
import type { ExportSpec, LegendItem } from '../../shared/export/exportTypes';
import { fileStem } from '../../shared/export/fileName';
import type { Metric, Scale } from '../../state/urlState';
import { globalTrendsSummary, trendsSummary } from './trendsSummary';
import { renderTrendsChart } from './trendsChart';
import { GLOBAL_CAVEAT, GLOBAL_MEASURES, GLOBAL_MIN_PANEL_WIDTH } from './trendsConstants';
import { editionLabel, globalPanels, namesOf, trendsChartDescription } from './trendsSelectors';
import { columnsThatFit } from '../../shared/charts/smallMultiples';
import { EXPORT_PATTERN_PREFIX, SCALE_WORD, smallMultiplesChart } from './trendsExportParts';

const GLOBAL_SOURCE_ID = 'tip-global-le';
const GLOBAL_DESCRIPTION =
  'Prosecutions, convictions and victims identified worldwide by data year, with their labour-trafficking parts; TIP Report global law-enforcement data, each point from the edition named.';

export interface TrendsExportInput {
  core: CoreDataset;
  unodc: UnodcDataset;
  facts: FactsDataset;
  /** Selected countries (ISO3, in order); none exports the global panels. */
  countries: readonly string[];
  metric: Metric;
  scale: Scale;
  viewSize: { width: number; height: number };
  link?: string;
}

/** The Trends chart of the selected countries. */
export function trendsExportSpec(input: TrendsExportInput): ExportSpec {
  const { core, unodc, facts, metric, scale } = input;
  const index = indexCore(core);
  const countries = countryIdentities(index, input.countries);
  const link = input.link ?? currentLink();
  const chartProps = { core, unodc, facts, countries: countries.map((c) => c.iso3), metric, scale };
  const summary = trendsSummary({ core, unodc, countries: chartProps.countries, metric });
  const common = {
    link,
    datasetVersion: core.version,
    citation: atlasCitation(core.version, link),
    viewSize: input.viewSize,
    description: `${trendsChartDescription(chartProps)} ${summary}`,
    summary,
    renderChart: ({ width, height }: { width: number; height: number }) =>
      renderTrendsChart({ ...chartProps, width, height, patternPrefix: EXPORT_PATTERN_PREFIX }),
  };

  const data = countrySeriesData({ core, index, unodc, facts: facts.facts, countries, metric });
  const tierClasses = countries.flatMap((c) =>
    index.reportYears.map((y) => tierStatus(index, c.iso3, y).cls),
  );
  const unodcYears = data.rows.filter((r) => r.kind === 'UNODC count').map((r) => r.dataYear as number);
  const span = unodcYears.length
    ? `data years ${Math.min(...unodcYears)}–${Math.max(...unodcYears)}`
    : 'no UNODC data';
  const names = namesOf(countries);
  return {
    ...common,
    title: `${METRIC_LABEL[metric]} by data year: ${names}`,
    subtitle: `${unodcSourceLabel(core)}, ${span}; figures from the source documents as stars; TIP tier by report year above the axis · ${SCALE_WORD[scale]}`,
    legend: countrySeriesLegend(countries, {
      documents: documentMarkKinds({
        core,
        unodc,
        facts: facts.facts,
        countries,
        metrics: [METRIC_FACT[metric]],
      }),
      tierClasses,
      lessThanFive: data.rows.some((r) => r.value === LESS_THAN_FIVE),
      inferredTiers: hasInferredTier(data),
    }),
    sourceLines: countrySeriesSourceLines(core, data, [index.reportYears[0]!, index.latestReportYear]),
    caveat: `${METRIC_LABEL[metric]} are national counts, not estimates of prevalence. ${TIERS_NOT_PREVALENCE}`,
    fileStem: fileStem(
      `tip-${metric}`,
      countries.map((c) => c.iso3),
      scale === 'log' ? 'log' : null,
    ),
    data,
  };
}

export interface GlobalTrendsExportInput {
  core: CoreDataset;
  scale: Scale;
  viewSize: { width: number; height: number };
  link?: string;
}

/** The worldwide TIP law-enforcement panels, each figure with the edition it comes from. */
export function globalTrendsExportSpec(input: GlobalTrendsExportInput): ExportSpec {
  const { core, scale } = input;
  const link = input.link ?? currentLink();
  const summary = globalTrendsSummary(core);
  const common = {
    link,
    datasetVersion: core.version,
    citation: atlasCitation(core.version, link),
    viewSize: input.viewSize,
    description: `${GLOBAL_DESCRIPTION} ${summary}`,
    summary,
    renderChart: smallMultiplesChart(globalPanels(core, scale), GLOBAL_DESCRIPTION, (width) =>
      // As on screen: side by side where each panel gets its on-screen width, stacked in a narrow box.
      columnsThatFit(GLOBAL_MEASURES.length, width, { minWidth: GLOBAL_MIN_PANEL_WIDTH }),
    ),
  };
  const rows = [...core.globalLawEnforcement].sort((a, b) => a.dataYear - b.dataYear);
  const first = rows[0]?.dataYear;
  const last = rows.at(-1)?.dataYear;
  const legend: LegendItem[] = [
    ...GLOBAL_MEASURES.map((m): LegendItem => ({
      kind: 'custom',
      render: markerLegendSwatch('circle', m.colour, { line: true }),
      label: `${m.title}, all forms`,
    })),
    {
      kind: 'custom',
      render: markerLegendSwatch('square', '#555555', { line: true, hollow: true, dash: true }),
      label: 'Of which labour trafficking',
    },
  ];
  const sourceIds = [...new Set(rows.map((r) => r.source))];
  return {
    ...common,
    title: 'Prosecutions, convictions and victims identified worldwide',
    subtitle: `TIP Report global law-enforcement data by data year, ${first}–${last}, with the labour-trafficking parts · ${SCALE_WORD[scale]}`,
    legend,
    sourceLines: [
      tipGlobalSourceLine(rows.map((r) => r.reportYear)),
      'Each point names the edition it comes from (see the data).',
    ],
    caveat: GLOBAL_CAVEAT,
    fileStem: fileStem('tip-global-law-enforcement', first && last ? `${first}-${last}` : null),
    data: {
      columns: [
        { key: 'dataYear', label: 'Data year' },
        ...GLOBAL_MEASURES.flatMap((m) => [
          { key: m.total, label: m.title },
          { key: m.labour, label: `${m.title}, of which labour trafficking` },
        ]),
        { key: 'newOrAmendedLegislation', label: 'New or amended legislation' },
        { key: 'edition', label: 'TIP Report edition the row comes from' },
        { key: 'reportYear', label: 'Report year of that edition (empty: 2007/2016 compilation)' },
        { key: 'source', label: 'Source id' },
        { key: 'origin', label: 'Where the row was taken from' },
        { key: 'confidence', label: 'Confidence' },
      ],
      rows: rows.map((r) => ({ ...r, edition: editionLabel(r.reportYear) })),
      sources: exportSources(core, sourceIds.length ? sourceIds : [GLOBAL_SOURCE_ID]),
      caveats: [GLOBAL_CAVEAT, ...sourceCaveats(core, sourceIds)],
    },
  };
}
