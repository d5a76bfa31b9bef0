/**
 * Where a pack survives a closed tab: `{ "version": 2, "slides": [...] }`. Version 1 (before 2026-12-05) stored the bare
 * array under "tip-atlas-pack-v1"; `packStorage.ts` migrates it on first read and keeps the old text as the backup.
 */
export const PACK_STORAGE_KEY = 'tip-atlas-pack-v2';
/** The pack this browser had before a pack link or file replaced it, kept so that opening one never loses a pack. */
export const PACK_PREVIOUS_STORAGE_KEY = 'tip-atlas-pack-v2-previous';
/** The stored pack as it was before it was last overwritten with fewer slides (or migrated, or repaired). */
export const PACK_BACKUP_STORAGE_KEY = 'tip-atlas-pack-backup';
/** Text that could not stay in the pack (unreadable slides, cut titles and notes), kept for the presenter to copy. */
export const PACK_SET_ASIDE_STORAGE_KEY = 'tip-atlas-pack-set-aside';
/** Keys of the version 1 format (before 2026-12-05). */
export const PACK_V1_STORAGE_KEY = 'tip-atlas-pack-v1';
export const PACK_V1_PREVIOUS_STORAGE_KEY = 'tip-atlas-pack-v1-previous';
export const PACK_STORAGE_VERSION = 2;
/** At most this many set-aside texts are kept (the oldest go first). */
export const MAX_SET_ASIDE = 50;

/** The URL parameter that carries a shared pack. */
export const PACK_PARAM = 'pack';
/** The longest pack parameter the app reads: a hostile link cannot flood it (old, uncompressed links reach 20,000). */
export const MAX_PACK_PARAM_LENGTH = 20_000;
/**
 * The longest whole link the app writes. Many web servers and proxies refuse a URL of 8 KB or more before the app
 * even loads; a pack that would make the link longer is not put in the address, and the pack panel offers the file.
 */
export const SAFE_LINK_LENGTH = 8_000;
/** A decompressed pack link larger than this is refused (40 slides of the longest text fit in about 300 KB). */
export const MAX_PACK_JSON_BYTES = 512 * 1024;
/** A pack file larger than this is refused before it is read. */
export const MAX_PACK_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_SLIDES = 40;
/** A slide's view as a query string; the app writes far shorter ones. */
export const MAX_SLIDE_QUERY = 1_000;

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
/** How a slide's spec is drawn from its state: map slides name countries (see exportSpecFor's SpecOptions). */
export const SLIDE_SPEC = { labels: true } as const;
/**
 * How much a presented slide magnifies its type and chart: the chart is laid out in a box this much smaller than the
 * 16:9 slide and scaled up, so a 1920-wide projector shows 11 px tick labels at about 20 px (the export's own
 * 16:9 slide uses 1.35).
 */
export const PRESENT_TYPE_SCALE = 1.8;
/**
 * The magnifications a presented slide tries, largest first, when its chart does not fit at 1.8 (Compare's grid
 * of three countries needs about the export's own 1.35).
 */
export const PRESENT_TYPE_SCALES = [PRESENT_TYPE_SCALE, 1.6, 1.45, 1.35, 1.2, 1.05, 0.9] as const;
/** A slide's thumbnail in the pack panel: a 16:9 PNG this size, shown at half size (sharp on a 2× screen). */
export const THUMBNAIL_SIZE = { width: 320, height: 180 } as const;
/** Thumbnails kept drawn for a panel opened again (each a PNG of about 20 KB). */
export const THUMBNAIL_CACHE = 80;

/** The query parameter of the presenter's window (its notes, not the app). */
export const PRESENTER_PARAM = 'presenter';
