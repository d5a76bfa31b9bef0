import type { CoreDataset } from '../../../data/schema';
import type { ExportSpec } from '../../../shared/export/exportTypes';
import { LICENCE_LABEL } from '../../sources';
import type { Slide } from '../packState';
import type { DeckSlide, DeckSource } from './deckTypes';

/** One pinned view as rendered for the deck: its export spec and its slide PNG (null: nothing to draw). */
export interface RenderedSlide {
  slide: Slide;
  spec: ExportSpec | null;
  png: { bytes: Uint8Array; width: number; height: number } | null;
}

const UNODC_SOURCE_ID = 'unodc-glotip';

/**
 * "U.S. TIP Report 2025 (tiers, by report year); UNODC GLOTIP country data, release of 2023-05-30 (counts, by
 * data year)": the newest edition and release the dataset holds, read from the data, not written by hand.
 */
export function dataAsOf(core: Pick<CoreDataset, 'coverage' | 'sources'>): string {
  const latest = Math.max(...core.coverage.map((c) => c.reportYear));
  const unodc = core.sources.find((s) => s.id === UNODC_SOURCE_ID);
  const parts = [
    ...(Number.isFinite(latest) ? [`U.S. TIP Report ${latest} (tiers, by report year)`] : []),
    ...(unodc
      ? [`UNODC GLOTIP country data${unodc.date ? `, release of ${unodc.date}` : ''} (counts, by data year)`]
      : []),
  ];
  return parts.join('; ') || 'not stated in the dataset';
}

/** Every source the rendered slides cite, in the registry's order, with its licence in words. */
export function deckSources(
  core: Pick<CoreDataset, 'sources'>,
  rendered: readonly RenderedSlide[],
): DeckSource[] {
  const cited = new Set(rendered.flatMap((r) => r.spec?.data.sources.map((s) => s.id) ?? []));
  const known = core.sources
    .filter((s) => cited.has(s.id))
    .map((s) => ({ citation: s.citation, licence: LICENCE_LABEL[s.licence], attribution: s.attribution }));
  const unknown = [...cited]
    .filter((id) => !core.sources.some((s) => s.id === id))
    .map((id) => ({
      citation: `${id} (not in the source registry)`,
      licence: LICENCE_LABEL.unknown,
      attribution: null,
    }));
  return [...known, ...unknown];
}

/** The deck's slide for one rendered view: the presenter's title and note, the spec's sources, caveat and words. */
export function deckSlide(r: RenderedSlide, link: string): DeckSlide {
  const { slide, spec, png } = r;
  return {
    title: slide.t.trim() || spec?.title || 'Untitled slide',
    png: png?.bytes ?? null,
    width: png?.width ?? 0,
    height: png?.height ?? 0,
    source: spec?.sourceLines.join(' ') ?? '',
    caveat: spec?.caveat ?? null,
    link,
    note: slide.n,
    altText: spec ? (spec.description ?? `${spec.title}. ${spec.subtitle}`) : '',
  };
}
