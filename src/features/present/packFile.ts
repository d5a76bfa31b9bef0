/**
 * The briefing pack as a file: a small JSON document with a format name and a version, for packs too long for a
 * link, and as a copy the presenter keeps. It round-trips every slide exactly.
 *
 *   { "format": "tip-atlas-briefing-pack", "version": 2, "saved": "2026-12-05T07:30:00.000Z",
 *     "slides": [{ "view": "?year=2012", "title": "…", "note": "…" }] }
 */
import { exportFileName } from '../../shared/export/fileName';
import { readSlides, type ReadSlides, type Slide } from './packState';
import { MAX_PACK_FILE_BYTES } from './presentConstants';

export const PACK_FILE_FORMAT = 'tip-atlas-briefing-pack';
export const PACK_FILE_VERSION = 2;

export function packFileText(slides: readonly Slide[], date: Date = new Date()): string {
  return `${JSON.stringify(
    {
      format: PACK_FILE_FORMAT,
      version: PACK_FILE_VERSION,
      saved: date.toISOString(),
      slides: slides.map((s) => ({ view: s.q, title: s.t, note: s.n })),
    },
    null,
    2,
  )}\n`;
}

export const packFileName = (date: Date = new Date()): string =>
  exportFileName('tip-briefing-pack', 'json', date);

export type PackFileParse = ({ status: 'valid' } & ReadSlides) | { status: 'invalid'; reason: string };

/** Reads a pack file's text; slides are checked one by one like a link's. Never throws. */
export function readPackFile(text: string, origin?: string | null): PackFileParse {
  if (text.length > MAX_PACK_FILE_BYTES)
    return { status: 'invalid', reason: 'The file is too large to be a briefing pack' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { status: 'invalid', reason: 'The file is not a briefing pack (it is not JSON)' };
  }
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : null;
  if (!record || record.format !== PACK_FILE_FORMAT)
    return { status: 'invalid', reason: 'The file is not a TIP Atlas briefing pack' };
  if (record.version !== PACK_FILE_VERSION)
    return {
      status: 'invalid',
      reason: `The file is a briefing pack of version ${String(record.version).slice(0, 20)}, which this app does not read (it reads version ${PACK_FILE_VERSION})`,
    };
  const slides = Array.isArray(record.slides)
    ? record.slides.map((s: unknown) => {
        if (typeof s !== 'object' || s === null) return s;
        const { view, title, note } = s as Record<string, unknown>;
        return { q: view, t: title, n: note };
      })
    : record.slides;
  return { status: 'valid', ...readSlides(slides, origin) };
}
