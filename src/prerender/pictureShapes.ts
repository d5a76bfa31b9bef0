import { PRERENDER_ELEMENT_ID } from './prerenderConstants';
import { REGION_PRESETS, type RegionPreset } from '../state/urlState';

/** The country outlines of a pre-rendered map, as the map's layout step takes them (features/map/mapLayout.ts). */
interface PictureShapes {
  region: RegionPreset;
  width: number;
  height: number;
  paths: string[];
}

/** The boxes the shown picture's map page and map frame occupy: the live map's, laid out by the same CSS. */
export interface PictureBoxes {
  pageWidth: number;
  frameWidth: number;
}

let captured: PictureShapes[] = [];
let boxes: PictureBoxes | null = null;

/**
 * Keeps the outlines of the page's picture (of the world map, drawn by the build with the app's own
 * layout) before the picture leaves the page, so the live map can reuse them rather than project every country
 * again. Cheap: attributes read, nothing laid out.
 */
export function capturePictureShapes(): void {
  const maps = document.querySelectorAll(`#${PRERENDER_ELEMENT_ID} svg[data-prerendered]`);
  // The guard names the region of the picture it put in (a phone's shared link may show another than the world's).
  const named = document.getElementById(PRERENDER_ELEMENT_ID)?.getAttribute('data-picture-region');
  const region = REGION_PRESETS.find((r) => r === named) ?? 'world';
  captured = [...maps].map((svg) => ({
    region,
    width: Number(svg.getAttribute('width')),
    height: Number(svg.getAttribute('height')),
    paths: [...svg.querySelectorAll('[data-layer="countries"] > path')].map((p) => p.getAttribute('d') ?? ''),
  }));
  // Read after the picture's frame, when its layout is done (no layout forced); a hidden picture has no boxes.
  boxes = null;
  for (const page of document.querySelectorAll(`#${PRERENDER_ELEMENT_ID} .map-page`)) {
    const pageWidth = Math.floor(page.getBoundingClientRect().width);
    const frame = page.querySelector('.map-frame');
    const frameWidth = frame ? Math.floor(frame.getBoundingClientRect().width) : 0;
    if (pageWidth > 0 && frameWidth > 0) boxes = { pageWidth, frameWidth };
  }
}

/**
 * The widths of the shown picture's map page and frame, once: the live map's first render starts from them, so
 * it is drawn in its first commit instead of after measuring the page, then the frame (two more renders and
 * layouts). It still measures; a width that differs (a window resized since) is drawn again, as before.
 */
export function takePictureBoxes(): PictureBoxes | null {
  const out = boxes;
  boxes = null;
  return out;
}

/** The outlines captured, once. */
export function takePictureShapes(): PictureShapes[] {
  const out = captured;
  captured = [];
  return out;
}
