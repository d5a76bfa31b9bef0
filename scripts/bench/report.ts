/** Summaries of the bench's raw records: medians, per-run ratios, byte totals, targets, and the README's tables. */
import { RESOURCE_KINDS } from './classify';
import type { LighthouseResult } from './lighthouse';
import type { Bytes, LoadResult } from './loadPage';
import type { ViewportName } from './benchConstants';
import { TARGETS, VIEWPORTS } from './benchConstants';
import type { YearChangeTiming } from './pageProbe';
import { kb, medianInterval, summarize, type Summary } from './stats';

export type SubjectId = 'reference' | 'minimal' | 'app' | 'appShared' | 'baseline' | 'baselineShared';

export interface LoadRecord {
  run: number;
  viewport: ViewportName;
  subject: SubjectId;
  /** 1-minute load average of the machine when the load started. */
  loadavg: number;
  load: LoadResult;
  yearChanges: YearChangeTiming[];
  notes: string[];
  pngMs: number | null;
  trendsMs: number | null;
  compareMs: number | null;
}

const median = (xs: number[]): number | null => (xs.length ? summarize(xs, 3).median : null);
const sum = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);
const maybe = (xs: number[], digits = 1): Summary | null => (xs.length ? summarize(xs, digits) : null);

export interface SubjectSummary {
  loads: number;
  painted: Summary | null;
  live: Summary | null;
  /** The app's live map (its code run and its first render done); the minimal stack: painted. */
  appLive: Summary | null;
  /** Every year change of every load: keydown / click → the frame after. */
  yearChange: Summary | null;
  yearChangeScript: Summary | null;
  layoutShift: Summary | null;
  marks: Record<string, Summary>;
  png: Summary | null;
  openTrends: Summary | null;
  openCompare: Summary | null;
}

export function summarizeSubject(records: LoadRecord[]): SubjectSummary {
  const markNames = [...new Set(records.flatMap((r) => Object.keys(r.load.marks)))];
  return {
    loads: records.length,
    painted: maybe(sum(records.map((r) => r.load.paintedMs))),
    live: maybe(sum(records.map((r) => r.load.liveMs))),
    appLive: maybe(sum(records.map((r) => r.load.appLiveMs))),
    yearChange: maybe(records.flatMap((r) => r.yearChanges.map((t) => t.repaintMs))),
    yearChangeScript: maybe(records.flatMap((r) => r.yearChanges.map((t) => t.updateMs))),
    layoutShift: maybe(sum(records.map((r) => r.load.layoutShift)), 4),
    marks: Object.fromEntries(
      markNames.map((m) => [m, summarize(sum(records.map((r) => r.load.marks[m] ?? null)))]),
    ),
    png: maybe(sum(records.map((r) => r.pngMs))),
    openTrends: maybe(sum(records.map((r) => r.trendsMs))),
    openCompare: maybe(sum(records.map((r) => r.compareMs))),
  };
}

type Figure = 'painted' | 'live' | 'appLive' | 'yearChange' | 'png' | 'openTrends' | 'openCompare';
const figureOf = (r: LoadRecord, f: Figure): number | null => {
  if (f === 'painted') return r.load.paintedMs;
  if (f === 'live') return r.load.liveMs;
  if (f === 'appLive') return r.load.appLiveMs;
  if (f === 'yearChange') return median(r.yearChanges.map((t) => t.repaintMs));
  if (f === 'png') return r.pngMs;
  return f === 'openTrends' ? r.trendsMs : r.compareMs;
};

/** Per-run ratios summarized, with the 90 % interval of their median (stats.ts's medianInterval; null if too few). */
export interface RatioSummary extends Summary {
  interval: [number, number] | null;
}

/** Per-run ratios subject / base of one figure (the same run and viewport), summarized. */
export function perRunRatio(
  records: LoadRecord[],
  viewport: ViewportName,
  subject: SubjectId,
  base: SubjectId,
  figure: Figure,
  baseFigure: Figure = figure,
): RatioSummary | null {
  const ratios: number[] = [];
  for (const r of records) {
    if (r.viewport !== viewport || r.subject !== subject) continue;
    const b = records.find((x) => x.run === r.run && x.viewport === viewport && x.subject === base);
    const a = figureOf(r, figure);
    const d = b ? figureOf(b, baseFigure) : null;
    if (a !== null && d) ratios.push(a / d);
  }
  return ratios.length ? { ...summarize(ratios, 2), interval: medianInterval(ratios) } : null;
}

