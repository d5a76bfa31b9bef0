/**
 * `npm run bench`: builds the app into its own folder, serves it on loopback with gzip, and measures in headless
 * Chromium, each run in a fresh browser context (a fresh profile: empty cache, no storage):
 *  - bytes on first load, split into JS, CSS, data, map geometry and fonts (raw and gzip);
 *  - time from navigation to the painted map, for the app and for a static reference page (the same map as
 *    inline SVG, no JavaScript), and their ratio;
 *  - time from a report-year change (ArrowLeft/ArrowRight on the year slider) to the repainted map;
 *  - time to produce a 2× 16:9 PNG of the map through the export dialog.
 * Prints median / min / max and the targets, and writes bench-results/bench.json.
 *
 * Options (environment): BENCH_RUNS (default 7), BENCH_DIST (default /tmp/dist-bench), CHROMIUM_PATH.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Topology } from 'topojson-specification';
import playwrightConfig, { CHROMIUM } from '../playwright.config';
import { coreDatasetSchema } from '../src/data/schema';
import {
  DEFAULT_DIST,
  DEFAULT_RUNS,
  MIN_DISTINCT_FILLS,
  MIN_MAP_PATHS,
  NETWORK_QUIET_MS,
  PNG_EXPECTED_SIZE,
  PNG_SAMPLE_FILE,
  REFERENCE_PATH,
  RESULTS_DIR,
  RESULTS_FILE,
  STEP_TIMEOUT_MS,
  TARGETS,
  VIEWPORT,
  YEAR_CHANGES_PER_RUN,
} from './bench/benchConstants';
import { buildApp, type BuildReport } from './bench/buildApp';
import { classifyUrl, RESOURCE_KINDS, type ResourceKind } from './bench/classify';
import { installProbe, type ProbeOptions, type YearChangeTiming } from './bench/pageProbe';
import { buildReferencePage } from './bench/referencePage';
import { startStaticServer, type StaticServer } from './bench/staticServer';
import { kb, summarize, type Summary } from './bench/stats';

type Bytes = Record<ResourceKind, { raw: number; gzip: number; transferred: number; files: string[] }>;

interface LoadResult {
  /** Navigation → a complete map on screen (for the app: its pre-rendered picture or its live map). */
  timeToMapMs: number | null;
  /** Navigation → the app's live map (answers pointer and keys); null for the reference, which has none. */
  timeToInteractiveMs: number | null;
  /** Requests started before the map was interactive (the reference: painted): the first load. */
  bytes: Bytes;
  /** Requests started after it (idle prefetch of other views, data fetched later). */
  bytesAfter: Bytes;
  foreignRequests: string[];
}

interface AppRun extends LoadResult {
  yearChanges: YearChangeTiming[];
  yearChangeNote: string | null;
  pngMs: number | null;
  pngNote: string | null;
  consoleErrors: string[];
}

const runs = Number(process.env.BENCH_RUNS ?? DEFAULT_RUNS);
const outDir = process.env.BENCH_DIST ?? DEFAULT_DIST;

/**
 * tsx (esbuild) wraps named functions in `__name(...)`; the probe runs in the page, where that helper does not
 * exist, so the init script defines a no-op one first.
 */
const probeScript = (options: ProbeOptions): string =>
  `window.__name = (f) => f;\n(${installProbe.toString()})(${JSON.stringify(options)});`;

