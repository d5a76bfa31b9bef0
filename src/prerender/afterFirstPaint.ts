import { handOffPrerender } from './handoff';
import { capturePictureShapes } from './pictureShapes';
import {
  FONTS_PENDING_CLASS,
  NO_PRERENDER_CLASS,
  PRERENDER_ELEMENT_ID,
  PRERENDER_MEDIA_QUERY,
} from './prerenderConstants';

/**
 * Whether the pre-rendered picture is on screen: in the page, not hidden by the guard script (a link with
 * parameters) nor by styles.css (a narrow screen). Read from the media query, not from layout, so that asking
 * forces no layout of the page before its first frame.
 */
export function pictureShown(): boolean {
  if (!document.getElementById(PRERENDER_ELEMENT_ID)) return false;
  if (document.documentElement.classList.contains(NO_PRERENDER_CLASS)) return false;
  return window.matchMedia(PRERENDER_MEDIA_QUERY).matches;
}

/**
 * Runs `start` (the app's code) once the pre-rendered picture has been painted, so evaluating the app's JavaScript
 * never holds back the first frame; at once when the page shows no picture (another view's link, a tablet, the dev
 * server, a picture that did not come), after removing the empty picture element from the page.
 */
export function afterFirstPaint(start: () => unknown): void {
  const withoutPicture = () => {
    handOffPrerender();
    start();
  };
  if (!pictureShown()) return withoutPicture();
  const afterFrame = () =>
    whenPainted(() => {
      capturePictureShapes();
      start();
    });
  const html = document.documentElement;
  if (!html.classList.contains(FONTS_PENDING_CLASS)) {
    afterFrame();
    return;
  }
  // The picture is on its way and waits for its fonts (the guard script): so does the app, until the picture has
  // been painted; or at once if the picture did not come after all (the guard then hides it).
  const observer = new MutationObserver(() => {
    if (html.classList.contains(FONTS_PENDING_CLASS)) return;
    observer.disconnect();
    if (pictureShown()) afterFrame();
    else withoutPicture();
  });
  observer.observe(html, { attributes: true, attributeFilter: ['class'] });
}

/**
 * Runs `then` once the picture's frame is on screen: in the task after the frame that follows it, so that frame has
 * been presented, not only produced (a request started before it is presented is counted by Lighthouse's simulation
 * as holding back the first paint: src/prerender/README.md). Frames, not the browser's paint timing: a page opened
 * in a background tab gets no first-contentful-paint entry at all, and would never start.
 */
export function whenPainted(then: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(then, 0)));
}
