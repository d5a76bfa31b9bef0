/**
 * `npm run bench` (scripts/bench/README.md): builds the app into its own folder and the minimal stack of
 * ../shared/bench/minimal-map (skipped with a message when that folder is absent), serves both on loopback with gzip,
 * and loads, interleaved and each in a fresh browser profile, at 1366×768 and 390×844: the static reference, the
 * minimal stack, the app's default view and a shared map link (and, with BENCH_BASELINE_DIST, another build of the
 * app as "before"). It takes the painted and live map, the year change, layout shift, the app's in-page marks, the
 * 2× 16:9 PNG export and the first opening of Trends and Compare; then Lighthouse on three pages with both presets.
 * Prints the tables and targets and writes bench-results/bench.json.
 *
 * Options (environment): BENCH_RUNS (default 7), BENCH_DIST, BENCH_BASELINE_DIST (a built dist to compare with),
 * BENCH_LIGHTHOUSE=0 (skip Lighthouse), BENCH_VIEWPORTS=laptop,phone,phone4g, BENCH_MINIMAL_SOURCE, CHROMIUM_PATH.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import type { Topology } from 'topojson-specification';
import playwrightConfig, { CHROMIUM } from '../playwright.config';
import { coreDatasetSchema } from '../src/data/schema';
import {
  DEFAULT_DIST,
  DEFAULT_RUNS,
  MIN_DISTINCT_FILLS,
  MIN_MAP_PATHS,
  MINIMAL_STACK_MIN_PATHS,
  REFERENCE_PATH,
  RESULTS_DIR,
  RESULTS_FILE,
  SHARED_MAP_LINK,
  STEP_TIMEOUT_MS,
  NETWORK_PROFILES,
  VIEWPORTS,
  type ViewportName,
} from './bench/benchConstants';
import { buildApp } from './bench/buildApp';
import { appYearChanges, exportPng, minimalYearChanges, openView } from './bench/interactions';
import {
  LIGHTHOUSE_PAGES,
  LIGHTHOUSE_PRESETS,
  runLighthouse,
  type LighthouseResult,
} from './bench/lighthouse';
import { loadPage } from './bench/loadPage';
import { buildMinimalStack } from './bench/minimalStack';
import type { ProbeOptions } from './bench/pageProbe';
import { buildReferencePage } from './bench/referencePage';
import {
  markdownTables,
  perRunRatio,
  summarizeBytes,
  summarizeSubject,
  targetsOf,
  type LoadRecord,
  type SubjectId,
  type RatioSummary,
  type SubjectSummary,
} from './bench/report';
import { startStaticServer, type StaticServer } from './bench/staticServer';
import { kb } from './bench/stats';

const runs = Number(process.env.BENCH_RUNS ?? DEFAULT_RUNS);
const outDir = process.env.BENCH_DIST ?? DEFAULT_DIST;
const baselineDist = process.env.BENCH_BASELINE_DIST ?? null;
const withLighthouse = process.env.BENCH_LIGHTHOUSE !== '0';
const viewports = (process.env.BENCH_VIEWPORTS ?? 'laptop,phone,phone4g')
  .split(',')
  .filter((v): v is ViewportName => v in VIEWPORTS);

interface Subject {
  id: SubjectId;
  server: StaticServer;
  path: string;
  probe: ProbeOptions;
  live: boolean;
}

/** What `uptime` prints: the time and the 1, 5 and 15 minute load averages (2 cores: above 2 means a queue). */
const uptime = () =>
  `${new Date().toISOString().slice(11, 19)} UTC, load average: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`;

