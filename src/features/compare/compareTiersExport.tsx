/**
 * Compare's "tier history only" slide: the countries' TIP tier strips, aligned on one report-year axis, up to the
 * report the user chose — for 2 to 6 countries, where the full grid holds four.
 */
import type { CoreDataset } from '../../data/schema';
import { listJoin } from '../../shared/charts/format';
import { indexCore, tierStatus } from '../../shared/datasetSelectors';
import { inferredTierLegend } from '../../shared/export/countrySeriesExport';
import {
  atlasCitation,
  exportSources,
  sourceCaveats,
  tipSourceLine,
  TIERS_NOT_PREVALENCE,
} from '../../shared/export/exportSources';
import { currentLink } from '../../shared/export/viewLink';
import type { ChartBox, ExportSpec, LegendItem } from '../../shared/export/exportTypes';
import { fileStem } from '../../shared/export/fileName';
import { TierPatterns } from '../../shared/TierPatterns';
import { TierStripGroup } from '../../shared/TierStrip';
import { TIER_CLASSES, TIER_CLASS_LABEL } from '../../shared/tierConstants';
import type { TierStripCell } from '../../shared/tierHistory';
import { compareTierSummary } from './compareSummary';
import { tierHistoryRows, tierHistorySubtitle } from './compareTiers';

const PATTERN_PREFIX = 'xct';
/** Layout of the strips in the export box (px). */
const NAME_SHARE = 0.18;
const ROW_MAX = 56;
const ROW_GAP = 10;
const TICK_BAND = 28;
const TYPE = 15;

export interface CompareTiersExportInput {
  core: CoreDataset;
  /** The selection: up to six countries the data know. */
  countries: readonly string[];
  /** The report year the user chose; null: the latest. */
  reportYear: number | null;
  viewSize: { width: number; height: number };
  link?: string;
}

/** The aligned strips, one row per country, report years to the one shown. */
function TierRows({
  rows,
  years,
  box,
}: {
  rows: readonly { name: string; cells: readonly TierStripCell[] }[];
  years: readonly number[];
  box: ChartBox;
}) {
  const nameWidth = Math.round(box.width * NAME_SHARE);
  const cellWidth = (box.width - nameWidth) / Math.max(1, years.length);
  const rowHeight = Math.min(ROW_MAX, (box.height - TICK_BAND) / Math.max(1, rows.length) - ROW_GAP);
  const first = years[0] ?? 0;
  const xOf = (y: number) => nameWidth + (y - first) * cellWidth;
  const ticks = years.filter((y, i) => y % 5 === 0 || i === 0 || i === years.length - 1);
  const bottom = rows.length * (rowHeight + ROW_GAP);
  return (
    <g className="compare-tier-history" fontSize={TYPE}>
      <TierPatterns prefix={PATTERN_PREFIX} />
      {rows.map((r, i) => (
        <g key={r.name} transform={`translate(0,${i * (rowHeight + ROW_GAP)})`}>
          <text x={0} y={rowHeight / 2} dy="0.35em" fontWeight={600} fill={box.theme.ink}>
            {r.name}
          </text>
          <TierStripGroup
            cells={r.cells}
            xOf={xOf}
            cellWidth={cellWidth}
            height={rowHeight}
            patternPrefix={PATTERN_PREFIX}
          />
        </g>
      ))}
      {ticks.map((y) => (
        <text
          key={y}
          x={xOf(y) + cellWidth / 2}
          y={bottom + TICK_BAND / 2}
          dy="0.35em"
          textAnchor="middle"
          fill={box.theme.inkMuted}
        >
          {y}
        </text>
      ))}
    </g>
  );
}

export function compareTiersExportSpec(input: CompareTiersExportInput): ExportSpec {
  const { core } = input;
  const index = indexCore(core);
  const { reportYear, years, countries, rows } = tierHistoryRows(index, input.countries, input.reportYear);
  const isos = countries.map((c) => c.iso3);
  const link = input.link ?? currentLink();
  const summary = compareTierSummary(index, countries, reportYear);
  const shown = new Set(rows.flatMap((r) => r.cells.map((c) => c.cls)));
  const inferred = rows.some((r) => r.cells.some((c) => c.inferred));
  const legend: LegendItem[] = [
    ...TIER_CLASSES.filter((cls) => shown.has(cls)).map((cls): LegendItem => ({
      kind: 'tier',
      tierClass: cls,
      label: TIER_CLASS_LABEL[cls],
    })),
    ...(inferred ? [inferredTierLegend()] : []),
  ];
  const dataRows = countries.flatMap((c) =>
    years.map((y) => {
      const s = tierStatus(index, c.iso3, y);
      return {
        iso3: c.iso3,
        country: c.name,
        reportYear: y,
        tier: s.cls,
        basis: s.cell?.basis ?? null,
        basisReason: s.cell?.reason ?? null,
        source: s.cell?.source ?? null,
      };
    }),
  );
  const sourceIds = new Set(dataRows.flatMap((r) => (r.source ? [r.source] : [])));
  return {
    title: `${listJoin(countries.map((c) => c.name))}: TIP tier history to the ${reportYear} report`,
    subtitle: tierHistorySubtitle(years, reportYear),
    legend,
    sourceLines: [tipSourceLine(years)],
    caveat: TIERS_NOT_PREVALENCE,
    link,
    datasetVersion: core.version,
    citation: atlasCitation(core.version, link),
    fileStem: fileStem('tip-tier-history', isos, reportYear),
    viewSize: input.viewSize,
    description: `Tier strips by report year, one row per country. ${summary}`,
    summary,
    chartSupportsDark: false,
    renderChart: (box) => <TierRows rows={rows} years={years} box={box} />,
    data: {
      columns: Object.keys(dataRows[0] ?? { iso3: null }).map((key) => ({ key, label: key })),
      rows: dataRows,
      sources: exportSources(core, sourceIds),
      caveats: [TIERS_NOT_PREVALENCE, ...sourceCaveats(core, sourceIds)],
    },
  };
}
