import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, pictureShown } from './afterFirstPaint';
import { NO_PRERENDER_CLASS, PRERENDER_MEDIA_QUERY } from './prerenderConstants';

const wide = (matches: boolean) =>
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: q === PRERENDER_MEDIA_QUERY && matches }));

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.classList.remove(NO_PRERENDER_CLASS);
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

  it('uses the breakpoint styles.css hides the picture at', () => {
    const css = readFileSync('src/styles.css', 'utf8');
    const px = PRERENDER_MEDIA_QUERY.match(/min-width: (\d+)px/)![1];
    expect(css).toContain(`@media (min-width: ${px}px)`);
    expect(css).toContain(`@media (max-width: ${Number(px) - 1}.98px)`);
  });
});

describe('afterFirstPaint', () => {
  it('starts at once, and removes a picture that is not shown', () => {
    wide(false);
    document.body.innerHTML = '<div id="prerender"></div><div id="root"></div>';
    const start = vi.fn();
    afterFirstPaint(start);
    expect(start).toHaveBeenCalledTimes(1);
    expect(document.getElementById('prerender')).toBeNull();
  });

  it('waits for the frame that paints a shown picture, and keeps it for the app to replace', async () => {
    wide(true);
    document.body.innerHTML = '<div id="prerender"></div><div id="root"></div>';
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const start = vi.fn();
    afterFirstPaint(start);
    expect(start).not.toHaveBeenCalled();
    frames.shift()!(0);
    await new Promise((r) => setTimeout(r, 0));
    expect(start).toHaveBeenCalledTimes(1);
    expect(document.getElementById('prerender')).not.toBeNull();
  });
});
