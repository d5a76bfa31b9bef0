/** The deck's page: PowerPoint's 16:9 layout, 10 × 5.625 inches. Every position below is in inches. */
export const DECK_LAYOUT = 'LAYOUT_16x9' as const;
export const DECK_PAGE = { width: 10, height: 5.625 } as const;
export const DECK_MARGIN = 0.35;

/** Where a content slide puts its title, image and foot. The image box is 16:9 so a slide PNG fills it. */
export const DECK_TITLE_BOX = {
  x: DECK_MARGIN,
  y: 0.15,
  w: DECK_PAGE.width - 2 * DECK_MARGIN,
  h: 0.55,
} as const;
export const DECK_IMAGE_BOX = { x: 1.45, y: 0.72, w: 7.1, h: 3.994 } as const;
export const DECK_FOOT_BOX = {
  x: DECK_MARGIN,
  y: 4.76,
  w: DECK_PAGE.width - 2 * DECK_MARGIN,
  h: 0.82,
} as const;

export const DECK_FONT = 'Inter';
export const DECK_FONT_SIZE = {
  title: 22,
  coverTitle: 32,
  cover: 14,
  foot: 8,
  body: 11,
  sources: 9,
} as const;
export const DECK_COLOUR = { ink: '1A1A1A', muted: '4D4D4D', link: '0B5CAD' } as const;

/** The deck's file: tip-atlas-briefing_2026-12-05.pptx. */
export const DECK_FILE_STEM = 'tip-atlas-briefing';
export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** The title slide's heading until a pack carries its own title. */
export const DEFAULT_PACK_TITLE = 'TIP Atlas briefing';

export const DECK_IN_FLIGHT = 2;
