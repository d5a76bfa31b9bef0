/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { isBootModule, isMapEarlyModule, prerenderFirstView } from './scripts/prerenderPlugin.ts';

/**
 * react-simple-maps looks a projection up by name in `import * as d3Geo from 'd3-geo'`, so a bundler must keep every
 * d3-geo projection (albersUsa, the conics, mercator, …) although the map passes its projection as a function and the
 * library then never reads that namespace. This hands react-simple-maps, and only it, a d3-geo that exports what it
 * calls (geoPath, geoGraticule) and the one projection the app draws; everything else in the app imports d3-geo as is.
 */
function slimD3GeoForReactSimpleMaps(): Plugin {
  const shim = fileURLToPath(new URL('./src/features/map/d3GeoForMaps.ts', import.meta.url));
  return {
    name: 'tip-slim-d3-geo-for-react-simple-maps',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'd3-geo' && importer && /[\\/]node_modules[\\/]react-simple-maps[\\/]/.test(importer))
        return shim;
      return null;
    },
  };
}

/**
 * The first map is fitted to the world's land, which took a pass over every country's outline (40–80 ms of the
 * 2-core bench machine's main thread) before anything could be drawn. The outlines are the bundled atlas, so the
 * result is known at build time: measured here with the app's own functions, it reaches the app as a constant,
 * with the atlas it was measured for (src/features/map/mapLayout.ts uses it only for that atlas).
 */
function worldFitSeed(): Plugin {
  return {
    name: 'tip-world-fit-seed',
    async config() {
      const inline = { configFile: false as const, logLevel: 'silent' as const };
      const [{ module: layout }, { module: geometry }] = await Promise.all([
        runnerImport<typeof import('./src/features/map/mapLayout')>(
          './src/features/map/mapLayout.ts',
          inline,
        ),
        runnerImport<typeof import('./src/features/map/mapGeometry')>(
          './src/features/map/mapGeometry.ts',
          inline,
        ),
      ]);
      const atlas = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
      const topology = JSON.parse(readFileSync(atlas, 'utf8')) as Parameters<
        typeof geometry.worldFeatures
      >[0];
      const seed = layout.worldFitSeed(geometry.worldFeatures(topology));
      return { define: { __WORLD_FIT_SEED__: JSON.stringify(seed) } };
    },
  };
}

/**
 * The data files the app ships, checked here with the dataset's one schema (scripts/dataChecked.ts): the app reads
 * a file that is byte for byte one checked here without checking it again, so its first load neither runs nor even
 * downloads the schema's code (zod); any other file it checks whole (src/data/loaders.ts). A file the schema
 * rejects stops the build. Builds only: the dev server and unit tests check every file.
 */
function dataCheckedAtBuild(): Plugin {
  return {
    name: 'tip-data-checked',
    apply: 'build',
    async config() {
      const { module } = await runnerImport<typeof import('./scripts/dataChecked')>(
        './scripts/dataChecked.ts',
        {
          configFile: false,
          logLevel: 'silent',
        },
      );
      const dir = fileURLToPath(new URL('./public/data', import.meta.url));
      const { checked, notes } = await module.checkDataFiles(dir);
      for (const note of notes) console.warn(`[tip-data-checked] ${note}`);
      return { define: { __DATA_CHECKED_AT_BUILD__: JSON.stringify(checked) } };
    },
  };
}

/**
 * The app's first-load code (boot.tsx and everything it imports statically, less what the page's entry already
 * holds) as two chunks. Left to itself the bundler cuts it into some eighteen files, split where lazy views share a
 * module; the page needs all of them before the live map, so each was a request of its own. The smaller one holds
 * what a map link with no picture runs while the rest downloads (src/features/map/mapEarly.ts and what it imports:
 * reading the geometry, measuring, projecting), and the other imports it.
 */
function bootChunk(): {
  plugin: Plugin;
  test: (id: string) => boolean;
  earlyTest: (id: string) => boolean;
} {
  const members = new Set<string>();
  const early = new Set<string>();
  const plugin: Plugin = {
    name: 'tip-boot-chunk',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const closure = (roots: string[]) => {
        const seen = new Set<string>();
        const todo = [...roots];
        while (todo.length) {
          const id = todo.pop()!;
          if (seen.has(id)) continue;
          seen.add(id);
          todo.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const boot = ids.find(isBootModule);
      const mapEarly = ids.find(isMapEarlyModule);
      const entries = ids.filter((id) => this.getModuleInfo(id)?.isEntry);
      if (!boot) return;
      const entry = closure(entries);
      members.clear();
      early.clear();
      for (const id of mapEarly ? closure([mapEarly]) : []) if (!entry.has(id)) early.add(id);
      for (const id of closure([boot])) if (!entry.has(id) && !early.has(id)) members.add(id);
    },
  };
  return { plugin, test: (id) => members.has(id), earlyTest: (id) => early.has(id) };
}
const boot = bootChunk();

export default defineConfig({
  plugins: [
    react(),
    boot.plugin,
    worldFitSeed(),
    dataCheckedAtBuild(),
    slimD3GeoForReactSimpleMaps(),
    prerenderFirstView(),
  ],
  // Relative base so the built app works from any static folder or sub-path.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'map-early', test: boot.earlyTest, includeDependenciesRecursively: false },
            { name: 'boot', test: boot.test, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  test: {
    css: false,
    // Both cores of the 2-core CI machine (vitest's default leaves one idle). Files of a project share their module
    // cache and, for components, one jsdom per worker (`isolate: false`): the suite took 83 s isolated, about 25 s
    // so. src/test/setup.ts gives each component file a fresh page, stores and storage; tests undo their own
    // stubs and fake timers in reverse order. Checked with shuffled file orders (--sequence.shuffle.files).
    maxWorkers: 2,
    // Worker threads rather than child processes: the same 736 tests in 27–30 s and 49–54 CPU-s against 32–39 s and
    // 59–71 CPU-s (two runs each, interleaved, idle machine); nothing here needs a process of its own (no chdir, no
    // native addon), and shuffled file orders pass the same.
    pool: 'threads',
    // Two projects: pure modules (.test.ts) run in Node, which starts in a fraction of jsdom's time; components
    // (.test.tsx) and the few .ts suites that need a DOM (they say so with `@vitest-environment jsdom`) get jsdom.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          // The property tests parse the shipped files hundreds of times: 1.5-2 s on an idle 2-core machine, 3.9 s
          // with the machine busy, against vitest's 5 s default. The margin is for the machine, as in 'dom' below.
          testTimeout: 20_000,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./src/test/setup.ts'],
          include: ['src/**/*.test.tsx'],
          // Components render in jsdom, which on a loaded 2-core machine took over vitest's 5 s default for one
          // dialog test (it passes alone): the margin is for the machine, not for anything the test waits on.
          testTimeout: 20_000,
          isolate: false,
        },
      },
    ],
  },
});
