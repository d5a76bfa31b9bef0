/**
 * Vite plugin: after the client build, renders the app's default view (the latest report's tier map) to static
 * HTML with the app's own components (src/prerender/entry.tsx, loaded through Vite's SSR loader) and writes it into
 * index.html, with the guard script that hides it for any other link, and the first view's stylesheet inlined
 * (prerenderIndexHtml.ts). See src/prerender/README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
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
import {
  fillGuardScript,
  inlineGuardScript,
  inlineStylesheet,
  insertFirstView,
  linkedStylesheets,
  pictureFile,
  pictureFileName,
  roundShapePaths,
} from './prerenderIndexHtml.ts';

const ENTRY = '/src/prerender/entry.tsx';
const GUARD_SOURCE = 'src/prerender/prerender-guard.js';
/** Inlined after the guard, in the same script: the picture's map answering input before the app's code. */
const INPUT_SOURCE = 'src/prerender/picture-input.js';

export function prerenderFirstView(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  /** The app's code that main.tsx imports (boot.tsx and the chunks it imports), relative to index.html. */
  let appModules: string[] = [];
  return {
    name: 'tip-prerender-first-view',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle: Rollup.OutputBundle) {
      const chunks = Object.values(bundle).filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
      const boot = chunks.find((c) => c.isDynamicEntry && /\/src\/boot\.tsx$/.test(c.facadeModuleId ?? ''));
      if (!boot) this.error('no chunk for src/boot.tsx, the app main.tsx loads after the picture');
      const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
      appModules = [boot.fileName, ...boot.imports].filter((f) => !entries.has(f)).map((f) => `./${f}`);
    },
    async closeBundle() {
      const server = await createServer({
        root,
        logLevel: 'warn',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const { renderFirstView, renderPictureCountries } = (await server.ssrLoadModule(ENTRY)) as {
          renderFirstView: (
            core: unknown,
            topology: WorldTopology,
            layout?: PrerenderLayout,
            idPrefix?: string,
          ) => FirstView;
          renderPictureCountries: (core: unknown, topology: WorldTopology) => string;
        };
        const core: unknown = JSON.parse(readFileSync(join(outDir, 'data', 'core.json'), 'utf8'));
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
          const name = pictureFileName(wrapper, content);
          writeFileSync(join(outDir, name), content);
          pictureFiles.push([media, `./${name}`]);
        }
        let html = insertFirstView(readFileSync(indexPath, 'utf8'), view.reportYear);
        const guard = fillGuardScript(readFileSync(join(root, GUARD_SOURCE), 'utf8').trim(), {
          pictureFiles,
          appModules,
          pictureYear: view.reportYear,
        });
        const input = readFileSync(join(root, INPUT_SOURCE), 'utf8').trim();
        html = inlineGuardScript(html, `${guard}\n${input}`);
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
