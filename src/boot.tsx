/** Starts the app in #root (loaded by main.tsx once the page's first frame is painted). */
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { datasetQuery } from './data/loaders';
import { worldQuery } from './features/map/mapGeometry';
import { offerDrawnShapes } from './features/map/drawnShapes';
import { PRESENTER_PARAM } from './features/present/presentConstants';
import { pictureInPage } from './prerender/handoff';
import { APP_STARTED_ATTRIBUTE } from './prerender/prerenderConstants';
import { takePictureShapes } from './prerender/pictureShapes';
import { startFromUrl } from './state/useUrlSync';
import { useViewStore } from './state/viewStore';

// "Presenter view" opens this page again with ?presenter: that window shows the presenter's notes, not the app.
const PresenterView = lazy(() => import('./features/present/presenter/PresenterView'));
const isPresenter = new URLSearchParams(window.location.search).has(PRESENTER_PARAM);

// The page's guard script (src/prerender/prerender-guard.js) reports a start failure only while this is unset;
// a report it made too early (a slow network) is taken back.
document.documentElement.setAttribute(APP_STARTED_ATTRIBUTE, 'true');
document.getElementById('app-failed')?.remove();

// The first render is of the view the link asks for (useUrlSync, once mounted, says what it dropped and reads the link
// again only if it changed since): a Trends link never starts as the map, nor fetches the map's geometry.
startFromUrl();

// The first live map reuses the country outlines the build drew into the page's picture, if they fit its box
// (without a picture, a map link's were drawn while this code downloaded: mapEarly.ts).
offerDrawnShapes(takePictureShapes());

// 'offlineFirst': a data file requested while offline is tried and fails with the error-and-retry state,
// instead of react-query's default of waiting silently ("Loading…" for ever) until the network returns.
const queryClient = new QueryClient({ defaultOptions: { queries: { networkMode: 'offlineFirst' } } });

// The first view's data is asked for now, as this code runs, not by the first render's effects: core.json (every
// view reads it) and, for a map link, the world geometry. Both were preloaded with the page; their checks run while
// React starts, not one render and one effects pass after it.
const mapFirst = !isPresenter && useViewStore.getState().view === 'map';
const firstData = isPresenter
  ? []
  : [
      queryClient.prefetchQuery(datasetQuery('core')),
      ...(mapFirst ? [queryClient.prefetchQuery(worldQuery)] : []),
    ];

function start(): void {
  createRoot(document.getElementById('root')!, {
    // An error a boundary has caught is handled and explained on screen (ViewErrorBoundary): a warning, not an error.
    onCaughtError: (error, info) =>
      console.warn('Handled by an error boundary:', error, info.componentStack ?? ''),
  }).render(
    <StrictMode>
      {isPresenter ? (
        <Suspense fallback={null}>
          <PresenterView />
        </Suspense>
      ) : (
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      )}
    </StrictMode>,
  );
}

// A map link with no picture draws nothing until its data and geometry are in (App: the page appears whole), so its
// first render waits for them here: that render is then the whole page, with no empty render and effects pass before
// it. Failed, they are errors in the cache, which the view shows as it does any failed load. Under the picture the
// first draw is a background render in slices (App), and every other view draws its frame at once.
if (mapFirst && !pictureInPage()) void Promise.all(firstData).then(start);
else start();