const emptyBytes = (): Bytes =>
  Object.fromEntries(
    RESOURCE_KINDS.map((k) => [k, { raw: 0, gzip: 0, transferred: 0, files: [] as string[] }]),
  ) as unknown as Bytes;

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Loads `path` in a fresh context and waits for the painted map and a quiet network. */
async function load(
  browser: Browser,
  server: StaticServer,
  path: string,
  probe: ProbeOptions,
  mapTimeoutMs: number,
  /** Wait for the live map too (the app); the reference is only painted. */
  interactive: boolean,
): Promise<{ context: BrowserContext; page: Page; result: LoadResult; consoleErrors: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  await context.addInitScript({ content: probeScript(probe) });
  const page = await context.newPage();
  /** Epoch ms at which the first load ended (map interactive, or painted); later requests are not part of it. */
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
      .finally(settle);
  });

  await page.goto(`${server.origin}${path}`, { waitUntil: 'commit' });
  let timeToMapMs: number | null = null;
  let timeToInteractiveMs: number | null = null;
  try {
    await page.waitForFunction(
      (live) => window.__tipBench?.paintedAt != null && (!live || window.__tipBench.interactiveAt != null),
      interactive,
      { timeout: mapTimeoutMs },
    );
    const t = await page.evaluate(() => ({
      painted: window.__tipBench!.paintedAt!,
      interactive: window.__tipBench!.interactiveAt,
      origin: performance.timeOrigin,
    }));
    timeToMapMs = t.painted;
    timeToInteractiveMs = interactive ? t.interactive : null;
    firstLoadEndEpoch = t.origin + (interactive ? t.interactive! : t.painted);
  } catch {
    // No map within the time limit: reported as "not available", not as a number.
  }
  // The first load ends when nothing more is requested for a while (lazy data fetched right after the map counts).
  const quietBy = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < quietBy && (pending > 0 || Date.now() - lastActivity < NETWORK_QUIET_MS))
    await sleep(50);
  // Split once the paint time is known: a request may finish before the bench has read it from the page.
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
    result: { timeToMapMs, timeToInteractiveMs, bytes, bytesAfter, foreignRequests },
    consoleErrors,
  };
}

