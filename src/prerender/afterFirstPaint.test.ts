// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, PAINT_ENTRY_WAIT_MS, pictureShown, whenPainted } from './afterFirstPaint';
import {
  FONTS_PENDING_CLASS,
  NO_PRERENDER_CLASS,
  PRERENDER_MEDIA_QUERY,
  PRERENDER_PHONE_MEDIA,
  PRERENDER_WIDE_MEDIA,
} from './prerenderConstants';

const wide = (matches: boolean) =>
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: q === PRERENDER_MEDIA_QUERY && matches }));

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.classList.remove(NO_PRERENDER_CLASS, FONTS_PENDING_CLASS);
  vi.unstubAllGlobals();
});

describe('pictureShown', () => {
  it('is true only for a picture in the page, on a wide screen, for the default link', () => {
    wide(true);
    expect(pictureShown()).toBe(false);
    document.body.innerHTML = '<div id="prerender"></div><div id="root"></div>';
    expect(pictureShown()).toBe(true);
    document.documentElement.classList.add(NO_PRERENDER_CLASS);
    expect(pictureShown()).toBe(false);
    document.documentElement.classList.remove(NO_PRERENDER_CLASS);
    wide(false);
    expect(pictureShown()).toBe(false);
  });

  it('uses the breakpoints styles.css shows the two pictures at', () => {
    const css = readFileSync('src/styles.css', 'utf8');
    const wide = Number(PRERENDER_WIDE_MEDIA.match(/min-width: (\d+)px/)![1]);
    const phone = Number(PRERENDER_PHONE_MEDIA.match(/max-width: (\d+)px/)![1]);
    expect(PRERENDER_MEDIA_QUERY).toBe(`${PRERENDER_WIDE_MEDIA}, ${PRERENDER_PHONE_MEDIA}`);
    expect(css).toContain(`@media (min-width: ${phone}.02px) and (max-width: ${wide - 1}.98px)`);
    expect(css).toContain(`@media (max-width: ${wide - 1}.98px) {\n  #prerender .prerender-wide`);
    expect(css).toContain(`@media (min-width: ${phone}.02px) {\n  #prerender .prerender-phone`);
    expect(css).toContain(`@media (min-width: ${wide}px), (max-width: ${phone}px)`);
  });
});

/** A laptop page whose picture waits for its fonts (the guard script), and the app's start handed to afterFirstPaint. */
function startWhilePictureWaits() {
  wide(true);
  document.body.innerHTML = '<div id="prerender"></div><div id="root"></div>';
  document.documentElement.classList.add(FONTS_PENDING_CLASS);
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  const start = vi.fn();
  afterFirstPaint(start);
  return { frames, start };
}

describe('afterFirstPaint', () => {
  it('starts at once, and removes a picture that is not shown', () => {
    wide(false);
    document.body.innerHTML = '<div id="prerender"></div><div id="root"></div>';
    const start = vi.fn();
    afterFirstPaint(start);
    expect(start).toHaveBeenCalledTimes(1);
    expect(document.getElementById('prerender')).toBeNull();
  });

  it('waits for the frame that paints a shown picture to be on screen, and keeps it for the app to replace', async () => {
    wide(true);
    document.body.innerHTML = '<div id="prerender"></div><div id="root"></div>';
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const start = vi.fn();
    afterFirstPaint(start);
    expect(start).not.toHaveBeenCalled();
    frames.shift()!(0);
    frames.shift()!(16);
    await new Promise((r) => setTimeout(r, 0));
    expect(start).toHaveBeenCalledTimes(1);
    expect(document.getElementById('prerender')).not.toBeNull();
  });

  it('while the picture waits for its fonts, waits too, then for the frame that paints it', async () => {
    const { frames, start } = startWhilePictureWaits();
    await new Promise((r) => setTimeout(r, 0));
    expect(frames).toHaveLength(0);
    document.documentElement.classList.remove(FONTS_PENDING_CLASS);
    await new Promise((r) => setTimeout(r, 0));
    expect(frames).toHaveLength(1);
    frames.shift()!(0);
    frames.shift()!(16);
    await new Promise((r) => setTimeout(r, 0));
    expect(start).toHaveBeenCalledTimes(1);
  });
});

describe('afterFirstPaint, when the picture does not come', () => {
  it('starts at once once the guard gives the picture up, without waiting for a frame', async () => {
    const { frames, start } = startWhilePictureWaits();
    await new Promise((r) => setTimeout(r, 0));
    expect(start).not.toHaveBeenCalled();
    // The guard's giveUp: no picture, then nothing pending.
    document.documentElement.classList.add(NO_PRERENDER_CLASS);
    document.documentElement.classList.remove(FONTS_PENDING_CLASS);
    await new Promise((r) => setTimeout(r, 0));
    expect(start).toHaveBeenCalledTimes(1);
    expect(frames).toHaveLength(0);
    expect(document.getElementById('prerender')).toBeNull();
  });
});

describe('whenPainted', () => {
  /** A browser with paint timing: `report` hands the observer an entry as the browser would. */
  function withPaintTiming() {
    const callbacks: ((list: { getEntries: () => { name: string }[] }) => void)[] = [];
    class FakeObserver {
      static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
      constructor(private readonly cb: (list: { getEntries: () => { name: string }[] }) => void) {}
      observe() {
        callbacks.push(this.cb);
      }
      disconnect() {}
    }
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    return (name: string) => callbacks.forEach((cb) => cb({ getEntries: () => [{ name }] }));
  }
  const frames: FrameRequestCallback[] = [];
  const stubFrames = () => {
    frames.length = 0;
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  };
  afterEach(() => vi.useRealTimers());

  it('runs once the first contentful paint is reported, not at the first (blank) paint', async () => {
    const report = withPaintTiming();
    stubFrames();
    const then = vi.fn();
    whenPainted(then);
    report('first-paint');
    await new Promise((r) => setTimeout(r, 0));
    expect(then).not.toHaveBeenCalled();
    report('first-contentful-paint');
    await new Promise((r) => setTimeout(r, 0));
    expect(then).toHaveBeenCalledTimes(1);
    // The frames' fallback does not run it again.
    frames.shift()!(0);
    frames.shift()!(16);
    await new Promise((r) => setTimeout(r, PAINT_ENTRY_WAIT_MS + 10));
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs two frames and a moment later when no entry comes (a page once in the background gets none)', () => {
    vi.useFakeTimers();
    withPaintTiming();
    stubFrames();
    const then = vi.fn();
    whenPainted(then);
    frames.shift()!(0);
    frames.shift()!(16);
    vi.advanceTimersByTime(PAINT_ENTRY_WAIT_MS - 1);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('without paint timing, runs in the task after the second frame', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    stubFrames();
    const then = vi.fn();
    whenPainted(then);
    frames.shift()!(0);
    await new Promise((r) => setTimeout(r, 0));
    expect(then).not.toHaveBeenCalled();
    frames.shift()!(16);
    await new Promise((r) => setTimeout(r, 0));
    expect(then).toHaveBeenCalledTimes(1);
  });
});
