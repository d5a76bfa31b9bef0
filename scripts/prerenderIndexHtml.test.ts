import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  fillGuardScript,
  inlineGuardScript,
  inlineStylesheet,
  insertFirstView,
  pictureFile,
  pictureFileName,
  roundShapePaths,
  linkedStylesheets,
  minifyInlineScript,
  rebaseCssUrls,
  scriptHash,
} from './prerenderIndexHtml';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'"
    />
    <title>TIP Atlas</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-abc.css">
  </head>
  <body>
    <!--prerender-slot-->
    <div id="root"></div>
  </body>
</html>`;

describe('insertFirstView', () => {
  it('puts an empty #prerender, inert and hidden from assistive technology, where the slot was', () => {
    const out = insertFirstView(INDEX, 2025);
    expect(out).toContain(
      '<div id="prerender" inert aria-hidden="true" data-report-year="2025"></div>\n    <div id="root">',
    );
    expect(out).not.toContain('prerender-slot');
  });

  it('fails when index.html has no slot', () => {
    expect(() => insertFirstView(INDEX.replace('<!--prerender-slot-->', ''), 2025)).toThrow(
      /no <!--prerender-slot-->/,
    );
  });
});

describe('pictureFile', () => {
  it('holds the picture in the wrapper styles.css shows it by, then the countries its map answers for', () => {
    expect(pictureFile('prerender-phone', '<h1>phone $& $1</h1>', '{"countries":[]}')).toBe(
      '<div class="prerender-phone"><h1>phone $& $1</h1></div>' +
        '<script type="application/json" id="picture-countries">{"countries":[]}</script>\n',
    );
  });
  it('refuses a country list that would close its script element', () => {
    expect(() => pictureFile('prerender-wide', '', '{"a":"</script><script>alert(1)"}')).toThrow(/<\/script/);
  });
  it('is named by its content, so a new picture is never taken from a cache for an old one', () => {
    const a = pictureFileName('prerender-wide', '<h1>2024</h1>');
    expect(a).toMatch(/^prerender-wide-[0-9a-f]{10}\.html$/);
    expect(pictureFileName('prerender-wide', '<h1>2024</h1>')).toBe(a);
    expect(pictureFileName('prerender-wide', '<h1>2025</h1>')).not.toBe(a);
  });
});

describe('roundShapePaths', () => {
  it('rounds shape coordinates to whole pixels and drops points that repeat the one before', () => {
    expect(roundShapePaths('<path data-iso3="FRA" d="M10.4,20.6L10.2,20.9L15.5,-0.4Z"></path>')).toBe(
      '<path data-iso3="FRA" d="M10,21L16,0Z"></path>',
    );
  });

  it('reads coordinates separated by spaces as by commas, and leaves pattern tiles exact', () => {
    expect(roundShapePaths('<path d="M10.4 20.6L15.5 -0.4Z"></path>')).toBe('<path d="M10,21L16,0Z"></path>');
    // A hatch tile 6√2 wide: rounded, its lines would no longer meet the next tile's (and once came out "MNaN").
    const tile =
      '<pattern id="p" width="8.485" height="8.485"><rect width="8.485" height="8.485"></rect>' +
      '<path d="M0 8.485L8.485 0M-4.243 4.243L4.243 -4.243"></path></pattern>';
    expect(roundShapePaths(`${tile}<path d="M1.4,2.6L3,4Z"></path>`)).toBe(
      `${tile}<path d="M1,3L3,4Z"></path>`,
    );
  });

  it('never writes a coordinate that is not a number: path data it cannot read stays as it was', () => {
    for (const d of ['M1,2,3L4,5Z', 'M1L2,3', 'M,L,Z', 'M1.5.5,2L3,4']) {
      const path = `<path d="${d}"></path>`;
      expect(roundShapePaths(path)).toBe(path);
    }
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('M', 'L', 'Z'),
            fc.double({ min: -5000, max: 5000, noNaN: true }),
            fc.double({ min: -5000, max: 5000, noNaN: true }),
            fc.constantFrom(',', ' ', ', ', '  '),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        (parts) => {
          const d = parts
            .map(([c, x, y, sep]) => (c === 'Z' ? 'Z' : `${c}${x.toFixed(2)}${sep}${y.toFixed(2)}`))
            .join('');
          const out = /d="([^"]*)"/.exec(roundShapePaths(`<path d="${d}"></path>`))![1]!;
          expect(out).not.toMatch(/NaN|Infinity/);
          expect(out).toMatch(/^([ML]-?\d+,-?\d+|Z)*$/);
        },
      ),
    );
  });

  it('leaves paths with other commands (icons, arcs) and other attributes alone', () => {
    const icon = '<path d="M8 1v9M4.5 6.5 8 10l3.5-3.5"></path><p data-d="M1.5,2.5L3.5,4.5">x</p>';
    expect(roundShapePaths(icon)).toBe(icon);
  });
});

describe('inlineGuardScript', () => {
  const guard = "document.documentElement.classList.add('x');";

  it('inlines the script before the first script or stylesheet and admits exactly it in the CSP', () => {
    const out = inlineGuardScript(INDEX, guard);
    const hash = `'sha256-${createHash('sha256').update(guard).digest('base64')}'`;
    expect(scriptHash(guard)).toBe(hash);
    expect(out).toContain(`script-src 'self' ${hash};`);
    expect(out.indexOf(`<script>${guard}</script>`)).toBeLessThan(out.indexOf('<script type="module"'));
    expect(out.indexOf(`<script>${guard}</script>`)).toBeGreaterThan(out.indexOf('Content-Security-Policy'));
  });

  it('fails without a CSP script-src to add the hash to', () => {
    expect(() => inlineGuardScript(INDEX.replace("script-src 'self'; ", ''), guard)).toThrow(
      /Content-Security-Policy/,
    );
  });

  it('refuses a script that would close its own tag', () => {
    expect(() => inlineGuardScript(INDEX, 'var s = "</script>";')).toThrow(/<\/script/);
  });
});

describe('rebaseCssUrls', () => {
  it('makes relative urls resolve from index.html, leaving data:, absolute and fragment urls alone', () => {
    const css =
      '@font-face{src:url(./inter-400.woff2) format("woff2"),url("inter-400.woff")}' +
      '.a{background:url(data:image/png;base64,AA==)}.b{background:url(/x.png)}.c{fill:url(#p)}' +
      '.d{background:url(https://example.org/y.png)}';
    expect(rebaseCssUrls(css, './assets/index-abc.css')).toBe(
      '@font-face{src:url(./assets/inter-400.woff2) format("woff2"),url("./assets/inter-400.woff")}' +
        '.a{background:url(data:image/png;base64,AA==)}.b{background:url(/x.png)}.c{fill:url(#p)}' +
        '.d{background:url(https://example.org/y.png)}',
    );
  });
});

describe('inlineStylesheet', () => {
  it('replaces the stylesheet link by a <style> with its urls rebased, keeping the link disabled', () => {
    expect(linkedStylesheets(INDEX)).toEqual(['./assets/index-abc.css']);
    const out = inlineStylesheet(INDEX, './assets/index-abc.css', 'body{background:url(./a.png)}');
    expect(out).toContain('<style>body{background:url(./assets/a.png)}</style>');
    // Vite's loader of lazy views finds the link and does not load the rules a second time.
    expect(out).toContain('<link rel="stylesheet" href="./assets/index-abc.css" disabled>');
    expect(linkedStylesheets(out)).toEqual([]);
  });

  it('fails for a stylesheet index.html does not link, or one that would close the <style>', () => {
    expect(() => inlineStylesheet(INDEX, './assets/other.css', 'a{}')).toThrow(/does not link/);
    expect(() => inlineStylesheet(INDEX, './assets/index-abc.css', 'a{content:"</style>"}')).toThrow(
      /<\/style/,
    );
  });
});

describe('fillGuardScript', () => {
  const source =
    'var pictureYear = /*picture-year*/ 0;\nvar pictureFiles = /*picture-files*/ [];\nvar appModules = /*app-modules*/ [];\nvar viewFiles = /*view-files*/ {};\nvar firstData = /*first-data*/ {};\nvar regionPictures = /*region-pictures*/ [];\nvar yearFiles = /*year-files*/ [];';

  it('writes the picture’s year, each picture’s media query and file, the app’s modules, each view’s files and the first data files into their placeholders', () => {
    expect(
      fillGuardScript(source, {
        pictureFiles: [['(min-width: 1160px)', './prerender-wide-0123456789.html']],
        appModules: ['./assets/boot-a.js'],
        viewFiles: { trends: ['./assets/TrendsView-b.js', './data/unodc.json'] },
        firstData: { core: './data/core.json', geometry: './assets/countries-110m-c.json' },
        pictureYear: 2025,
        regionPictures: ['(max-width: 430px)', { europe: './prerender-phone-europe-0123456789.html' }],
        yearFiles: ['./picture-year-', '-0123456789.json', [2019, 2020]],
      }),
    ).toBe(
      'var pictureYear = 2025;\nvar pictureFiles = [["(min-width: 1160px)","./prerender-wide-0123456789.html"]];\nvar appModules = ["./assets/boot-a.js"];\nvar viewFiles = {"trends":["./assets/TrendsView-b.js","./data/unodc.json"]};\nvar firstData = {"core":"./data/core.json","geometry":"./assets/countries-110m-c.json"};\nvar regionPictures = ["(max-width: 430px)",{"europe":"./prerender-phone-europe-0123456789.html"}];\nvar yearFiles = ["./picture-year-","-0123456789.json",[2019,2020]];',
    );
  });

  it('fails when a placeholder is missing, so a changed guard cannot silently lose its values', () => {
    expect(() =>
      fillGuardScript('var appModules = [];', {
        pictureFiles: [],
        appModules: [],
        viewFiles: {},
        firstData: { core: '', geometry: '' },
        pictureYear: 2025,
        regionPictures: ['', {}],
        yearFiles: ['', '', []],
      }),
    ).toThrow(/picture-year/);
  });
});

describe('minifyInlineScript', () => {
  const filled = () =>
    fillGuardScript(readFileSync('src/prerender/prerender-guard.js', 'utf8'), {
      pictureFiles: [['(min-width: 1160px)', './prerender-wide-0123456789.html']],
      appModules: ['./assets/index-e.js', './assets/boot-a.js'],
      viewFiles: { trends: ['./assets/TrendsView-b.js', './data/unodc.json'] },
      firstData: { core: './data/core.json', geometry: './assets/countries-110m-c.json' },
      pictureYear: 2025,
      regionPictures: ['(max-width: 430px)', { europe: './prerender-phone-europe-0123456789.html' }],
      yearFiles: ['./picture-year-', '-0123456789.json', [2019, 2020]],
    }) + `\n${readFileSync('src/prerender/picture-input.js', 'utf8')}`;

  it('keeps every value the build filled in, drops the comments, and is well under half the size', () => {
    const source = filled();
    const out = minifyInlineScript(source);
    for (const value of [
      './prerender-wide-0123456789.html',
      '(min-width: 1160px)',
      './assets/index-e.js',
      './assets/boot-a.js',
      './assets/TrendsView-b.js',
      './assets/countries-110m-c.json',
      '2025',
      './prerender-phone-europe-0123456789.html',
      './picture-year-',
      '-0123456789.json',
    ])
      expect(out).toContain(value);
    expect(out).not.toMatch(/\/\*|^\s*\/\//m);
    expect(out.length).toBeLessThan(source.length / 2);
    // Still a script that compiles, and one the page can inline (inlineGuardScript refuses "</script").
    expect(() => new Script(out)).not.toThrow();
    expect(out).not.toContain('</script');
  });

  it('refuses a script that does not parse, rather than inline something broken', () => {
    expect(() => minifyInlineScript('(function () { var a = ; })();')).toThrow(/does not parse/);
  });
});
