/**
 * What Compare hands to the export path: the same comparison (renderCompareChart), a column per country with its
 * tier strip and the three measures, laid out for the export box; the rows are every value it draws.
 */
import { EXPORT_COLUMN } from '../../shared/export/exportConstants';
import { LESS_THAN_FIVE } from '../../data/wire';
import type { CoreDataset, FactsDataset, UnodcDataset } from '../../data/schema';
import { listJoin } from '../../shared/charts/format';
import { indexCore, tierStatus } from '../../shared/datasetSelectors';
import { SHAPE_LABEL } from '../../shared/charts/chartConstants';
import { formatRatio } from '../../shared/charts/format';
import { TimeSeriesChart } from '../../shared/charts/TimeSeriesChart';
import { layoutTimeSeries } from '../../shared/charts/timeSeriesLayout';
import {
  countrySeriesData,
  countrySeriesLegend,
  hasInferredTier,
  documentMarkKinds,
  countrySeriesSourceLines,
  markerLegendSwatch,
} from '../../shared/export/countrySeriesExport';
import {
  atlasCitation,
  exportSources,
  sourceCaveats,
  TIERS_NOT_PREVALENCE,
} from '../../shared/export/exportSources';
import { currentLink } from '../../shared/export/viewLink';
import type { ExportSpec, LegendItem } from '../../shared/export/exportTypes';
import { fileStem } from '../../shared/export/fileName';
import type { CompareScale, Scale } from '../../state/urlState';
import { compareChartDescription, ratioChartInput, renderCompareChart } from './compareChart';
import { compareGrid } from './compareLayout';
import {
  COMPARE_EXPORT_MIN_COLUMN_WIDTH,
  COMPARE_METRICS,
  COMPARE_PANEL_HEIGHT,
  RATIO_NOTE,
} from './compareConstants';
import { compareCountries } from './compareSelectors';
import { compareSummary, compareSummaryText } from './compareSummary';
import { compareReportYear } from './compareTiers';
import {
  METRIC_FACT,
  UNODC_ATTRIBUTION,
  UNODC_SOURCE_ID,
  unodcSourceLabel,
} from '../../shared/charts/countryData';

const EXPORT_PATTERN_PREFIX = 'xc';
/** Height of a column's name and tier strip above its panels (px). */
const STRIP_ALLOWANCE = 60;

/** The comparison's size on screen, for the "current view" export: the strips and the three measures' panels. */
export const compareViewSize = (width: number, countries: number) => ({
  width,
  height:
    (COMPARE_METRICS.length * COMPARE_PANEL_HEIGHT + STRIP_ALLOWANCE) *
    (compareGrid(width, countries, COMPARE_EXPORT_MIN_COLUMN_WIDTH).stacked ? countries : 1),
});

export interface CompareExportInput {
  core: CoreDataset;
  unodc: UnodcDataset;
  facts: FactsDataset;
  /** The shared selection; the first four are compared. */
  countries: readonly string[];
  scale: Scale;
  compareScale: CompareScale;
  /** The report year the user chose (the tier sentences read it); null or absent: the latest. */
  reportYear?: number | null;
  viewSize: { width: number; height: number };
  link?: string;
}

const Y_SCALE_TEXT: Record<CompareScale, string> = {
  shared: 'one y-scale per measure, shared by all countries, so heights compare across columns',
  independent: 'each country on its own y-scale: compare shapes, not heights',
};

export function compareExportSpec(input: CompareExportInput): ExportSpec {
  const { core, unodc, facts, scale, compareScale } = input;
  const index = indexCore(core);
  const countries = compareCountries(index, input.countries);
  const isos = countries.map((c) => c.iso3);
  const link = input.link ?? currentLink();
  const data = countrySeriesData({
    core,
    index,
    unodc,
    facts: facts.facts,
    countries,
    metric: COMPARE_METRICS,
  });
  const chartProps = { core, unodc, facts, countries: isos, scale, compareScale };
  const reportYear = compareReportYear(index, input.reportYear ?? null);
  const summary = compareSummaryText(compareSummary(core, index, unodc, facts.facts, countries, reportYear));
  return {
    title: `${listJoin(countries.map((c) => c.name))} compared: TIP tiers, detected victims, prosecutions and convictions`,
    subtitle: `${unodcSourceLabel(core)}, by data year; TIP tier by report year on top · ${Y_SCALE_TEXT[compareScale]} · ${scale} scale`,
    legend: countrySeriesLegend(countries, {
      documents: documentMarkKinds({
        core,
        unodc,
        facts: facts.facts,
        countries,
        metrics: COMPARE_METRICS.map((m) => METRIC_FACT[m]),
      }),
      tierClasses: countries.flatMap((c) => index.reportYears.map((y) => tierStatus(index, c.iso3, y).cls)),
      lessThanFive: data.rows.some((r) => r.value === LESS_THAN_FIVE),
      inferredTiers: hasInferredTier(data),
    }),
    sourceLines: countrySeriesSourceLines(core, data, [index.reportYears[0]!, index.latestReportYear]),
    caveat: `UNODC counts are national counts, not estimates of prevalence. ${TIERS_NOT_PREVALENCE}`,
    link,
    datasetVersion: core.version,
    citation: atlasCitation(core.version, link),
    fileStem: fileStem(
      'tip-compare',
      isos,
      compareScale === 'independent' ? 'own-scales' : null,
      scale === 'log' ? 'log' : null,
    ),
    viewSize: input.viewSize,
    description: `${compareChartDescription(chartProps)} ${summary.replace(/\n/g, ' ')}`,
    summary,
    renderChart: ({ width, height }) =>
      renderCompareChart({ ...chartProps, width, height, patternPrefix: EXPORT_PATTERN_PREFIX }),
    data: { ...data, notes: [...(data.notes ?? []), `Summary: ${summary.replace(/\n/g, ' ')}`] },
  };
}

