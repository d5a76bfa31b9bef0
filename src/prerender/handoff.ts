import { PRERENDER_ELEMENT_ID } from './prerenderConstants';

/**
 * Removes the pre-rendered picture of the first view (index.html), once the app has drawn its own view or has
 * something else to show (another view, an error). Safe to call any number of times, and where there is none.
 */
export function handOffPrerender(): void {
  if (typeof document === 'undefined') return;
  document.getElementById(PRERENDER_ELEMENT_ID)?.remove();
}

/**
 * Whether the page holds the pre-rendered picture (main.tsx removes a picture CSS does not show before the app
 * starts, so "in the page" means "on screen"). While it is, the app keeps #root empty until it can draw the whole
 * first view in one commit, which also removes the picture: the two are never both in the page for a script to see.
 */
export function prerenderInPage(): boolean {
  return typeof document !== 'undefined' && document.getElementById(PRERENDER_ELEMENT_ID) !== null;
}
