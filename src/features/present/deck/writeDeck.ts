import { slideLink } from '../packState';
import type { ViewState } from '../../../state/urlState';
import type { Datasets } from '../exportSpecFor';
import type { CoreDataset } from '../../../data/schema';
import { exportFileName, localDateStamp } from '../../../shared/export/fileName';
import { encodePackLink } from '../packCodec';
import type { Slide } from '../packState';
import { PACK_PARAM, SAFE_LINK_LENGTH } from '../presentConstants';
import { buildDeck, sourcePages } from './buildDeck';
import { dataAsOf, deckSlide, deckSources } from './deckContent';
import { DECK_FILE_STEM } from './deckConstants';
import { renderSlides } from './renderSlides';

export interface WriteDeckOptions {
  slides: readonly Slide[];
  core: CoreDataset;
  packTitle: string;
  /** The app's address without a query (origin + path): slide and pack links start with it. */
  base: string;
  /** Loads the files a slide's view needs (from the app's cache when it has them). */
  loadDatasets: (state: ViewState) => Promise<Datasets>;
  date?: Date;
  signal?: AbortSignal;
  /** Progress from 0 to 1, and what is happening, in words. */
  onProgress?: (fraction: number, step: string) => void;
}

export interface WrittenDeck {
  blob: Blob;
  fileName: string;
  /** Slides in the file, title and sources slides included. */
  slideCount: number;
  /** Pinned views in the deck, and how many became a slide with a chart image. */
  views: number;
  images: number;
}

/** Share of the progress bar the slide images take; writing the file takes the rest. */
const RENDER_SHARE = 0.9;

/** Renders every pinned view, then writes the deck from the images and the pack's words. */
export async function writeDeck(options: WriteDeckOptions): Promise<WrittenDeck> {
  const { slides, core, packTitle, base, loadDatasets, date = new Date(), signal, onProgress } = options;
  onProgress?.(0, `Drawing slide 1 of ${slides.length}…`);
  const rendered = await renderSlides(slides, {
    date,
    base,
    loadDatasets,
    signal,
    onProgress: (done, total) =>
      onProgress?.(
        (done / total) * RENDER_SHARE,
        done < total ? `Drawing slide ${done + 1} of ${total}…` : 'Writing the PowerPoint file…',
      ),
  });
  const sources = deckSources(core, rendered);
  const link = `${base}?${PACK_PARAM}=${encodePackLink(slides)}`;
  // A link longer than servers accept is left out, as the app leaves it out of the address.
  const packLink = link.length <= SAFE_LINK_LENGTH ? link : null;
  const blob = await buildDeck({
    packTitle,
    date: localDateStamp(date),
    datasetVersion: core.version,
    dataAsOf: dataAsOf(core),
    packLink,
    slides: rendered.map((r) => deckSlide(r, slideLink(r.slide, base))),
    sources,
  });
  if (signal?.aborted) throw new DOMException('The deck was cancelled.', 'AbortError');
  onProgress?.(1, 'Saving…');
  const images = rendered.filter((r) => r.png).length;
  return {
    blob,
    fileName: exportFileName(DECK_FILE_STEM, 'pptx', date),
    slideCount: rendered.length + 1 + sourcePages(sources).length,
    views: rendered.length,
    images,
  };
}
