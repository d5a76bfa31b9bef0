/**
 * What Compare hands to the export path: the same comparison (renderCompareChart), a column per country with its
 * tier strip and the three measures, laid out for the export box; the rows are every value it draws.
 */
import type { CoreDataset, FactsDataset, UnodcDataset } from '../../data/schema';
import { listJoin } from '../../shared/charts/format';
import { indexCore, tierStatus } from '../../shared/datasetSelectors';
import {
  countrySeriesData,
  countrySeriesLegend,
  countrySeriesSourceLines,
} from '../../shared/export/countrySeriesExport';
import { atlasCitation, currentLink, TIERS_NOT_PREVALENCE } from '../../shared/export/exportSources';
import type { ExportSpec } from '../../shared/export/exportTypes';
import { fileStem } from '../../shared/export/fileName';
import type { CompareScale, Scale } from '../../state/urlState';
import { compareChartDescription, renderCompareChart } from './compareChart';
import { COMPARE_METRICS, COMPARE_PANEL_HEIGHT } from './compareConstants';
import { compareCountries, compareSummary, compareSummaryText } from './compareSelectors';
import { unodcSourceLabel } from '../../shared/charts/countryData';

const EXPORT_PATTERN_PREFIX = 'xc';
/** Height of a column's name and tier strip above its panels (px). */
const STRIP_ALLOWANCE = 60;

/** The comparison's size on screen, for the "current view" export: the strips and the three measures' panels. */
export const compareViewSize = (width: number) => ({
  width,
  height: COMPARE_METRICS.length * COMPARE_PANEL_HEIGHT + STRIP_ALLOWANCE,
});

export interface CompareExportInput {
  core: CoreDataset;
  unodc: UnodcDataset;
  facts: FactsDataset;
  /** The shared selection; the first four are compared. */
  countries: readonly string[];
  scale: Scale;
  compareScale: CompareScale;
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
  const summary = compareSummaryText(compareSummary(core, index, unodc, facts.facts, countries));
  return {
    title: `${listJoin(countries.map((c) => c.name))} compared: TIP tiers, detected victims, prosecutions and convictions`,
    subtitle: `${unodcSourceLabel(core)}, by data year; TIP tier by report year on top · ${Y_SCALE_TEXT[compareScale]} · ${scale} scale`,
    legend: countrySeriesLegend(countries, {
      documents: data.rows.some((r) => r.kind === 'Document figure'),
      tierClasses: countries.flatMap((c) => index.reportYears.map((y) => tierStatus(index, c.iso3, y).cls)),
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
    renderChart: ({ width, height }) =>
      renderCompareChart({ ...chartProps, width, height, patternPrefix: EXPORT_PATTERN_PREFIX }),
    data: { ...data, notes: [...(data.notes ?? []), `Summary: ${summary.replace(/\n/g, ' ')}`] },
  };
}
