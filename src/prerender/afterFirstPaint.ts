import { handOffPrerender } from './handoff';
import { PRERENDER_ELEMENT_ID } from './prerenderConstants';

/**
 * Runs `start` (the app's code) once the pre-rendered picture has been painted, so evaluating the app's JavaScript
 * never holds back the first frame; at once when the page shows no picture (another view's link, a narrow screen,
 * the dev server), after removing a picture that CSS hides (display: none) from the page.
 */
export function afterFirstPaint(start: () => unknown): void {
  const picture = document.getElementById(PRERENDER_ELEMENT_ID);
  const shown = picture !== null && picture.getClientRects().length > 0;
  if (!shown) {
    handOffPrerender();
    start();
    return;
  }
  // The frame that holds the picture is produced after this callback; the task after it runs once it is painted.
  requestAnimationFrame(() => setTimeout(start, 0));
}