export function summarizeBytes(loads: LoadResult[], part: 'bytes' | 'bytesAfter' = 'bytes') {
  const out: Record<string, { raw: number; gzip: number; transferred: Summary; files: string[] }> = {};
  for (const kind of RESOURCE_KINDS) {
    const first = loads[0]![part][kind];
    out[kind] = {
      raw: first.raw,
      gzip: first.gzip,
      transferred: summarize(
        loads.map((l) => (l[part] as Bytes)[kind].transferred),
        0,
      ),
      files: [...new Set(first.files)].sort(),
    };
  }
  return out;
}
export type BytesSummary = ReturnType<typeof summarizeBytes>;

export interface Target {
  name: string;
  target: string;
  value: string;
  pass: boolean | null;
  /**
   * For a median of per-run ratios: its 90 % interval, and whether this run settles the target (the whole
   * interval on one side of it) or not (the target inside it: another run may read the other way).
   */
  interval?: string;
}

const check = (
  name: string,
  target: string,
  v: number | null | undefined,
  ok: (v: number) => boolean,
  unit = '',
): Target => ({
  name,
  target,
  value: v == null ? 'not measured' : `${v}${unit}`,
  pass: v == null ? null : ok(v),
});

/** A target on a median of per-run ratios, with its interval and whether this run settles it. */
const checkRatio = (name: string, limit: number, r: RatioSummary | null | undefined): Target => {
  const t = check(name, `≤ ${limit}×`, r?.median, (v) => v <= limit, '×');
  if (!r?.interval) return t;
  const [low, high] = r.interval;
  const settled = high <= limit || low > limit;
  return {
    ...t,
    interval: `90 % interval ${low}–${high}×${settled ? '' : ', holds the target: not settled by this run'}`,
  };
};

export function targetsOf(
  ratios: Record<string, RatioSummary | null>,
  /** Per viewport measured (a run may measure some only: BENCH_VIEWPORTS). */
  subjects: Partial<Record<ViewportName, Partial<Record<SubjectId, SubjectSummary>>>>,
  bytes: BytesSummary,
  lighthouse: LighthouseResult[],
  /** Distinct console errors on the app's loads (default view and shared link); null when not counted. */
  appConsoleErrors: number | null = null,
): Target[] {
  const t = TARGETS;
  const out: Target[] = [
    check('console errors on the app’s loads (distinct)', '0', appConsoleErrors, (v) => v === 0),
    check(
      'first-load JS (gzip)',
      `≤ ${t.firstLoadJsGzipKB} KB`,
      kb(bytes.js!.gzip),
      (v) => v <= t.firstLoadJsGzipKB,
      ' KB',
    ),
    check(
      'default-view data (gzip)',
      `≤ ${t.defaultViewDataGzipKB} KB`,
      kb(bytes.data!.gzip),
      (v) => v <= t.defaultViewDataGzipKB,
      ' KB',
    ),
    check(
      'year change, app, laptop (median)',
      `≤ ${t.yearChangeRepaintMs} ms`,
      subjects.laptop?.app?.yearChange?.median,
      (v) => v <= t.yearChangeRepaintMs,
      ' ms',
    ),
    checkRatio(
      'painted, app / static reference, laptop',
      t.timeToMapRatio,
      ratios['laptop.painted.app/reference'],
    ),
  ];
  // A run may measure one viewport only (BENCH_VIEWPORTS=laptop): judge what was measured.
  // Every screen measured, the phone on a phone's network (NETWORK_PROFILES) as the others.
  for (const vp of (Object.keys(VIEWPORTS) as ViewportName[]).filter((v) => v in subjects)) {
    out.push(
      checkRatio(`live, app / minimal stack, ${vp}`, t.liveVsMinimal, ratios[`${vp}.live.app/minimal`]),
      checkRatio(
        `live, shared map link / minimal stack, ${vp}`,
        t.liveVsMinimal,
        ratios[`${vp}.live.appShared/minimal`],
      ),
      checkRatio(
        `painted, app / minimal stack, ${vp}`,
        t.paintedVsMinimal[vp],
        ratios[`${vp}.painted.app/minimal`],
      ),
      checkRatio(
        `year change, app / minimal stack, ${vp}`,
        t.yearChangeVsMinimal,
        ratios[`${vp}.yearChange.app/minimal`],
      ),
    );
    for (const s of ['app', 'appShared'] as const)
      out.push(
        check(
          `layout shift, ${s === 'app' ? 'default view' : 'shared map link'}, ${vp} (max)`,
          `< ${t.layoutShift}`,
          subjects[vp]?.[s]?.layoutShift?.max,
          (v) => v < t.layoutShift,
        ),
      );
  }
  for (const r of lighthouse) {
    const min = t.lighthousePerformance[r.preset];
    out.push(
      check(
        `Lighthouse ${r.preset}, ${r.page}: performance`,
        `≥ ${min}`,
        r.scores.performance,
        (v) => v >= min,
      ),
      check(
        `Lighthouse ${r.preset}, ${r.page}: layout shift`,
        `< ${t.layoutShift}`,
        r.metrics.cls,
        (v) => v < t.layoutShift,
      ),
    );
  }
  return out;
}

