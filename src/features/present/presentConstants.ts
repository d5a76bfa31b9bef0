/** Where a pack survives a closed tab. Bump the suffix if the stored shape ever changes (and migrate). */
export const PACK_STORAGE_KEY = 'tip-atlas-pack-v1';
/** The pack this browser had before a pack link replaced it, kept so that opening a link never loses one. */
export const PACK_PREVIOUS_STORAGE_KEY = 'tip-atlas-pack-v1-previous';
/** A pack link may be long; it is still bounded so a hostile link cannot flood the app. */
export const MAX_PACK_PARAM_LENGTH = 20_000;
export const MAX_SLIDES = 40;
export const MAX_SLIDE_TITLE = 140;
export const MAX_SLIDE_NOTE = 2_000;

/** Keys a presentation clicker sends, and what they do. */
export const NEXT_KEYS = ['ArrowRight', 'PageDown', ' ', 'ArrowDown'] as const;
export const PREVIOUS_KEYS = ['ArrowLeft', 'PageUp', 'ArrowUp'] as const;

/** Slide images in a pack ZIP: the 16:9 slide preset at the export's default 2× on white. */
export const SLIDE_EXPORT = { preset: 'slide-16x9', scale: 2, background: 'white' } as const;
/**
 * The on-screen size a slide's spec is built for. Slides use the 16:9 preset, whose frame has its own size, so this
 * only names the view's "current size" in the spec.
 */
export const SLIDE_VIEW_SIZE = { width: 1200, height: 675 } as const;
/**
 * How much a presented slide magnifies its type and chart: the chart is laid out in a box this much smaller than the
 * 16:9 slide and scaled up, so a 1920-wide projector shows 11 px tick labels at about 20 px (the export's own
 * 16:9 slide uses 1.35).
 */
export const PRESENT_TYPE_SCALE = 1.8;
/** How long a slide waits for its view to offer an export spec before showing the live view instead. */
export const NO_SLIDE_GRACE_MS = 4000;
