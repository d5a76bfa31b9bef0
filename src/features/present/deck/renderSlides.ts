import type { ExportSpec } from '../../../shared/export/exportTypes';
import { exportImage } from '../../../shared/export/exportActions';
import { exportRegistryVersion, primaryExportSpec } from '../../../shared/export/exportRegistry';
import { toQuery } from '../../../state/urlState';
import { selectViewState, useViewStore } from '../../../state/viewStore';
import { slideSpec, slideState, type Slide } from '../packState';
import { SLIDE_EXPORT, SPEC_TIMEOUT_MS } from '../presentConstants';
import type { RenderedSlide } from './deckContent';
import { DECK_IN_FLIGHT, DECK_SPEC_POLL_MS } from './deckConstants';

export interface RenderOptions {
  date: Date;
  signal?: AbortSignal;
  /** Told after each slide: how many are done, of how many. */
  onProgress?: (done: number, total: number) => void;
}

const abortError = () => new DOMException('The deck was cancelled.', 'AbortError');
const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * Waits until the view re-rendered for the new state and offers the same spec twice running (its data loaded).
 * Null when the view has no chart (Sources without a spec) or never got ready.
 */
async function settledSpec(since: number | null, signal?: AbortSignal): Promise<ExportSpec | null> {
  const deadline = Date.now() + SPEC_TIMEOUT_MS;
  let last: string | null = null;
  while (Date.now() < deadline && !signal?.aborted) {
    await frame();
    await wait(DECK_SPEC_POLL_MS);
    if (since !== null && exportRegistryVersion() <= since) continue;
    const spec = primaryExportSpec();
    const key = spec ? `${spec.title}|${spec.subtitle}|${spec.link}|${spec.data.rows.length}` : null;
    if (spec && key === last) return spec;
    last = key;
    if (!spec && useViewStore.getState().view === 'sources') return null;
  }
  return null;
}

/**
 * Renders each pinned view's 16:9 slide PNG at 2× through the export path, as the pack ZIP does. Until views can
 * build their export spec from state alone, the app shows each slide's view while it works and then returns to
 * the view it was on. A spec draws itself from the data it holds, so one slide's PNG is encoded while the next
 * view settles (at most DECK_IN_FLIGHT at once). Stops between slides when the signal aborts.
 */
export async function renderSlides(
  slides: readonly Slide[],
  options: RenderOptions,
): Promise<RenderedSlide[]> {
  const { date, signal, onProgress } = options;
  const before = selectViewState(useViewStore.getState());
  const pending: Promise<RenderedSlide>[] = [];
  let done = 0;
  const finished = <T>(p: Promise<T>) =>
    p.then((v) => {
      onProgress?.(++done, slides.length);
      return v;
    });
  try {
    for (const [i, slide] of slides.entries()) {
      if (signal?.aborted) throw abortError();
      const target = slideState(slide).state;
      const changes = toQuery(selectViewState(useViewStore.getState())) !== toQuery(target);
      const since = changes ? exportRegistryVersion() : null;
      useViewStore.getState().replace(target);
      const spec = await settledSpec(since, signal);
      if (signal?.aborted) throw abortError();
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
    return await Promise.all(pending);
  } finally {
    // Images still encoding are not wanted after a cancel; their rejections must not go unhandled.
    pending.forEach((p) => p.catch(() => undefined));
    useViewStore.getState().replace(before);
  }
}
