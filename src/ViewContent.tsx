import {
  lazy,
  memo,
  Suspense,
  useEffect,
  useState,
  type ComponentType,
  type LazyExoticComponent,
} from 'react';
import type { View } from './state/urlState';
import { MapView } from './features/map/MapView';
import { CompareFrame } from './features/compare/CompareFrame';
import { SourcesFrame } from './features/sources/SourcesFrame';
import { TrendsFrame } from './features/trends/TrendsFrame';
import { useAppFramePainted } from './prerender/afterFirstPaint';
import { LoadingState } from './shared/DataState';
import { ViewErrorBoundary } from './shared/ViewErrorBoundary';

type LazyView = Exclude<View, 'map'>;

// Views other than the map load on demand, keeping the first load small.
const VIEW_LOADERS: Record<LazyView, () => Promise<{ default: ComponentType }>> = {
  trends: () => import('./features/trends/TrendsView'),
  compare: () => import('./features/compare/CompareView'),
  sources: () => import('./features/sources/SourcesView'),
};

/** One lazy component per view; replaced after a failed download so that Retry downloads again. */
const lazyViews = new Map<LazyView, LazyExoticComponent<ComponentType>>();
const lazyView = (view: LazyView): LazyExoticComponent<ComponentType> => {
  let component = lazyViews.get(view);
  if (!component) {
    component = lazy(VIEW_LOADERS[view]);
    lazyViews.set(view, component);
  }
  return component;
};

/** Time to wait for an idle moment before warming the other views' code anyway. */
const PREFETCH_IDLE_TIMEOUT_MS = 3000;

/**
 * Downloads the other views' code, then `alsoPrefetch` (the map's geometry, the pack's dialogs), once the first
 * view has what it is drawn from (`ready`), in idle moments: the first load stays small, and the views and dialogs
 * still open after the network is cut. One per idle moment: starting all three views in one callback (each adds its
 * chunks' and stylesheets' links to the page) was one task of ~55 ms on a phone.
 */
export function usePrefetchViews(
  ready: boolean,
  alsoPrefetch: readonly (() => Promise<unknown>)[] = [],
): void {
  useEffect(() => {
    if (!ready) return;
    const loads: (() => Promise<unknown>)[] = [...Object.values(VIEW_LOADERS), ...alsoPrefetch];
    const idle = typeof window.requestIdleCallback === 'function';
    let id = 0;
    const next = () => {
      const load = loads.shift();
      if (!load) return;
      load().catch(() => undefined);
      schedule();
    };
    const schedule = () => {
      id = idle
        ? window.requestIdleCallback(next, { timeout: PREFETCH_IDLE_TIMEOUT_MS })
        : window.setTimeout(next, PREFETCH_IDLE_TIMEOUT_MS);
    };
    schedule();
    return () => (idle ? window.cancelIdleCallback(id) : window.clearTimeout(id));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- warmed once, when ready: a new closure changes nothing
  }, [ready]);
}

export const VIEW_LABEL: Record<View, string> = {
  map: 'Map',
  trends: 'Trends',
  compare: 'Compare',
  sources: 'Sources',
};

/**
 * What a view shows until its code has downloaded (on a link to it, until the app's first frame is on screen, too):
 * its own section, heading and lede (the view draws its content in the same frame), and a loading line. On a shared
 * Trends, Compare or Sources link the lede, the page's largest text, is painted with the app's first frame, and
 * nothing moves after.
 */
const VIEW_FRAMES: Record<LazyView, typeof TrendsFrame> = {
  trends: TrendsFrame,
  compare: CompareFrame,
  sources: SourcesFrame,
};

function ViewSwitch({ view }: { view: View }) {
  // A link to this view with no picture: the guard asks for its code and data once the app's first frame (this
  // fallback: the header, the heading and the lede) is on screen, and the view starts then too.
  const painted = useAppFramePainted();
  if (view === 'map') return <MapView />;
  const Frame = VIEW_FRAMES[view];
  const fallback = (
    <Frame>
      <LoadingState what={`the ${VIEW_LABEL[view]} view`} />
    </Frame>
  );
  if (!painted) return fallback;
  const Lazy = lazyView(view);
  return (
    <Suspense fallback={fallback}>
      <Lazy />
    </Suspense>
  );
}

/**
 * Memoised: the view reads what it draws from its own hooks, so the app's own re-renders (the world geometry's
 * fetch warming in the background, a notice) do not draw the view again (on a Trends link that was two renders of
 * every chart, 50-90 ms each, after the page was live).
 */
export const ViewContent = memo(function ViewContent({ view }: { view: View }) {
  const [attempt, setAttempt] = useState(0);
  return (
    <ViewErrorBoundary
      key={`${view}-${attempt}`}
      viewLabel={VIEW_LABEL[view]}
      onRetry={() => {
        if (view !== 'map') lazyViews.delete(view);
        setAttempt((a) => a + 1);
      }}
    >
      <ViewSwitch view={view} />
    </ViewErrorBoundary>
  );
});
