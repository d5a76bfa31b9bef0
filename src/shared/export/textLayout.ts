/**
 * Text measuring and wrapping for the export frame. In a browser with Inter loaded it measures with a canvas;
 * elsewhere (tests, or before the font has loaded) it uses Inter's average advance widths, which errs wide.
 *
 * Every width is then widened by FALLBACK_ROOM: LibreOffice, librsvg (rsvg-convert), Inkscape and most slide
 * programs ignore the SVG's embedded @font-face and draw the text in the system's sans-serif instead. On Linux that
 * is DejaVu Sans, the widest common fallback: measured with opentype.js against the bundled Inter over the frame's
 * texts (legend labels, sources, digits, "<5", "WL"), DejaVu Sans runs up to 1.18× as wide as Inter at 400 and
 * DejaVu Sans Bold up to 1.27× as wide as Inter at 600/700 (Liberation Sans, the Arial metric clone, is narrower than
 * Inter). Lines wrapped and legend entries spaced for those widths still fit when the fallback draws them.
 */

/** Average advance of Inter per em, by weight class: a little wider than real text so lines never overflow. */
const AVERAGE_ADVANCE = { regular: 0.56, bold: 0.6 } as const;
const FONT_STACK = 'Inter, sans-serif';

/** How much wider than Inter the widest common fallback font draws the same text, by weight class. */
export const FALLBACK_ROOM = { regular: 1.18, bold: 1.27 } as const;

const room = (fontWeight: number) => (fontWeight >= 600 ? FALLBACK_ROOM.bold : FALLBACK_ROOM.regular);

type Measure = (text: string, fontSize: number, fontWeight: number) => number;

let context: OffscreenCanvasRenderingContext2D | null | undefined;

function canvasContext(): OffscreenCanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  context = null;
  if (typeof OffscreenCanvas === 'undefined' || typeof document === 'undefined' || !document.fonts)
    return null;
  try {
    context = new OffscreenCanvas(1, 1).getContext('2d');
  } catch {
    context = null;
  }
  return context;
}

const approximate: Measure = (text, fontSize, fontWeight) =>
  text.length * fontSize * (fontWeight >= 600 ? AVERAGE_ADVANCE.bold : AVERAGE_ADVANCE.regular);

/** The width of the text in Inter. */
export const measureInter: Measure = (text, fontSize, fontWeight) => {
  const ctx = canvasContext();
  const font = `${fontWeight} ${fontSize}px Inter`;
  if (!ctx || !document.fonts.check(font)) return approximate(text, fontSize, fontWeight);
  ctx.font = `${fontWeight} ${fontSize}px ${FONT_STACK}`;
  return ctx.measureText(text).width;
};

/** The width to lay the text out for: Inter's, with room for a wider fallback font (FALLBACK_ROOM). */
export const measureText: Measure = (text, fontSize, fontWeight) =>
  measureInter(text, fontSize, fontWeight) * room(fontWeight);

/**
 * Greedy word wrap to `maxWidth`. Words longer than a line (a URL) are broken at "/", "?", "&", "=", or anywhere.
 * With `maxLines`, the last kept line ends in "…".
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  fontWeight = 400,
  maxLines = Infinity,
  measure: Measure = measureText,
): string[] {
  const fits = (s: string) => measure(s, fontSize, fontWeight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  const pushLongWord = (word: string) => {
    let rest = word;
    while (rest && !fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      const soft = Math.max(...['/', '?', '&', '=', '-', ','].map((c) => rest.lastIndexOf(c, cut - 1)));
      if (soft > cut / 2) cut = soft + 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    return rest;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = fits(word) ? word : pushLongWord(word);
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]!}…`;
  while (last.length > 1 && !fits(last)) last = `${last.slice(0, -2)}…`;
  kept[maxLines - 1] = last;
  return kept;
}
