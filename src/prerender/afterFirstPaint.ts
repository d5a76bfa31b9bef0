import { handOffPrerender } from './handoff';
import { capturePictureShapes } from './pictureShapes';
import {
  NO_PRERENDER_CLASS,
  PICTURE_PAINTED_ATTRIBUTE,
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
 * Runs `start` (the app's code) once the pre-rendered picture is on screen, so evaluating the app's JavaScript never
 * holds back its frame: when the guard script marks <html> (`PICTURE_PAINTED_ATTRIBUTE`, at the moment it asks for
 * the map's data; prerender-guard.js says how it knows); at once when the page shows no picture (another view's
 * link, a tablet, the dev server, a picture that did not come), after removing the empty picture element.
 */
export function afterFirstPaint(start: () => unknown): void {
  const withoutPicture = () => {
    handOffPrerender();
    start();
  };
  const html = document.documentElement;
  const painted = () => html.hasAttribute(PICTURE_PAINTED_ATTRIBUTE);
  const withPicture = () => {
    capturePictureShapes();
    start();
  };
  if (!pictureShown()) return withoutPicture();
  if (painted()) return withPicture();
  // The picture is on its way (its file, its fonts, its frame): so is the app, until it is on screen; or at once if
  // the guard gives the picture up after all (it hides it).
  const observer = new MutationObserver(() => {
    if (painted()) {
      observer.disconnect();
      withPicture();
    } else if (!pictureShown()) {
      observer.disconnect();
      withoutPicture();
    }
  });
  observer.observe(html, { attributes: true, attributeFilter: ['class', PICTURE_PAINTED_ATTRIBUTE] });
}
