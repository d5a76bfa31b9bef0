/** Everything `npm run bench` measures against, in one place. */

/** Runs per figure: the issue asks for at least seven, each in a fresh browser profile. */
export const DEFAULT_RUNS = 7;
/** Year changes measured per page load (../shared/bench/README.md: the median of 7 changes per page). */
export const YEAR_CHANGES_PER_RUN = 7;
/** Where the bench builds the app; its own folder so parallel work on the default dist is not disturbed. */
export const DEFAULT_DIST = '/tmp/dist-bench-perf';
export const RESULTS_DIR = 'bench-results';
export const RESULTS_FILE = `${RESULTS_DIR}/bench.json`;
export const PNG_SAMPLE_FILE = `${RESULTS_DIR}/map-16x9@2x.png`;
/** The reference page is served by the bench server at this path, next to the built app. */
export const REFERENCE_PATH = '/__bench/reference.html';

export const VIEWPORT = { width: 1366, height: 768 } as const;
/**
 * The two screens of issue 18, a laptop and a phone (CSS pixels; device scale factor 1 on both), served from
 * loopback; and the phone again on a phone's network and processor (NETWORK_PROFILES), where a file's size and the
 * order things arrive in count as they do for a user, and not on loopback, where every file arrives at once.
 */
export const VIEWPORTS = {
  laptop: VIEWPORT,
  phone: { width: 390, height: 844 },
  phone4g: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** Network and processor a load is emulated on (Chrome DevTools Protocol), per page, for every subject alike. */
export interface NetworkProfile {
  /** Added to every request's round trip. */
  latencyMs: number;
  downloadKbps: number;
  uploadKbps: number;
  /** The main thread runs this many times slower. */
  cpuSlowdown: number;
}
/** A mid-range phone on a good 4G network; the loopback viewports have none. */
export const NETWORK_PROFILES: Partial<Record<ViewportName, NetworkProfile>> = {
  phone4g: { latencyMs: 60, downloadKbps: 9000, uploadKbps: 1500, cpuSlowdown: 4 },
};
/** A shared map link (issue 18): another year and a region, which the default picture does not show. */
export const SHARED_MAP_LINK = '/?year=2020&region=europe';
/** The minimal stack's map counts as drawn with this many paths (../shared/bench/README.md). */
export const MINIMAL_STACK_MIN_PATHS = 150;
/** The reference map's drawing box (the same 2:1 proportion as a world map in a wide view). */
export const REFERENCE_MAP_SIZE = { width: 960, height: 500 } as const;

/**
 * The map counts as drawn when its svg says `data-ready="true"`, or, for a map without that attribute,
 * when one svg holds at least this many country paths (world-atlas 110m has 177 features) with tier fills.
 */
export const MIN_MAP_PATHS = 170;
/** At least this many distinct fills among the paths: a map still grey while data loads is not "painted". */
export const MIN_DISTINCT_FILLS = 3;
/** After the map is drawn, wait this long with no new request before the first load counts as finished. */
export const NETWORK_QUIET_MS = 400;
export const STEP_TIMEOUT_MS = 20_000;

/** The 16:9 slide preset at 2× is 3840 × 2160 pixels. */
export const PNG_EXPECTED_SIZE = { width: 3840, height: 2160 } as const;

/** Targets from issues 8 and 18, printed by the bench (not asserted by timed tests). */
export const TARGETS = {
  firstLoadJsGzipKB: 130,
  defaultViewDataGzipKB: 25,
  yearChangeRepaintMs: 16,
  /** App painted / static reference (issue 8). */
  timeToMapRatio: 2,
  /** App live / minimal stack live, laptop, phone and the shared map link (issue 18). */
  liveVsMinimal: 1,
  /** App painted / minimal stack painted, per screen (a phone's, on loopback or its own network). */
  paintedVsMinimal: { laptop: 0.7, phone: 0.8, phone4g: 0.8 },
  yearChangeVsMinimal: 1.3,
  lighthousePerformance: { desktop: 95, mobile: 90 },
  layoutShift: 0.05,
} as const;

/** gzip level of the bench server: what a typical static host sends. */
export const GZIP_LEVEL = 6;