const ms = (s: Summary | null | undefined) => (s ? `${Math.round(s.median * 10) / 10} ms` : 'n/a');
const x = (s: Summary | null | undefined) => (s ? `**${s.median.toFixed(2)}×**` : 'n/a');

/** The issue's side-by-side table, one block per viewport, and Lighthouse's. */
export function markdownTables(
  runs: number,
  /** Per viewport measured (a run may measure some only: BENCH_VIEWPORTS). */
  subjects: Partial<Record<ViewportName, Partial<Record<SubjectId, SubjectSummary>>>>,
  ratios: Record<string, Summary | null>,
  lighthouse: LighthouseResult[],
): string {
  const lines = [
    `| figure (median, ${runs} interleaved loads each) | static reference | minimal stack | TIP Atlas | app / minimal (per-run) |`,
    '|---|---|---|---|---|',
  ];
  for (const vp of (Object.keys(VIEWPORTS) as ViewportName[]).filter((v) => v in subjects)) {
    const s = subjects[vp] ?? {};
    lines.push(
      `| **${vp}** map painted | ${ms(s.reference?.painted)} | ${ms(s.minimal?.painted)} | ${ms(s.app?.painted)} | ${x(ratios[`${vp}.painted.app/minimal`])} |`,
      `| ${vp}: map live (answers input: picture or app) | | ${ms(s.minimal?.live)} | ${ms(s.app?.live)} | ${x(ratios[`${vp}.live.app/minimal`])} |`,
      `| ${vp}: shared map link live | | | ${ms(s.appShared?.live)} | ${x(ratios[`${vp}.live.appShared/minimal`])} |`,
      `| ${vp}: the app's own live map (data-ready) | | ${ms(s.minimal?.appLive)} | ${ms(s.app?.appLive)} | ${x(ratios[`${vp}.appLive.app/minimal`])} |`,
      `| ${vp}: year change → next frame | | ${ms(s.minimal?.yearChange)} | ${ms(s.app?.yearChange)} | ${x(ratios[`${vp}.yearChange.app/minimal`])} |`,
      `| ${vp}: layout shift (max) default / shared link | | | ${s.app?.layoutShift?.max ?? 'n/a'} / ${s.appShared?.layoutShift?.max ?? 'n/a'} | |`,
    );
  }
  if (lighthouse.length) {
    lines.push(
      '',
      '| Lighthouse 12.2.3 | preset | performance | a11y | best practices | LCP | TBT | CLS | TTI |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const r of lighthouse)
      lines.push(
        `| ${r.page} | ${r.preset} | ${r.scores.performance ?? 'n/a'} | ${r.scores.accessibility ?? 'n/a'} | ${r.scores.bestPractices ?? 'n/a'} | ${r.metrics.lcp ?? 'n/a'} ms | ${r.metrics.tbt ?? 'n/a'} ms | ${r.metrics.cls ?? 'n/a'} | ${r.metrics.tti ?? 'n/a'} ms |${r.error ? ` ${r.error}` : ''}`,
      );
  }
  return lines.join('\n');
}
