/**
 * Inter, from the bundled @fontsource package, as data URLs: embedded in every exported SVG so it looks the same on
 * a machine without the font (and so the PNG, drawn from that SVG in an <img>, has it too: an SVG image cannot
 * use the page's fonts).
 */
import inter400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?inline';
import inter600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?inline';
import inter700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?inline';
import { EMBEDDED_WEIGHTS } from './exportConstants';

export const EXPORT_FONT_FAMILY = 'Inter';

const FONT_DATA: Record<(typeof EMBEDDED_WEIGHTS)[number], string> = {
  400: inter400,
  600: inter600,
  700: inter700,
};

/** @font-face rules with the woff2 files inline, one per embedded weight. */
export function embeddedFontCss(): string {
  return EMBEDDED_WEIGHTS.map(
    (weight) =>
      `@font-face{font-family:'${EXPORT_FONT_FAMILY}';font-style:normal;font-weight:${weight};` +
      `src:url(${FONT_DATA[weight]}) format('woff2');}`,
  ).join('\n');
}

/** Makes sure the page has the weights loaded, so text measured for layout matches what is drawn. */
export async function loadPageFonts(): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  await Promise.all(
    EMBEDDED_WEIGHTS.map((w) => document.fonts.load(`${w} 16px ${EXPORT_FONT_FAMILY}`).catch(() => [])),
  );
}
