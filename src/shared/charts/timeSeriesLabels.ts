// Text in a time-series chart: estimated widths, word wrap, the tier rows' caption, and where nominal labels ("<5")
// sit so that they never cover another point.
import {
  DIRECT_LABEL_CAPITAL_WIDTH,
  DIRECT_LABEL_CHAR_WIDTH,
  FONT_SIZE,
  MARKER_SIZE,
  NOMINAL_LABEL_GAP,
} from './chartConstants';
import type { PlacedPoint } from './timeSeriesTypes';

/** Left edge of a panel title, the height of each further title line, and a rough bold character width. */
export const TITLE_X = 4;
export const TITLE_LINE_HEIGHT = FONT_SIZE.panelTitle + 3;
export const TITLE_CHAR_WIDTH = 7.2;
/** Rough character width of the empty-plot message (12 px regular), and its line height. */
export const EMPTY_CHAR_WIDTH = 6.6;
export const EMPTY_LINE_HEIGHT = 16;

/**
 * Estimated width of a direct label's text, erring wide: capitals and digits are wider than the average letter, so
 * an ISO3 code such as "VNM" needs more room than three lower-case letters (it was cut off at the right edge).
 */
export const directLabelWidth = (text: string): number =>
  [...text].reduce(
    (w, ch) => w + (/[A-Z0-9]/.test(ch) ? DIRECT_LABEL_CAPITAL_WIDTH : DIRECT_LABEL_CHAR_WIDTH),
    0,
  );

/** Greedy word wrap by an estimated character width; a word longer than a line gets a line of its own. */
export function wrapWords(text: string, maxWidth: number, charWidth: number): string[] {
  const perLine = Math.max(1, Math.floor(maxWidth / charWidth));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The caption of the tier rows, longest first: report year N sits above data year N but assesses mostly the year
 * before, so the caption says so where there is room.
 */
export const TIER_ROWS_LABEL =
  'TIP tier by report year; the 2020 report, drawn above data year 2020, assesses April 2019 – March 2020';
export const TIER_ROWS_LABEL_MEDIUM = 'TIP tier by report year (report N: April N−1 – March N)';
export const TIER_ROWS_LABEL_SHORT = 'TIP tier by report year';

/** Rough width of one character of a nominal label ("<5") at the note size, for collision checks. */
const NOMINAL_CHAR_WIDTH = 6.2;

/** The box a nominal label's text covers. */
export function nominalLabelBox(label: { text: string; x: number; y: number }) {
  const half = (label.text.length * NOMINAL_CHAR_WIDTH) / 2;
  return { left: label.x - half, right: label.x + half, top: label.y - FONT_SIZE.note, bottom: label.y };
}

/**
 * Moves a nominal label up above any neighbouring marker its text would cover (years are only a few pixels
 * apart in narrow panels), so "<5" never sits on another year's point.
 */
export function liftNominalLabels(points: PlacedPoint[]): void {
  const half = MARKER_SIZE / 2 + 1;
  for (const p of points) {
    if (!p.label) continue;
    for (let pass = 0; pass < points.length; pass++) {
      const box = nominalLabelBox(p.label);
      const hit = points.find(
        (q) =>
          q !== p &&
          box.left < q.x + half &&
          box.right > q.x - half &&
          box.top < q.y + half &&
          box.bottom > q.y - half,
      );
      if (!hit) break;
      p.label = { ...p.label, y: hit.y - half - NOMINAL_LABEL_GAP };
    }
  }
}

/** Above a nominal point's marker, centred on it, so the text stays within its own year's column. */
export const nominalLabel = (x: number, y: number, text: string) => ({
  text,
  x,
  y: y - MARKER_SIZE / 2 - NOMINAL_LABEL_GAP,
});
