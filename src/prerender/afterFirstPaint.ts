import { useEffect, useState } from 'react';
import { handOffPrerender } from './handoff';
import { capturePictureShapes } from './pictureShapes';
import {
  APP_PAINTED_ATTRIBUTE,
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

/**
 * Whether a view other than the map may start: at once, unless the guard script is waiting for the app's first
 * frame to ask for that view's code and data (a link with no picture, until it marks <html> with
 * `APP_PAINTED_ATTRIBUTE`). Without the guard (the dev server, tests) there is nothing to wait for.
 */
export function appFramePainted(): boolean {
  // The build's pre-render (react-dom/server) has no document, and nothing to wait for.
  if (typeof document === 'undefined') return true;
  const html = document.documentElement;
  return !html.classList.contains(NO_PRERENDER_CLASS) || html.hasAttribute(APP_PAINTED_ATTRIBUTE);
}

/** How long a view waits for the guard's mark at most: a mark that never comes holds nothing back for long. */
export const APP_PAINTED_WAIT_MS = 2000;

/**
 * appFramePainted as state: false while the guard has yet to see the app's first frame, true from its mark on (or
 * after APP_PAINTED_WAIT_MS). ViewContent shows the linked view's heading and lede until then, so the first frame
 * is drawn from the app's own code alone, and the view's code and data are asked for once, together.
 */
export function useAppFramePainted(): boolean {
  const [painted, setPainted] = useState(appFramePainted);
  useEffect(() => {
    if (painted) return;
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      setPainted(true);
    };
    const observer = new MutationObserver(() => {
      if (appFramePainted()) done();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: [APP_PAINTED_ATTRIBUTE],
    });
    const timer = setTimeout(done, APP_PAINTED_WAIT_MS);
    // Marked between this render and this effect.
    if (appFramePainted()) done();
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