async function measure(
  browser: Browser,
  subject: Subject,
  viewport: ViewportName,
  run: number,
): Promise<LoadRecord> {
  const record: LoadRecord = {
    run,
    viewport,
    subject: subject.id,
    loadavg: Number(loadavg()[0]!.toFixed(2)),
    load: undefined as never,
    yearChanges: [],
    notes: [],
    pngMs: null,
    trendsMs: null,
    compareMs: null,
  };
  const { context, page, result } = await loadPage(
    browser,
    subject.server,
    subject.path,
    VIEWPORTS[viewport],
    subject.probe,
    STEP_TIMEOUT_MS,
    subject.live,
    NETWORK_PROFILES[viewport] ?? null,
  );
  record.load = result;
  try {
    if (result.paintedMs === null) record.notes.push('the map never finished drawing');
    else if (subject.id === 'minimal') {
      const y = await minimalYearChanges(page);
      record.yearChanges = y.timings;
      if (y.note) record.notes.push(y.note);
    } else if (subject.id === 'app' || subject.id === 'baseline') {
      const y = await appYearChanges(page);
      record.yearChanges = y.timings;
      if (y.note) record.notes.push(y.note);
      if (viewport === 'laptop') {
        const png = await exportPng(page, run === 0 && subject.id === 'app').catch((e: Error) => ({
          ms: null,
          note: `export failed: ${e.message.split('\n')[0]}`,
        }));
        record.pngMs = png.ms;
        const failed = (e: Error) => ({ ms: null, note: `could not open: ${e.message.split('\n')[0]}` });
        const trends = await openView(page, 'Trends').catch(failed);
        record.trendsMs = trends.ms;
        const compare = await openView(page, 'Compare').catch(failed);
        record.compareMs = compare.ms;
        for (const n of [png.note, trends.note, compare.note]) if (n) record.notes.push(n);
      }
    }
  } finally {
    await context.close();
  }
  return record;
}

