/**
 * The export pieces Trends and Compare share for country charts: the rows behind them (UNODC counts by data year,
 * figures from the source documents, TIP tiers by report year, each with its source id), the legend with the
 * charts' own markers, and source lines naming the UNODC release and the TIP editions.
 */
import { EXPORT_COLUMN } from './exportConstants';
import type { CoreDataset, DocumentFact, FactMetric, UnodcDataset } from '../../data/schema';
import {
  documentMarks,
  isPlottable,
  METRIC_FACT,
  METRIC_INDICATOR,
  METRIC_LABEL,
  UNODC_ATTRIBUTION,
  UNODC_SOURCE_ID,
  unodcPoints,
  unodcSourceLabel,
  type CountryIdentity,
} from '../charts/countryData';
import { CHART_CONFLICT, DOCUMENT_SHAPE, SHAPE_LABEL, type MarkerShape } from '../charts/chartConstants';
import { markerPath } from '../charts/Marker';
import { tierStatus, type CoreIndex } from '../datasetSelectors';
import { TIER_CLASS_LABEL, TIER_CLASSES, type TierClass } from '../tierConstants';
import type { Metric } from '../../state/urlState';
import { TIERS_NOT_PREVALENCE, tipSourceLine } from './exportSources';
import type { DataCell, ExportData, LegendItem } from './exportTypes';
import { exportSources, sourceCaveats } from './exportSources';

export const COUNTRY_SERIES_COLUMNS: ExportData['columns'] = [
  EXPORT_COLUMN.iso3,
  EXPORT_COLUMN.country,
  { key: 'kind', label: 'What the row is' },
  EXPORT_COLUMN.measure,
  EXPORT_COLUMN.indicator,
  EXPORT_COLUMN.dataYear,
  { key: 'reportYear', label: 'Report year (TIP edition)' },
  EXPORT_COLUMN.unodcValue,
  { key: 'tier', label: 'TIP tier (tier rows)' },
  EXPORT_COLUMN.qualifier,
  EXPORT_COLUMN.unit,
  EXPORT_COLUMN.factPart,
  { key: 'basis', label: 'Tier stated by a source or inferred' },
  EXPORT_COLUMN.source,
  EXPORT_COLUMN.article,
  EXPORT_COLUMN.author,
  EXPORT_COLUMN.document,
  EXPORT_COLUMN.factId,
  { key: 'conflicts', label: 'Conflict ids (sources disagree)' },
  EXPORT_COLUMN.quote,
];

/**
 * Two articles of one compilation may give the same figure (Serbia's 18 convictions in 2020 appear in two): one
 * row, crediting both articles, authors and quotes, rather than two rows a reader takes for a duplicate.
 */
