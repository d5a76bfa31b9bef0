import type { CoreDataset, FactsDataset, UnodcDataset } from '../../data/schema';
import { METRIC_LABEL, unodcSourceLabel, type CountryIdentity } from '../../shared/charts/countryData';
import { numericValues } from '../../shared/charts/series';
import type { TimeSeriesInput } from '../../shared/charts/timeSeriesTypes';
import { ratioDomain } from '../../shared/charts/valueAxis';
import { yearExtent } from '../../shared/charts/yearAxis';
import { listJoin } from '../../shared/charts/format';
import { SmallMultiplesSvg } from '../../shared/charts/SmallMultiplesSvg';
import { indexCore } from '../../shared/datasetSelectors';
import { tierHistory } from '../../shared/tierHistory';
import type { CompareScale, Scale } from '../../state/urlState';
import { COMPARE_EXPORT_MIN_COLUMN_WIDTH, COMPARE_METRICS } from './compareConstants';
import { compareGrid } from './compareLayout';
import { ratioRows, ratioSeries } from './compareRatio';
import { compareCountries, comparePanels } from './compareSelectors';

export interface CompareChartProps {
  width: number;
  height: number;
  core: CoreDataset;
  unodc: UnodcDataset;
  facts: FactsDataset;
  /** The shared selection; the first four are compared. */
  countries: readonly string[];
  scale: Scale;
  compareScale: CompareScale;
  patternPrefix?: string;
}

export function compareChartDescription(props: Omit<CompareChartProps, 'width' | 'height'>): string {
  const countries = compareCountries(indexCore(props.core), props.countries);
  return `${listJoin(COMPARE_METRICS.map((m) => METRIC_LABEL[m].toLowerCase()))} by data year for ${listJoin(
    countries.map((c) => c.name),
  )}, one column per country with its TIP tier by report year on top; ${
    props.compareScale === 'shared'
      ? 'one y-scale shared by all countries'
      : 'each country on its own y-scale'
  }, ${props.scale} scale.`;
}

/**
 * The comparison as one SVG for a box of the given size: a column per country, rows for the tier history and
 * the three measures. Same panel layouts as on screen, so an export shows what the user compared.
 */
export function renderCompareChart(props: CompareChartProps) {
  const { width, height, core, unodc, facts, scale, compareScale, patternPrefix = 'cmx' } = props;
  const index = indexCore(core);
  const countries = compareCountries(index, props.countries);
  const columns = comparePanels({ core, index, unodc, facts: facts.facts, countries, scale, compareScale });
  const strip = (c: (typeof countries)[number]) => [
    { id: c.iso3, label: c.iso3, colour: c.colour, cells: tierHistory(index, c.iso3) },
  ];
  // Too narrow for a column per country (a phone), the countries stack as they do on screen, each panel named.
  if (compareGrid(width, countries.length, COMPARE_EXPORT_MIN_COLUMN_WIDTH).stacked) {
    const stackedPanels = countries.flatMap((c, ci) =>
      COMPARE_METRICS.map((m, mi) => ({
        ...columns[ci]![mi]!,
        title: `${c.name}: ${METRIC_LABEL[m].toLowerCase()}`,
        tierRows: mi === 0 ? strip(c) : undefined,
      })),
    );
    return (
      <SmallMultiplesSvg
        width={width}
        height={height}
        panels={stackedPanels}
        columns={1}
        ariaLabel={compareChartDescription(props)}
        patternPrefix={patternPrefix}
      />
    );
  }
  // Row-major: the first measure of every country, then the second…; the first row carries the tier strip.
  const panels = COMPARE_METRICS.flatMap((_, mi) =>
    countries.map((c, ci) => ({ ...columns[ci]![mi]!, tierRows: mi === 0 ? strip(c) : undefined })),
  );
  return (
    <SmallMultiplesSvg
      width={width}
      height={height}
      panels={panels}
      columns={Math.max(1, countries.length)}
      columnTitles={countries.map((c) => c.name)}
      ariaLabel={compareChartDescription(props)}
      patternPrefix={patternPrefix}
    />
  );
}

/**
 * The difference view's convictions-per-prosecution chart, without its size: the same input lays it out on screen
 * and in an export.
 */
export function ratioChartInput(
  core: CoreDataset,
  unodc: UnodcDataset,
  a: CountryIdentity,
  b: CountryIdentity,
  fallbackYears: [number, number],
) {
  const ratios = ratioRows(unodc, a.iso3, b.iso3);
  const source = unodcSourceLabel(core);
  const seriesA = ratioSeries(ratios, 'a', a, source);
  const seriesB = ratioSeries(ratios, 'b', b, source);
  const input: Omit<TimeSeriesInput, 'width' | 'height'> = {
    xDomain: yearExtent(ratios.map((r) => r.dataYear)) ?? fallbackYears,
    series: [seriesA, seriesB],
    scale: 'linear',
    yDomain: ratioDomain([...numericValues(seriesA.points), ...numericValues(seriesB.points)]),
    yLabel: 'Persons convicted per person prosecuted',
  };
  return { ratios, source, input };
}
