import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The rendered width of an element, kept up to date with a ResizeObserver. Charts lay themselves out for this
 * width; where no observer exists (tests), the fallback is used.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width] as const;
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
