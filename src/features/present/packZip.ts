import { strToU8, zipSync } from 'fflate';
import { exportImage } from '../../shared/export/exportActions';
import { exportRegistryVersion, primaryExportSpec } from '../../shared/export/exportRegistry';
import type { ExportSpec } from '../../shared/export/exportTypes';
import { exportFileName, safeStem } from '../../shared/export/fileName';
import { toQuery } from '../../state/urlState';
import { selectViewState, useViewStore } from '../../state/viewStore';
import { slideSpec, slideState, type Slide } from './packState';
import { oneLine } from './packText';
import { SLIDE_EXPORT, SPEC_POLL_MS, SPEC_TIMEOUT_MS } from './presentConstants';

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * Waits until the view re-rendered for the new state and its export spec is ready and settled (the data it needs
 * has loaded). Null when the view has no exportable chart (Sources) or it never got ready.
 */
async function settledSpec(since: number | null): Promise<ExportSpec | null> {
  const deadline = Date.now() + SPEC_TIMEOUT_MS;
  let last: string | null = null;
  while (Date.now() < deadline) {
    await frame();
    await wait(SPEC_POLL_MS);
    if (since !== null && exportRegistryVersion() <= since) continue;
    const spec = primaryExportSpec();
    const key = spec ? `${spec.title}|${spec.subtitle}|${spec.link}|${spec.data.rows.length}` : null;
    if (spec && key === last) return spec;
    last = key;
    if (!spec && useViewStore.getState().view === 'sources') return null;
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A slide's link: the app's own address and the slide's view, re-written from its parsed state (never raw text). */
export const slideLink = (slide: Slide, base: string): string => `${base}${toQuery(slideState(slide).state)}`;

/**
 * The notes file: every slide's title, link and speaker note, in order. Text the presenter (or a link's author)
 * wrote is escaped onto its own line ("\n" for a line break), so it cannot add lines such as a forged "Link:".
 */
export function packNotes(
  slides: readonly Slide[],
  base: string,
  images: readonly (string | null)[],
): string {
  const lines = ['TIP Atlas briefing pack', 'Line breaks in titles and notes are written as \\n.', ''];
  slides.forEach((s, i) => {
    lines.push(`Slide ${i + 1}: ${oneLine(s.t)}`);
    lines.push(`Image: ${images[i] ?? 'none (this view has no chart image)'}`);
    lines.push(`Link: ${slideLink(s, base)}`);
    lines.push(`Speaker note: ${oneLine(s.n) || '(none)'}`);
    lines.push('');
  });
  return lines.join('\n');
}

/**
 * Renders every slide through the export path (PNG, 16:9 preset) and zips the images with a notes file.
 * The app shows each slide's view while it works, then returns to the view it was on.
 */
export async function exportPackZip(
  slides: readonly Slide[],
  onProgress: (text: string) => void,
  date: Date = new Date(),
): Promise<{ blob: Blob; fileName: string; images: number }> {
  const store = useViewStore.getState();
  const before = selectViewState(store);
  const base = `${window.location.origin}${window.location.pathname}`;
  const files: Record<string, Uint8Array> = {};
  const images: (string | null)[] = [];
  try {
    for (const [i, slide] of slides.entries()) {
      onProgress(`Rendering slide ${i + 1} of ${slides.length}…`);
      const target = slideState(slide).state;
      // A slide showing the view already on screen re-renders nothing: there is no newer spec to wait for.
      const changes = toQuery(selectViewState(useViewStore.getState())) !== toQuery(target);
      const since = changes ? exportRegistryVersion() : null;
      useViewStore.getState().replace(target);
      const spec = await settledSpec(since);
      if (!spec) {
        images.push(null);
        continue;
      }
      const file = await exportImage(slideSpec(spec, slide), {
        format: 'png',
        scale: SLIDE_EXPORT.scale,
        preset: SLIDE_EXPORT.preset,
        background: SLIDE_EXPORT.background,
        date,
      }).catch((e: unknown) => {
        // Name the slide, so the presenter knows which one to look at.
        throw new Error(
          `slide ${i + 1} (“${oneLine(slide.t).slice(0, 60)}”) could not be drawn: ${e instanceof Error ? e.message : String(e)}`,
        );
      });
      const name = `slide-${pad(i + 1)}_${safeStem(slide.t).slice(0, 60)}.png`;
      files[name] = new Uint8Array(await file.blob.arrayBuffer());
      images.push(name);
    }
  } finally {
    useViewStore.getState().replace(before);
  }
  files['notes.txt'] = strToU8(packNotes(slides, base, images));
  onProgress('Writing the ZIP…');
  // PNGs are already compressed: store them as they are.
  const zipped = zipSync(files, { level: 0 });
  return {
    blob: new Blob([zipped], { type: 'application/zip' }),
    fileName: exportFileName('tip-briefing-pack', 'zip', date),
    images: images.filter(Boolean).length,
  };
}
