import { lazy, Suspense, useDeferredValue, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { currencyLine } from './data/currency';
import { useCore, useDataset } from './data/loaders';
import { countryName, indexCore } from './shared/datasetSelectors';
import { Notices } from './shared/Notices';
import { useUrlSync } from './state/useUrlSync';
import { VIEWS } from './state/urlState';
import { useViewStore } from './state/viewStore';
import { usePrefetchViews, VIEW_LABEL, ViewContent } from './ViewContent';
import { BriefingControls, PACK_PREFETCH, usePackHydration } from './features/present/BriefingControls';
import { usePackStore } from './features/present/packStore';
import { useQueryClient } from '@tanstack/react-query';
import { useWorldFeaturesWhile, worldQuery } from './features/map/mapGeometry';
import { handOffPrerender, pictureInPage } from './prerender/handoff';
import { EmbedBar, isEmbed } from './shared/export/embed';

/** Presenting the pack: its code loads when a presentation starts, not with the first view. */
const PresentMode = lazy(() =>
  import('./features/present/PresentMode').then((m) => ({ default: m.PresentMode })),
);

/** `?embed=1`: the view without the app's header and navigation, for an iframe (shared/export/embed.tsx). */
const EMBED = isEmbed();

/** Drops link parameters that name countries or years the dataset does not have, with a notice. */
function useValidateAgainstData() {
  const core = useCore();
  useEffect(() => {
    if (!core.data) return;
    const index = indexCore(core.data);
    const s = useViewStore.getState();
    const notices: string[] = [];
    const patch: Parameters<typeof s.set>[0] = {};
    const unknown = s.countries.filter((c) => !index.countries.has(c));
    if (unknown.length > 0) {
      patch.countries = s.countries.filter((c) => index.countries.has(c));
      notices.push(`The link's countries ${unknown.join(', ')} are not in the dataset; they were ignored.`);
    }
    if (s.country && !index.countries.has(s.country)) {
      patch.country = null;
      notices.push(`The link's country ${s.country} is not in the dataset; it was ignored.`);
    }
    for (const key of ['reportYear', 'fromYear'] as const) {
      const y = s[key];
      if (y !== null && !index.coverage.has(y)) {
        patch[key] = null;
        notices.push(
          `The link's ${key === 'reportYear' ? 'year' : 'from year'} ${y} has no TIP report in the data (${index.reportYears[0]}–${index.latestReportYear}); it was ignored.`,
        );
      }
    }
    if (notices.length > 0) {
      notices.forEach((n) => console.warn(n));
      s.set(patch);
      s.notify(notices);
    }
  }, [core.data]);
}

export function App() {
  useUrlSync();
  useValidateAgainstData();
  const core = useCore();
  const view = useViewStore((s) => s.view);
  const presenting = usePackStore((s) => s.presenting !== null);
  // The map's geometry is fetched for the map; a link to another view warms it with the other views' code.
  const world = useWorldFeaturesWhile(view === 'map' && !presenting);
  const queryClient = useQueryClient();
  // The other views' code downloads only once the first view has what it is drawn from (the map: its data and
  // geometry; Trends and Compare: the countries' and the documents' files; Sources: the documents'), so it never
  // competes with that view for the network or the main thread (on a phone, a view's code is a task of ~50 ms).
  // Observed here, not fetched: the view asks for its own files.
  const unodc = useDataset('unodc', false);
  const facts = useDataset('facts', false);
  const viewDataIn =
    view === 'map' ? world.isSuccess : !facts.isPending && (view === 'sources' || !unodc.isPending);
  const index = core.data ? indexCore(core.data) : null;
  const currency = currencyLine(core.data?.currency);
  const setState = useViewStore((s) => s.set);

  useEffect(() => {
    document.title = `${VIEW_LABEL[view]} · TIP Atlas`;
  }, [view]);
  // index.html's still picture of the map (src/prerender): while it is in the page, draw nothing until the map's
  // data and geometry are first in (or have failed), so the first commit is the whole view; that commit removes the
  // picture before it is painted, and there is no moment with two copies of the page. A map link without a picture
  // (another year or region, a tablet) waits the same way, so the page appears whole instead of a header and a
  // loading line that the map then pushes down (layout shift 0.13). Only the first load waits (a later refetch,
  // Retry, shows its own loading state); any other screen draws at once.
  const otherScreen = presenting || view !== 'map';
  // A ref, not state: it clears once the first view is drawn and is read only by the renders after, so clearing it
  // needs no render of its own (as state, the whole page rendered again in the task after the first paint).
  const firstLoad = useRef(true);
  const dataPending = firstLoad.current && !otherScreen && (core.isPending || world.isPending);
  // Under the picture, whose map already answers the pointer and the keys (picture-input.js), the first draw of the
  // view is rendered in the background, in slices the browser can interleave with that input, rather than in one
  // task of 100-250 ms on a phone; without a picture there is nothing on screen to answer, so it is drawn at once.
  // The first render under the picture waits (initial value true) even when the data is already in, as it now
  // usually is (main.tsx reads it while the app's code downloads): rendered at once, the view was one long task
  // again (Lighthouse mobile: blocking time 823 ms on the default view, from 303).
  const [underPicture] = useState(pictureInPage);
  // Without a picture the deferred value is not read, and is given no initial value: with one (even the value
  // itself), React renders the whole page again in the background after the first paint to bring it up to date.
  const dataPendingDeferred = useDeferredValue(dataPending, underPicture ? true : undefined);
  const waiting = underPicture ? dataPendingDeferred : dataPending;
  useLayoutEffect(() => {
    if (!waiting) handOffPrerender();
  }, [waiting]);
  // After the paint, not in the commit: a state change in a layout effect re-renders the whole page at once, inside
  // the task that first draws it (the longest of the first load on a phone).
  useEffect(() => {
    if (!waiting) firstLoad.current = false;
  }, [waiting]);
  // The briefing pack is read once that first view is drawn, after its frame (BriefingControls.tsx).
  usePackHydration(!waiting);
  // And only once that view has been drawn (the effects after the commit of its first draw): under the picture, the
  // map's first draw is a background render whose slices leave idle moments.
  usePrefetchViews(core.isSuccess && viewDataIn && !waiting, [
    () => queryClient.prefetchQuery(worldQuery),
    ...PACK_PREFETCH,
  ]);
  if (waiting) return null;

  if (presenting)
    return (
      <Suspense fallback={null}>
        <PresentMode />
      </Suspense>
    );

  return (
    <div className={EMBED ? 'app app-embed' : 'app'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {EMBED && <EmbedBar />}
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">TIP Atlas</span>
          <span className="brand-tag">Trafficking in persons: tiers, victims, prosecutions, convictions</span>
        </div>
        <nav aria-label="Views">
          <ul className="nav-list">
            {VIEWS.map((v) => (
              <li key={v}>
                <a
                  href={`?view=${v}`}
                  aria-current={view === v ? 'page' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    setState({ view: v });
                  }}
                >
                  {VIEW_LABEL[v]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <BriefingControls
          latestReportYear={index ? index.latestReportYear : null}
          nameOf={index ? (iso3) => countryName(index, iso3) : undefined}
        />
      </header>
      <Notices />
      <main id="main" tabIndex={-1}>
        <Suspense
          fallback={
            <div className="state state-loading" role="status">
              Loading view…
            </div>
          }
        >
          <ViewContent view={view} />
        </Suspense>
      </main>
      <footer className="app-footer">
        {currency && (
          <p data-testid="data-currency">
            <strong>What the atlas holds:</strong> {currency}.
          </p>
        )}
        <p>
          Tiers: U.S. Department of State, Trafficking in Persons Report (a report year is the June edition;
          it assesses April of the previous year to March). Counts: Source: UNODC, Global Report on
          Trafficking in Persons, and the TIP Report’s global law-enforcement data. See <em>Sources</em> for
          every citation.
        </p>
      </footer>
    </div>
  );
}
