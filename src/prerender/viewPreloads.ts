import type { DATASET_FILES } from '../data/schema';
import type { View } from '../state/urlState';

/**
 * What a link to a view other than the map needs before it can draw, beyond the app's own code and core.json: the
 * view's module (the one ViewContent.tsx loads on demand) and the data files the view fetches. The build hands both,
 * as files, to the page's guard script, which starts downloading them with the page for a link to that view
 * (`?view=trends`), instead of after the app's code has run and asked for the view, and after the view's code has
 * run and asked for its data: two round trips fewer before the chart. Checked against what each view really
 * fetches by tests/e2e/prerender.spec.ts.
 */
export const VIEW_PRELOADS: Record<
  Exclude<View, 'map'>,
  { module: string; data: readonly (typeof DATASET_FILES)[keyof typeof DATASET_FILES][] }
> = {
  trends: { module: 'src/features/trends/TrendsView.tsx', data: ['unodc.json', 'facts.json'] },
  compare: { module: 'src/features/compare/CompareView.tsx', data: ['unodc.json', 'facts.json'] },
  sources: { module: 'src/features/sources/SourcesView.tsx', data: ['facts.json'] },
};

/** The data file every view reads, which the guard script fetches with the app's code (or after the picture). */
export const CORE_FILE: (typeof DATASET_FILES)['core'] = 'core.json';