async function measureYearChanges(page: Page): Promise<{ timings: YearChangeTiming[]; note: string | null }> {
  const slider = page.getByRole('slider', { name: /year/i }).first();
  if ((await slider.count()) === 0)
    return { timings: [], note: 'no year slider (role=slider, name ~ /year/)' };
  const timings: YearChangeTiming[] = [];
  for (let i = 0; i < YEAR_CHANGES_PER_RUN; i++) {
    await slider.focus();
    await page.evaluate(() => window.__tipBench!.armYearChange());
    // The default view shows the latest report, so go back one year first, then forward again.
    await page.keyboard.press(i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
    const timing = await page.evaluate(
      (timeout) =>
        Promise.race([
          window.__tipBench!.yearChange!,
          new Promise<null>((ok) => setTimeout(() => ok(null), timeout)),
        ]),
      STEP_TIMEOUT_MS / 4,
    );
    if (!timing) return { timings, note: 'the map fills did not change after a year-slider key press' };
    timings.push(timing);
    await sleep(150);
  }
  return { timings, note: null };
}

/** PNG width and height from the IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

async function measurePng(
  page: Page,
  keepSample: boolean,
): Promise<{ ms: number | null; note: string | null }> {
  const open = page.getByRole('button', { name: /export|download/i }).first();
  if ((await open.count()) === 0)
    return { ms: null, note: 'not available yet (no export button on the map)' };
  await open.click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ timeout: STEP_TIMEOUT_MS / 4 }).catch(() => undefined);
  const scope = (await dialog.count()) > 0 ? dialog : page.locator('body');
  const preset = scope.getByRole('radio', { name: /16\s*:\s*9/ }).first();
  if ((await preset.count()) > 0) await preset.check();
  else {
    const select = scope.locator('select').filter({ has: page.locator('option', { hasText: /16\s*:\s*9/ }) });
    if ((await select.count()) === 0) return { ms: null, note: 'export dialog has no 16:9 preset' };
    const label = await select
      .first()
      .locator('option', { hasText: /16\s*:\s*9/ })
      .first()
      .textContent();
    await select.first().selectOption({ label: label ?? '' });
  }
  const scale = scope.getByRole('radio', { name: /^2\s*[×x]/ }).first();
  if ((await scale.count()) > 0) await scale.check();
  const button = scope.getByRole('button', { name: /png/i }).first();
  if ((await button.count()) === 0) return { ms: null, note: 'export dialog has no PNG button' };
  const started = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: STEP_TIMEOUT_MS }),
    button.click(),
  ]);
  const path = await download.path();
  const ms = performance.now() - started;
  const png = readFileSync(path);
  const size = pngSize(png);
  if (keepSample) writeFileSync(PNG_SAMPLE_FILE, png);
  const expected = PNG_EXPECTED_SIZE;
  const note =
    size.width === expected.width && size.height === expected.height
      ? null
      : `PNG is ${size.width}×${size.height}, expected ${expected.width}×${expected.height}`;
  return { ms, note };
}

function summarizeBytes(loads: LoadResult[], part: 'bytes' | 'bytesAfter' = 'bytes') {
  const out: Record<string, { raw: number; gzip: number; transferred: Summary; files: string[] }> = {};
  for (const kind of RESOURCE_KINDS) {
    const first = loads[0]![part][kind];
    out[kind] = {
      raw: first.raw,
      gzip: first.gzip,
      transferred: summarize(
        loads.map((l) => l[part][kind].transferred),
        0,
      ),
      files: [...new Set(first.files)].sort(),
    };
  }
  return out;
}

const fmtMs = (s: Summary | null) =>
  s
    ? `${s.median.toFixed(1)} ms (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)}, n=${s.n})`
    : 'not available';

type BytesSummary = ReturnType<typeof summarizeBytes>;

/** The figures as a Markdown table: one row per measure, median / min / max, target and verdict. */
function markdownTable(
  summary: {
    timeToMap: {
      app: Summary | null;
      reference: Summary | null;
      ratio: Summary | null;
      interactive: Summary | null;
      interactiveRatio: Summary | null;
    };
    yearChange: { repaint: Summary | null; update: Summary | null };
    png16x9at2x: { time: Summary | null };
  },
  bytes: BytesSummary,
  targets: { name: string; target: string; pass: boolean | null }[],
  runs: number,
): string {
  const ms = (s: Summary | null) => (s ? [s.median, s.min, s.max].map((v) => `${v} ms`) : ['n/a', '', '']);
  const verdict = (name: string) => {
    const t = targets.find((x) => x.name.startsWith(name));
    return t ? `${t.target} ${t.pass === null ? '—' : t.pass ? '✓' : '✗'}` : '';
  };
  const gz = (k: string) => `${kb(bytes[k]!.gzip)} KB`;
  const times = (s: Summary | null) => (s ? [s.median, s.min, s.max].map((v) => `${v}×`) : ['n/a', '', '']);
  const rows: string[][] = [
    ['page, index.html with the pre-rendered map (gzip)', gz('document'), '', '', ''],
    ['first-load JS (gzip)', gz('js'), '', '', verdict('first-load JS')],
    ['first-load CSS (gzip)', gz('css'), '', '', ''],
    ['default-view data (gzip)', gz('data'), '', '', verdict('default-view data')],
    ['map geometry (gzip)', gz('geometry'), '', '', ''],
    ['fonts (woff2)', gz('fonts'), '', '', ''],
    ['time to map, app (painted)', ...ms(summary.timeToMap.app), ''],
    ['time to map, static reference', ...ms(summary.timeToMap.reference), ''],
    ['time to map, app / reference', ...times(summary.timeToMap.ratio), verdict('time to map')],
    ['time to interactive map, app', ...ms(summary.timeToMap.interactive), ''],
    ['time to interactive map, app / reference', ...times(summary.timeToMap.interactiveRatio), ''],
    ['year change → repainted map', ...ms(summary.yearChange.repaint), verdict('year-change')],
    ['year change → fills updated (script)', ...ms(summary.yearChange.update), ''],
    ['2× 16:9 PNG of the map', ...ms(summary.png16x9at2x.time), ''],
  ];
  return [
    `| measure (${runs} runs, fresh profile each) | median | min | max | target |`,
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

async function main() {
  const started = Date.now();
  mkdirSync(RESULTS_DIR, { recursive: true });
  console.log(`Building the app into ${outDir} …`);
  const buildReport: BuildReport = await buildApp(outDir);

  const core = coreDatasetSchema.parse(JSON.parse(readFileSync(`${outDir}/data/core.json`, 'utf8')));
  const topology = JSON.parse(
    readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'),
  ) as Topology;
  const reference = buildReferencePage(core, topology);
  const server = await startStaticServer(outDir, { [REFERENCE_PATH]: reference.html });
  const launch = playwrightConfig.use?.launchOptions ?? {};
  const browser = await chromium.launch({ ...launch, executablePath: CHROMIUM, headless: true });
  console.log(`Serving at ${server.origin}; Chromium ${browser.version()}; ${runs} runs.`);

  const appRuns: AppRun[] = [];
  const refRuns: LoadResult[] = [];
  let mapTimeout = STEP_TIMEOUT_MS;
  try {
    for (let run = 0; run < runs; run++) {
      // Alternate which page goes first, so neither always meets a warmer machine.
      const order = run % 2 === 0 ? (['app', 'ref'] as const) : (['ref', 'app'] as const);
      for (const which of order) {
        if (which === 'ref') {
          const r = await load(
            browser,
            server,
            REFERENCE_PATH,
            { minPaths: reference.pathCount, minFills: MIN_DISTINCT_FILLS },
            STEP_TIMEOUT_MS,
            false,
          );
          refRuns.push(r.result);
          await r.context.close();
          continue;
        }
        const r = await load(
          browser,
          server,
          '/',
          { minPaths: MIN_MAP_PATHS, minFills: MIN_DISTINCT_FILLS },
          mapTimeout,
          true,
        );
        const appRun: AppRun = {
          ...r.result,
          yearChanges: [],
          yearChangeNote: null,
          pngMs: null,
          pngNote: null,
          consoleErrors: r.consoleErrors,
        };
        if (r.result.timeToMapMs === null) {
          appRun.yearChangeNote = 'the map never finished drawing';
          appRun.pngNote = 'the map never finished drawing';
          // Do not wait the full timeout again on every run for a map that is not there.
          mapTimeout = 3000;
        } else {
          const year = await measureYearChanges(r.page);
          appRun.yearChanges = year.timings;
          appRun.yearChangeNote = year.note;
          const png = await measurePng(r.page, run === 0).catch((e: Error) => ({
            ms: null,
            note: `export failed: ${e.message.split('\n')[0]}`,
          }));
          appRun.pngMs = png.ms;
          appRun.pngNote = png.note;
        }
        appRuns.push(appRun);
        await r.context.close();
      }
      process.stdout.write(`  run ${run + 1}/${runs} done\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const present = <T>(xs: (T | null)[]): T[] => xs.filter((x): x is T => x !== null);
  const appTimes = present(appRuns.map((r) => r.timeToMapMs));
  const interactiveTimes = present(appRuns.map((r) => r.timeToInteractiveMs));
  const refTimes = present(refRuns.map((r) => r.timeToMapMs));
  const ratiosOf = (pick: (r: LoadResult) => number | null) =>
    appRuns
      .map((r, i) => {
        const app = pick(r);
        const ref = refRuns[i]?.timeToMapMs;
        return app !== null && ref ? app / ref : null;
      })
      .filter((x): x is number => x !== null);
  const ratios = ratiosOf((r) => r.timeToMapMs);
  const interactiveRatios = ratiosOf((r) => r.timeToInteractiveMs);
  const yearChanges = appRuns.flatMap((r) => r.yearChanges);
  const pngTimes = present(appRuns.map((r) => r.pngMs));
  const appBytes = summarizeBytes(appRuns);
  const appBytesAfter = summarizeBytes(appRuns, 'bytesAfter');
  const refBytes = summarizeBytes(refRuns);

  const firstLoadJs = appBytes.js!;
  const jsChunks = new Set(firstLoadJs.files.map((f) => f.replace(/^\//, '')));
  const geometryInJs = buildReport.geometryModules.filter((g) => jsChunks.has(g.chunk) && !g.urlOnly);
  const geometry = {
    fetched: { raw: appBytes.geometry!.raw, gzip: appBytes.geometry!.gzip, files: appBytes.geometry!.files },
    bundledInFirstLoadJs: geometryInJs,
    bundledLazily: buildReport.geometryModules.filter((g) => !jsChunks.has(g.chunk)),
  };
  const firstLoadPackages: Record<string, number> = {};
  for (const chunk of jsChunks)
    for (const [pkg, size] of Object.entries(buildReport.packagesByChunk[chunk] ?? {}))
      firstLoadPackages[pkg] = (firstLoadPackages[pkg] ?? 0) + size;

  const summary = {
    timeToMap: {
      app: appTimes.length ? summarize(appTimes) : null,
      reference: refTimes.length ? summarize(refTimes) : null,
      ratio: ratios.length ? summarize(ratios, 2) : null,
      interactive: interactiveTimes.length ? summarize(interactiveTimes) : null,
      interactiveRatio: interactiveRatios.length ? summarize(interactiveRatios, 2) : null,
    },
    yearChange: {
      repaint: yearChanges.length ? summarize(yearChanges.map((t) => t.repaintMs)) : null,
      update: yearChanges.length ? summarize(yearChanges.map((t) => t.updateMs)) : null,
      note: appRuns.find((r) => r.yearChangeNote)?.yearChangeNote ?? null,
    },
    png16x9at2x: {
      time: pngTimes.length ? summarize(pngTimes) : null,
      note: appRuns.find((r) => r.pngNote)?.pngNote ?? null,
    },
  };
  const dataGzip = appBytes.data!.gzip;
  const jsGzip = firstLoadJs.gzip;
  const targets = [
    {
      name: 'first-load JS (gzip)',
      target: `≤ ${TARGETS.firstLoadJsGzipKB} KB`,
      value: `${kb(jsGzip)} KB`,
      pass: kb(jsGzip) <= TARGETS.firstLoadJsGzipKB,
    },
    {
      name: 'default-view data (gzip)',
      target: `≤ ${TARGETS.defaultViewDataGzipKB} KB`,
      value: `${kb(dataGzip)} KB`,
      pass: kb(dataGzip) <= TARGETS.defaultViewDataGzipKB,
    },
    {
      name: 'year-change repaint (median)',
      target: `≤ ${TARGETS.yearChangeRepaintMs} ms`,
      value: summary.yearChange.repaint ? `${summary.yearChange.repaint.median} ms` : 'not measured',
      pass: summary.yearChange.repaint
        ? summary.yearChange.repaint.median <= TARGETS.yearChangeRepaintMs
        : null,
    },
    {
      name: 'time to map vs static reference (median ratio)',
      target: `≤ ${TARGETS.timeToMapRatio}×`,
      value: summary.timeToMap.ratio ? `${summary.timeToMap.ratio.median}×` : 'not measured',
      pass: summary.timeToMap.ratio ? summary.timeToMap.ratio.median <= TARGETS.timeToMapRatio : null,
    },
  ];

  const commit = (() => {
    try {
      return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  })();
  const result = {
    date: new Date().toISOString(),
    commit,
    runs,
    environment: {
      node: process.version,
      cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
      viewport: VIEWPORT,
      network: 'loopback, gzip, no throttling',
    },
    definitions: {
      timeToMap:
        'navigation start → the frame after a complete map is on screen: for the app its pre-rendered picture in index.html (data-prerendered="true", parsed to its end and shown) or its live map (data-ready="true"), whichever comes first; the reference waits for all of its paths; measured with performance.now() in the page',
      timeToInteractive:
        'navigation start → the frame after the app\'s live map (data-ready="true") is in the page: it answers pointer, keys and clicks',
      yearChangeRepaint:
        'keydown timestamp of ArrowLeft/ArrowRight on the year slider → the frame after the map fills changed',
      yearChangeUpdate: 'keydown timestamp → the first DOM change of the map fills',
      png: 'click on the PNG button of the export dialog (16:9 preset, 2×) → the download event',
      bytes:
        'first load = every request started between navigation and the interactive map (the reference: the painted map); appAfterMap = requests started after it until no request for 400 ms (idle prefetch of the other views); raw = file size, gzip = level 6 (what the bench server sends)',
    },
    summary,
    bytes: { app: appBytes, appAfterMap: appBytesAfter, reference: refBytes },
    geometry,
    firstLoadPackagesPreMinify: Object.fromEntries(
      Object.entries(firstLoadPackages).sort((a, b) => b[1] - a[1]),
    ),
    reference: {
      reportYear: reference.reportYear,
      paths: reference.pathCount,
      classes: reference.classCounts,
    },
    targets,
    foreignRequests: [...new Set(appRuns.flatMap((r) => r.foreignRequests))],
    consoleErrors: [...new Set(appRuns.flatMap((r) => r.consoleErrors))],
    seconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(result, null, 2)}\n`);

  const line = (label: string, value: string) => console.log(`  ${label.padEnd(34)} ${value}`);
  console.log(`\nFirst load of the map view (raw → gzip; transferred median):`);
  for (const kind of RESOURCE_KINDS) {
    const b = appBytes[kind]!;
    if (b.files.length === 0) continue;
    line(
      kind,
      `${kb(b.raw)} KB → ${kb(b.gzip)} KB gzip (${kb(b.transferred.median)} KB sent, ${b.files.length} files)`,
    );
  }
  const after = RESOURCE_KINDS.filter((k) => appBytesAfter[k]!.files.length > 0);
  if (after.length > 0)
    line(
      'after the map (prefetch, lazy data)',
      after
        .map((k) => `${k} ${kb(appBytesAfter[k]!.gzip)} KB gzip (${appBytesAfter[k]!.files.length} files)`)
        .join(', '),
    );
  if (geometryInJs.length > 0)
    for (const g of geometryInJs)
      line(
        '  of which map geometry (in JS)',
        `${kb(g.raw)} KB → ${kb(g.gzip)} KB gzip (${g.module} in ${g.chunk})`,
      );
  else if (appBytes.geometry!.files.length === 0)
    line(
      'map geometry',
      `not loaded on first load (${buildReport.geometryModules.length} geometry modules in build)`,
    );
  console.log('\nTimes (median, min, max):');
  line('time to map, app (painted)', fmtMs(summary.timeToMap.app));
  line('time to map, static reference', fmtMs(summary.timeToMap.reference));
  line(
    'ratio app / reference',
    summary.timeToMap.ratio
      ? `${summary.timeToMap.ratio.median}× (min ${summary.timeToMap.ratio.min}, max ${summary.timeToMap.ratio.max})`
      : 'not available',
  );
  line('time to interactive map, app', fmtMs(summary.timeToMap.interactive));
  line(
    'ratio interactive / reference',
    summary.timeToMap.interactiveRatio
      ? `${summary.timeToMap.interactiveRatio.median}× (min ${summary.timeToMap.interactiveRatio.min}, max ${summary.timeToMap.interactiveRatio.max})`
      : 'not available',
  );
  line('year change → repainted map', fmtMs(summary.yearChange.repaint));
  line('year change → fills updated', fmtMs(summary.yearChange.update));
  if (summary.yearChange.note) line('', summary.yearChange.note);
  line(
    '2× 16:9 PNG of the map',
    summary.png16x9at2x.time ? fmtMs(summary.png16x9at2x.time) : 'not available',
  );
  if (summary.png16x9at2x.note) line('', summary.png16x9at2x.note);
  console.log('\nTargets:');
  for (const t of targets)
    line(t.name, `${t.value} (target ${t.target}) ${t.pass === null ? '—' : t.pass ? 'PASS' : 'MISS'}`);
  if (result.foreignRequests.length)
    console.log(`\nRequests leaving the origin: ${result.foreignRequests.join(', ')}`);
  if (result.consoleErrors.length) console.log(`\nConsole errors: ${result.consoleErrors.join(' | ')}`);
  console.log('\nAs a table (for the README):\n');
  console.log(markdownTable(summary, appBytes, targets, runs));
  console.log(`\nWrote ${RESULTS_FILE} in ${result.seconds} s.`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
