import type { ExportSpec } from '../../shared/export/exportTypes';
import { parseQuery, toQuery, type ViewState } from '../../state/urlState';
import { longDate } from '../../data/dates';
import { cleanText, TEXT_KIND_LABEL, TEXT_LIMITS, type TextKind } from './packText';
import { MAX_SLIDE_QUERY, MAX_SLIDES } from './presentConstants';
import { formatNumber } from '../../data/englishText';

/**
 * One pinned view: its state as a query string (the same contract as any shared link, always written by `toQuery`),
 * a title and a speaker note, both cleaned by `cleanText`.
 */
export interface Slide {
  q: string;
  t: string;
  n: string;
}

/** Text that could not stay in the pack (a slide that could not be read, a title or note cut to its limit). */
export interface SetAside {
  /** What it was, naming the slide: "Slide 2 (“Tiers in 2020”): its speaker note before it was cut". */
  label: string;
  /** The text as it arrived, for the presenter to copy back. */
  text: string;
}

/** Slides read from a link, a file or storage: the usable ones, what was set aside and what to tell the user. */
export interface ReadSlides {
  slides: Slide[];
  setAside: SetAside[];
  /** One plain-language problem per slide that was changed or set aside ("slide 2's title was cut …"). */
  problems: string[];
}

const quoteTitle = (t: string) => `“${t.length > 40 ? `${t.slice(0, 40)}…` : t}”`;

/**
 * A slide's view as a canonical query string, or why it is refused. A slide holds a view of this app: a query string
 * ("?year=2012"), or an http(s) link to this app's own origin, which is reduced to its query. Anything else
 * (javascript:, data:, another site) is refused, so no file the app writes can carry a foreign link.
 */
export function slideQuery(
  raw: string,
  origin: string | null = typeof window === 'undefined' ? null : window.location.origin,
): { ok: true; q: string } | { ok: false; reason: string } {
  if (raw.length > MAX_SLIDE_QUERY)
    return { ok: false, reason: `its view is too long (${raw.length} characters)` };
  let search: string;
  if (raw === '' || raw.startsWith('?')) search = raw;
  else if (/^https?:\/\//i.test(raw)) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return { ok: false, reason: 'its link is not a valid address' };
    }
    if (origin === null || url.origin !== origin)
      return { ok: false, reason: `its link goes to another site (${url.origin.slice(0, 60)})` };
    search = url.search;
  } else {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1];
    return {
      ok: false,
      reason: scheme
        ? `its link is a “${scheme.slice(0, 20)}:” link, not a view of TIP Atlas`
        : 'its view is not a TIP Atlas link',
    };
  }
  return { ok: true, q: toQuery(parseQuery(search).state) };
}

/** Cleans a title or note and, when something had to be cut, keeps the full text aside. */
function cleanField(
  raw: string,
  kind: TextKind,
  name: string,
  setAside: SetAside[],
  problems: string[],
): string {
  const result = cleanText(raw, kind);
  if (result.cut) {
    problems.push(
      `${name}'s ${TEXT_KIND_LABEL[kind]} was longer than ${formatNumber(TEXT_LIMITS[kind])} characters and was cut`,
    );
    setAside.push({ label: `${name}: its ${TEXT_KIND_LABEL[kind]} before it was cut`, text: raw });
  }
  return result.text;
}

const rawText = (value: unknown): string => {
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
};

/**
 * Reads slides one by one from anything parsed out of a link, a file or storage: every usable slide is kept (its text
 * cleaned and cut to the limits, the full text set aside when cut); a slide that cannot be used is set aside whole, with
 * its text, and named in `problems`. Never throws.
 */
