import { lazy, useEffect, useState, type ComponentType, type LazyExoticComponent } from 'react';
import type { View } from './state/urlState';
import { MapView } from './features/map/MapView';
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
 * Downloads the other views' code once the first view is on screen, in idle moments: the first load stays small,
 * and the views still open after the network is cut. One view per idle moment: starting all three in one callback
 * (each adds its chunks' and stylesheets' links to the page) was one task of ~55 ms on a phone.
 */
export function usePrefetchViews(ready: boolean, alsoPrefetch?: () => Promise<unknown>): void {
  useEffect(() => {
    if (!ready) return;
    const loads: (() => Promise<unknown>)[] = [
      ...Object.values(VIEW_LOADERS),
      ...(alsoPrefetch ? [alsoPrefetch] : []),
    ];
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

function ViewSwitch({ view }: { view: View }) {
  if (view === 'map') return <MapView />;
  const Lazy = lazyView(view);
  return <Lazy />;
}

/** The one place that maps a view name to its component: the app and presentation mode both use it. */
export function ViewContent({ view }: { view: View }) {
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
}
