/**
 * Builds the app into the bench's own folder with Vite's API, and records from the build output which chunk
 * holds which module: the map geometry (world-atlas) may be bundled into JavaScript, and then its size is
 * reported from here rather than from the network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import { GZIP_LEVEL } from './benchConstants';

/** Modules that are map geometry: world-atlas files, or any TopoJSON / GeoJSON module. */
const GEOMETRY_MODULE = /world-atlas|(countries|land)-\d+m\.json|\.(topo|geo)json/i;

export interface GeometryModule {
  /** Module id relative to node_modules (or the project). */
  module: string;
  /** The chunk it was bundled into. */
  chunk: string;
  raw: number;
  gzip: number;
  /** Imported with `?url`: the JS holds only the file's address, the geometry is fetched as its own asset. */
  urlOnly: boolean;
}

export interface BuildReport {
  outDir: string;
  /** Every emitted file with raw and gzip size. */
  files: Record<string, { raw: number; gzip: number }>;
  geometryModules: GeometryModule[];
  /** Pre-minification code size of each npm package per chunk, to see what a chunk is made of. */
  packagesByChunk: Record<string, Record<string, number>>;
}

const shortId = (id: string): string => id.replace(/^.*node_modules\//, '').replace(process.cwd() + '/', '');
const packageOf = (id: string): string => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  return m ? m[1]! : '(app code)';
};

export async function buildApp(outDir: string): Promise<BuildReport> {
  const report: BuildReport = { outDir, files: {}, geometryModules: [], packagesByChunk: {} };
  const probe: Plugin = {
    name: 'tip-bench-probe',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        const packages: Record<string, number> = {};
        for (const [id, mod] of Object.entries(output.modules)) {
          packages[packageOf(id)] = (packages[packageOf(id)] ?? 0) + mod.renderedLength;
          if (GEOMETRY_MODULE.test(id) && mod.code) {
            report.geometryModules.push({
              module: shortId(id),
              chunk: fileName,
              raw: Buffer.byteLength(mod.code),
              gzip: gzipSync(mod.code, { level: GZIP_LEVEL }).length,
              urlOnly: /\?url$/.test(id),
            });
          }
        }
        report.packagesByChunk[fileName] = packages;
      }
    },
    writeBundle(_options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        const body = readFileSync(join(outDir, fileName));
        report.files[fileName] = { raw: body.length, gzip: gzipSync(body, { level: GZIP_LEVEL }).length };
      }
    },
  };
  await build({
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [probe],
  });
  return report;
}
