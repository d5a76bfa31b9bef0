// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { capturePictureShapes, takePictureBoxes, takePictureShapes } from './pictureShapes';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const picture = (width: number, height: number, paths: string[]) =>
  `<svg data-prerendered="true" width="${width}" height="${height}"><g data-layer="countries">${paths
    .map((d) => `<path d="${d}"></path>`)
    .join('')}</g><g data-layer="labels"><path d="M9,9Z"></path></g></svg>`;

describe('capturePictureShapes', () => {
  it('keeps each picture’s size and country outlines in order, handed over once', () => {
    document.body.innerHTML = `<div id="prerender">${picture(982, 445, ['M1,1Z', 'M2,2Z'])}${picture(366, 189, ['M3,3Z'])}</div>`;
    capturePictureShapes();
    document.getElementById('prerender')!.remove();
    expect(takePictureShapes()).toEqual([
      { region: 'world', width: 982, height: 445, paths: ['M1,1Z', 'M2,2Z'] },
      { region: 'world', width: 366, height: 189, paths: ['M3,3Z'] },
    ]);
    expect(takePictureShapes()).toEqual([]);
  });

  it('names the region the guard put in (a phone’s shared link), and the world for a name it does not know', () => {
    document.body.innerHTML = `<div id="prerender" data-picture-region="europe">${picture(366, 223, ['M4,4Z'])}</div>`;
    capturePictureShapes();
    expect(takePictureShapes()).toEqual([{ region: 'europe', width: 366, height: 223, paths: ['M4,4Z'] }]);
    document.body.innerHTML = `<div id="prerender" data-picture-region="atlantis">${picture(366, 189, [])}</div>`;
    capturePictureShapes();
    expect(takePictureShapes()[0]!.region).toBe('world');
  });

  it('finds nothing on a page without a picture', () => {
    capturePictureShapes();
    expect(takePictureShapes()).toEqual([]);
  });
});

describe('takePictureBoxes', () => {
  const page = (cls: string) =>
    `<div class="${cls}"><div class="map-page"><div class="map-frame"></div></div></div>`;
  // jsdom lays nothing out: the shown picture's boxes are given here, the hidden one's are empty.
  const layOut = (widths: Record<string, number>) =>
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const shown = this.closest('.shown') !== null;
      const width = shown ? (widths[this.className] ?? 0) : 0;
      return { width, height: 0, x: 0, y: 0, top: 0, left: 0, right: width, bottom: 0, toJSON: () => ({}) };
    });

  it('gives the shown picture’s page and frame widths, whole pixels, once', () => {
    document.body.innerHTML = `<div id="prerender">${page('hidden')}${page('shown')}</div>`;
    layOut({ 'map-page': 1326.6, 'map-frame': 982.4 });
    capturePictureShapes();
    expect(takePictureBoxes()).toEqual({ pageWidth: 1326, frameWidth: 982 });
    expect(takePictureBoxes()).toBeNull();
  });

  it('gives nothing when no picture is shown', () => {
    document.body.innerHTML = `<div id="prerender">${page('hidden')}</div>`;
    layOut({ 'map-page': 1326, 'map-frame': 982 });
    capturePictureShapes();
    expect(takePictureBoxes()).toBeNull();
  });
});
