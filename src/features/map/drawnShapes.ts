/**
 * Country outlines already drawn for a box, offered to the first live map so that it need not project every country
 * again (30–75 ms of the first render on the 2-core bench machine): the build's, in the page's pre-rendered picture
 * (src/prerender), or a map link's without one, drawn while the app's code downloads (mapEarly.ts). Both are drawn
 * with the layout's own functions (mapLayout.ts).
 */
import type { Geometry } from 'geojson';
import type { RegionPreset } from '../../state/urlState';

export interface DrawnShapes {
  region: RegionPreset;
  width: number;
  height: number;
  /** One path per feature, in the atlas's order. */
  paths: readonly string[];
}

let drawnShapes: DrawnShapes[] = [];

/** Offers add up; each serves once. */
export function offerDrawnShapes(offered: readonly DrawnShapes[]): void {
  drawnShapes = [...drawnShapes, ...offered];
}

/**
 * The offered outlines for this box, if they are exactly what this layout would draw: same region, size and number
 * of features, and the first feature's path identical (a picture drawn from other geometry, or rounded as the
 * phone picture is, fails that and is not used). Each offer serves once; the layout cache keeps the result.
 */
export function takeDrawnShapes(
  region: RegionPreset,
  width: number,
  height: number,
  features: readonly { geometry: Geometry }[],
  path: (geometry: Geometry) => string | null,
): readonly string[] | null {
  const i = drawnShapes.findIndex(
    (o) =>
      o.region === region && o.width === width && o.height === height && o.paths.length === features.length,
  );
  if (i < 0 || features.length === 0) return null;
  const [offer] = drawnShapes.splice(i, 1);
  return offer && (path(features[0]!.geometry) ?? '') === offer.paths[0] ? offer.paths : null;
}
