import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { appFiles, prerenderFirstView } from './prerenderPlugin';

const chunk = (fileName: string, imports: string[], css: string[] = []): Rollup.OutputChunk =>
  ({
    type: 'chunk',
    fileName,
    imports,
    viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
  }) as never;

describe('appFiles', () => {
  it('lists a chunk, every chunk it imports statically at any depth, once each, then their stylesheets', () => {
    const bundle = {
      'boot.js': chunk('boot.js', ['a.js', 'b.js'], ['boot.css']),
      'a.js': chunk('a.js', ['c.js']),
      'b.js': chunk('b.js', ['c.js', 'a.js'], ['b.css', 'boot.css']),
      'c.js': chunk('c.js', ['boot.js'], ['c.css']),
      'lazy.js': chunk('lazy.js', ['a.js'], ['lazy.css']),
    } as Rollup.OutputBundle;
    expect(appFiles(bundle['boot.js'] as Rollup.OutputChunk, bundle)).toEqual([
      'boot.js',
      'a.js',
      'b.js',
      'c.js',
      'boot.css',
      'b.css',
      'c.css',
    ]);
  });

  it('skips an import that is not a chunk of the bundle (an external or an asset)', () => {
    const bundle = {
      'boot.js': chunk('boot.js', ['gone.js', 'a.js']),
      'a.js': chunk('a.js', []),
    } as Rollup.OutputBundle;
    expect(appFiles(bundle['boot.js'] as Rollup.OutputChunk, bundle)).toEqual(['boot.js', 'a.js']);
  });
});

describe('prerenderFirstView', () => {
  it('leaves a failed build (no index.html written) to report its own error', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tip-prerender-'));
    try {
      const plugin = prerenderFirstView() as unknown as {
        configResolved: (c: unknown) => void;
        closeBundle: () => Promise<void>;
      };
      plugin.configResolved({ root, build: { outDir: 'dist' } });
      await expect(plugin.closeBundle()).resolves.toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
