/** Everything the pre-rendered first view is measured against, in one place (see README.md). */

/** The element in index.html that holds the pre-rendered picture until the app takes over. */
export const PRERENDER_ELEMENT_ID = 'prerender';
/**
 * Screens on which the laptop picture shows (styles.css hides it elsewhere): wide enough for the page's two-column
 * layout (WIDE_LAYOUT_MIN, 1100 px of page) with its 2 × 20 px padding and a 20 px margin for a classic scrollbar.
 */
export const PRERENDER_WIDE_MEDIA = '(min-width: 1160px)';
/**
 * Screens on which the phone picture shows: phones held upright (360–430 px). It is drawn at 390 px and scales with
 * its viewBox; the live map's proportions differ by under 1 % across that range, so the hand-off moves nothing.
 */
export const PRERENDER_PHONE_MEDIA = '(max-width: 430px)';
/** Screens on which a picture shows at all: between the two (tablets, narrow windows) the app starts alone. */
export const PRERENDER_MEDIA_QUERY = `${PRERENDER_WIDE_MEDIA}, ${PRERENDER_PHONE_MEDIA}`;
/** Class the guard script puts on <html> when the link asks for something other than the default view. */
export const NO_PRERENDER_CLASS = 'no-prerender';
/** Class the guard script keeps on <html> until the picture's fonts are in; styles.css hides the picture meanwhile. */
export const FONTS_PENDING_CLASS = 'fonts-pending';
/** Where the build writes the pre-rendered HTML inside index.html. */
export const PRERENDER_SLOT = '<!--prerender-slot-->';
/** Prefix given to every id inside the picture, so none collides with the app's own while both are in the page. */
export const PRERENDER_ID_PREFIX = 'pre-';
/** The phone picture's prefix: the two pictures share the page too. */
export const PRERENDER_PHONE_ID_PREFIX = 'prp-';

/**
 * The layout of a 1366 px wide laptop screen (the bench's viewport): the page box is 1366 − 2 × 20 px padding,
 * and the map frame is what the two-column grid leaves beside the 320 px side column. Measured in Chromium.
 * The picture's SVG scales with its viewBox, so wider screens (up to the 1360 px page cap) show it at their width.
 */
export const PRERENDER_LAYOUT = { pageWidth: 1326, frameWidth: 982 } as const;
/** A 390 px phone: the page box is 390 − 2 × 12 px padding, and the map frame takes all of it. Measured in Chromium. */
export const PRERENDER_PHONE_LAYOUT = { pageWidth: 366, frameWidth: 366 } as const;
/**
 * Set on <html> by the guard script once the picture is on screen (its first-contentful-paint entry, or two frames
 * and 100 ms later): the guard then asks for the map's data, and main.tsx starts the app's code (afterFirstPaint).
 */
export const PICTURE_PAINTED_ATTRIBUTE = 'data-picture-painted';
/** Set on <html> once the app's code runs (boot.tsx); the guard script reads it. */
export const APP_STARTED_ATTRIBUTE = 'data-app-started';
/** The JSON element in #prerender listing the picture map's countries (pictureCountries.tsx, picture-input.js). */
export const PICTURE_COUNTRIES_ID = 'picture-countries';
/** Set on the picture's map by picture-input.js once it answers the pointer and the keyboard. */
export const PICTURE_ANSWERS_ATTRIBUTE = 'data-answers-input';
/** Left on #prerender by picture-input.js: the country asked for (click, Enter), and the one the keyboard is on. */
export const PICTURE_OPEN_ATTRIBUTE = 'data-picture-open';
export const PICTURE_ACTIVE_ATTRIBUTE = 'data-picture-active';
/**
 * Set on <html> by the guard script, on a link with no picture, once the app's first frame is on screen (its
 * first-contentful-paint entry, or two frames and 100 ms after the app first put anything into #root): the guard
 * then asks for the linked view's code and data, and ViewContent starts that view (useAppFramePainted).
 */
export const APP_PAINTED_ATTRIBUTE = 'data-app-painted';
