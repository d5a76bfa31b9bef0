/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The map needs two downloads before it can draw: data/core.json (preloaded in index.html) and the world geometry,
 * a hashed asset whose name is known only after the build. Preloading it too starts both with the page instead of
 * after the app's code has run.
 */
function preloadMapGeometry(): Plugin {
  return {
    name: 'tip-preload-map-geometry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const geometry = Object.values(ctx.bundle ?? {}).find(
          (o) => o.type === 'asset' && /countries-110m-[\w-]+\.json$/.test(o.fileName),
        );
        if (!geometry) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', href: `./${geometry.fileName}`, as: 'fetch', crossorigin: 'anonymous' },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadMapGeometry()],
  // Relative base so the built app works from any static folder or sub-path.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    css: false,
  },
});
