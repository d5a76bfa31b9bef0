import { PRERENDER_ELEMENT_ID } from './prerenderConstants';

/** The country outlines of a pre-rendered map, as the map's layout step takes them (features/map/mapLayout.ts). */
interface PictureShapes {
  region: 'world';
  width: number;
  height: number;
  paths: string[];
}

let captured: PictureShapes[] = [];

/**
 * Keeps the outlines of the page's pictures (both are of the world map, drawn by the build with the app's own
 * layout) before the picture leaves the page, so the live map can reuse them rather than project every country
 * again. Cheap: attributes read, nothing laid out.
 */
export function capturePictureShapes(): void {
  const maps = document.querySelectorAll(`#${PRERENDER_ELEMENT_ID} svg[data-prerendered]`);
  captured = [...maps].map((svg) => ({
    region: 'world',
    width: Number(svg.getAttribute('width')),
    height: Number(svg.getAttribute('height')),
    paths: [...svg.querySelectorAll('[data-layer="countries"] > path')].map((p) => p.getAttribute('d') ?? ''),
  }));
}

/** The outlines captured, once. */
export function takePictureShapes(): PictureShapes[] {
  const out = captured;
  captured = [];
  return out;
}
