/**
 * What the map hands to the export path: the same TierMap, re-laid-out for the export box, with title, legend,
 * source naming the edition, caveat and the rows behind it (one per country, with its source id).
 */
import type { CoreDataset } from '../../data/schema';
import { countryName, tierStatus, type CoreIndex } from '../../shared/datasetSelectors';
import type { ExportSpec, LegendItem as ExportLegendItem } from '../../shared/export/exportTypes';
import {
  atlasCitation,
  exportSources,
  sourceCaveats,
  tipSourceLine,
  TIERS_NOT_PREVALENCE,
} from '../../shared/export/exportSources';
import { currentLink } from '../../shared/export/viewLink';
import { fileStem } from '../../shared/export/fileName';
import { reportLabel } from '../../shared/tierConstants';
import type { MapMode, RegionPreset } from '../../state/urlState';
import { CHANGE_LABEL, REGION_LABEL, UNRATED_LAND_FILL, UNRATED_LAND_FILL_DARK } from './mapConstants';
import type { JoinedFeature, SmallPlace } from './mapGeometry';
import { notComparableSummary } from './changeSummary';
import { mapSummary } from './mapSummary';
import type { LegendItem, MapData, MapModel } from './mapModel';
import type { CountryChange, WatchListRun } from './mapSelectors';
import { mapFill } from './MapBackdrop';
import { TierMap } from './TierMap';
import type { MapClass } from './mapConstants';

/** Pattern ids of the exported map; the frame's legend refers to the same ones. */
const EXPORT_PATTERN_PREFIX = 'xm';
/** Country borders stay white on a light export, as on screen (the map darkens them itself on dark). */
const LIGHT_BORDER = '#ffffff';

export interface MapExportInput {
  core: CoreDataset;
  index: CoreIndex;
  mode: MapMode;
  region: RegionPreset;
  toYear: number;
  baseYear: number | null;
  features: readonly JoinedFeature[];
  places: readonly SmallPlace[];
  classes: ReadonlyMap<string, MapClass>;
  members: ReadonlySet<string> | null;
  outlined: ReadonlySet<string> | null;
  legendItems: readonly LegendItem[];
  /** The countries in scope (the region preset's, or all), with their change between the two reports. */
  changes: readonly CountryChange[];
  runs: readonly WatchListRun[];
  /** The country whose panel is open: outlined on screen, so outlined and named in the export too. */
  selected?: string | null;
  /** Country names on the map (slides): these countries wherever they are, and with `fitting` all that fit. */
  labels?: { must: readonly string[]; fitting: boolean } | null;
  viewSize: { width: number; height: number };
  link?: string;
}

const TITLE: Record<MapMode, string> = {
  tiers: 'Trafficking in Persons Report tiers',
  changes: 'Changes in Trafficking in Persons Report tiers',
};

