/**
 * index.html after the client build, made to paint the pre-rendered first view as soon as it is parsed (pure
 * string work, tested in prerenderIndexHtml.test.ts):
 *  - an empty, inert #prerender goes into the slot; each picture is a file of its own (pictureFile), which the guard
 *    script fetches for a link and a screen that show it;
 *  - the guard script is inlined before any stylesheet or script, so it neither waits for a download nor for the
 *    stylesheet (a parser-blocking script waits for the style sheets before it), and the CSP admits exactly that
 *    script by its SHA-256 hash; no other inline script runs;
 *  - the first view's stylesheet is inlined, so painting waits for no request at all;
 *  - the inlined script is minified (minifyInlineScript): the page's first bytes, which every link downloads and
 *    compiles before it can ask for anything else.
 * Each step throws when index.html lacks what it needs, so a changed template cannot silently drop the picture.
 */
import { createHash } from 'node:crypto';
import { minifySync } from 'vite';
import {
  PICTURE_COUNTRIES_ID,
  PRERENDER_ELEMENT_ID,
  PRERENDER_SLOT,
} from '../src/prerender/prerenderConstants.ts';

/**
 * The empty #prerender element, in the slot, that the guard script fills with the screen's picture (a file of its
 * own, pictureFile); inert (no focus, no clicks, hidden from assistive technology) until picture-input.js takes its
 * map.
 */
export function insertFirstView(indexHtml: string, reportYear: number): string {
  if (!indexHtml.includes(PRERENDER_SLOT))
    throw new Error(`index.html has no ${PRERENDER_SLOT} where the pre-rendered first view goes`);
  const picture = `<div id="${PRERENDER_ELEMENT_ID}" inert aria-hidden="true" data-report-year="${reportYear}"></div>`;
  return indexHtml.replace(PRERENDER_SLOT, () => picture);
}

/**
 * One picture's file (the laptop's or the phone's), which the guard script puts into #prerender: the picture in the
 * wrapper styles.css shows it by (PRERENDER_WIDE_MEDIA, PRERENDER_PHONE_MEDIA), then the countries its map answers
 * for (the JSON of src/prerender/pictureCountries.tsx, read by picture-input.js), as data: a script element of a JSON
 * type is never run, and one put in by innerHTML would not run anyway.
 */
export function pictureFile(
  wrapper: 'prerender-wide' | 'prerender-phone',
  html: string,
  countriesJson: string,
): string {
  if (/<\/script/i.test(countriesJson))
    throw new Error('the picture’s country list may not contain "</script"');
  return (
    `<div class="${wrapper}">${html}</div>` +
    `<script type="application/json" id="${PICTURE_COUNTRIES_ID}">${countriesJson}</script>\n`
  );
}

/** Ten hex digits of the SHA-256 of `content`: a file named by it is never kept by a browser for a new page. */
export const contentHash = (content: string): string =>
  createHash('sha256').update(content, 'utf8').digest('hex').slice(0, 10);

/** A picture's file name, with a hash of its content, so a browser never keeps an old picture for a new page. */
export const pictureFileName = (wrapper: string, content: string): string =>
  `${wrapper}-${contentHash(content)}.html`;

/** Path data made only of absolute moves, lines and closes (d3-geo's output for country shapes). */
const GEO_PATH_DATA = /^[MLZ\d.,\s-]+$/;

/**
 * Rounds the coordinates of country shapes (path data of M, L and Z only) to whole pixels and drops the points that
 * then repeat the one before: the phone picture's shapes in about half the bytes. Other paths (icons, with relative
 * commands and arcs) are left as they are, and so is everything inside a <pattern>: a tile's marks must meet the
 * next tile's at its exact size. Path data that does not read as pairs of numbers is left whole.
 */
export function roundShapePaths(html: string): string {
  return html
    .split(/(<pattern\b[\s\S]*?<\/pattern>)/)
    .map((part) => (part.startsWith('<pattern') ? part : roundPathsIn(part)))
    .join('');
}

function roundPathsIn(html: string): string {
  return html.replace(/(\s)d="([^"]*)"/g, (whole, space: string, d: string) => {
    if (!GEO_PATH_DATA.test(d)) return whole;
    const out: string[] = [];
    let previous = '';
    for (const [, command, coords] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
      const numbers = (coords ?? '')
        .split(/[\s,]+/)
        .filter((c) => c !== '')
        .map((c) => Math.round(Number(c)) + 0);
      if (numbers.some((n) => !Number.isFinite(n)) || numbers.length % 2 !== 0) return whole;
      if (command !== 'Z' && numbers.length !== 2) return whole;
      const point = numbers.join(',');
      if (command === 'L' && point === previous) continue;
      out.push(`${command}${point}`);
      previous = command === 'Z' ? '' : point;
    }
    return `${space}d="${out.join('')}"`;
  });
}

