import { strToU8, zipSync } from 'fflate';
import { exportImage } from '../../shared/export/exportActions';
import { exportFileName, safeStem } from '../../shared/export/fileName';
import type { ViewState } from '../../state/urlState';
import { exportSpecFor, type Datasets } from './exportSpecFor';
import { slideLink, slideSpec, slideState, type Slide } from './packState';
import { oneLine } from './packText';
import { SLIDE_EXPORT, SLIDE_SPEC, SLIDE_VIEW_SIZE } from './presentConstants';

const pad = (n: number) => String(n).padStart(2, '0');

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

export interface PackZipOptions {
  /** Loads the files a slide's view needs (from the app's cache when it has them). */
  loadDatasets: (state: ViewState) => Promise<Datasets>;
  /** Cancels the export: it stops before the next step and rejects with an AbortError. */
  signal?: AbortSignal;
  /** The app's address without a query: slide links are this plus the slide's query. */
  base?: string;
  date?: Date;
}

/**
 * Renders every slide through the export path (PNG, 16:9 preset) from the slide's stored state alone, and zips the
 * images with a notes file. The live page, its view and its address are never touched, so nothing the user does
 * while it runs can change what it writes.
 */
export async function exportPackZip(
  input: readonly Slide[],
  onProgress: (text: string) => void,
  {
    loadDatasets,
    signal,
    base = `${window.location.origin}${window.location.pathname}`,
    date = new Date(),
  }: PackZipOptions,
): Promise<{ blob: Blob; fileName: string; images: number }> {
  // A copy: edits to the pack while the export runs do not reach this ZIP.
  const slides = input.map((s) => ({ ...s }));
  const files: Record<string, Uint8Array> = {};
  const images: (string | null)[] = [];
  for (const [i, slide] of slides.entries()) {
    signal?.throwIfAborted();
    onProgress(`Rendering slide ${i + 1} of ${slides.length}…`);
    const { state } = slideState(slide);
    const data = await loadDatasets(state);
    signal?.throwIfAborted();
    const spec = exportSpecFor(state, data, SLIDE_VIEW_SIZE, slideLink(slide, base), SLIDE_SPEC);
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
    signal?.throwIfAborted();
    const name = `slide-${pad(i + 1)}_${safeStem(slide.t).slice(0, 60)}.png`;
    files[name] = new Uint8Array(await file.blob.arrayBuffer());
    images.push(name);
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
