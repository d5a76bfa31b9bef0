// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { capturePictureShapes, takePictureShapes } from './pictureShapes';

afterEach(() => document.body.replaceChildren());

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

  it('finds nothing on a page without a picture', () => {
    capturePictureShapes();
    expect(takePictureShapes()).toEqual([]);
  });
});