export function mapExportSpec(input: MapExportInput): ExportSpec {
  const { core, index, mode, region, toYear, baseYear, changes, legendItems } = input;
  const link = input.link ?? currentLink();
  const changesMode = mode === 'changes' && baseYear !== null;
  const place = region === 'world' ? 'World' : REGION_LABEL[region];
  const title = changesMode
    ? `${TITLE.changes}, ${baseYear} to ${toYear} report`
    : `${TITLE.tiers}, ${toYear} report`;
  const period = changesMode
    ? `From the ${baseYear} report to the ${toYear} report (April ${baseYear! - 1} – March ${toYear})`
    : reportLabel(toYear);
  // Rated in this report: a tier, or "Tier 1 or 2" from complete lists; places with no data are not counted.
  const rated = changes.filter((c) => c.to !== 'No data').length;
  // Only a country the map draws in scope; one outside the region preset is not on this map.
  const focus = changes.find((c) => c.iso3 === input.selected) ?? null;
  const focusText = focus
    ? changesMode
      ? `${focus.name} (outlined): ${focus.from} in ${baseYear}, ${focus.to} in ${toYear}`
      : `${focus.name} (outlined): ${focus.to}`
    : null;
  const subtitle = `${period} · ${place}: ${rated} countries and territories rated in the ${toYear} report${focusText ? ` · ${focusText}` : ''}`;

  const legend: ExportLegendItem[] = [
    ...legendItems.map((item) => ({
      kind: 'fill' as const,
      fill: mapFill(mode, item.cls, EXPORT_PATTERN_PREFIX),
      label: `${item.label}${changesMode && item.cls === 'downgraded' ? ', striped' : ''} (${item.count}${
        item.inferred ? `, ${item.inferred} inferred` : ''
      })`,
    })),
    { kind: 'fill', fill: UNRATED_LAND_FILL, darkFill: UNRATED_LAND_FILL_DARK, label: 'Not rated' },
    ...(focus ? [{ kind: 'outline' as const, label: `Outlined: ${focus.name}` }] : []),
    ...(changesMode && input.runs.length > 0
      ? [{ kind: 'outline' as const, label: 'Outlined: Watch List in consecutive reports' }]
      : []),
  ];

  const cellOf = (iso3: string, reportYear: number) => tierStatus(index, iso3, reportYear).cell;
  const streaks = new Map(input.runs.map((r) => [r.iso3, r.streak]));
  const rows = changes.map((c) => {
    const to = cellOf(c.iso3, toYear);
    const base = {
      iso3: c.iso3,
      country: c.name,
      region: c.region,
      reportYear: toYear,
      tier: c.to,
      basis: to?.basis ?? null,
      basisReason: to?.reason ?? null,
      confidence: to?.confidence ?? null,
      source: to?.source ?? null,
      origin: to?.origin ?? null,
    };
    if (!changesMode) return base;
    const from = cellOf(c.iso3, baseYear!);
    return {
      ...base,
      fromReportYear: baseYear,
      fromTier: c.from,
      fromBasis: from?.basis ?? null,
      fromBasisReason: from?.reason ?? null,
      fromSource: from?.source ?? null,
      change: CHANGE_LABEL[c.change],
      steps: c.steps,
      watchListReportsInARow: streaks.get(c.iso3) ?? null,
    };
  });
  const sourceIds = new Set<string>(['tip-tiers-combined']);
  for (const r of rows) {
    if (r.source) sourceIds.add(r.source);
    if ('fromSource' in r && r.fromSource) sourceIds.add(r.fromSource);
  }
  const years = changesMode ? [baseYear!, toYear] : [toYear];
  const coverageNotes = years
    .map((y) => index.coverage.get(y))
    .filter((c) => c && c.status !== 'complete')
    .map((c) => `Coverage of the ${c!.reportYear} report: ${c!.note}`);

  const labels = input.labels
    ? { ...input.labels, nameOf: (iso3: string) => countryName(index, iso3) }
    : null;
  const summary = mapSummary({
    mode: changesMode ? 'changes' : 'tiers',
    region,
    toYear,
    baseYear,
    scopeChanges: changes,
    country: focus?.iso3 ?? null,
  });
  const notComparable = changesMode ? notComparableSummary(changes, baseYear!, toYear).sentence : '';
  const inferredNote = legendItems.some((i) => i.inferred)
    ? 'Inferred: no source states the tier; it follows from complete lists and published counts (basisReason says how).'
    : null;
  return {
    title,
    subtitle,
    legend,
    sourceLines: [
      tipSourceLine(years),
      ...coverageNotes,
      ...(inferredNote ? [inferredNote] : []),
      ...(notComparable ? [notComparable] : []),
      ...(changesMode
        ? ['Striped: downgraded (a worse tier), so it reads without colour; not a Watch List hatch.']
        : []),
    ],
    caveat: TIERS_NOT_PREVALENCE,
    link,
    datasetVersion: core.version,
    citation: atlasCitation(core.version, link),
    fileStem: changesMode
      ? fileStem('tip-tier-changes', `${baseYear}-${toYear}`, region === 'world' ? null : region, focus?.iso3)
      : fileStem('tip-tiers', toYear, region === 'world' ? null : region, focus?.iso3),
    viewSize: input.viewSize,
    description: `Map of ${changesMode ? 'tier changes' : 'TIP tiers'} (${place}). ${summary}`,
    summary,
    chartSupportsDark: true,
    renderChart: ({ width, height, theme }) => (
      <TierMap
        width={width}
        height={height}
        region={region}
        features={input.features}
        places={input.places}
        classes={input.classes}
        mode={mode}
        members={input.members}
        outlined={input.outlined}
        selected={focus?.iso3 ?? null}
        theme={{ ...theme, paper: null, axis: theme.dark ? theme.axis : LIGHT_BORDER }}
        patternPrefix={EXPORT_PATTERN_PREFIX}
        showNote={false}
        labels={labels}
        layeredFills
      />
    ),
    data: {
      columns: Object.keys(rows[0] ?? { iso3: null }).map((key) => ({ key, label: key })),
      rows,
      sources: exportSources(core, sourceIds),
      caveats: [
        TIERS_NOT_PREVALENCE,
        '"Tier 1 or 2": the report year\'s sources list only the Watch List and Tier 3, and the country is on neither list. "No data": no tier is known for that report year; none is carried over from another year.',
        ...coverageNotes,
        ...sourceCaveats(core, sourceIds),
      ],
      notes: [
        ...(focus ? [`Country in focus (outlined on the map): ${focus.name} (${focus.iso3}).`] : []),
        ...(notComparable ? [notComparable] : []),
      ],
    },
  };
}

/** The map's export spec from its model: what the screen draws, at the size given. */
export function mapExportSpecFor(
  data: MapData,
  model: MapModel,
  viewSize: { width: number; height: number },
  link?: string,
  labels: MapExportInput['labels'] = null,
): ExportSpec {
  return mapExportSpec({
    core: data.core,
    index: data.index,
    mode: model.mode,
    region: model.region,
    toYear: model.toYear,
    baseYear: model.baseYear,
    features: data.features,
    places: data.places,
    classes: model.classes,
    members: model.members,
    outlined: model.outlined,
    legendItems: model.legendItems,
    changes: model.scopeChanges,
    runs: model.scopeRuns,
    selected: model.country,
    viewSize,
    link,
    labels,
  });
}
