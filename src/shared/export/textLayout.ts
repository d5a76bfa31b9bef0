/**
 * Text measuring and wrapping for the export frame. In a browser with Inter loaded it measures with a canvas;
 * elsewhere (tests, or before the font has loaded) it uses Inter's average advance widths, which errs wide.
 */

/** Average advance of Inter per em, by weight class: a little wider than real text so lines never overflow. */
const AVERAGE_ADVANCE = { regular: 0.56, bold: 0.6 } as const;
const FONT_STACK = 'Inter, sans-serif';

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

export const measureText: Measure = (text, fontSize, fontWeight) => {
  const ctx = canvasContext();
  const font = `${fontWeight} ${fontSize}px Inter`;
  if (!ctx || !document.fonts.check(font)) return approximate(text, fontSize, fontWeight);
  ctx.font = `${fontWeight} ${fontSize}px ${FONT_STACK}`;
  return ctx.measureText(text).width;
};

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
