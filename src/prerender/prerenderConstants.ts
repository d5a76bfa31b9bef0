/** Everything the pre-rendered first view is measured against, in one place (see README.md). */

/** The element in index.html that holds the pre-rendered picture until the app takes over. */
export const PRERENDER_ELEMENT_ID = 'prerender';
/**
 * Screens on which the picture shows (styles.css hides it below): wide enough for the page's two-column layout
 * (WIDE_LAYOUT_MIN, 1100 px of page) with its 2 × 20 px padding and a 20 px margin for a classic scrollbar.
 */
export const PRERENDER_MEDIA_QUERY = '(min-width: 1160px)';
/** Class the guard script puts on <html> when the link asks for something other than the default view. */
export const NO_PRERENDER_CLASS = 'no-prerender';
/** Where the build writes the pre-rendered HTML inside index.html. */
export const PRERENDER_SLOT = '<!--prerender-slot-->';
/** Prefix given to every id inside the picture, so none collides with the app's own while both are in the page. */
export const PRERENDER_ID_PREFIX = 'pre-';

/**
 * The layout of a 1366 px wide laptop screen (the bench's viewport): the page box is 1366 − 2 × 20 px padding,
 * and the map frame is what the two-column grid leaves beside the 320 px side column. Measured in Chromium.
 * The picture's SVG scales with its viewBox, so wider screens (up to the 1360 px page cap) show it at their width.
 */
export const PRERENDER_LAYOUT = { pageWidth: 1326, frameWidth: 982 } as const;
/** Set on <html> once the app's code runs (boot.tsx); the guard script reads it. */
export const APP_STARTED_ATTRIBUTE = 'data-app-started';
