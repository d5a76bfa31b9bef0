/**
 * Trends in plain language, from the data alone: the latest value of each series with its data year, and its change
 * from the value before. "<5" stays "<5" (no change is computed from it), a year without a figure is named as a gap,
 * a series with no figure says so, and each figure keeps its note (the TIP edition it is from, a UNODC revision).
 * The default speaker note of a pinned Trends view and the text alternative of its exported image.
 */
import { LESS_THAN_FIVE } from '../../data/wire';
import type { CoreDataset, UnodcDataset } from '../../data/schema';
import {
  countryIdentities,
  METRIC_INDICATOR,
  METRIC_LABEL,
  unodcPoints,
  unodcSourceLabel,
} from '../../shared/charts/countryData';
import { formatCount } from '../../shared/charts/format';
import type { SeriesPoint } from '../../shared/charts/series';
import { indexCore } from '../../shared/datasetSelectors';
import type { Metric } from '../../state/urlState';
import { globalPanels } from './trendsSelectors';

const withNote = (p: SeriesPoint): string =>
  `${formatCount(p.value)} in data year ${p.dataYear}${p.note ? ` (${p.note})` : ''}`;

/** "Convictions: 15,159 in data year 2024 (TIP Report 2025 edition), up 2,121 from 13,038 in 2023 (…)." */
export function seriesSentence(label: string, points: readonly SeriesPoint[], missing: string): string {
  const sorted = [...points].sort((a, b) => a.dataYear - b.dataYear);
  const latest = sorted.at(-1);
  if (!latest) return `${label}: ${missing}.`;
  const previous = sorted.at(-2);
  if (!previous) return `${label}: ${withNote(latest)}; no earlier figure.`;
  const gap =
    latest.dataYear - previous.dataYear > 1
      ? ` (no figure for ${previous.dataYear + 1 === latest.dataYear - 1 ? previous.dataYear + 1 : `${previous.dataYear + 1}–${latest.dataYear - 1}`})`
      : '';
  const before = `${withNote(previous)}${gap}`;
  if (latest.value === LESS_THAN_FIVE || previous.value === LESS_THAN_FIVE)
    return `${label}: ${withNote(latest)}; the figure before was ${before}, and no change can be computed from “<5”.`;
  const diff = latest.value - previous.value;
  const change =
    diff === 0 ? 'unchanged from' : `${diff > 0 ? 'up' : 'down'} ${formatCount(Math.abs(diff))} from`;
  return `${label}: ${withNote(latest)}, ${change} ${before}.`;
}

export interface TrendsSummaryInput {
  core: CoreDataset;
  unodc: UnodcDataset;
  countries: readonly string[];
  metric: Metric;
}

/** The countries' UNODC series of the chosen measure, one sentence each. */
export function trendsSummary({ core, unodc, countries, metric }: TrendsSummaryInput): string {
  const index = indexCore(core);
  const what = METRIC_LABEL[metric].toLowerCase();
  const lines = countryIdentities(index, countries).map((c) =>
    seriesSentence(
      c.name,
      unodcPoints(unodc, c.iso3, METRIC_INDICATOR[metric]),
      `${unodcSourceLabel(core)} publishes no figure of ${what}`,
    ),
  );
  return [
    `${METRIC_LABEL[metric]} by data year, ${unodcSourceLabel(core)}; latest figure of each country and its change from the figure before.`,
    ...lines,
    'UNODC counts are national counts, not estimates of prevalence.',
  ].join(' ');
}

/** The TIP global law-enforcement series, each total and its labour-trafficking part, one sentence each. */
export function globalTrendsSummary(core: CoreDataset): string {
  const lines = globalPanels(core, 'linear').flatMap((panel) =>
    panel.series.map((s) =>
      seriesSentence(
        `${panel.title}${s.secondary ? ', labour trafficking' : ''}`,
        s.points,
        'no figure in the data',
      ),
    ),
  );
  return [
    'TIP Report global law-enforcement data by data year, each figure from the edition named; latest figure of each series and its change from the figure before.',
    ...lines,
  ].join(' ');
}