/** The CSP source expression that admits exactly this inline script. */
export const scriptHash = (script: string): string =>
  `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/** Inlines `script` before the first script or stylesheet of <head> and adds its hash to the CSP's script-src. */
export function inlineGuardScript(indexHtml: string, script: string): string {
  if (script.includes('</script')) throw new Error('the guard script may not contain "</script"');
  const csp = /(<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*script-src )([^;"]*)/i;
  if (!csp.test(indexHtml))
    throw new Error('index.html has no Content-Security-Policy meta with a script-src directive');
  const headEnd = indexHtml.indexOf('</head>');
  const first = indexHtml.slice(0, headEnd).search(/<script|<link[^>]+rel="(stylesheet|modulepreload)"/);
  if (headEnd < 0 || first < 0)
    throw new Error('index.html has no script or stylesheet in <head> to put the guard script before');
  const withScript = `${indexHtml.slice(0, first)}<script>${script}</script>\n    ${indexHtml.slice(first)}`;
  return withScript.replace(csp, (_m, before: string, sources: string) => {
    return `${before}${sources.trim()} ${scriptHash(script)}`;
  });
}

/** Rewrites the relative url()s of a stylesheet at `cssHref` so they resolve from index.html's folder. */
export function rebaseCssUrls(css: string, cssHref: string): string {
  const folder = cssHref.replace(/^\.\//, '').replace(/[^/]*$/, '');
  return css.replace(
    /url\((['"]?)(?!data:|[a-z]+:|\/|#)(?:\.\/)?([^'")]+)\1\)/gi,
    (_m, q: string, path: string) => {
      return `url(${q}./${folder}${path}${q})`;
    },
  );
}

/**
 * Replaces the <link rel="stylesheet"> of `href` by a <style> holding `css`, its url()s rebased, and keeps the link,
 * disabled (a disabled stylesheet is neither fetched nor applied): Vite's loader for the lazily loaded views looks
 * for a stylesheet link of that href before adding one, and would otherwise load the same rules a second time (a
 * full restyle of the page, and the fonts requested again).
 */
export function inlineStylesheet(indexHtml: string, href: string, css: string): string {
  const escaped = href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const link = new RegExp(`<link rel="stylesheet"[^>]*href="${escaped}"[^>]*>`);
  if (!link.test(indexHtml)) throw new Error(`index.html does not link the stylesheet ${href}`);
  if (css.includes('</style')) throw new Error(`${href} contains "</style", which cannot be inlined`);
  return indexHtml.replace(
    link,
    () => `<style>${rebaseCssUrls(css, href)}</style>\n    <link rel="stylesheet" href="${href}" disabled>`,
  );
}

/** The hrefs of the stylesheets index.html links (the entry's CSS). */
export const linkedStylesheets = (indexHtml: string): string[] =>
  [...indexHtml.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)]
    .filter((m) => !/\sdisabled[\s>]/.test(m[0]))
    .map((m) => m[1]!);

/**
 * The guard script with the build's values in its placeholders: the picture's report year, each picture's media query
 * and file (the first that matches the screen is fetched), the app's modules, each other view's code and data.
 */
export function fillGuardScript(
  source: string,
  values: {
    pictureFiles: [media: string, file: string][];
    appModules: string[];
    viewFiles: Record<string, string[]>;
    /** core.json and the world geometry, relative to index.html. */
    firstData: { core: string; geometry: string };
    pictureYear: number;
    /** A phone's pictures for shared map links: the screens they are for, and each region's file. */
    regionPictures: [media: string, files: Record<string, string>];
    /**
     * The files that turn a phone picture into an earlier report's (PictureYear): each is named `prefix`, the year,
     * `suffix`.
     */
    yearFiles: [prefix: string, suffix: string, years: number[]];
  },
): string {
  const slots = {
    '/*picture-year*/ 0': JSON.stringify(values.pictureYear),
    '/*picture-files*/ []': JSON.stringify(values.pictureFiles),
    '/*app-modules*/ []': JSON.stringify(values.appModules),
    '/*view-files*/ {}': JSON.stringify(values.viewFiles),
    '/*first-data*/ {}': JSON.stringify(values.firstData),
    '/*region-pictures*/ []': JSON.stringify(values.regionPictures),
    '/*year-files*/ []': JSON.stringify(values.yearFiles),
  };
  let out = source;
  for (const [slot, value] of Object.entries(slots)) {
    if (!out.includes(slot)) throw new Error(`the guard script has no ${slot} placeholder`);
    out = out.replace(slot, () => value);
  }
  return out;
}

/**
 * The inlined script, minified once the build has filled it in (the fill-in points are comments, which minifying
 * drops): its sources are commented for people (src/prerender/*.js), which made it 29 KB of the page's 51, and
 * every link downloads and compiles it before the guard can ask for the app's files. Throws on a syntax error.
 */
export function minifyInlineScript(code: string): string {
  const out = minifySync('prerender-guard.js', code, {});
  if (out.errors.length > 0)
    throw new Error(`the inlined script does not parse: ${out.errors.map((e) => e.message).join('; ')}`);
  return out.code.trim();
}
