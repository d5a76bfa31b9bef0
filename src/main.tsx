/**
 * The page's entry: the first view's styles (so index.html's pre-rendered picture is styled by its one stylesheet),
 * then the app itself, loaded once the picture has been painted (see src/prerender/README.md).
 */
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import './styles.css';
import './tables.css';
import './features/map/map.css';
import './features/map/map-side.css';
import './shared/export/exportButton.css';
// The embed bar's few rules (also imported by embed.tsx): here they join the inlined stylesheet instead of making the
// first-load code a stylesheet of its own, one request before any view is drawn.
import './shared/export/embed.css';
import './features/present/present.css';
import worldAtlasUrl from 'world-atlas/countries-110m.json?url';
import { dataUrl, fetchEarly } from './data/dataFetch';
import { PRESENTER_PARAM } from './features/present/presentConstants';
import { afterFirstPaint, pictureShown } from './prerender/afterFirstPaint';

afterFirstPaint(() => {
  // The first view's data (core.json; for a map link, the world geometry too) is read while the app's code
  // downloads and compiles: the loaders take it over (src/data/dataFetch.ts). A presenter window reads none.
  const params = new URLSearchParams(window.location.search);
  if (!params.has(PRESENTER_PARAM)) {
    const view = params.get('view');
    fetchEarly([dataUrl('core'), ...(view === null || view === 'map' ? [worldAtlasUrl] : [])]);
    // Without a picture, a map link's outlines are drawn while the app's code downloads (mapEarly.ts): a chunk the
    // app's code imports anyway, so asking for it here costs nothing more.
    if (!pictureShown())
      void import('./features/map/mapEarly').then(
        (early) => early.drawMapEarly(),
        () => undefined,
      );
  }
  return import('./boot');
});
