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
  // The frame that holds the picture is produced after this callback; the task after it runs once it is painted.
  const afterFrame = () =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        capturePictureShapes();
        start();
      }, 0),
    );
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
