/**
 * Everything the map view draws, as a pure function of the data and the view state: which places are in scope, each
 * country's class and change, the legend with its counts, the movers, the Watch List runs, the subtitle and the notes.
 * The screen (MapView and its pieces) and the export (mapExport) both render this model; neither computes its own.
 */
import type { CoreDataset, YearCoverage } from '../../data/schema';
import { countryName, type CoreIndex } from '../../shared/datasetSelectors';
import { TIER_CLASS_LABEL, reportLabel, type TierClass } from '../../shared/tierConstants';
import type { MapMode, RegionPreset, ViewState } from '../../state/urlState';
import { CHANGE_LABEL, REGION_LABEL, type ChangeClass, type MapClass } from './mapConstants';
import type { JoinedFeature, SmallPlace } from './mapGeometry';
import { legendItemsFor, notComparableSummary, type NotComparableSummary } from './changeSummary';
import {
  changesBetween,
  effectiveFromYear,
  navigationOrder,
  previousReportYear,
  regionMembers,
  watchListRuns,
  yearCoverage,
  type CountryChange,
  type WatchListRun,
} from './mapSelectors';
import { compareText } from '../../data/englishText';

/** The map's data: the tier dataset and its geometry joined to it (features drawn as shapes, small places as circles). */
export interface MapData {
  core: CoreDataset;
  index: CoreIndex;
  features: readonly JoinedFeature[];
  places: readonly SmallPlace[];
}

export type MapViewState = Pick<ViewState, 'reportYear' | 'fromYear' | 'mode' | 'region' | 'country'>;

export interface LegendItem {
  cls: MapClass;
  label: string;
  count: number;
  /** How many of the count hold an inferred tier ("72 inferred"). */
  inferred?: number;
  /** What the swatch means, shown under the entry (Changes mode). */
  note?: string;
}

/** A report year on the time bar and how much of it the sources cover. */
export interface YearMark {
  reportYear: number;
  status: YearCoverage;
}

export const MAP_TITLE: Record<MapMode, string> = {
  tiers: 'Trafficking in Persons Report tiers',
  changes: 'Changes in Trafficking in Persons Report tiers',
};

/** Tier classes the legend always lists; the others only in years that have them. */
const ALWAYS_LISTED = new Set<MapClass>(['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3']);

/** What does not change with the report year: the places in scope for a region, in keyboard order. */
export interface MapScope {
  allIso3: readonly string[];
  /** The region preset's countries; null for the world. */
  members: ReadonlySet<string> | null;
  /** Countries the map draws (a shape or a circle) in scope: what the legend, table and movers count. */
  scope: readonly string[];
  /** Places in the data that no report rates, named beside the map instead of counted as "No data". */
  neverRated: readonly string[];
  /** Keyboard order of the drawn countries in scope (by region, then name). */
  order: readonly string[];
  /** Small places drawn as circles in scope. */
  visiblePlaces: readonly SmallPlace[];
  scopeLabel: string;
}

export function mapScope(data: MapData, region: RegionPreset): MapScope {
  const { index, features, places } = data;
  const allIso3 = [...index.countries.keys()];
  const members = regionMembers(index, region);
  const drawn = [...features.flatMap((f) => (f.iso3 ? [f.iso3] : [])), ...places.map((p) => p.iso3)];
  const drawnSet = new Set(drawn);
  const inRegion = (c: string) => !members || members.has(c);
  const scope = allIso3.filter((c) => drawnSet.has(c) && inRegion(c));
  return {
    allIso3,
    members,
    scope,
    neverRated: allIso3
      .filter((c) => !drawnSet.has(c) && inRegion(c))
      .map((c) => countryName(index, c))
      .sort(compareText),
    order: navigationOrder(index, drawn.filter(inRegion)),
    visiblePlaces: places.filter((p) => inRegion(p.iso3)),
    scopeLabel:
      region === 'world' ? `in the world (${scope.length})` : `in ${REGION_LABEL[region]} (${scope.length})`,
  };
}

export interface YearPair {
  changes: CountryChange[];
  classes: ReadonlyMap<string, MapClass>;
}

/**
 * Each (from, to) pair of reports computed once, so scrubbing back and forth through the years recolours the map
 * from memory; the same pair always yields the same objects.
 */
export function yearPairs(index: CoreIndex, allIso3: readonly string[], mode: MapMode) {
  const cache = new Map<string, YearPair>();
  return (from: number | null, to: number): YearPair => {
    const key = `${from}:${to}`;
    let hit = cache.get(key);
    if (!hit) {
      const list = changesBetween(index, from, to, allIso3);
      hit = {
        changes: list,
        classes: new Map(list.map((c) => [c.iso3, mode === 'tiers' ? c.to : c.change])),
      };
      cache.set(key, hit);
    }
    return hit;
  };
}

/** The report shown: the state's, or the latest in the data when it names none the data has. */
export const resolveReportYear = (index: CoreIndex, reportYear: number | null): number =>
  reportYear !== null && index.coverage.has(reportYear) ? reportYear : index.latestReportYear;

/** The report a year is compared with: the chosen baseline in Changes mode, else the report before. */
export const baseYearFor = (
  index: CoreIndex,
  state: Pick<MapViewState, 'mode' | 'fromYear'>,
  year: number,
) =>
  state.mode === 'changes' ? effectiveFromYear(index, year, state.fromYear) : previousReportYear(index, year);

export const mapSubtitle = (mode: MapMode, baseYear: number | null, year: number): string =>
  mode === 'changes' && baseYear !== null
    ? `From the ${baseYear} report to the ${year} report (April ${baseYear - 1} – March ${year})`
    : reportLabel(year);

