import { WIDE_LAYOUT_MIN } from './mapConstants';

/** The widths of the map's page and frame (the frame is what the countries are projected into). */
export interface MapBoxes {
  pageWidth: number;
  frameWidth: number;
}

/**
 * The widths the map's page and frame will have, measured before the map is first drawn: the page's outer boxes
 * (the app, its main, the map's section, page, body, main column and frame, with their own classes, so the same
 * CSS lays them out) are put into `root` without content, measured and taken out again, in the same task. The
 * document is nearly empty then, so that layout is small; the map is then drawn in its first render at its real
 * width, with no layout forced inside that commit (the forced layout, a second render and the effects that came
 * with it were ~55 ms of a shared map link's ~500 on the 2-core bench machine). A guess that turns out wrong (the
 * markup changed) costs what measuring did before: the frame's ResizeObserver reports the real width and the map
 * is drawn again before the paint. Null where nothing is laid out (no document: the build's pre-render; jsdom).
 */
export function measureMapBoxes(): MapBoxes | null {
  if (typeof document === 'undefined') return null;
  // The app's container (boot.tsx renders into it): the boxes sit where the page will.
  const root = document.getElementById('root');
  if (!root) return null;
  const box = (tag: string, className: string, parent: HTMLElement) => {
    const el = document.createElement(tag);
    if (className) el.className = className;
    parent.append(el);
    return el;
  };
  const app = document.createElement('div');
  app.className = 'app';
  app.setAttribute('aria-hidden', 'true');
  app.style.visibility = 'hidden';
  const section = box('section', 'map-view', box('main', '', app));
  const page = box('div', 'map-page', section);
  const frame = box('div', 'map-frame', box('div', 'map-main', box('div', 'map-body', page)));
  root.append(app);
  try {
    const pageWidth = Math.floor(page.getBoundingClientRect().width);
    if (pageWidth >= WIDE_LAYOUT_MIN) page.classList.add('is-wide');
    const frameWidth = Math.floor(frame.getBoundingClientRect().width);
    return pageWidth > 0 && frameWidth > 0 ? { pageWidth, frameWidth } : null;
  } finally {
    app.remove();
  }
}
