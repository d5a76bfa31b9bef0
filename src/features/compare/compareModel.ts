/**
 * What Compare draws, from the datasets and the view state alone: the countries compared, one column per country
 * (latest tier, tier strip, the three measures' panels, sources, document facts), the summary, the notes and the
 * table alternative. CompareView and its pieces render it; the export draws the same panels (compareSelectors).
 */
import { FACT_METRICS } from '../../data/wire';
import type { CoreDataset, DocumentFact, FactsDataset, UnodcDataset } from '../../data/schema';
import {
  METRIC_INDICATOR,
  METRIC_LABEL,
  factsWithComparison,
  seriesTableRows,
  unodcSourceLabel,
  type CountryIdentity,
  type FactComparison,
} from '../../shared/charts/countryData';
import type { PanelInput } from '../../shared/charts/smallMultiples';
import type { TableModel } from '../../shared/charts/tableModel';
import type { CoreIndex } from '../../shared/datasetSelectors';
import { TIER_CLASS_LABEL } from '../../shared/tierConstants';
import { tierHistory, type TierStripCell } from '../../shared/tierHistory';
import type { ViewState } from '../../state/urlState';
import { COMPARE_METRICS, COMPARE_MIN } from './compareConstants';
import {
  compareCountries,
  comparePanels,
  compareXDomain,
  sourcesUsed,
  type SourceUsed,
} from './compareSelectors';
import { compareSummary, type SummarySection } from './compareSummary';
import { compareReportYear, latestTier, type LatestTier } from './compareTiers';

export interface CompareData {
  core: CoreDataset;
  index: CoreIndex;
  unodc: UnodcDataset;
  facts: FactsDataset;
}

export interface CompareViewState {
  countries: readonly string[];
  scale: ViewState['scale'];
  compareScale: ViewState['compareScale'];
  /** The report year the user chose (the link's `year`); null or absent: the latest. */
  reportYear?: ViewState['reportYear'];
}

export interface CompareColumnModel {
  country: CountryIdentity;
  latest: LatestTier;
  tiers: TierStripCell[];
  /** One panel per measure of COMPARE_METRICS. */
  panels: PanelInput[];
  sources: SourceUsed[];
  /** UNODC publishes none of the three measures for this country. */
  noUnodc: boolean;
  facts: { fact: DocumentFact; comparison: FactComparison }[];
  /** Facts in a conflict with another source or differing from UNODC. */
  conflictCount: number;
}

export interface CompareModel {
  /** The first four countries picked, the ones compared. */
  countries: CountryIdentity[];
  /** Countries picked beyond the four compared. */
  extra: number;
  /** At least two countries to compare; otherwise the view asks for more. */
  comparable: boolean;
  xDomain: [number, number];
  /** The UNODC release the counts come from. */
  source: string;
  columns: CompareColumnModel[];
  summary: SummarySection[];
  /** What the y-scales mean, in words. */
  scaleNote: string;
  /** Conflict ids → descriptions, for the facts' conflict notes. */
  conflicts: Map<string, string>;
  /** The table alternative: tiers by report year, then each measure by data year. */
  tables: TableModel[];
}

const SCALE_NOTE: Record<ViewState['compareScale'], string> = {
  shared: 'Each measure uses one y-scale for every country, so heights compare across columns.',
  independent: 'Each country has its own y-scale: compare shapes, not heights.',
};

/** The tiers of the countries by report year, up to a report (all by default): Compare's tier table alternative. */
export function tierTable(
  index: CoreIndex,
  countries: readonly CountryIdentity[],
  lastReportYear = Infinity,
): TableModel {
  return {
    key: 'tiers',
    summary: 'Table: tiers by report year',
    caption: `TIP tier by report year: ${countries.map((c) => c.name).join(', ')}`,
    columns: [
      { key: 'year', label: 'Report year' },
      ...countries.map((c) => ({ key: c.iso3, label: c.name })),
    ],
    rows: index.reportYears
      .filter((reportYear) => reportYear <= lastReportYear)
      .map((reportYear) => ({
        key: String(reportYear),
        cells: [
          reportYear,
          ...countries.map((c) => {
            const cell = tierHistory(index, c.iso3).find((t) => t.reportYear === reportYear);
            return cell ? `${TIER_CLASS_LABEL[cell.cls]}${cell.inferred ? ' (inferred)' : ''}` : '—';
          }),
        ],
      })),
  };
}

function tables(
  index: CoreIndex,
  countries: readonly CountryIdentity[],
  panels: PanelInput[][],
  source: string,
) {
  const tiers = tierTable(index, countries);
  const measures = COMPARE_METRICS.map((metric, mi): TableModel => {
    const series = panels.map((p) => p[mi]!.series[0]!);
    const marks = panels.flatMap((p) => p[mi]!.marks ?? []);
    return {
      key: metric,
      summary: `Table: ${METRIC_LABEL[metric].toLowerCase()} by data year`,
      caption: `${METRIC_LABEL[metric]} by data year: UNODC (${source}) and the source documents`,
      columns: [
        { key: 'year', label: 'Data year' },
        ...countries.flatMap((c) => [
          { key: `${c.iso3}-u`, label: `${c.name}, UNODC`, numeric: true },
          { key: `${c.iso3}-d`, label: `${c.name}, documents`, numeric: true },
        ]),
      ],
      rows: seriesTableRows(series, marks, countries).map((r) => ({
        key: String(r.dataYear),
        cells: [
          r.dataYear,
          ...r.cells.flatMap((cell) => [cell.unodc || '—', cell.documents.join('; ') || '—']),
        ],
      })),
    };
  });
  return [tiers, ...measures];
}

/** Everything Compare draws for a view state. With fewer than two countries only the selection is filled in. */
export function compareModel(data: CompareData, state: CompareViewState): CompareModel {
  const { core, index, unodc, facts } = data;
  const reportYear = compareReportYear(index, state.reportYear ?? null);
  const countries = compareCountries(index, state.countries);
  const comparable = countries.length >= COMPARE_MIN;
  const source = unodcSourceLabel(core);
  const base = {
    countries,
    extra: state.countries.length - countries.length,
    comparable,
    source,
    scaleNote: SCALE_NOTE[state.compareScale],
    conflicts: new Map(facts.conflicts.map((c) => [c.id, c.description])),
  };
  if (!comparable)
    return {
      ...base,
      xDomain: [index.reportYears[0] ?? 2001, index.latestReportYear],
      columns: [],
      summary: [],
      tables: [],
    };
  const panels = comparePanels({
    core,
    index,
    unodc,
    facts: facts.facts,
    countries,
    scale: state.scale,
    compareScale: state.compareScale,
  });
  const columns = countries.map((c, ci): CompareColumnModel => {
    const items = factsWithComparison(facts.facts, c.iso3, FACT_METRICS, unodc);
    return {
      country: c,
      latest: latestTier(index, c.iso3, reportYear),
      tiers: tierHistory(index, c.iso3),
      panels: panels[ci]!,
      sources: sourcesUsed(core, unodc, facts.facts, c.iso3),
      noUnodc: COMPARE_METRICS.every((m) => !unodc.countries[c.iso3]?.[METRIC_INDICATOR[m]]?.length),
      facts: items,
      conflictCount: items.filter(
        ({ fact, comparison }) => fact.conflicts.length > 0 || comparison.kind === 'differs',
      ).length,
    };
  });
  return {
    ...base,
    xDomain: compareXDomain(index, unodc, facts.facts, countries),
    columns,
    summary: compareSummary(core, index, unodc, facts.facts, countries, reportYear),
    tables: tables(index, countries, panels, source),
  };
}
