import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_STATE } from './urlState';
import { AFTER_PAINT_FALLBACK_MS } from './afterNextPaint';
import { useViewStoreAfterPaint } from './useViewStoreAfterPaint';
import { useViewStore } from './viewStore';

let frames: FrameRequestCallback[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  useViewStore.setState({ ...DEFAULT_STATE, reportYear: 2025 });
});
// Undone in the reverse order of set-up: restoring the stub first would put back the fake clock's
// requestAnimationFrame (the value the stub replaced), a frame that never comes for every later suite in the worker.
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const paint = () =>
  act(() => {
    frames.splice(0).forEach((cb) => cb(0));
    vi.advanceTimersByTime(0);
  });
const setYear = (reportYear: number) => act(() => useViewStore.getState().set({ reportYear }));

describe('useViewStoreAfterPaint', () => {
  it('starts with the store’s value, and takes a change only after the next frame', () => {
    const { result } = renderHook(() => useViewStoreAfterPaint((s) => s.reportYear));
    expect(result.current).toBe(2025);
    setYear(2024);
    expect(result.current).toBe(2025);
    paint();
    expect(result.current).toBe(2024);
  });

  it('lands a burst of changes once, as the last of them', () => {
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useViewStoreAfterPaint((s) => s.reportYear);
    });
    const before = renders;
    setYear(2024);
    setYear(2023);
    setYear(2022);
    paint();
    expect(result.current).toBe(2022);
    expect(renders - before).toBe(1);
  });

  it('ignores changes to other parts of the store', () => {
    renderHook(() => useViewStoreAfterPaint((s) => s.reportYear));
    act(() => useViewStore.getState().set({ region: 'europe' }));
    expect(frames).toHaveLength(0);
  });

  it('still takes the change when no frame comes (a hidden tab)', () => {
    const { result } = renderHook(() => useViewStoreAfterPaint((s) => s.reportYear));
    setYear(2020);
    act(() => vi.advanceTimersByTime(AFTER_PAINT_FALLBACK_MS));
    expect(result.current).toBe(2020);
  });
});
