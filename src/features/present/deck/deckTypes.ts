/**
 * What the deck writer needs: slides already rendered to PNG, and the words around them. Nothing here knows how a
 * slide was drawn, so the writer stays a pure function over its input.
 */
export interface DeckSlide {
  /** The presenter's slide title: written as the slide's title placeholder (editable text). */
  title: string;
  /** The chart as a PNG (the 16:9 slide export at 2×); null for a view with no chart (Sources). */
  png: Uint8Array | null;
  /** The PNG's pixel size. */
  width: number;
  height: number;
  /** Source lines naming the edition, joined. */
  source: string;
  caveat: string | null;
  /** The address that reopens the view. */
  link: string;
  /** The speaker note, written to the slide's notes pane. */
  note: string;
  /** The image's text alternative. */
  altText: string;
}

export interface DeckSource {
  citation: string;
  /** The licence in words ("Public domain (U.S. government work)"). */
  licence: string;
  /** The attribution a licence asks for, when it asks for one. */
  attribution: string | null;
}

export interface DeckInput {
  packTitle: string;
  /** YYYY-MM-DD, the day the deck was written (also in the file name). */
  date: string;
  datasetVersion: string;
  /** "Data as of: …" — which editions and releases the numbers come from. */
  dataAsOf: string;
  /** The address that reopens the whole pack; null when the pack is too long for a link. */
  packLink: string | null;
  slides: DeckSlide[];
  /** Every source the slides cite, with its licence, for the closing slide. */
  sources: DeckSource[];
}
