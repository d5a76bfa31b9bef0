import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AFTER_PAINT_FALLBACK_MS, afterNextPaint } from './afterNextPaint';

let frames: FrameRequestCallback[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});
// Undone in the reverse order of set-up: restoring the stub first would put back the fake clock's
// requestAnimationFrame (the value the stub replaced), a frame that never comes for every later suite in the worker.
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('afterNextPaint', () => {
  it('runs in the task after the next frame, once', () => {
    const fn = vi.fn();
    afterNextPaint(fn);
    expect(fn).not.toHaveBeenCalled();
    frames.splice(0).forEach((cb) => cb(0));
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(AFTER_PAINT_FALLBACK_MS);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs after the fallback time when no frame comes', () => {
    const fn = vi.fn();
    afterNextPaint(fn);
    vi.advanceTimersByTime(AFTER_PAINT_FALLBACK_MS);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('does not run once cancelled', () => {
    const fn = vi.fn();
    const cancel = afterNextPaint(fn);
    cancel();
    frames.splice(0).forEach((cb) => cb(0));
    vi.advanceTimersByTime(AFTER_PAINT_FALLBACK_MS);
    expect(fn).not.toHaveBeenCalled();
  });
});
