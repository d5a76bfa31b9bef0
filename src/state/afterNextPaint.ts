/** Without frames (a hidden tab, jsdom), scheduled work still runs within this time. */
export const AFTER_PAINT_FALLBACK_MS = 100;

/**
 * Runs `fn` once, in the task after the next frame has been produced (requestAnimationFrame, then a timer), or after
 * AFTER_PAINT_FALLBACK_MS when no frame comes. Returns a function that cancels it.
 */
export function afterNextPaint(fn: () => void): () => void {
  let done = false;
  let frameTimer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    fn();
  };
  const fallback = setTimeout(run, AFTER_PAINT_FALLBACK_MS);
  const frame =
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => {
          frameTimer = setTimeout(run, 0);
        })
      : null;
  const cancel = () => {
    done = true;
    clearTimeout(fallback);
    if (frameTimer !== null) clearTimeout(frameTimer);
    if (frame !== null) cancelAnimationFrame(frame);
  };
  return cancel;
}
