/**
 * String work on the pre-rendered markup (pure, tested). The markup is React's own (attributes always
 * double-quoted, values escaped), so the patterns below are exact.
 */
import { PRERENDER_ID_PREFIX } from './prerenderConstants';

/** Attributes whose value is a space-separated list of ids. */
const ID_LIST_ATTRIBUTES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'for'];

/**
 * Prefixes every id in the markup and every reference to one (`url(#…)` fills, `href="#…"`, `for` and the ARIA
 * id lists), so the picture and the app can share the page for a moment without two elements of one id (a fill
 * would otherwise point at the other copy's pattern).
 */
export function prefixIds(html: string, prefix: string = PRERENDER_ID_PREFIX): string {
  const id = (value: string) => `${prefix}${value}`;
  const ids = (value: string) => value.split(/\s+/).filter(Boolean).map(id).join(' ');
  let out = html.replace(/(\s)id="([^"]+)"/g, (_m, space: string, v: string) => `${space}id="${id(v)}"`);
  out = out.replace(/url\(#([^)"]+)\)/g, (_m, v: string) => `url(#${id(v)})`);
  out = out.replace(/(\s)href="#([^"]+)"/g, (_m, space: string, v: string) => `${space}href="#${id(v)}"`);
  for (const attr of ID_LIST_ATTRIBUTES) {
    out = out.replace(
      new RegExp(`(\\s)${attr}="([^"]+)"`, 'g'),
      (_m, space: string, v: string) => `${space}${attr}="${ids(v)}"`,
    );
  }
  return out;
}
