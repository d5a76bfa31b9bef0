/**
 * "Text as outlines": every glyph of an exported SVG turned into a path drawn from the bundled Inter (opentype.js,
 * loaded with this module only when the option is chosen), for programs that cannot use any embedded font. The
 * positions come from the browser's own layout of the text in Inter (getStartPositionOfChar), so anchors, tspans,
 * dy and kerning land exactly where the text version draws them. The words stay in an aria-label and the <desc>.
 * A text with a character Inter's latin subset lacks stays text.
 */
import opentype, { type Font } from 'opentype.js';
import inter400 from '@fontsource/inter/files/inter-latin-400-normal.woff?url';
import inter600 from '@fontsource/inter/files/inter-latin-600-normal.woff?url';
import inter700 from '@fontsource/inter/files/inter-latin-700-normal.woff?url';
import { SVG_NS } from './exportConstants';

const FONT_URL = { 400: inter400, 600: inter600, 700: inter700 } as const;
type Weight = keyof typeof FONT_URL;
let fonts: Promise<Record<Weight, Font>> | null = null;

function loadFonts(): Promise<Record<Weight, Font>> {
  fonts ??= Promise.all(
    (Object.keys(FONT_URL) as unknown as Weight[]).map(async (w) => {
      const response = await fetch(FONT_URL[w]);
      if (!response.ok) throw new Error(`Could not load the Inter font file (${response.status}).`);
      return [w, opentype.parse(await response.arrayBuffer())] as const;
    }),
  ).then((entries) => Object.fromEntries(entries) as Record<Weight, Font>);
  return fonts;
}

const weightOf = (value: string): Weight => {
  const n = Number(value) || (value === 'bold' ? 700 : 400);
  return n >= 650 ? 700 : n >= 550 ? 600 : 400;
};

const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
];

/** Returns the SVG with its text drawn as paths, and how many texts had to stay text. */
export async function outlineSvgText(svg: string): Promise<{ svg: string; keptAsText: number }> {
  const font = await loadFonts();
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:fixed;left:-200000px;top:0;pointer-events:none;';
  holder.innerHTML = svg.replace(/^<\?xml[^>]*>/, '');
  document.body.append(holder);
  let keptAsText = 0;
  try {
    await document.fonts.ready;
    const root = holder.querySelector('svg')!;
    for (const text of [...root.querySelectorAll('text')]) {
      const content = text.textContent ?? '';
      const style = getComputedStyle(text);
      const glyphs = font[weightOf(style.fontWeight)];
      const size = parseFloat(style.fontSize);
      const chars = [...content];
      if (chars.some((c) => c.trim() && glyphs.charToGlyphIndex(c) === 0)) {
        keptAsText++;
        continue;
      }
      let d = '';
      // getStartPositionOfChar counts UTF-16 code units, as the text content does.
      for (let i = 0, unit = 0; i < chars.length; unit += chars[i]!.length, i++) {
        if (!chars[i]!.trim()) continue;
        const at = text.getStartPositionOfChar(unit);
        d += glyphs.getPath(chars[i]!, at.x, at.y, size).toPathData(2);
      }
      const path = document.createElementNS(SVG_NS, 'path');
      path.setAttribute('d', d);
      for (const name of PAINT) {
        const value = text.getAttribute(name) ?? (name === 'fill' ? style.fill : null);
        if (value) path.setAttribute(name, value);
      }
      if (text.getAttribute('aria-hidden') !== 'true') {
        path.setAttribute('role', 'img');
        path.setAttribute('aria-label', content);
      } else path.setAttribute('aria-hidden', 'true');
      const cls = text.getAttribute('class');
      if (cls) path.setAttribute('class', cls);
      text.replaceWith(path);
    }
    // Without text, the embedded font is dead weight.
    for (const style of root.querySelectorAll('style'))
      style.textContent = (style.textContent ?? '').replace(/@font-face\{[^}]*\}\n?/g, '');
    const out = new XMLSerializer().serializeToString(root);
    return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${out}\n`, keptAsText };
  } finally {
    holder.remove();
  }
}
