import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The rendered width of an element, kept up to date with a ResizeObserver, for charts: `useMeasuredWidth` below,
 * with `fallback` until measured and where nothing can be measured (tests). `expected`, a width known before the
 * element exists (the view's own width, measured as it mounted: `useMountWidth`), is drawn at first and confirmed by
 * the observer's first report; without it the element is measured in a layout effect, which lays the whole page
 * out inside the commit and draws it twice (on a phone the longest task of a Trends or Compare link).
 */
export function useElementWidth<T extends HTMLElement>(fallback: number, expected: number | null = null) {
  const [ref, width] = useMeasuredWidth<T>(fallback, true, expected);
  return [ref, width ?? fallback] as const;
}

/**
 * An element's width as it mounts, measured once in a layout effect (null if it has none, and in tests), then left
 * alone. A view measures its own section this way while it shows only its heading and a loading line, a layout of
 * a few elements, and draws its charts at that width from the start (`useElementWidth`'s `expected`), confirmed by
 * their own observer. `settled` is false only in the render before that measure.
 */
export function useMountWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [seen, setSeen] = useState<{ width: number | null; settled: boolean }>({
    width: null,
    settled: false,
  });
  useLayoutEffect(() => {
    const w = ref.current ? Math.floor(ref.current.getBoundingClientRect().width) : 0;
    setSeen({ width: w > 0 ? w : null, settled: true });
  }, []);
  return [ref, seen.width, seen.settled] as const;
}

/**
 * Like useElementWidth, but null until the element has been measured, so a caller can skip drawing at a guessed
 * width (the map would otherwise be projected twice on first load: at the guess, then at the real width).
 * Measuring happens in a layout effect, before the first paint; `enabled` holds it back until the element's
 * own width is settled (the map frame waits for the page width, which picks the one- or two-column layout).
 * jsdom measures 0: `fallback` is used then. `expected`, a width known before (the page's picture, laid out by the
 * same CSS), is used until the ResizeObserver's first report: equal, it costs nothing more (not even a layout of
 * its own); different, the element is drawn again before the frame is painted.
 */
export function useMeasuredWidth<T extends HTMLElement>(
  fallback: number,
  enabled = true,
  expected: number | null = null,
) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(expected);
  const known = useRef(expected !== null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!enabled || !el) return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      setWidth((prev) => (w > 0 ? w : (prev ?? fallback)));
    };
    const observing = typeof ResizeObserver !== 'undefined';
    // A width known before is confirmed by the observer's first report, which comes after the browser's own layout
    // of this frame and before its paint, instead of by laying the whole page out here, inside the commit (on a
    // phone the longest task of the first load). A different width is drawn at once (flushSync), before that paint.
    if (!observing || !known.current) measure();
    known.current = false;
    if (!observing) return;
    const observer = new ResizeObserver(() => flushSync(measure));
    observer.observe(el);
    return () => observer.disconnect();
  }, [enabled, fallback]);
  return [ref, width] as const;
}
