/**
 * Build-time only (entry.tsx): what the pre-rendered picture needs to answer the pointer and the keyboard before the
 * app's code runs (picture-input.js): the map's countries in its keyboard order, each with its region, its name, the
 * sentence a screen reader hears on it, and its tooltip's lines — all made by the app's own functions and components
 * from the same model as the live map's default view, so the picture says exactly what the live map will.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import {
  FOCUS_STROKE,
  FOCUS_WIDTH,
  HOVER_STROKE,
  HOVER_WIDTH,
  SELECTED_STROKE,
  SELECTED_WIDTH,
  TOOLTIP_OFFSET,
  TOOLTIP_WIDTH,
  TYPEAHEAD_RESET_MS,
  OUTSIDE_REGION_FILL,
  UNRATED_LAND_FILL,
} from '../features/map/mapConstants';
import { joinFeatures, smallPlaces, type WorldFeature } from '../features/map/mapGeometry';
import {
  describeCountry,
  mapModel,
  mapScope,
  tooltipModelFor,
  yearPairs,
  type MapData,
  type MapModel,
} from '../features/map/mapModel';
import { TooltipLines } from '../features/map/MapTooltip';
import { indexCore } from '../shared/datasetSelectors';
import { compareText } from '../data/englishText';
import { DEFAULT_STATE, type RegionPreset } from '../state/urlState';
import { REGIONS, type CoreDataset } from '../data/schema';
import { mapFill } from '../features/map/MapBackdrop';
import { prefixIds } from './prerenderHtml';
import { PRERENDER_PHONE_ID_PREFIX } from './prerenderConstants';

/** One country: ISO3, region, name, what a screen reader hears, the tooltip's lines (HTML). */
export type PictureCountry = [iso3: string, region: string, name: string, say: string, tooltipHtml: string];

export interface PictureCountries {
  /** The report year shown. */
  year: number;
  /** Outlines drawn over a country: [stroke, width], as the live map draws them. */
  hover: [string, number];
  focus: [string, number];
  selected: [string, number];
  tooltipOffset: number;
  tooltipWidth: number;
  typeaheadResetMs: number;
  /** Regions in the order Page Up and Page Down walk them. */
  regions: readonly string[];
  /** In the map's keyboard order (by region, then name). */
  countries: PictureCountry[];
  /** The same countries by name, as the keyboard's letters look them up (typeaheadMatch). */
  byName: string[];
}

function mapData(core: CoreDataset, world: readonly WorldFeature[]): MapData {
  const index = indexCore(core);
  const features = joinFeatures(index, world);
  return { core, index, features, places: smallPlaces(index, features) };
}

/** Each country of a map, in its keyboard order: what a screen reader hears on it and its tooltip's lines. */
function countryLines(data: MapData, model: MapModel): PictureCountry[] {
  const { index } = data;
  const countries: PictureCountry[] = [];
  for (const iso3 of model.order) {
    const tip = tooltipModelFor(model, iso3);
    if (!tip) continue;
    countries.push([
      iso3,
      index.countries.get(iso3)?.region ?? '',
      tip.name,
      describeCountry(model, index, iso3),
      renderToStaticMarkup(<TooltipLines model={tip} />),
    ]);
  }
  return countries;
}

/** The picture of the latest report's tier map of `region` (the world for the default link's). */
export function pictureCountries(
  core: CoreDataset,
  world: readonly WorldFeature[],
  region: RegionPreset = DEFAULT_STATE.region,
): PictureCountries {
  const data = mapData(core, world);
  const { index } = data;
  const { reportYear, fromYear, mode, country } = DEFAULT_STATE;
  const model = mapModel(data, { reportYear, fromYear, mode, region, country });
  const countries = countryLines(data, model);
  const nameOf = (iso3: string) => index.countries.get(iso3)?.name ?? iso3;
  return {
    year: model.toYear,
    hover: [HOVER_STROKE, HOVER_WIDTH],
    focus: [FOCUS_STROKE, FOCUS_WIDTH],
    selected: [SELECTED_STROKE, SELECTED_WIDTH],
    tooltipOffset: TOOLTIP_OFFSET,
    tooltipWidth: TOOLTIP_WIDTH,
    typeaheadResetMs: TYPEAHEAD_RESET_MS,
    regions: REGIONS,
    countries,
    byName: countries.map((c) => c[0]).sort((a, b) => compareText(nameOf(a), nameOf(b))),
  };
}

/**
 * What turns a phone picture of the latest report's tier map (of any region) into one of an earlier report, for a
 * shared link to that report (the guard script applies it before the picture is shown): the report's subtitle, each
 * country's class and what it says (from the app's own model and components, as the picture's own list), and each
 * class's fill. A country whose fill is not its class's (land no report rates, a country outside a region's box)
 * keeps the picture's.
 */
export interface PictureYear {
  year: number;
  subtitle: string;
  /** Each country's class in that report, as the live map's `data-class`. */
  classes: Record<string, string>;
  /** Each class's fill on the phone picture's map (its pattern ids prefixed as the picture's). */
  fills: Record<string, string>;
  /** Fills that say nothing of a class, kept as they are: unrated land, countries outside a region. */
  keep: string[];
  /** Per country: what a screen reader hears on it, its tooltip's lines (HTML). */
  lines: Record<string, [say: string, tooltipHtml: string]>;
}

/** Every report but the latest (the pictures'), oldest first: the data indexed and the world's scope made once. */
export function pictureYears(core: CoreDataset, world: readonly WorldFeature[]): PictureYear[] {
  const data = mapData(core, world);
  const { fromYear, mode, country } = DEFAULT_STATE;
  const scope = mapScope(data, 'world');
  const pairs = yearPairs(data.index, scope.allIso3, mode);
  return data.index.reportYears
    .filter((year) => year !== data.index.latestReportYear)
    .map((reportYear) => {
      const model = mapModel(data, { reportYear, fromYear, mode, region: 'world', country }, scope, pairs);
      const classes: Record<string, string> = {};
      const fills: Record<string, string> = {};
      for (const [iso3, cls] of model.classes) {
        classes[iso3] = cls;
        fills[cls] ??= prefixIds(mapFill(mode, cls, 'tm'), PRERENDER_PHONE_ID_PREFIX);
      }
      const lines: PictureYear['lines'] = {};
      for (const [iso3, , , say, tip] of countryLines(data, model)) lines[iso3] = [say, tip];
      return {
        year: model.toYear,
        subtitle: model.subtitle,
        classes,
        fills,
        keep: [UNRATED_LAND_FILL, OUTSIDE_REGION_FILL],
        lines,
      };
    });
}

/** The list as the text of a `<script type="application/json">`: no `<` that could close the element. */
export const pictureCountriesScript = (list: PictureCountries | PictureYear): string =>
  JSON.stringify(list).replace(/</g, '\\u003c');