export function mergeSameFigures(facts: readonly DocumentFact[]): DocumentFact[][] {
  const groups = new Map<string, DocumentFact[]>();
  for (const f of facts) {
    const key = JSON.stringify([
      f.source,
      f.country,
      f.metric,
      f.year,
      f.value,
      f.qualifier,
      f.unit,
      f.breakdown ?? null,
    ]);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}

const joined = (values: readonly (string | null | undefined)[]): string | null => {
  const unique = [...new Set(values.filter((v): v is string => !!v))];
  return unique.length ? unique.join(' | ') : null;
};

export const ROW_KIND = {
  unodc: 'UNODC count',
  document: 'Document figure',
  tier: 'TIP tier',
} as const;

export interface CountrySeriesArgs {
  core: CoreDataset;
  index: CoreIndex;
  unodc: UnodcDataset;
  facts: readonly DocumentFact[];
  countries: readonly CountryIdentity[];
  /** One measure (Trends) or several (Compare shows all three). */
  metric: Metric | readonly Metric[];
  /** Include each country's tier by report year (the charts draw them as strips). */
  tiers?: boolean;
}

/** Facts a country chart plots for a metric: a count for one data year. */
export const plottedFacts = (facts: readonly DocumentFact[], iso3: string, metric: Metric): DocumentFact[] =>
  facts.filter((f) => f.country === iso3 && f.metric === METRIC_FACT[metric] && isPlottable(f));

/** The rows behind a country chart, in long form: one row per value, each naming its source. */
export function countrySeriesData(args: CountrySeriesArgs): ExportData {
  const { core, index, unodc, facts, countries, tiers = true } = args;
  const metrics: readonly Metric[] = typeof args.metric === 'string' ? [args.metric] : args.metric;
  const rows: Record<string, DataCell>[] = [];
  const sourceIds = new Set<string>([UNODC_SOURCE_ID]);
  const blank = {
    indicator: null,
    dataYear: null,
    reportYear: null,
    qualifier: null,
    unit: null,
    breakdown: null,
    basis: null,
    tier: null,
    article: null,
    author: null,
    document: null,
    factId: null,
    conflicts: null,
    quote: null,
  };
  for (const c of countries) {
    const who = { iso3: c.iso3, country: c.name };
    for (const metric of metrics) {
      for (const p of unodcPoints(unodc, c.iso3, METRIC_INDICATOR[metric])) {
        rows.push({
          ...blank,
          ...who,
          kind: ROW_KIND.unodc,
          measure: METRIC_LABEL[metric],
          indicator: METRIC_INDICATOR[metric],
          dataYear: p.dataYear,
          value: p.value,
          unit: 'persons',
          source: UNODC_SOURCE_ID,
        });
      }
      for (const same of mergeSameFigures(plottedFacts(facts, c.iso3, metric))) {
        const f = same[0]!;
        for (const g of same) sourceIds.add(g.source);
        rows.push({
          ...blank,
          ...who,
          kind: ROW_KIND.document,
          // The same words as the UNODC rows of this measure: one vocabulary across sources.
          measure: METRIC_LABEL[metric],
          dataYear: f.year,
          value: f.value as number,
          qualifier: f.qualifier,
          unit: f.unit,
          breakdown: f.breakdown ?? null,
          source: f.source,
          article: joined(same.map((g) => g.title)),
          author: joined(same.map((g) => g.author)),
          document: joined(same.map((g) => g.document)),
          factId: joined(same.map((g) => g.id)),
          conflicts: joined(same.flatMap((g) => g.conflicts)),
          quote: joined(same.map((g) => g.quote)),
        });
      }
    }
    if (tiers) {
      for (const reportYear of index.reportYears) {
        const s = tierStatus(index, c.iso3, reportYear);
        if (s.cell) sourceIds.add(s.cell.source);
        rows.push({
          ...blank,
          ...who,
          kind: ROW_KIND.tier,
          measure: 'TIP tier',
          reportYear,
          tier: s.cls,
          basis: s.cell?.basis ?? null,
          source: s.cell?.source ?? null,
        });
      }
    }
  }
  return {
    columns: COUNTRY_SERIES_COLUMNS,
    rows,
    sources: exportSources(core, sourceIds),
    caveats: [
      `${metrics.map((m) => METRIC_LABEL[m]).join(', ')}: national counts UNODC publishes by data year (${unodcSourceLabel(core)}); not estimates of prevalence. A data year UNODC does not publish has no row: missing is missing, never zero.`,
      ...(tiers ? [TIERS_NOT_PREVALENCE] : []),
      'Document figures are quoted from the source documents; where they differ from UNODC or from each other, both are kept and the conflict id says so.',
      ...sourceCaveats(core, sourceIds),
    ],
    notes: [`${UNODC_ATTRIBUTION}.`],
  };
}

/** A legend swatch with a chart's own marker shape: a short (optionally dashed) line and the marker, or the marker alone. */
export function markerLegendSwatch(
  shape: MarkerShape,
  colour: string,
  options: { line?: boolean; hollow?: boolean; dash?: boolean } = {},
) {
  const { line = false, hollow = false, dash = false } = options;
  return function Swatch(size: number) {
    return (
      <g>
        {line && (
          <line
            x1={0}
            x2={size}
            y1={size / 2}
            y2={size / 2}
            stroke={colour}
            strokeWidth={size / 7}
            strokeDasharray={dash ? `${size / 5} ${size / 8}` : undefined}
          />
        )}
        <path
          d={markerPath(shape, size * 0.62)}
          transform={`translate(${size / 2},${size / 2})`}
          fill={hollow ? '#ffffff' : colour}
          stroke={hollow ? colour : '#ffffff'}
          strokeWidth={size / 12}
        />
      </g>
    );
  };
}

/** How the document figures of a chart are drawn: filled or hollow stars, and whether any carries the ≠ mark. */
export interface DocumentMarkKinds {
  filled: boolean;
  hollow: boolean;
  conflict: boolean;
}

/** The kinds of document mark a country chart draws, from the same marks the chart itself places. */
export function documentMarkKinds(args: {
  core: Pick<CoreDataset, 'sources'>;
  unodc: UnodcDataset;
  facts: readonly DocumentFact[];
  countries: readonly CountryIdentity[];
  metrics: readonly FactMetric[];
}): DocumentMarkKinds {
  const marks = args.countries.flatMap((c) =>
    args.metrics.flatMap((m) => documentMarks(args.facts, c, m, args.unodc, args.core)),
  );
  return {
    filled: marks.some((m) => !m.hollow),
    hollow: marks.some((m) => m.hollow),
    conflict: marks.some((m) => m.conflict !== null),
  };
}

/** The legend entries of the document marks a chart draws, worded as on screen. */
export function documentMarkLegend(kinds: DocumentMarkKinds, ink = '#1a1a1a'): LegendItem[] {
  return [
    ...(kinds.filled
      ? [
          {
            kind: 'custom' as const,
            label: 'Figure from a source document',
            render: markerLegendSwatch(DOCUMENT_SHAPE, ink),
          },
        ]
      : []),
    ...(kinds.hollow
      ? [
          {
            kind: 'custom' as const,
            label: 'Document figure for a part of the total or another unit',
            render: markerLegendSwatch(DOCUMENT_SHAPE, ink, { hollow: true }),
          },
        ]
      : []),
    ...(kinds.conflict
      ? [
          {
            kind: 'custom' as const,
            label: '≠ The document and UNODC (or another document) disagree; both are shown',
            render: (size: number) => (
              <circle
                cx={size / 2}
                cy={size / 2}
                r={size * 0.42}
                fill="none"
                stroke={CHART_CONFLICT}
                strokeWidth={size / 10}
                strokeDasharray={`${size / 7} ${size / 7}`}
              />
            ),
          },
        ]
      : []),
  ];
}

/** The hollow marker a chart draws for UNODC's "<5". */
export const lessThanFiveLegend = (ink = '#1a1a1a'): LegendItem => ({
  kind: 'custom',
  label: '“<5”: fewer than five',
  render: markerLegendSwatch('circle', ink, { hollow: true }),
});

/** Legend of a country chart: each country's colour and marker, the encodings, and the tier classes shown. */
export function countrySeriesLegend(
  countries: readonly CountryIdentity[],
  options: {
    documents: DocumentMarkKinds;
    tierClasses: Iterable<TierClass>;
    /** Whether the chart draws a "<5" value (then the legend says what the hollow marker means). */
    lessThanFive: boolean;
    encodingColour?: string;
  },
): LegendItem[] {
  const ink = options.encodingColour ?? '#1a1a1a';
  const shown = new Set(options.tierClasses);
  return [
    ...countries.map((c): LegendItem => ({
      kind: 'custom',
      label: `${c.name} (${SHAPE_LABEL[c.shape]})`,
      render: markerLegendSwatch(c.shape, c.colour, { line: true }),
    })),
    ...(options.lessThanFive ? [lessThanFiveLegend(ink)] : []),
    ...documentMarkLegend(options.documents, ink),
    ...TIER_CLASSES.filter((cls) => shown.has(cls)).map((cls): LegendItem => ({
      kind: 'tier',
      tierClass: cls,
      label: TIER_CLASS_LABEL[cls],
    })),
  ];
}

/** Source lines of a country chart: the UNODC release, the documents and the TIP editions of the tiers shown. */
export function countrySeriesSourceLines(
  core: CoreDataset,
  data: ExportData,
  reportYears: readonly number[],
): string[] {
  const documents = new Set(data.rows.filter((r) => r.kind === ROW_KIND.document).map((r) => r.source));
  return [
    `${UNODC_ATTRIBUTION} (${unodcSourceLabel(core)}); counts by data year.`,
    ...(documents.size
      ? [
          `Stars: figures quoted from ${documents.size} source document${documents.size === 1 ? '' : 's'}; the data download gives each quote and citation.`,
        ]
      : []),
    ...(reportYears.length ? [tipSourceLine(reportYears)] : []),
  ];
}
