/** The links a view's exports carry: only that view's parameters (kept small: the embed bar loads with the page). */
import { VIEWS, type View } from '../../state/urlState';

/**
 * The link parameters each view reads (src/state/urlState.ts names them). The address bar keeps the others, so
 * switching views back and forth loses nothing; a link baked into an image, a slide or a download holds only
 * these, so a map export does not carry `countries=…&metric=…` from an earlier visit to Trends.
 */
export const VIEW_LINK_PARAMS: Record<View, readonly string[]> = {
  map: ['view', 'year', 'mode', 'from', 'region', 'country'],
  trends: ['view', 'countries', 'metric', 'scale'],
  compare: ['view', 'year', 'countries', 'scale', 'cscale', 'show'],
  sources: ['view'],
};

/**
 * The address that reopens one view, from the address of the page: only that view's parameters (`from` only in
 * Changes mode), so the briefing pack (`pack=`) and other views' state stay out of an image of one view.
 */
export function viewLink(href: string): string {
  const url = new URL(href);
  const view = (VIEWS as readonly string[]).includes(url.searchParams.get('view') ?? '')
    ? (url.searchParams.get('view') as View)
    : 'map';
  const kept = new Set(VIEW_LINK_PARAMS[view]);
  if (view === 'map' && url.searchParams.get('mode') !== 'changes') kept.delete('from');
  for (const name of [...new Set(url.searchParams.keys())])
    if (!kept.has(name)) url.searchParams.delete(name);
  return url.toString().replace(/%2C/g, ',');
}

/** The address that reopens the view now on screen (viewLink of the page's address). */
export function currentLink(): string {
  if (typeof window === 'undefined') return '';
  return viewLink(window.location.href);
}
