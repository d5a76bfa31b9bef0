import type { DeckInput, DeckSlide } from './deckTypes';

/** A real 1 × 1 PNG (a white pixel), so the deck's image parts hold a decodable picture. */
export const ONE_PIXEL_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

export const deckSlide = (i: number, patch: Partial<DeckSlide> = {}): DeckSlide => ({
  title: `Slide title ${i} & <Belarus>`,
  png: ONE_PIXEL_PNG,
  width: 3840,
  height: 2160,
  source: `Source: U.S. Department of State, Trafficking in Persons Report (U.S. TIP Report 202${i}); tiers by report year.`,
  caveat: 'Tiers rate a government’s efforts, not how much trafficking a country has.',
  link: `https://atlas.example/?view=map&year=202${i}`,
  note: `Speaker note ${i}: say what the tiers measure.`,
  altText: `World map of TIP tiers, 202${i} report.`,
  ...patch,
});

export const deckInput = (slides: DeckSlide[], patch: Partial<DeckInput> = {}): DeckInput => ({
  packTitle: 'Mekong briefing',
  date: '2026-12-05',
  datasetVersion: '2da89c53a726',
  dataAsOf: 'U.S. TIP Report 2025 (tiers); UNODC GLOTIP country data, release of 30 May 2023',
  packLink: 'https://atlas.example/?pack=abc',
  slides,
  sources: [
    {
      citation: 'U.S. Department of State, Trafficking in Persons Report, editions 2001–2025',
      licence: 'Public domain (U.S. government work)',
      attribution: null,
    },
    {
      citation: 'UNODC, data_glotip.xlsx, release of 30 May 2023',
      licence: 'Reuse with attribution',
      attribution: 'Source: UNODC, Global Report on Trafficking in Persons',
    },
  ],
  ...patch,
});
