// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveInside, startStaticServer, type StaticServer } from './staticServer';

describe('resolveInside', () => {
  it('keeps paths inside the root', () => {
    expect(resolveInside('/srv/app', '/assets/a.js')).toBe('/srv/app/assets/a.js');
  });

  it('refuses paths that climb out of the root, encoded or not', () => {
    expect(resolveInside('/srv/app', '/../etc/passwd')).toBeNull();
    expect(resolveInside('/srv/app', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveInside('/srv/app', '/%00')).toBeNull();
    expect(resolveInside('/srv/app', '/%E0%A4%A')).toBeNull();
  });
});

describe('startStaticServer', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-server-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><p>app</p>');
    writeFileSync(join(root, 'big.js'), 'console.log("x");'.repeat(200));
    server = await startStaticServer(root, { '/ref.html': '<p>reference</p>' });
  });
  afterAll(() => server.close());

  it('listens on loopback only', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves gzip to a client that accepts it, and records raw and gzip sizes', async () => {
    const res = await fetch(`${server.origin}/big.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(await res.text()).toBe('console.log("x");'.repeat(200));
    const size = server.sizes.get('/big.js')!;
    expect(size.raw).toBe(3400);
    expect(size.gzip).toBeLessThan(200);
  });

  it('serves index.html for the root and in-memory pages by path', async () => {
    expect(await (await fetch(`${server.origin}/`)).text()).toContain('app');
    expect(await (await fetch(`${server.origin}/ref.html`)).text()).toContain('reference');
  });

  it('answers 404 for what it does not have', async () => {
    expect((await fetch(`${server.origin}/nope.js`)).status).toBe(404);
  });
});