export interface MapModel extends MapScope {
  mode: MapMode;
  region: RegionPreset;
  title: string;
  subtitle: string;
  toYear: number;
  baseYear: number | null;
  coverage: ReturnType<typeof yearCoverage>;
  /** The coverage note of a report whose sources list only some tiers. */
  coverageNote: string | undefined;
  /** Every country's change between the two reports, and its class on the map. */
  changes: readonly CountryChange[];
  classes: ReadonlyMap<string, MapClass>;
  changeByIso3: ReadonlyMap<string, CountryChange>;
  /** The changes of the countries in scope: what the table lists. */
  scopeChanges: readonly CountryChange[];
  /** Countries in scope that moved up or down: the movers table. */
  movers: readonly CountryChange[];
  /** Watch List runs of two reports or more (all countries, for the outline), and those in scope (the list). */
  runs: readonly WatchListRun[];
  scopeRuns: readonly WatchListRun[];
  streaks: ReadonlyMap<string, number>;
  /** Outlined on the map in Changes mode: Watch List in consecutive reports. */
  outlined: ReadonlySet<string> | null;
  legendItems: readonly LegendItem[];
  /** Countries in scope whose move cannot be told between the two reports, and why; null when none. */
  notComparable: NotComparableSummary | null;
  /** Countries in scope the report shown knows only as "Tier 1 or 2". */
  tierOneOrTwo: number;
  yearMarks: readonly YearMark[];
  /** The country whose panel is open (outlined on the map and named in the export). */
  country: string | null;
}

/**
 * The map view's model. `scope` and `pairs` may be passed in, memoised by the caller, so that a year change only
 * computes what depends on the year.
 */
export function mapModel(
  data: MapData,
  state: MapViewState,
  scope: MapScope = mapScope(data, state.region),
  pairs: ReturnType<typeof yearPairs> = yearPairs(data.index, scope.allIso3, state.mode),
): MapModel {
  const { index } = data;
  const { mode, region } = state;
  const toYear = resolveReportYear(index, state.reportYear);
  const baseYear = baseYearFor(index, state, toYear);
  const { changes, classes } = pairs(baseYear, toYear);
  const scopeSet = new Set(scope.scope);
  const scopeChanges = changes.filter((c) => scopeSet.has(c.iso3));
  const runs = watchListRuns(index, toYear, scope.allIso3);
  const members = scope.members;
  const legendItems = legendItemsFor({
    mode,
    scopeChanges,
    fromYear: baseYear,
    toYear,
    alwaysListed: ALWAYS_LISTED,
  });
  const notComparable = baseYear === null ? null : notComparableSummary(scopeChanges, baseYear, toYear);
  return {
    ...scope,
    mode,
    region,
    title: MAP_TITLE[mode],
    subtitle: mapSubtitle(mode, baseYear, toYear),
    toYear,
    baseYear,
    coverage: yearCoverage(index, toYear),
    coverageNote: index.coverage.get(toYear)?.note,
    changes,
    classes,
    changeByIso3: new Map(changes.map((c) => [c.iso3, c])),
    scopeChanges,
    movers: scopeChanges.filter((c) => c.change === 'upgraded' || c.change === 'downgraded'),
    runs,
    scopeRuns: members ? runs.filter((r) => members.has(r.iso3)) : runs,
    streaks: new Map(runs.map((r) => [r.iso3, r.streak])),
    outlined: mode === 'changes' ? new Set(runs.map((r) => r.iso3)) : null,
    legendItems,
    notComparable: notComparable && notComparable.count > 0 ? notComparable : null,
    tierOneOrTwo: scopeChanges.filter((c) => c.to === 'Tier 1 or 2').length,
    yearMarks: index.reportYears.map((y) => ({ reportYear: y, status: index.coverage.get(y)!.status })),
    country: state.country,
  };
}

/** What the map says about one country to a screen reader: its class and the reports compared. */
export function describeCountry(model: MapModel, index: CoreIndex, iso3: string): string {
  const c = model.changeByIso3.get(iso3);
  if (!c) return countryName(index, iso3);
  if (model.mode === 'changes')
    return `${c.name}: ${CHANGE_LABEL[c.change]}, ${TIER_CLASS_LABEL[c.from]} in the ${model.baseYear ?? '–'} report, ${TIER_CLASS_LABEL[c.to]} in the ${model.toYear} report`;
  return `${c.name}: ${TIER_CLASS_LABEL[c.to]}, ${model.toYear} report`;
}

/** What the map's tooltip says about one country (MapTooltip). */
export interface TooltipModel {
  iso3: string;
  name: string;
  mode: MapMode;
  toYear: number;
  fromYear: number | null;
  to: TierClass;
  from: TierClass;
  change: ChangeClass;
  /** Consecutive reports on the Watch List ending with `toYear`. */
  streak: number;
  /** How the `toYear` tier was inferred, in words; null when a source states it. */
  toInferred?: string | null;
}

/** What the tooltip says about one country (null for a country without a tier on this map). */
export function tooltipModelFor(model: MapModel, iso3: string): TooltipModel | null {
  const c = model.changeByIso3.get(iso3);
  if (!c) return null;
  return {
    iso3,
    name: c.name,
    mode: model.mode,
    toYear: model.toYear,
    fromYear: model.baseYear,
    to: c.to,
    from: c.from,
    change: c.change,
    streak: model.streaks.get(iso3) ?? 0,
    toInferred: c.toInferred ?? null,
  };
}
