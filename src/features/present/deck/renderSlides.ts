import { exportImage } from '../../../shared/export/exportActions';
import { toQuery, type ViewState } from '../../../state/urlState';
import { exportSpecFor, type Datasets } from '../exportSpecFor';
import { slideSpec, slideState, type Slide } from '../packState';
import { SLIDE_EXPORT, SLIDE_SPEC, SLIDE_VIEW_SIZE } from '../presentConstants';
import type { RenderedSlide } from './deckContent';
import { DECK_IN_FLIGHT } from './deckConstants';

export interface RenderOptions {
  date: Date;
  /** The app's address without a query: a slide's link is this plus the slide's view. */
  base: string;
  /** Loads the files a slide's view needs (from the app's cache when it has them). */
  loadDatasets: (state: ViewState) => Promise<Datasets>;
  signal?: AbortSignal;
  /** Told after each slide: how many are done, of how many. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Renders each pinned view's 16:9 slide PNG at 2× through the export path, from the slide's stored state alone (as
 * the pack ZIP does): the live page, its view and its address are never touched. One slide's PNG is encoded while
 * the next slide's data loads (at most DECK_IN_FLIGHT at once). Stops between slides when the signal aborts.
 */
export async function renderSlides(
  input: readonly Slide[],
  options: RenderOptions,
): Promise<RenderedSlide[]> {
  const { date, base, loadDatasets, signal, onProgress } = options;
  // The slides as they were when the user asked: later edits do not change what is being written.
  const slides = input.map((s) => ({ ...s }));
  const pending: Promise<RenderedSlide>[] = [];
  let done = 0;
  const finished = <T>(p: Promise<T>) =>
    p.then((v) => {
      if (!signal?.aborted) onProgress?.(++done, slides.length);
      return v;
    });
  try {
    for (const [i, slide] of slides.entries()) {
      signal?.throwIfAborted();
      const { state } = slideState(slide);
      const data = await loadDatasets(state);
      signal?.throwIfAborted();
      const spec = exportSpecFor(state, data, SLIDE_VIEW_SIZE, `${base}${toQuery(state)}`, SLIDE_SPEC);
      if (i >= DECK_IN_FLIGHT) await pending[i - DECK_IN_FLIGHT];
      pending.push(
        finished(
          spec
            ? exportImage(slideSpec(spec, slide), {
                format: 'png',
                scale: SLIDE_EXPORT.scale,
                preset: SLIDE_EXPORT.preset,
                background: SLIDE_EXPORT.background,
                date,
                // The slide's own text holds the title, sources, caveat and link: the image is the chart alone.
                chartOnly: true,
              }).then(async (file) => ({
                slide,
                spec,
                png: {
                  bytes: new Uint8Array(await file.blob.arrayBuffer()),
                  width: file.width,
                  height: file.height,
                },
              }))
            : Promise.resolve({ slide, spec: null, png: null }),
        ),
      );
    }
    const rendered = await Promise.all(pending);
    signal?.throwIfAborted();
    return rendered;
  } finally {
    // Images still encoding are not wanted after a cancel; their rejections must not go unhandled.
    pending.forEach((p) => p.catch(() => undefined));
  }
}
