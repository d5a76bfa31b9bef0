import type { DeckSlide } from './deckTypes';

/** One printed page of the handout: the slide's picture and the words a reader needs without the app. */
export interface HandoutPage {
  number: number;
  title: string;
  /** A blob: URL of the slide PNG, or null for a view with no chart. */
  imageUrl: string | null;
  altText: string;
  note: string;
  link: string;
  /** Source lines and the caveat, as the slide's foot states them. */
  sources: string[];
}

/** Handout pages from the deck's slides; `urlOf` turns a PNG into an address an <img> can show. */
export function handoutPages(
  slides: readonly DeckSlide[],
  urlOf: (png: Uint8Array) => string,
): HandoutPage[] {
  return slides.map((s, i) => ({
    number: i + 1,
    title: s.title,
    imageUrl: s.png ? urlOf(s.png) : null,
    altText: s.altText,
    note: s.note,
    link: s.link,
    sources: [s.source, ...(s.caveat ? [`Note: ${s.caveat}`] : [])].filter(Boolean),
  }));
}
