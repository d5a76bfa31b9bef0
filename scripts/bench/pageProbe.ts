/**
 * Instrumentation the bench injects into every page it measures (app and reference alike, via addInitScript,
 * which the page's CSP does not govern). It runs in the browser, so it is self-contained: no imports, no closures.
 *
 * "Map painted" = the first frame after a complete map is on screen: the app's live map (data-ready="true"), the
 * app's pre-rendered still picture (data-prerendered="true", shown and parsed to its end), or (for a map without
 * either attribute) an svg with at least `minPaths` paths and `minFills` distinct fills; then the next
 * requestAnimationFrame plus one task, so the frame holding the map has been produced.
 * "Map interactive" = the same for a map that answers hover, keys and clicks: the app's pre-rendered picture once
 * its input script has taken it (data-answers-input="true", src/prerender/picture-input.js) or its live map
 * (data-ready="true"), whichever comes first.
 * "App live" = the same for the app's live map only (data-ready="true"): its code evaluated and its first render done.
 */
export interface ProbeOptions {
  minPaths: number;
  minFills: number;
  /**
   * The minimal stack's map (react-simple-maps) answers input as soon as it is drawn: its painted frame is also its
   * live frame. The app is live only with `data-ready="true"`; the static reference never is.
   */
  liveWhenPainted: boolean;
}

export interface YearChangeTiming {
  /** keydown event timestamp → first DOM change of the map's fills (script and React work). */
  updateMs: number;
  /** keydown event timestamp → the frame after the fills changed has been produced. */
  repaintMs: number;
}

export interface ProbeState {
  paintedAt: number | null;
  interactiveAt: number | null;
  /** The app's live map (data-ready); for other pages the same as interactiveAt. */
  appLiveAt: number | null;
  /** Sum of the page's layout-shift entries not caused by input (what Lighthouse calls CLS for one load). */
  layoutShift: number;
  /**
   * `fills`: from the keydown to the frame after the live map's fills changed (the app's year slider).
   * `any`: from the click to the frame after the first change to the page (the minimal stack's year buttons,
   * whose fills do not change for every year: its data has two years).
   */
  armYearChange: (mode: 'fills' | 'any') => void;
  yearChange: Promise<YearChangeTiming> | null;
}

declare global {
  interface Window {
    __tipBench?: ProbeState;
  }
}

export function installProbe(options: ProbeOptions): void {
  const fillOf = (p: Element): string => p.getAttribute('fill') ?? (p as SVGElement).style?.fill ?? '';
  /**
   * A map on screen. `app`: only the app's live map (data-ready). `answers`: also its picture once it answers input
   * (data-answers-input), shown as below.
   */
  const mapSvg = (want: 'any' | 'answers' | 'app' = 'any'): SVGSVGElement | null => {
    for (const svg of Array.from(document.querySelectorAll('svg'))) {
      const ready = svg.getAttribute('data-ready');
      if (ready === 'true') return svg;
      if (ready !== null || want === 'app') continue;
      if (want === 'answers' && svg.getAttribute('data-answers-input') !== 'true') continue;
      if (svg.getAttribute('data-prerendered') === 'true') {
        // Complete once the parser has reached #root, which follows the picture; shown unless CSS hides it.
        if (
          document.getElementById('root') &&
          svg.getClientRects().length > 0 &&
          getComputedStyle(svg).visibility !== 'hidden'
        )
          return svg;
        continue;
      }
      if (want === 'answers') continue;
      const paths = svg.querySelectorAll('path');
      if (paths.length < options.minPaths) continue;
      const fills = new Set<string>();
      for (const p of Array.from(paths)) {
        fills.add(fillOf(p));
        if (fills.size >= options.minFills) return svg;
      }
    }
    return null;
  };
  const afterNextFrame = (done: (t: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    });
  const signature = (): string => {
    const svg = mapSvg('app');
    return svg ? Array.from(svg.querySelectorAll('path')).map(fillOf).join('|') : '';
  };

  const state: ProbeState = {
    paintedAt: null,
    interactiveAt: null,
    appLiveAt: null,
    layoutShift: 0,
    yearChange: null,
    armYearChange: (mode) => {
      const before = mode === 'fills' ? signature() : '';
      state.yearChange = new Promise<YearChangeTiming>((resolve) => {
        let t0: number | null = null;
        window.addEventListener(
          mode === 'fills' ? 'keydown' : 'click',
          (e) => {
            t0 = e.timeStamp;
          },
          { capture: true, once: true },
        );
        const observer = new MutationObserver(() => {
          if (t0 === null || (mode === 'fills' && signature() === before)) return;
          const start = t0;
          const changedAt = performance.now();
          observer.disconnect();
          afterNextFrame((t) => resolve({ updateMs: changedAt - start, repaintMs: t - start }));
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      });
    },
  };
  window.__tipBench = state;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) state.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // No layout-shift entries in this browser: reported as 0.
  }

  let painted = false;
  let interactive = false;
  let appLive = false;
  const observer = new MutationObserver(() => {
    if (!painted && mapSvg()) {
      painted = true;
      afterNextFrame((t) => {
        state.paintedAt = t;
        if (options.liveWhenPainted) state.interactiveAt = state.appLiveAt = t;
      });
      if (options.liveWhenPainted) {
        interactive = appLive = true;
        observer.disconnect();
        return;
      }
    }
    if (!interactive && mapSvg('answers')) {
      interactive = true;
      afterNextFrame((t) => {
        state.interactiveAt = t;
      });
    }
    if (!appLive && mapSvg('app')) {
      appLive = true;
      observer.disconnect();
      afterNextFrame((t) => {
        state.appLiveAt = t;
      });
    }
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['fill', 'style', 'data-ready', 'data-prerendered', 'data-answers-input', 'class'],
  });
}
