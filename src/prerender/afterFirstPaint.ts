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

/** How long after two frames whenPainted gives up waiting for a first-contentful-paint entry that may never come. */
export const PAINT_ENTRY_WAIT_MS = 100;

/**
 * Runs `then` once the picture's frame is on screen: when the browser reports its first contentful paint (it does
 * once that frame is presented), so no request the app makes is counted by Lighthouse's simulation as holding back
 * the first paint (src/prerender/README.md). A page that was ever in the background gets no such entry at all, so
 * frames decide too: two frames and `PAINT_ENTRY_WAIT_MS` later it runs regardless (at once after two frames where
 * there is no paint timing). Frames wait while a tab is hidden, and resume when it is shown.
 */
export function whenPainted(then: () => void): void {
  let done = false;
  let observer: PerformanceObserver | null = null;
  // Called in a task of its own: the observer's callback, or a timeout after the frames.
  const go = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    then();
  };
  const timing =
    typeof PerformanceObserver !== 'undefined' &&
    !!PerformanceObserver.supportedEntryTypes?.includes('paint');
  if (timing) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.name === 'first-contentful-paint')) go();
    });
    observer.observe({ type: 'paint', buffered: true });
  }
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(go, timing ? PAINT_ENTRY_WAIT_MS : 0)));
}
