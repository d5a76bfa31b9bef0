/**
 * Build-time entry (loaded by scripts/build-app.ts through Vite's SSR loader, never shipped to the browser):
 * renders the app's default view — the latest report's tier map — to static HTML with the same components, the
 * same data and the same CSS as the app, so index.html can paint the map before any JavaScript has run.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { App } from '../App';
import { coreDatasetSchema } from '../data/schema';
import { WORLD_QUERY_KEY, worldFeatures, type WorldTopology } from '../features/map/mapGeometry';
import { DATASET_QUERY_KEY } from '../data/loaders';
import { PrerenderContext, type PrerenderLayout } from './PrerenderContext';
import { PRERENDER_ID_PREFIX, PRERENDER_LAYOUT } from './prerenderConstants';
import { prefixIds } from './prerenderHtml';
import { indexCore } from '../shared/datasetSelectors';
import { pictureCountries, pictureCountriesScript, pictureYears } from './pictureCountries';
import { useViewStore } from '../state/viewStore';
import { REGION_PRESETS, type RegionPreset } from '../state/urlState';

export interface FirstView {
  /** The app's markup for the default view, every id prefixed (see prefixIds). */
  html: string;
  /** The report year the picture shows: the latest in the data. */
  reportYear: number;
}

export function renderFirstView(
  coreJson: unknown,
  topology: WorldTopology,
  layout: PrerenderLayout = PRERENDER_LAYOUT,
  /** Prefix of every id in the picture; each picture in the page has its own. */
  idPrefix: string = PRERENDER_ID_PREFIX,
  /** The region of the latest report's tier map drawn (a phone's pictures for shared links; README.md). */
  region: RegionPreset = 'world',
): FirstView {
  // The same schema the app reads core.json with: a broken file fails the build here, naming the problem.
  const core = coreDatasetSchema.parse(coreJson);
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(DATASET_QUERY_KEY('core'), core);
  client.setQueryData(WORLD_QUERY_KEY, worldFeatures(topology));
  // A server render reads the view store's initial state (zustand's server snapshot), not its current one: the
  // region is set on that state for this render only.
  const initial = useViewStore.getInitialState();
  const before = initial.region;
  initial.region = region;
  let html: string;
  try {
    html = renderToStaticMarkup(
      <QueryClientProvider client={client}>
        <PrerenderContext.Provider value={layout}>
          <App />
        </PrerenderContext.Provider>
      </QueryClientProvider>,
    );
  } finally {
    initial.region = before;
  }
  // A component that throws under a Suspense boundary is rendered as that boundary's fallback, silently: a picture
  // without its map (a hook reading `document` did, once) must stop the build rather than ship.
  if (!html.includes('data-prerendered="true"'))
    throw new Error(
      'the pre-rendered first view holds no map (a component failed while rendering it on the server; its error is ' +
        'caught by a Suspense boundary, which shows its fallback instead). Render <App /> with react-dom/server to see it',
    );
  return { html: prefixIds(html, idPrefix), reportYear: indexCore(core).latestReportYear };
}

/** The picture's countries for picture-input.js, as the text of its JSON script element (pictureCountries.tsx). */
export function renderPictureCountries(
  coreJson: unknown,
  topology: WorldTopology,
  region: RegionPreset = 'world',
): string {
  return pictureCountriesScript(
    pictureCountries(coreDatasetSchema.parse(coreJson), worldFeatures(topology), region),
  );
}

/**
 * For every report but the latest: what turns a phone picture into that report's (pictureCountries.tsx), as the
 * JSON text of its file.
 */
export function renderPictureYears(
  coreJson: unknown,
  topology: WorldTopology,
): [year: number, json: string][] {
  return pictureYears(coreDatasetSchema.parse(coreJson), worldFeatures(topology)).map((year) => [
    year.year,
    pictureCountriesScript(year),
  ]);
}

/** Every region a map link may ask for, the world first. */
export const regionPresets: readonly RegionPreset[] = REGION_PRESETS;