export interface RatioExportInput {
  core: CoreDataset;
  unodc: UnodcDataset;
  /** The two countries of the difference view. */
  pair: [string, string];
  viewSize: { width: number; height: number };
  link?: string;
}

/** The difference view's chart: persons convicted per person prosecuted, for two countries, by data year. */
export function ratioExportSpec(input: RatioExportInput): ExportSpec {
  const { core, unodc } = input;
  const index = indexCore(core);
  const [a, b] = compareCountries(index, input.pair);
  if (!a || !b) throw new Error('The difference view needs two countries.');
  const link = input.link ?? currentLink();
  const fallback: [number, number] = [index.reportYears[0]!, index.latestReportYear];
  const { ratios, source, input: chartInput } = ratioChartInput(core, unodc, a, b, fallback);
  const years = ratios.map((r) => r.dataYear);
  const description = `Persons convicted per person prosecuted by data year for ${a.name} and ${b.name}, from ${source}.`;
  // A row per country and data year in which UNODC gives that country either count; no row where it gives neither.
  const rows = ratios.flatMap((r) =>
    [a, b].flatMap((c, i) => {
      const cell = i === 0 ? r.a : r.b;
      if (cell.prosecuted === null && cell.convicted === null) return [];
      return {
        iso3: c.iso3,
        country: c.name,
        dataYear: r.dataYear,
        prosecuted: cell.prosecuted,
        convicted: cell.convicted,
        // The ratio is derived here, from the two counts in the same row; it is rounded as the chart draws it.
        convictionsPerProsecution: cell.ratio === null ? null : Number(formatRatio(cell.ratio)),
        source: UNODC_SOURCE_ID,
      };
    }),
  );
  return {
    title: `Convictions per prosecution: ${a.name} and ${b.name}`,
    subtitle: `Persons convicted ÷ persons prosecuted in the same data year, ${
      years.length ? `${Math.min(...years)}–${Math.max(...years)}` : 'no data years'
    } · ${source}`,
    legend: [a, b].map((c): LegendItem => ({
      kind: 'custom',
      label: `${c.name} (${SHAPE_LABEL[c.shape]})`,
      render: markerLegendSwatch(c.shape, c.colour, { line: true }),
    })),
    sourceLines: [`${UNODC_ATTRIBUTION} (${source}); counts by data year, ratio computed by TIP Atlas.`],
    caveat: RATIO_NOTE,
    link,
    datasetVersion: core.version,
    citation: atlasCitation(core.version, link),
    fileStem: fileStem('tip-convictions-per-prosecution', [a.iso3, b.iso3]),
    viewSize: input.viewSize,
    description,
    renderChart: ({ width, height }) => (
      <TimeSeriesChart
        layout={layoutTimeSeries({ ...chartInput, width, height })}
        patternPrefix={EXPORT_PATTERN_PREFIX}
        ariaLabel={description}
      />
    ),
    data: {
      columns: [
        EXPORT_COLUMN.iso3,
        EXPORT_COLUMN.country,
        EXPORT_COLUMN.dataYear,
        { key: 'prosecuted', label: 'Persons prosecuted ("<5" as UNODC publishes it)' },
        { key: 'convicted', label: 'Persons convicted ("<5" as UNODC publishes it)' },
        { key: 'convictionsPerProsecution', label: 'Convicted ÷ prosecuted (empty: not both numbers)' },
        { key: 'source', label: 'Source id of the counts' },
      ],
      rows,
      sources: exportSources(core, [UNODC_SOURCE_ID]),
      caveats: [RATIO_NOTE, ...sourceCaveats(core, [UNODC_SOURCE_ID])],
      notes: [`${UNODC_ATTRIBUTION}.`],
    },
  };
}
