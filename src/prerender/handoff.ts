import { PRERENDER_ELEMENT_ID } from './prerenderConstants';

/**
 * Removes the pre-rendered picture of the first view (index.html), once the app has drawn its own view or has
 * something else to show (another view, an error). Safe to call any number of times, and where there is none.
 */
export function handOffPrerender(): void {
  if (typeof document === 'undefined') return;
  document.getElementById(PRERENDER_ELEMENT_ID)?.remove();
}

/** Whether index.html's picture is still in the page (main.tsx removes it before the app starts when it is not shown). */
export function pictureInPage(): boolean {
  return typeof document !== 'undefined' && document.getElementById(PRERENDER_ELEMENT_ID) !== null;
}
