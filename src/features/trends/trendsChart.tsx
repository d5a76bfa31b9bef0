import type { CoreDataset, FactsDataset, UnodcDataset } from '../../data/schema';
import { TimeSeriesChart } from '../../shared/charts/TimeSeriesChart';
import { layoutTimeSeries } from '../../shared/charts/timeSeriesLayout';
import { indexCore } from '../../shared/datasetSelectors';
import type { Metric, Scale } from '../../state/urlState';
import { countryChartInput, countryIdentities, trendsChartDescription } from './trendsSelectors';

export interface TrendsChartProps {
  width: number;
  height: number;
  core: CoreDataset;
  unodc: UnodcDataset;
  facts: FactsDataset;
  /** ISO3 codes in the user's order (at least one: with none, Trends exports its worldwide panels instead). */
  countries: readonly string[];
  metric: Metric;
  scale: Scale;
  /** Prefix for pattern ids, unique within the document the chart lands in. */
  patternPrefix?: string;
}

/**
 * The Trends country chart for a box of the given size. The screen draws the same component from the same input, so
 * an export at 1920×1080 shows what the user saw. (The worldwide panels export through globalTrendsExportSpec.)
 */
export function renderTrendsChart(props: TrendsChartProps) {
  const { width, height, core, unodc, facts, metric, scale, patternPrefix = 'trx' } = props;
  const index = indexCore(core);
  const countries = countryIdentities(index, props.countries);
  const ariaLabel = trendsChartDescription(props);
  const input = countryChartInput({ core, index, unodc, facts: facts.facts, countries, metric, scale });
  const layout = layoutTimeSeries({ ...input, width, height });
  return <TimeSeriesChart layout={layout} patternPrefix={patternPrefix} ariaLabel={ariaLabel} />;
}