async function main() {
  const started = Date.now();
  mkdirSync(RESULTS_DIR, { recursive: true });
  const uptimeAtStart = uptime();
  console.log(`Load: ${uptimeAtStart}`);
  console.log(`Building the app into ${outDir} …`);
  const buildReport = await buildApp(outDir);
  console.log('Building the minimal stack …');
  const minimal = buildMinimalStack();
  if ('skipped' in minimal) console.log(`  skipped: ${minimal.skipped}`);

  const core = coreDatasetSchema.parse(JSON.parse(readFileSync(`${outDir}/data/core.json`, 'utf8')));
  const topology = JSON.parse(
    readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'),
  ) as Topology;
  const reference = buildReferencePage(core, topology);
  const appServer = await startStaticServer(outDir, { [REFERENCE_PATH]: reference.html });
  const servers = [appServer];
  const appProbe: ProbeOptions = {
    minPaths: MIN_MAP_PATHS,
    minFills: MIN_DISTINCT_FILLS,
    liveWhenPainted: false,
  };
  const subjects: Subject[] = [
    {
      id: 'reference',
      server: appServer,
      path: REFERENCE_PATH,
      probe: { minPaths: reference.pathCount, minFills: MIN_DISTINCT_FILLS, liveWhenPainted: false },
      live: false,
    },
    { id: 'app', server: appServer, path: '/', probe: appProbe, live: true },
    { id: 'appShared', server: appServer, path: SHARED_MAP_LINK, probe: appProbe, live: true },
  ];
  if ('dist' in minimal) {
    const server = await startStaticServer(minimal.dist);
    servers.push(server);
    subjects.splice(1, 0, {
      id: 'minimal',
      server,
      path: '/',
      probe: { minPaths: MINIMAL_STACK_MIN_PATHS, minFills: 1, liveWhenPainted: true },
      live: true,
    });
  }
  if (baselineDist) {
    const server = await startStaticServer(baselineDist, {});
    servers.push(server);
    subjects.push({ id: 'baseline', server, path: '/', probe: appProbe, live: true });
    subjects.push({ id: 'baselineShared', server, path: SHARED_MAP_LINK, probe: appProbe, live: true });
  }
  const launch = playwrightConfig.use?.launchOptions ?? {};
  const browser = await chromium.launch({ ...launch, executablePath: CHROMIUM, headless: true });
  console.log(
    `Serving at ${appServer.origin}; Chromium ${browser.version()}; ${runs} runs × ${viewports.join(', ')} × ${subjects.map((s) => s.id).join(', ')}.`,
  );

  const records: LoadRecord[] = [];
  const lighthouse: LighthouseResult[] = [];
  let uptimeAtEnd: string | undefined;
  try {
    for (let run = 0; run < runs; run++) {
      for (const viewport of viewports) {
        // Rotate the order every run, so no page always meets a warmer (or busier) machine.
        const order = subjects.map((_, i) => subjects[(i + run) % subjects.length]!);
        for (const subject of order) records.push(await measure(browser, subject, viewport, run));
      }
      process.stdout.write(`  run ${run + 1}/${runs} done (load ${loadavg()[0]!.toFixed(2)})\n`);
    }
    await browser.close();
    if (withLighthouse)
      for (const preset of LIGHTHOUSE_PRESETS)
        for (const page of LIGHTHOUSE_PAGES) {
          const r = await runLighthouse(appServer.origin, CHROMIUM, preset, page);
          lighthouse.push(r);
          console.log(
            `  Lighthouse ${preset}, ${page.name}: ${r.scores.performance ?? 'n/a'}${r.error ? ` (${r.error})` : ''}`,
          );
        }
    uptimeAtEnd = uptime();
  } finally {
    await browser.close().catch(() => undefined);
    for (const s of servers) await s.close();
  }

  const subjectSummaries = Object.fromEntries(
    viewports.map((vp) => [
      vp,
      Object.fromEntries(
        subjects.map((s) => [
          s.id,
          summarizeSubject(records.filter((r) => r.viewport === vp && r.subject === s.id)),
        ]),
      ),
    ]),
  ) as Record<ViewportName, Partial<Record<SubjectId, SubjectSummary>>>;
  const ratios: Record<string, RatioSummary | null> = {};
  for (const vp of viewports) {
    ratios[`${vp}.painted.app/reference`] = perRunRatio(records, vp, 'app', 'reference', 'painted');
    for (const s of ['app', 'appShared', 'baseline'] as const)
      for (const f of ['painted', 'live', 'appLive', 'yearChange'] as const)
        ratios[`${vp}.${f}.${s}/minimal`] = perRunRatio(records, vp, s, 'minimal', f);
    for (const f of ['painted', 'live', 'appLive', 'yearChange', 'png', 'openTrends', 'openCompare'] as const)
      ratios[`${vp}.${f}.app/baseline`] = perRunRatio(records, vp, 'app', 'baseline', f);
    ratios[`${vp}.live.appShared/baselineShared`] = perRunRatio(
      records,
      vp,
      'appShared',
      'baselineShared',
      'live',
    );
  }
  const appLaptop = records.filter((r) => r.subject === 'app' && r.viewport === (viewports[0] ?? 'laptop'));
  const appBytes = summarizeBytes(appLaptop.map((r) => r.load));
  const appBytesAfter = summarizeBytes(
    appLaptop.map((r) => r.load),
    'bytesAfter',
  );
  const jsChunks = new Set(appBytes.js!.files.map((f) => f.replace(/^\//, '')));
  const firstLoadPackages: Record<string, number> = {};
  for (const chunk of jsChunks)
    for (const [pkg, size] of Object.entries(buildReport.packagesByChunk[chunk] ?? {}))
      firstLoadPackages[pkg] = (firstLoadPackages[pkg] ?? 0) + size;
  const appConsoleErrors = new Set(
    records
      .filter((r) => r.subject === 'app' || r.subject === 'appShared')
      .flatMap((r) => r.load.consoleErrors),
  ).size;
  const targets = targetsOf(ratios, subjectSummaries, appBytes, lighthouse, appConsoleErrors);
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
      viewports: Object.fromEntries(viewports.map((v) => [v, VIEWPORTS[v]])),
      network: `loopback, gzip; ${
        Object.entries(NETWORK_PROFILES)
          .map(([vp, n]) => `${vp}: emulated ${JSON.stringify(n)}`)
          .join('; ') || 'no emulation'
      } (Lighthouse: its presets)`,
      load: { atStart: uptimeAtStart, atEnd: uptimeAtEnd ?? null, perLoad: records.map((r) => r.loadavg) },
      minimalStack: 'dist' in minimal ? minimal.workDir : minimal.skipped,
      baseline: baselineDist,
    },
    definitions: {
      painted:
        'navigation start → the frame after a complete map is on screen: the app its pre-rendered picture (data-prerendered="true", parsed to its end and shown) or its live map (data-ready="true"); the minimal stack an svg with ≥ 150 paths; the reference all of its paths',
      live: 'navigation start → the frame after the map answers input (pointer, keys, clicks): the app its pre-rendered picture once its input script has taken it (data-answers-input="true", shown) or its live map (data-ready="true"), whichever is first; the minimal stack its react-simple-maps svg as soon as drawn',
      appLive:
        'navigation start → the frame after the app\'s own live map (data-ready="true": its code run and its first render done); the minimal stack as live',
      yearChange:
        'app: keydown of ArrowLeft/ArrowRight on the year slider → the frame after the map fills changed; minimal stack: click on the neighbouring year button → the frame after the page changed; all changes of all loads',
      ratios:
        "median over runs of each run's ratio (the same run and viewport); year change: of each load's median",
      layoutShift:
        'sum of layout-shift entries without recent input, from navigation until the network was quiet after the live map',
      marks:
        "the app's performance.measure entries named tip:* (e.g. tip:validate:core = zod validation of core.json)",
      png: 'click on the PNG button of the export dialog (16:9 preset, 2×) → the download event',
      openView:
        "click on the header link → the frame after the view's h1 is in main and nothing in main is loading",
      bytes:
        'laptop, default view: first load = requests started before the app’s live map (data-ready); after = until no request for 400 ms; raw = file size, gzip = level 6',
    },
    subjects: subjectSummaries,
    ratios,
    bytes: { app: appBytes, appAfterMap: appBytesAfter },
    firstLoadPackagesPreMinify: Object.fromEntries(
      Object.entries(firstLoadPackages).sort((a, b) => b[1] - a[1]),
    ),
    reference: {
      reportYear: reference.reportYear,
      paths: reference.pathCount,
      classes: reference.classCounts,
    },
    lighthouse,
    targets,
    notes: [...new Set(records.flatMap((r) => r.notes.map((n) => `${r.viewport} ${r.subject}: ${n}`)))],
    foreignRequests: [...new Set(records.flatMap((r) => r.load.foreignRequests))],
    consoleErrors: [
      ...new Set(records.flatMap((r) => r.load.consoleErrors.map((e) => `${r.subject}: ${e}`))),
    ],
    records,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(result, null, 2)}\n`);

  console.log(`\nFirst load of the map view at ${viewports[0]} (raw → gzip):`);
  for (const [kind, b] of Object.entries(appBytes))
    if (b.files.length)
      console.log(`  ${kind.padEnd(10)} ${kb(b.raw)} KB → ${kb(b.gzip)} KB gzip (${b.files.length} files)`);
  for (const vp of viewports)
    for (const [id, s] of Object.entries(subjectSummaries[vp]))
      if (s && Object.keys(s.marks).length)
        console.log(
          `  ${vp} ${id} marks: ${Object.entries(s.marks)
            .map(([k, v]) => `${k} ${v.median} ms`)
            .join(', ')}`,
        );
  if (baselineDist)
    for (const [k, v] of Object.entries(ratios))
      if (/\.app(Shared)?\/baseline(Shared)?$/.test(k) && v)
        console.log(
          `  ${k}: ${v.median}× (min ${v.min}, max ${v.max}${v.interval ? `; 90 % interval ${v.interval.join('–')}` : ''})`,
        );
  console.log(`\n${markdownTables(runs, subjectSummaries, ratios, lighthouse)}\n\nTargets:`);
  for (const t of targets)
    console.log(
      `  ${t.name.padEnd(58)} ${t.value} (target ${t.target}) ${t.pass === null ? '—' : t.pass ? 'PASS' : 'MISS'}${t.interval ? ` (${t.interval})` : ''}`,
    );
  for (const list of ['notes', 'foreignRequests', 'consoleErrors'] as const)
    if (result[list].length) console.log(`\n${list}: ${result[list].join(' | ')}`);
  console.log(
    `\nLoad at start: ${uptimeAtStart}\nLoad at end:   ${uptimeAtEnd ?? 'n/a'}\nWrote ${RESULTS_FILE} in ${result.seconds} s.`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
