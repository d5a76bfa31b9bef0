// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import {
  afterFirstPaint,
  appFramePainted,
  APP_PAINTED_WAIT_MS,
  pictureShown,
  useAppFramePainted,
} from './afterFirstPaint';
import {
  APP_PAINTED_ATTRIBUTE,
  FONTS_PENDING_CLASS,
  NO_PRERENDER_CLASS,
  PICTURE_PAINTED_ATTRIBUTE,
  PRERENDER_MEDIA_QUERY,
  PRERENDER_PHONE_MEDIA,
  PRERENDER_WIDE_MEDIA,
} from './prerenderConstants';

const wide = (matches: boolean) =>
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: q === PRERENDER_MEDIA_QUERY && matches }));

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.classList.remove(NO_PRERENDER_CLASS, FONTS_PENDING_CLASS);
  document.documentElement.removeAttribute(PICTURE_PAINTED_ATTRIBUTE);
  document.documentElement.removeAttribute(APP_PAINTED_ATTRIBUTE);
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

/** A laptop page whose picture is on its way (the guard script), and the app's start handed to afterFirstPaint. */
function startWhilePictureWaits() {
  wide(true);
  document.body.innerHTML = '<div id="prerender"></div><div id="root"></div>';
  document.documentElement.classList.add(FONTS_PENDING_CLASS);
  const start = vi.fn();
  afterFirstPaint(start);
  return start;
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('afterFirstPaint', () => {
  it('starts at once, and removes a picture that is not shown', () => {
    wide(false);
    document.body.innerHTML = '<div id="prerender"></div><div id="root"></div>';
    const start = vi.fn();
    afterFirstPaint(start);
    expect(start).toHaveBeenCalledTimes(1);
    expect(document.getElementById('prerender')).toBeNull();
  });

  it('waits for the guard to mark the picture on screen, not for its fonts alone, and keeps it for the app', async () => {
    const start = startWhilePictureWaits();
    await settle();
    // The guard's show(): the fonts are in and the picture is shown, but its frame is not on screen yet.
    document.documentElement.classList.remove(FONTS_PENDING_CLASS);
    await settle();
    expect(start).not.toHaveBeenCalled();
    document.documentElement.setAttribute(PICTURE_PAINTED_ATTRIBUTE, 'true');
    await settle();
    expect(start).toHaveBeenCalledTimes(1);
    expect(document.getElementById('prerender')).not.toBeNull();
  });

  it('waits for the very mark the guard script sets', () => {
    expect(readFileSync('src/prerender/prerender-guard.js', 'utf8')).toContain(
      `root.setAttribute('${PICTURE_PAINTED_ATTRIBUTE}', 'true')`,
    );
  });

  it('starts at once when the picture was on screen before the app’s entry ran', () => {
    wide(true);
    document.body.innerHTML = '<div id="prerender"></div><div id="root"></div>';
    document.documentElement.setAttribute(PICTURE_PAINTED_ATTRIBUTE, 'true');
    const start = vi.fn();
    afterFirstPaint(start);
    expect(start).toHaveBeenCalledTimes(1);
  });
});

describe('afterFirstPaint, when the picture does not come', () => {
  it('starts at once once the guard gives the picture up, and removes it', async () => {
    const start = startWhilePictureWaits();
    await settle();
    expect(start).not.toHaveBeenCalled();
    // The guard's giveUp: no picture, then nothing pending.
    document.documentElement.classList.add(NO_PRERENDER_CLASS);
    document.documentElement.classList.remove(FONTS_PENDING_CLASS);
    await settle();
    expect(start).toHaveBeenCalledTimes(1);
    expect(document.getElementById('prerender')).toBeNull();
  });
});

describe("useAppFramePainted: a linked view starts once the app's first frame is on screen", () => {
  it('is true at once where the guard is not waiting (a picture, the dev server, tests)', () => {
    expect(appFramePainted()).toBe(true);
    expect(renderHook(() => useAppFramePainted()).result.current).toBe(true);
  });

  it("waits, on a link with no picture, for the guard's mark", async () => {
    document.documentElement.classList.add(NO_PRERENDER_CLASS);
    const { result } = renderHook(() => useAppFramePainted());
    expect(result.current).toBe(false);
    await act(async () => {
      document.documentElement.setAttribute(APP_PAINTED_ATTRIBUTE, 'true');
      await Promise.resolve();
    });
    expect(result.current).toBe(true);
  });

  it('waits no longer than APP_PAINTED_WAIT_MS for a mark that does not come', () => {
    vi.useFakeTimers();
    try {
      document.documentElement.classList.add(NO_PRERENDER_CLASS);
      const { result } = renderHook(() => useAppFramePainted());
      act(() => vi.advanceTimersByTime(APP_PAINTED_WAIT_MS - 1));
      expect(result.current).toBe(false);
      act(() => vi.advanceTimersByTime(1));
      expect(result.current).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("waits for the very mark the guard script sets, after the view's files are asked for", () => {
    const guard = readFileSync('src/prerender/prerender-guard.js', 'utf8');
    expect(guard).toContain(`root.setAttribute('${APP_PAINTED_ATTRIBUTE}', 'true')`);
  });
});
