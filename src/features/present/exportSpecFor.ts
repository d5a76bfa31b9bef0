/**
 * One export contract: the spec of any view, drawn from its state and the data alone — never from whatever is on
 * screen. The Export dialog's views, presentation and the pack ZIP can all draw a slide from a stored state with it,
 * without switching the live page. The frame applies the theme (white, transparent, dark, projector) when it draws.
 */
import type { QueryClient } from '@tanstack/react-query';
import { DATASET_QUERY_KEY, fetchDataset } from '../../data/loaders';
import type { CoreDataset, DatasetFileKey, FactsDataset, UnodcDataset } from '../../data/schema';
import { indexCore } from '../../shared/datasetSelectors';
import { viewLink } from '../../shared/export/viewLink';
import type { ExportSpec } from '../../shared/export/exportTypes';
import type { ViewState } from '../../state/urlState';
import { compareExportSpec, compareTiersExportSpec } from '../compare';
import { joinFeatures, mapExportSpecFor, mapModel, smallPlaces, worldQuery, type WorldFeature } from '../map';
import { sourcesExportSpec } from '../sources';
import { globalTrendsExportSpec, trendsExportSpec } from '../trends';

export interface Datasets {
  core: CoreDataset;
  unodc?: UnodcDataset;
  facts?: FactsDataset;
  world?: readonly WorldFeature[];
}

type Size = { width: number; height: number };

/** Which files a view's export needs besides core.json. */
export function needs(state: ViewState): { unodc: boolean; facts: boolean; world: boolean } {
  const countries =
    state.view === 'trends' || (state.view === 'compare' && state.compareShow !== 'tiers')
      ? state.countries.length > 0
      : false;
  return { unodc: countries, facts: countries, world: state.view === 'map' };
}

export interface SpecOptions {
  /**
   * Map slides name countries: the selected and compared ones, and at region zoom every country large enough to hold
   * its name (never colliding). Off for the Export dialog's images, which stay as the view shows them.
   */
  labels?: boolean;
}

/**
 * The export spec of the view a state describes, as its Export button gives it (Trends: the countries' chart, or the
 * worldwide panels when none is picked); null when the view has nothing to draw (Compare with fewer than two
 * countries) or the data it needs is missing. The link baked in keeps only the parameters of the view it shows, as the
 * Export button's does (a map slide carries no `countries=`).
 */
export function exportSpecFor(
  state: ViewState,
  data: Datasets,
  size: Size,
  address: string,
  options: SpecOptions = {},
): ExportSpec | null {
  const { core, unodc, facts } = data;
  const link = viewLink(address);
  switch (state.view) {
    case 'map': {
      if (!data.world) return null;
      const index = indexCore(core);
      const features = joinFeatures(index, data.world);
      const mapData = { core, index, features, places: smallPlaces(index, features) };
      const must = [...new Set([state.country, ...state.countries])].filter(
        (c): c is string => c !== null && index.countries.has(c),
      );
      const labels = options.labels ? { must, fitting: state.region !== 'world' } : null;
      return mapExportSpecFor(mapData, mapModel(mapData, state), size, link, labels);
    }
    case 'trends':
      if (state.countries.length === 0)
        return globalTrendsExportSpec({ core, scale: state.scale, viewSize: size, link });
      if (!unodc || !facts) return null;
      return trendsExportSpec({
        core,
        unodc,
        facts,
        countries: state.countries,
        metric: state.metric,
        scale: state.scale,
        viewSize: size,
        link,
      });
    case 'compare': {
      const index = indexCore(core);
      const shown = state.countries.filter((c) => index.countries.has(c));
      if (shown.length < 2) return null;
      // The tier history alone needs only core.json, and holds up to six countries.
      if (state.compareShow === 'tiers')
        return compareTiersExportSpec({
          core,
          countries: state.countries,
          reportYear: state.reportYear,
          viewSize: size,
          link,
        });
      if (!unodc || !facts) return null;
      return compareExportSpec({
        core,
        unodc,
        facts,
        countries: state.countries,
        scale: state.scale,
        compareScale: state.compareScale,
        reportYear: state.reportYear,
        viewSize: size,
        link,
      });
    }
    case 'sources':
      return sourcesExportSpec({ core, viewSize: size, link });
  }
}

/** Loads (or takes from the app's cache) the files a state's export needs. */
export async function loadDatasetsFor(client: QueryClient, state: ViewState): Promise<Datasets> {
  const file = <K extends DatasetFileKey>(key: K) =>
    client.ensureQueryData({
      queryKey: DATASET_QUERY_KEY(key),
      queryFn: () => fetchDataset(key),
      staleTime: Infinity,
    });
  const need = needs(state);
  const [core, unodc, facts, world] = await Promise.all([
    file('core'),
    need.unodc ? file('unodc') : undefined,
    need.facts ? file('facts') : undefined,
    need.world ? client.ensureQueryData(worldQuery) : undefined,
  ]);
  return { core, unodc, facts, world };
}
