/**
 * A small static file server for the bench: loopback only, gzip when the browser accepts it (as any static host
 * would), nothing cached between runs by the browser since each run has a fresh profile.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GZIP_LEVEL } from './benchConstants';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};
/** Already-compressed formats are sent as they are. */
const INCOMPRESSIBLE = new Set(['.woff2', '.woff', '.png']);

export interface ServedFile {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
}

export interface StaticServer {
  origin: string;
  /** Raw and gzip size of everything served so far, by URL path. */
  sizes: Map<string, { raw: number; gzip: number }>;
  close: () => Promise<void>;
}

/** Resolves a URL path inside `root`, or null when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rootAbs = resolve(root);
  const target = resolve(rootAbs, normalize(`.${sep}${decoded}`));
  return target === rootAbs || target.startsWith(rootAbs + sep) ? target : null;
}

export function prepare(body: Buffer, path: string): ServedFile {
  const ext = extname(path).toLowerCase();
  return {
    body,
    gzip: INCOMPRESSIBLE.has(ext) ? null : gzipSync(body, { level: GZIP_LEVEL }),
    type: CONTENT_TYPES[ext] ?? 'application/octet-stream',
  };
}

export async function startStaticServer(
  root: string,
  extraPages: Record<string, string> = {},
): Promise<StaticServer> {
  const cache = new Map<string, ServedFile>();
  const sizes = new Map<string, { raw: number; gzip: number }>();
  for (const [path, html] of Object.entries(extraPages)) cache.set(path, prepare(Buffer.from(html), path));

  const load = async (urlPath: string): Promise<ServedFile | null> => {
    const key = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
    const hit = cache.get(key);
    if (hit) return hit;
    const file = resolveInside(root, key);
    if (!file) return null;
    try {
      const served = prepare(await readFile(file), join(file));
      cache.set(key, served);
      return served;
    } catch {
      return null;
    }
  };

  const server: Server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    void load(urlPath).then((file) => {
      if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
        res.writeHead(file ? 405 : 404, { 'content-type': 'text/plain' });
        res.end(file ? 'method not allowed' : 'not found');
        return;
      }
      sizes.set(urlPath, { raw: file.body.length, gzip: file.gzip?.length ?? file.body.length });
      const useGzip = file.gzip !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = useGzip ? file.gzip! : file.body;
      res.writeHead(200, {
        'content-type': file.type,
        'content-length': body.length,
        'cache-control': 'no-cache',
        ...(useGzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    // Loopback only: the bench never exposes the build to the network.
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('bench server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    sizes,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
