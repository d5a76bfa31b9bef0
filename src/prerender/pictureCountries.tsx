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
} from '../features/map/mapConstants';
import { joinFeatures, smallPlaces, type WorldFeature } from '../features/map/mapGeometry';
import { describeCountry, mapModel, tooltipModelFor, type MapData } from '../features/map/mapModel';
import { TooltipLines } from '../features/map/MapTooltip';
import { indexCore } from '../shared/datasetSelectors';
import { compareText } from '../data/englishText';
import { DEFAULT_STATE } from '../state/urlState';
import { REGIONS, type CoreDataset } from '../data/schema';

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

export function pictureCountries(core: CoreDataset, world: readonly WorldFeature[]): PictureCountries {
  const index = indexCore(core);
  const features = joinFeatures(index, world);
  const data: MapData = { core, index, features, places: smallPlaces(index, features) };
  const { reportYear, fromYear, mode, region, country } = DEFAULT_STATE;
  const model = mapModel(data, { reportYear, fromYear, mode, region, country });
  const countries: PictureCountry[] = [];
  const nameOf = (iso3: string) => index.countries.get(iso3)?.name ?? iso3;
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

/** The list as the text of a `<script type="application/json">`: no `<` that could close the element. */
export const pictureCountriesScript = (list: PictureCountries): string =>
  JSON.stringify(list).replace(/</g, '\\u003c');
