/**
 * Vite plugin: after the client build, renders the app's default view (the latest report's tier map) to static
 * HTML with the app's own components (src/prerender/entry.tsx, loaded through Vite's SSR loader) and writes it into
 * index.html, with the guard script that hides it for any other link, and the first view's stylesheet inlined
 * (prerenderIndexHtml.ts). See src/prerender/README.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { createServer, type Plugin, type Rollup } from 'vite';
import {
  PRERENDER_PHONE_ID_PREFIX,
  PRERENDER_PHONE_LAYOUT,
  PRERENDER_PHONE_MEDIA,
  PRERENDER_WIDE_MEDIA,
} from '../src/prerender/prerenderConstants.ts';
import type { PrerenderLayout } from '../src/prerender/PrerenderContext';
import type { FirstView } from '../src/prerender/entry';
import type { WorldTopology } from '../src/features/map/mapGeometry';
import { CORE_FILE, VIEW_PRELOADS } from '../src/prerender/viewPreloads.ts';
import {
  contentHash,
  fillGuardScript,
  inlineGuardScript,
  inlineStylesheet,
  insertFirstView,
  linkedStylesheets,
  minifyInlineScript,
  pictureFile,
  pictureFileName,
  roundShapePaths,
} from './prerenderIndexHtml.ts';

const ENTRY = '/src/prerender/entry.tsx';
const GUARD_SOURCE = 'src/prerender/prerender-guard.js';
/** Inlined after the guard, in the same script: the picture's map answering input before the app's code. */
const INPUT_SOURCE = 'src/prerender/picture-input.js';

/**
 * Every file the app's code needs before it runs: the boot chunk, the chunks it imports statically (and theirs),
 * and their stylesheets, which Vite's loader fetches before it runs the chunk. All of them, so that a link with no
 * picture starts every download at once instead of finding the last ones only when the first have run.
 */
export function appFiles(boot: Rollup.OutputChunk, bundle: Rollup.OutputBundle): string[] {
  const files: string[] = [];
  const css = new Set<string>();
  const todo = [boot.fileName];
  while (todo.length > 0) {
    const name = todo.shift()!;
    const chunk = bundle[name];
    if (files.includes(name) || !chunk || chunk.type !== 'chunk') continue;
    files.push(name);
    for (const f of chunk.viteMetadata?.importedCss ?? []) css.add(f);
    todo.push(...chunk.imports);
  }
  return [...files, ...css];
}

/** src/boot.tsx, the app's code that main.tsx loads (by the id the bundler gives the module). */
export const isBootModule = (id: string): boolean => /[\\/]src[\\/]boot\.tsx$/.test(id);

/** src/features/map/mapEarly.ts, what a map link with no picture runs while the rest of the app's code downloads. */
export const isMapEarlyModule = (id: string): boolean =>
  /[\\/]src[\\/]features[\\/]map[\\/]mapEarly\.ts$/.test(id);

/** A coordinate that is not a number draws nothing and is a console error on every load: the build stops. */
function checkNumbers(what: string, content: string): void {
  const broken = /\s(?:d|points|x|y|width|height)="[^"]*(?:NaN|Infinity)[^"]*"/.exec(content);
  if (broken) throw new Error(`${what}: an attribute that is not a number: ${broken[0].trim().slice(0, 80)}`);
}

