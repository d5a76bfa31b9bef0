import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_STATE } from './urlState';
import { startFromUrl, useUrlSync } from './useUrlSync';
import { useViewStore } from './viewStore';

let frames: FrameRequestCallback[] = [];
beforeEach(() => {
  window.history.replaceState(null, '', '/?year=2020');
  useViewStore.setState({ ...DEFAULT_STATE, countries: [], notices: [], pack: null });
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});
afterEach(() => vi.unstubAllGlobals());

const paint = () =>
  act(async () => {
    frames.splice(0).forEach((cb) => cb(0));
    await new Promise((r) => setTimeout(r, 0));
  });

describe('useUrlSync', () => {
  it('reads the view from the link', () => {
    renderHook(() => useUrlSync());
    expect(useViewStore.getState().reportYear).toBe(2020);
  });

  it('writes a change of the report year alone after the next frame, so the map repaints first', async () => {
    renderHook(() => useUrlSync());
    act(() => useViewStore.getState().set({ reportYear: 2021 }));
    expect(window.location.search).toBe('?year=2020');
    await paint();
    expect(window.location.search).toBe('?year=2021');
  });

  it('writes any other change at once, and a pending year with it', () => {
    renderHook(() => useUrlSync());
    act(() => useViewStore.getState().set({ reportYear: 2021 }));
    act(() => useViewStore.getState().set({ region: 'europe' }));
    expect(window.location.search).toBe('?year=2021&region=europe');
  });

  it('writes a year change made together with another change at once', () => {
    renderHook(() => useUrlSync());
    act(() => useViewStore.getState().set({ reportYear: 2015, mode: 'changes' }));
    expect(new URLSearchParams(window.location.search).get('year')).toBe('2015');
    expect(new URLSearchParams(window.location.search).get('mode')).toBe('changes');
  });
});

describe('useUrlSync on Back and Forward', () => {
  it('keeps the app’s briefing pack in the address instead of the history entry’s older one', () => {
    renderHook(() => useUrlSync());
    act(() => useViewStore.getState().set({ pack: 'one-slide' }));
    act(() => useViewStore.getState().set({ view: 'sources' }));
    act(() => useViewStore.getState().set({ pack: 'three-slides' }));
    // Back to the map's entry, whose address still holds the pack as it was then.
    act(() => {
      window.history.replaceState(null, '', '/?year=2020&pack=one-slide');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(useViewStore.getState().view).toBe('map');
    expect(useViewStore.getState().pack).toBe('three-slides');
    expect(window.location.search).toBe('?year=2020&pack=three-slides');
  });
});

describe('useUrlSync after the app was started from the address (startFromUrl)', () => {
  it('keeps what a view set as it mounted, in the commit the sync mounts in', () => {
    window.history.replaceState(null, '', '/?year=2021');
    startFromUrl();
    expect(useViewStore.getState().reportYear).toBe(2021);
    // The map opens the panel asked of the page's picture: its effect runs before the app's sync.
    useViewStore.getState().set({ country: 'BRA' });
    renderHook(() => useUrlSync());
    expect(useViewStore.getState().country).toBe('BRA');
    expect(window.location.search).toContain('country=BRA');
  });

  it('reads the address again if it changed since the app was started from it', () => {
    window.history.replaceState(null, '', '/?year=2021');
    startFromUrl();
    window.history.replaceState(null, '', '/?year=2019');
    renderHook(() => useUrlSync());
    expect(useViewStore.getState().reportYear).toBe(2019);
  });
});
