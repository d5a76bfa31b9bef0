import { slideLink } from '../packState';
import type { ViewState } from '../../../state/urlState';
import type { Datasets } from '../exportSpecFor';
import type { Slide } from '../packState';
import { deckSlide } from './deckContent';
import { handoutPages, type HandoutPage } from './handoutPages';
import { renderSlides } from './renderSlides';

/** Draws every pinned view as the deck does and returns the handout's pages, images as blob: URLs. */
export async function prepareHandout(options: {
  slides: readonly Slide[];
  base: string;
  /** Loads the files a slide's view needs (from the app's cache when it has them). */
  loadDatasets: (state: ViewState) => Promise<Datasets>;
  date?: Date;
  signal?: AbortSignal;
  onProgress?: (fraction: number, step: string) => void;
}): Promise<HandoutPage[]> {
  const { slides, base, loadDatasets, date = new Date(), signal, onProgress } = options;
  onProgress?.(0, `Drawing slide 1 of ${slides.length}…`);
  const rendered = await renderSlides(slides, {
    date,
    base,
    loadDatasets,
    signal,
    onProgress: (done, total) =>
      onProgress?.(
        done / total,
        done < total ? `Drawing slide ${done + 1} of ${total}…` : 'Laying out the pages…',
      ),
  });
  return handoutPages(
    rendered.map((r) => deckSlide(r, slideLink(r.slide, base))),
    (png) => URL.createObjectURL(new Blob([png as BlobPart], { type: 'image/png' })),
  );
}
