/**
 * One measured load: a fresh browser context (a fresh profile: empty cache, no storage) at the given viewport, the
 * probe injected, navigation, the painted and the live map, then a quiet network; with the bytes of the first load.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { NETWORK_QUIET_MS, STEP_TIMEOUT_MS, type NetworkProfile } from './benchConstants';
import { classifyUrl, RESOURCE_KINDS, type ResourceKind } from './classify';
import { installProbe, type ProbeOptions } from './pageProbe';
import type { StaticServer } from './staticServer';

export type Bytes = Record<ResourceKind, { raw: number; gzip: number; transferred: number; files: string[] }>;

export interface LoadResult {
  /** Navigation → a complete map on screen (for the app: its pre-rendered picture or its live map). */
  paintedMs: number | null;
  /**
   * Navigation → the map answers input (the app: its picture taken by its input script, or its live map; the
   * minimal stack: painted); null for the reference.
   */
  liveMs: number | null;
  /** Navigation → the app's live map (data-ready): its code run and its first render done; the minimal stack: painted. */
  appLiveMs: number | null;
  /** Layout shift of the load (sum of entries without recent input), read once the network was quiet. */
  layoutShift: number | null;
  /** The app's own in-page measures (performance.measure names starting with "tip:"), ms. */
  marks: Record<string, number>;
  /** Requests started before the app's live map (the reference: painted): the first load. */
  bytes: Bytes;
  /** Requests started after it (idle prefetch of other views, data fetched later). */
  bytesAfter: Bytes;
  foreignRequests: string[];
  consoleErrors: string[];
}

/**
 * tsx (esbuild) wraps named functions in `__name(...)`; the probe runs in the page, where that helper does not
 * exist, so the init script defines a no-op one first.
 */
const probeScript = (options: ProbeOptions): string =>
  `window.__name = (f) => f;\n(${installProbe.toString()})(${JSON.stringify(options)});`;

export const emptyBytes = (): Bytes =>
  Object.fromEntries(
    RESOURCE_KINDS.map((k) => [k, { raw: 0, gzip: 0, transferred: 0, files: [] as string[] }]),
  ) as unknown as Bytes;

export const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export async function loadPage(
  browser: Browser,
  server: StaticServer,
  path: string,
  viewport: { width: number; height: number },
  probe: ProbeOptions,
  mapTimeoutMs: number,
  /** Wait for the live map too (app, minimal stack); the reference is only painted. */
  live: boolean,
  /** A phone's network and processor, emulated for this page; none: loopback at full speed. */
  network: NetworkProfile | null = null,
): Promise<{ context: BrowserContext; page: Page; result: LoadResult }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  await context.addInitScript({ content: probeScript(probe) });
  const page = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latencyMs,
      downloadThroughput: (network.downloadKbps * 1000) / 8,
      uploadThroughput: (network.uploadKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: network.cpuSlowdown });
  }
  let firstLoadEndEpoch = Infinity;
  const finished: { url: URL; startTime: number; transferred: number }[] = [];
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  let lastActivity = Date.now();
  let pending = 0;
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('request', (req) => {
    pending++;
    lastActivity = Date.now();
    // data: and blob: URLs are made by the page itself (the export builds its image from a blob).
    if (!req.url().startsWith(`${server.origin}/`) && !/^(data|blob):/.test(req.url()))
      foreignRequests.push(req.url());
  });
  const settle = () => {
    pending--;
    lastActivity = Date.now();
  };
  page.on('requestfailed', settle);
  page.on('requestfinished', (req) => {
    void req
      .sizes()
      .then((sizes) => {
        const url = new URL(req.url());
        if (url.origin !== server.origin) return;
        finished.push({ url, startTime: req.timing().startTime, transferred: sizes.responseBodySize });
      })
      // A request still finishing when the context closes (a prefetch after the last figure) has no sizes.
      .catch(() => undefined)
      .finally(settle);
  });

  await page.goto(`${server.origin}${path}`, { waitUntil: 'commit' });
  let paintedMs: number | null = null;
  let liveMs: number | null = null;
  let appLiveMs: number | null = null;
  try {
    await page.waitForFunction(
      (wantLive) =>
        window.__tipBench?.paintedAt != null &&
        (!wantLive || (window.__tipBench.interactiveAt != null && window.__tipBench.appLiveAt != null)),
      live,
      { timeout: mapTimeoutMs },
    );
    const t = await page.evaluate(() => ({
      painted: window.__tipBench!.paintedAt!,
      live: window.__tipBench!.interactiveAt,
      appLive: window.__tipBench!.appLiveAt,
      origin: performance.timeOrigin,
    }));
    paintedMs = t.painted;
    liveMs = live ? t.live : null;
    appLiveMs = live ? t.appLive : null;
    firstLoadEndEpoch = t.origin + (live ? t.appLive! : t.painted);
  } catch {
    // No map within the time limit: reported as "not available", not as a number.
  }
  // The first load ends when nothing more is requested for a while (lazy data fetched right after the map counts).
  const quietBy = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < quietBy && (pending > 0 || Date.now() - lastActivity < NETWORK_QUIET_MS))
    await sleep(50);
  const after = await page
    .evaluate(() => ({
      layoutShift: window.__tipBench?.layoutShift ?? null,
      marks: Object.fromEntries(
        performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('tip:'))
          .map((m) => [m.name, m.duration]),
      ),
    }))
    .catch(() => ({ layoutShift: null, marks: {} }));
  const bytes = emptyBytes();
  const bytesAfter = emptyBytes();
  for (const r of finished) {
    const served = server.sizes.get(r.url.pathname);
    const entry = (r.startTime > firstLoadEndEpoch ? bytesAfter : bytes)[classifyUrl(r.url.href)];
    entry.transferred += r.transferred;
    entry.raw += served?.raw ?? 0;
    entry.gzip += served?.gzip ?? 0;
    entry.files.push(r.url.pathname);
  }
  return {
    context,
    page,
    result: {
      paintedMs,
      liveMs,
      appLiveMs,
      layoutShift: after.layoutShift === null ? null : Number(after.layoutShift.toFixed(4)),
      marks: after.marks,
      bytes,
      bytesAfter,
      foreignRequests,
      consoleErrors,
    },
  };
}