export function prerenderFirstView(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  /** The app's code that main.tsx imports (boot.tsx and the chunks it imports), relative to index.html. */
  let appModules: string[] = [];
  /** Per view other than the map: its code not already among appModules, and its data files (viewPreloads.ts). */
  let viewFiles: Record<string, string[]> = {};
  /** The data every view reads (core.json) and the world geometry the map is drawn from (a hashed asset). */
  let firstData = { core: '', geometry: '' };
  return {
    name: 'tip-prerender-first-view',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    // After Vite's own hooks: its CSS plugin drops the chunks that only held stylesheets (and their imports), which
    // would otherwise be listed and preloaded as files that do not exist.
    generateBundle: {
      order: 'post',
      handler(_options, bundle: Rollup.OutputBundle) {
        const chunks = Object.values(bundle).filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
        // The chunk vite.config.ts's boot group puts boot.tsx in (with everything it imports statically).
        const boot = chunks.find((c) => c.moduleIds.some(isBootModule));
        if (!boot) this.error('no chunk for src/boot.tsx, the app main.tsx loads after the picture');
        // The entry's own files (its chunk, its stylesheet linked by index.html) are in the page already.
        const entries = new Set(
          chunks
            .filter((c) => c.isEntry)
            .flatMap((c) => [c.fileName, ...(c.viteMetadata?.importedCss ?? [])]),
        );
        const geometry = Object.values(bundle).find(
          (o) => o.type === 'asset' && /countries-110m-[\w-]+\.json$/.test(o.fileName),
        );
        if (!geometry)
          this.error('no world geometry asset (countries-110m-*.json), which the live map is drawn from');
        firstData = { core: `./data/${CORE_FILE}`, geometry: `./${geometry.fileName}` };
        const bootFiles = appFiles(boot, bundle);
        // For a link with no picture: the page's entry first (the parser finds its script tag only after the guard
        // has asked for everything else, and over HTTP/1.1's six connections it then waited for a free one while
        // everything runs from it), then each chunk before the chunks that import it (appFiles lists them from
        // boot.tsx down), so the small ones run first: mapEarly's, while the boot chunk still downloads.
        const entryChunk = chunks.find((c) => c.isEntry);
        const appChunks = bootFiles.filter((f) => !entries.has(f));
        appModules = [
          ...(entryChunk ? [entryChunk.fileName] : []),
          ...appChunks.filter((f) => f.endsWith('.js')).reverse(),
          ...appChunks.filter((f) => !f.endsWith('.js')),
        ].map((f) => `./${f}`);
        viewFiles = {};
        for (const [view, { module, data }] of Object.entries(VIEW_PRELOADS)) {
          const chunk = chunks.find(
            (c) => c.isDynamicEntry && (c.facadeModuleId ?? '').endsWith(`/${module}`),
          );
          if (!chunk) this.error(`no chunk for ${module}, the ${view} view's code`);
          viewFiles[view] = [
            ...appFiles(chunk, bundle)
              .filter((f) => !entries.has(f) && !bootFiles.includes(f))
              .map((f) => `./${f}`),
            ...data.map((file) => `./data/${file}`),
          ];
        }
      },
    },
    async closeBundle() {
      // A build that failed writes no index.html, and the bundler still calls this hook: its own error (a missing
      // export, say) is the one to report, not this plugin's missing file.
      if (!existsSync(join(outDir, 'index.html'))) return;
      const server = await createServer({
        root,
        logLevel: 'warn',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const entry = (await server.ssrLoadModule(ENTRY)) as {
          renderFirstView: (
            core: unknown,
            topology: WorldTopology,
            layout?: PrerenderLayout,
            idPrefix?: string,
            region?: string,
          ) => FirstView;
          renderPictureCountries: (core: unknown, topology: WorldTopology, region?: string) => string;
          renderPictureYears: (core: unknown, topology: WorldTopology) => [year: number, json: string][];
          regionPresets: readonly string[];
        };
        const { renderFirstView, renderPictureCountries } = entry;
        const core: unknown = JSON.parse(readFileSync(join(outDir, 'data', CORE_FILE), 'utf8'));
        const require = createRequire(join(root, 'package.json'));
        const topology = JSON.parse(
          readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
        ) as WorldTopology;
        const view = renderFirstView(core, topology);
        const phone = renderFirstView(core, topology, PRERENDER_PHONE_LAYOUT, PRERENDER_PHONE_ID_PREFIX);
        const indexPath = join(outDir, 'index.html');
        const countries = renderPictureCountries(core, topology);
        const pictureFiles: [string, string][] = [];
        for (const [media, wrapper, markup] of [
          [PRERENDER_WIDE_MEDIA, 'prerender-wide', view.html],
          [PRERENDER_PHONE_MEDIA, 'prerender-phone', roundShapePaths(phone.html)],
        ] as const) {
          const content = pictureFile(wrapper, markup, countries);
          checkNumbers(wrapper, content);
          const name = pictureFileName(wrapper, content);
          writeFileSync(join(outDir, name), content);
          pictureFiles.push([media, `./${name}`]);
        }
        // A phone's pictures for shared map links (README.md): the latest report's map of each region, and what turns
        // one into an earlier report's.
        const regionPictures: Record<string, string> = {};
        for (const region of entry.regionPresets) {
          if (region === 'world') {
            regionPictures[region] = pictureFiles.find(([media]) => media === PRERENDER_PHONE_MEDIA)![1];
            continue;
          }
          const markup = renderFirstView(
            core,
            topology,
            PRERENDER_PHONE_LAYOUT,
            PRERENDER_PHONE_ID_PREFIX,
            region,
          );
          const content = pictureFile(
            'prerender-phone',
            roundShapePaths(markup.html),
            renderPictureCountries(core, topology, region),
          );
          checkNumbers(`prerender-phone (${region})`, content);
          const name = pictureFileName(`prerender-phone-${region}`, content);
          writeFileSync(join(outDir, name), content);
          regionPictures[region] = `./${name}`;
        }
        // One hash for the whole set (a change to any report's file renames them all): the guard, which every link
        // downloads, then lists the years only, not 24 file names.
        const yearContents = entry.renderPictureYears(core, topology);
        const yearHash = contentHash(yearContents.map(([, json]) => json).join('\n'));
        for (const [year, json] of yearContents)
          writeFileSync(join(outDir, `picture-year-${year}-${yearHash}.json`), json);
        const yearFiles: [prefix: string, suffix: string, years: number[]] = [
          './picture-year-',
          `-${yearHash}.json`,
          yearContents.map(([year]) => year),
        ];
        let html = insertFirstView(readFileSync(indexPath, 'utf8'), view.reportYear);
        const guard = fillGuardScript(readFileSync(join(root, GUARD_SOURCE), 'utf8').trim(), {
          pictureFiles,
          appModules,
          viewFiles,
          firstData,
          pictureYear: view.reportYear,
          regionPictures: [PRERENDER_PHONE_MEDIA, regionPictures],
          yearFiles,
        });
        const input = readFileSync(join(root, INPUT_SOURCE), 'utf8').trim();
        // Minified (the page's first bytes), under a line that says what it is and where its source is.
        const script = minifyInlineScript(`${guard}\n${input}`);
        html = inlineGuardScript(
          html,
          `// TIP Atlas pre-render guard and picture input (src/prerender/*.js, minified by the build)\n${script}`,
        );
        for (const href of linkedStylesheets(html))
          html = inlineStylesheet(html, href, readFileSync(join(outDir, href), 'utf8'));
        writeFileSync(indexPath, html);
        this.info?.(`pre-rendered the ${view.reportYear} report's map into index.html`);
      } finally {
        await server.close();
      }
    },
  };
}
