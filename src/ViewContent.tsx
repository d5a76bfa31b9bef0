import { lazy } from 'react';
import type { View } from './state/urlState';
import { MapView } from './features/map/MapView';

// Views other than the map load on demand, keeping the first load small.
const TrendsView = lazy(() => import('./features/trends/TrendsView'));
const CompareView = lazy(() => import('./features/compare/CompareView'));
const SourcesView = lazy(() => import('./features/sources/SourcesView'));

export const VIEW_LABEL: Record<View, string> = {
  map: 'Map',
  trends: 'Trends',
  compare: 'Compare',
  sources: 'Sources',
};

/** The one place that maps a view name to its component: the app and presentation mode both use it. */
export function ViewContent({ view }: { view: View }) {
  switch (view) {
    case 'map':
      return <MapView />;
    case 'trends':
      return <TrendsView />;
    case 'compare':
      return <CompareView />;
    case 'sources':
      return <SourcesView />;
  }
}
