import { z } from 'zod';
import type { ExportSpec } from '../../shared/export/exportTypes';
import { parseQuery, toQuery, VIEWS, type ViewState } from '../../state/urlState';
import { MAX_PACK_PARAM_LENGTH, MAX_SLIDE_NOTE, MAX_SLIDE_TITLE, MAX_SLIDES } from './presentConstants';

/** One pinned view: its state as a query string (the same contract as any shared link), a title and a note. */
export const slideSchema = z
  .object({
    q: z.string().max(1000),
    t: z.string().max(MAX_SLIDE_TITLE),
    n: z.string().max(MAX_SLIDE_NOTE),
  })
  .strict();
export type Slide = z.infer<typeof slideSchema>;
export const packSchema = z.array(slideSchema).max(MAX_SLIDES);

/** base64url of UTF-8 JSON: safe in a URL, and readable back in any browser. */
export function encodePack(slides: readonly Slide[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify(slides));
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export type PackParse =
  { status: 'valid'; slides: Slide[] } | { status: 'invalid'; reason: string } | { status: 'missing' };

export function decodePack(raw: string | null): PackParse {
  if (raw === null || raw === '') return { status: 'missing' };
  if (raw.length > MAX_PACK_PARAM_LENGTH) {
    return {
      status: 'invalid',
      reason: `the briefing pack in the link is too long (${raw.length} characters)`,
    };
  }
  try {
    const binary = atob(raw.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const parsed = packSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    if (!parsed.success)
      return { status: 'invalid', reason: 'the briefing pack in the link is not in the expected form' };
    return { status: 'valid', slides: parsed.data };
  } catch {
    return { status: 'invalid', reason: 'the briefing pack in the link could not be read' };
  }
}

/** The view a slide shows; parameters that no longer parse fall back to defaults (and are listed). */
export const slideState = (slide: Slide): { state: ViewState; notices: string[] } => parseQuery(slide.q);

export const makeSlide = (state: ViewState, title: string, note: string): Slide => ({
  q: toQuery(state),
  t: title.slice(0, MAX_SLIDE_TITLE),
  n: note.slice(0, MAX_SLIDE_NOTE),
});

const VIEW_TITLE: Record<(typeof VIEWS)[number], string> = {
  map: 'Tier map',
  trends: 'Trends',
  compare: 'Comparison',
  sources: 'Sources',
};

/**
 * A default slide title from the state: "Tier map, 2020 report — Belarus", "Comparison: Belarus, Serbia". It becomes
 * the slide's heading when presented and exported, so countries are named, not coded (`nameOf` falls back to codes).
 */
export function defaultSlideTitle(
  state: ViewState,
  latestReportYear: number | null,
  nameOf: (iso3: string) => string = (iso3) => iso3,
): string {
  const base = VIEW_TITLE[state.view];
  switch (state.view) {
    case 'map': {
      const year = state.reportYear ?? latestReportYear;
      const country = state.country ? ` — ${nameOf(state.country)}` : '';
      if (state.mode === 'changes')
        return `Tier changes${year ? `, ${state.fromYear ?? year - 1}→${year} reports` : ''}${country}`;
      return `${base}${year ? `, ${year} report` : ''}${country}`;
    }
    case 'trends':
    case 'compare':
      return state.countries.length > 0 ? `${base}: ${state.countries.map(nameOf).join(', ')}` : base;
    case 'sources':
      return base;
  }
}

export function moveSlide(slides: readonly Slide[], index: number, delta: -1 | 1): Slide[] {
  const j = index + delta;
  if (index < 0 || index >= slides.length || j < 0 || j >= slides.length) return [...slides];
  const next = [...slides];
  [next[index], next[j]] = [next[j]!, next[index]!];
  return next;
}

export function readStoredPack(storage: Pick<Storage, 'getItem'>, key: string): Slide[] {
  try {
    const parsed = packSchema.safeParse(JSON.parse(storage.getItem(key) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/**
 * A slide image is titled as the presenter titled the slide (as presentation mode shows it); the chart's own title
 * then leads the subtitle, so the image still says what it shows.
 */
export function slideSpec(spec: ExportSpec, slide: Slide): ExportSpec {
  const title = slide.t.trim();
  if (!title || title === spec.title) return spec;
  return { ...spec, title, subtitle: `${spec.title} · ${spec.subtitle}` };
}