export function readSlides(input: unknown, origin?: string | null): ReadSlides {
  const out: ReadSlides = { slides: [], setAside: [], problems: [] };
  if (!Array.isArray(input)) {
    out.problems.push('it is not a list of slides');
    if (input !== undefined && input !== null)
      out.setAside.push({ label: 'What could not be read', text: rawText(input) });
    return out;
  }
  input.forEach((item: unknown, i) => {
    const name = `slide ${i + 1}`;
    const Name = `Slide ${i + 1}`;
    if (i >= MAX_SLIDES) {
      out.problems.push(`${name} is past the ${MAX_SLIDES} slides a pack can hold and was set aside`);
      out.setAside.push({ label: `${Name}: past the ${MAX_SLIDES}-slide limit`, text: rawText(item) });
      return;
    }
    const record =
      typeof item === 'object' && item !== null && !Array.isArray(item)
        ? (item as Record<string, unknown>)
        : null;
    const q = record?.q;
    const t = record?.t ?? '';
    const n = record?.n ?? '';
    if (!record || typeof q !== 'string' || typeof t !== 'string' || typeof n !== 'string') {
      out.problems.push(`${name} could not be read and was set aside`);
      out.setAside.push({ label: `${Name}: could not be read`, text: rawText(item) });
      return;
    }
    const view = slideQuery(q, origin);
    const label = `${Name} (${quoteTitle(cleanText(t, 'title').text)})`;
    if (!view.ok) {
      out.problems.push(`${name} was set aside: ${view.reason}`);
      out.setAside.push({ label: `${label}: ${view.reason}`, text: [t, n, q].filter(Boolean).join('\n\n') });
      return;
    }
    out.slides.push({
      q: view.q,
      t: cleanField(t, 'title', label, out.setAside, out.problems),
      n: cleanField(n, 'note', label, out.setAside, out.problems),
    });
  });
  return out;
}

/** The view a slide shows; parameters that no longer parse fall back to defaults (and are listed). */
export const slideState = (slide: Slide): { state: ViewState; notices: string[] } => parseQuery(slide.q);

/** A slide's link: the app's own address and the slide's view, re-written from its parsed state (never raw text). */
export const slideLink = (slide: Slide, base: string): string => `${base}${toQuery(slideState(slide).state)}`;

/** A new slide from a view and what the presenter typed (cleaned and cut like every other way in). */
export const makeSlide = (state: ViewState, title: string, note: string): Slide => ({
  q: toQuery(state),
  t: cleanText(title, 'title').text,
  n: cleanText(note, 'note').text,
});

export function moveSlide(slides: readonly Slide[], index: number, delta: -1 | 1): Slide[] {
  const j = index + delta;
  if (index < 0 || index >= slides.length || j < 0 || j >= slides.length) return [...slides];
  const next = [...slides];
  [next[index], next[j]] = [next[j]!, next[index]!];
  return next;
}

export const samePack = (a: readonly Slide[], b: readonly Slide[]): boolean =>
  a.length === b.length && a.every((s, i) => s.q === b[i]!.q && s.t === b[i]!.t && s.n === b[i]!.n);

export const slidesWord = (n: number): string => `${n} slide${n === 1 ? '' : 's'}`;

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "5 December 2026, 23:41" in the browser's time zone, from an ISO time; null when it is not a time. */
export function savedAtText(iso: string): string | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const day = longDate(`${d.getFullYear()}-${twoDigits(d.getMonth() + 1)}-${twoDigits(d.getDate())}`);
  return day && `${day}, ${twoDigits(d.getHours())}:${twoDigits(d.getMinutes())}`;
}

/**
 * A slide image is titled as the presenter titled the slide (as presentation mode shows it); the chart's own title
 * then leads the subtitle, so the image still says what it shows. The title is cleaned again here: an SVG cannot
 * hold a control character, and one would stop the whole export.
 */
export function slideSpec(spec: ExportSpec, slide: Slide): ExportSpec {
  const title = cleanText(slide.t, 'title').text.trim();
  if (!title || title === spec.title) return spec;
  return { ...spec, title, subtitle: `${spec.title} · ${spec.subtitle}` };
}
