/**
 * A slide's thumbnail for the pack panel, drawn from the slide's stored state by the export path (as the deck and the
 * ZIP draw it), never from the live page. Loaded only when the pack panel shows a slide, with the export path.
 */
import { loadPageFonts } from '../../shared/export/exportFonts';
import { svgToPng } from '../../shared/export/png';
import { buildExportSvg } from '../../shared/export/svgBuilder';
import { toQuery, type ViewState } from '../../state/urlState';
import { exportSpecFor, type Datasets } from './exportSpecFor';
import { slideState, type Slide } from './packState';
import { SLIDE_EXPORT, SLIDE_SPEC, SLIDE_VIEW_SIZE, THUMBNAIL_SIZE } from './presentConstants';

export interface Thumbnail {
  /** A blob: URL of a small PNG of the slide. */
  url: string;
  /** What the image shows, for its alt text: the chart's title and its description. */
  alt: string;
}

/** The text alternative of a slide image: the chart's own title and what it shows. */
export const thumbnailAlt = (spec: { title: string; subtitle: string; description?: string }): string =>
  `${spec.title}, ${spec.subtitle}. ${spec.description ?? ''}`.trim();

/**
 * Draws the slide's view as a 16:9 PNG of THUMBNAIL_SIZE; null when the view has nothing to draw as a slide (Compare
 * with fewer than two countries the data knows).
 */
export async function drawThumbnail(
  slide: Slide,
  loadDatasets: (state: ViewState) => Promise<Datasets>,
  base: string,
): Promise<Thumbnail | null> {
  const { state } = slideState(slide);
  const data = await loadDatasets(state);
  const spec = exportSpecFor(state, data, SLIDE_VIEW_SIZE, `${base}${toQuery(state)}`, SLIDE_SPEC);
  if (!spec) return null;
  await loadPageFonts();
  const built = buildExportSvg(spec, { preset: SLIDE_EXPORT.preset, background: SLIDE_EXPORT.background });
  const png = await svgToPng(built.svg, THUMBNAIL_SIZE.width, THUMBNAIL_SIZE.height);
  return { url: URL.createObjectURL(png), alt: thumbnailAlt(spec) };
}
