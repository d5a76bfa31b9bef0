/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { prerenderFirstView } from './scripts/prerenderPlugin.ts';

/**
 * The first view needs its fonts, and the live map its data (data/core.json, preloaded in index.html) and the world
 * geometry, a hashed asset whose name is known only after the build: preloaded, they download with the page. The
 * app's code (boot.tsx) is not preloaded here: while the pre-rendered picture is being parsed and painted, fetching
 * and compiling 400 KB of JavaScript on a second core slowed the picture by a quarter (time to map 326 → 254 ms,
 * time to the live map unchanged); main.tsx imports it after the picture's frame, and the guard script preloads it
 * at once for a page that shows no picture (scripts/prerenderPlugin.ts).
 */
function preloadFirstView(): Plugin {
  return {
    name: 'tip-preload-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const outputs = Object.values(ctx.bundle ?? {});
        const geometry = outputs.find(
          (o) => o.type === 'asset' && /countries-110m-[\w-]+\.json$/.test(o.fileName),
        );
        // The first view's fonts (Inter 400/600/700, latin): fetched with the page, so the first layout already has
        // them rather than laying the text out again when they arrive.
        const fonts = outputs.filter(
          (o) => o.type === 'asset' && /inter-latin-(400|600|700)-normal-[\w-]+\.woff2$/.test(o.fileName),
        );
        return [
          ...fonts.map((font) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `./${font.fileName}`,
              as: 'font',
              type: 'font/woff2',
              crossorigin: 'anonymous',
            },
            injectTo: 'head' as const,
          })),
          ...(geometry
            ? [
                {
                  tag: 'link',
                  attrs: {
                    rel: 'preload',
                    href: `./${geometry.fileName}`,
                    as: 'fetch',
                    crossorigin: 'anonymous',
                  },
                  injectTo: 'head' as const,
                },
              ]
            : []),
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadFirstView(), prerenderFirstView()],
  // Relative base so the built app works from any static folder or sub-path.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  test: {
    css: false,
    // Two projects: pure modules (.test.ts) run in Node, which starts in a fraction of jsdom's time; components
    // (.test.tsx) and the few .ts suites that need a DOM (they say so with `@vitest-environment jsdom`) get jsdom.
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] },
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
        },
      },
    ],
  },
});
