import { formatNumber } from '../../data/englishText';
/* eslint-disable no-control-regex -- finding control characters is what this module is for */
/**
 * The one set of limits and the one sanitiser for text a presenter types into a briefing pack (slide titles and
 * speaker notes), wherever it is typed or arrives from: the pin dialog, the pack panel, a pack link, a pack file and
 * local storage. Text is cleaned on input, so nothing downstream (storage, link, SVG export, notes.txt) ever sees a
 * character it cannot hold.
 */

/** Maximum lengths, in UTF-16 code units (what an input's maxLength and String.length count). */
export const TEXT_LIMITS = { title: 140, note: 2_000 } as const;
export type TextKind = keyof typeof TEXT_LIMITS;

export const TEXT_KIND_LABEL: Record<TextKind, string> = { title: 'title', note: 'speaker note' };

export interface CleanText {
  text: string;
  /** The text was longer than its limit and was cut. */
  cut: boolean;
  /** How many characters were removed or replaced (control characters, lone surrogates). */
  replaced: number;
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one: not text (XML refuses it). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Line breaks. U+000B is PowerPoint's soft line break, so a title pasted from a slide carries one. U+0085, U+2028 and
 * U+2029 are line breaks to some readers of a text file.
 */
const LINE_BREAKS = /\r\n|[\n\r\u000B\u0085\u2028\u2029]/g;
/** Characters XML 1.0 (and so an SVG export) cannot hold, and U+FFFE/U+FFFF (not characters). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const countMatches = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/** Cuts to `max` code units without splitting a surrogate pair (an emoji is kept whole or dropped whole). */
function cutTo(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * Cleans one title or note: removes lone surrogates and control characters, turns line breaks into a space in a
 * title (a title is one line) and into "\n" in a note, and cuts it to its limit.
 */
export function cleanText(raw: string, kind: TextKind): CleanText {
  let replaced = countMatches(raw, LONE_SURROGATE);
  let text = raw.replace(LONE_SURROGATE, '');
  if (kind === 'title') {
    replaced += countMatches(text, /[\t\n\r\u000B\u0085\u2028\u2029]/g);
    text = text.replace(/\r\n/g, '\n').replace(/[\t\n\r\u000B\u0085\u2028\u2029]/g, ' ');
  } else {
    replaced += countMatches(text, /[\u000B\u0085\u2028\u2029]/g);
    text = text.replace(LINE_BREAKS, '\n');
  }
  replaced += countMatches(text, CONTROL);
  text = text.replace(CONTROL, '');
  const max = TEXT_LIMITS[kind];
  const cut = text.length > max;
  return { text: cutTo(text, max), cut, replaced };
}

/** What to tell a presenter about text that was changed on its way in; null when nothing was. */
export function cleanTextMessage(result: CleanText, kind: TextKind): string | null {
  const parts: string[] = [];
  if (result.cut)
    parts.push(
      `cut to ${formatNumber(TEXT_LIMITS[kind])} characters, the most a ${TEXT_KIND_LABEL[kind]} can hold`,
    );
  if (result.replaced > 0)
    parts.push(
      `${result.replaced} control character${result.replaced === 1 ? '' : 's'} ${kind === 'title' ? 'replaced by spaces or removed' : 'turned into line breaks or removed'}`,
    );
  if (parts.length === 0) return null;
  const text = parts.join('; ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/**
 * Escapes text for one line of a plain-text file: a backslash becomes "\\" and every line break "\n", so no text a
 * presenter (or a link's author) wrote can start a line of its own in the file.
 */
export const oneLine = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(LINE_BREAKS, '\\n').replace(CONTROL, '');
