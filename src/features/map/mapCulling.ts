/**
 * Which countries a region map can leave out: those wholly outside the box it is drawn in. A region map keeps the
 * world's projection, zoomed; without this it would project and draw every country of the world, two thirds of them
 * off the edge (Europe at laptop width: 60 of 175 shapes show, and the rest were two thirds of its path data).
 *
 * The test is in degrees, so that nothing is projected to decide: each country's extent in longitude (measured from
 * the map's centre meridian) and latitude, against the extent of what the box shows, found by inverting the
 * projection along the box's edges. Conservative: a margin covers the great-circle edges between an outline's
 * points, and a box that reaches past the globe's edge or near a pole culls nothing.
 */
import type { GeoProjection } from 'd3-geo';
import type { Geometry, Position } from 'geojson';

/** West, south, east, north in degrees; longitudes relative to the map's centre meridian, in −180…180. */
export type Extent = [number, number, number, number];

/** Degrees added around what the box shows: more than any edge of the 1:110m outlines bulges past its ends. */
const MARGIN = 2;
/** Pixels between the points sampled along the box's edges. */
const EDGE_STEP = 6;
/** A point that does not project back within this many pixels is off the globe. */
const ROUND_TRIP_PX = 0.5;

const relativeLon = (lon: number, centreLon: number): number => {
  const d = (((lon - centreLon + 180) % 360) + 360) % 360;
  return d - 180;
};

interface Measured {
  extent: Extent | null;
  crossesCut: boolean;
}
const measureCache = new WeakMap<Geometry, Map<number, Measured>>();

/** Degrees from the opposite meridian within which a point counts as on it (d3 rounds there; so does this). */
const CUT_TOLERANCE = 0.01;

/** A geometry's extent and whether an edge of it reaches the meridian opposite the centre, in one pass. */
function measure(geometry: Geometry, centreLon: number): Measured {
  const byCentre = measureCache.get(geometry) ?? new Map<number, Measured>();
  measureCache.set(geometry, byCentre);
  const hit = byCentre.get(centreLon);
  if (hit) return hit;
  const polygons: Position[][][] =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  let extent: Extent | null = null;
  // Anything this does not measure (not a polygon) is treated as reaching the cut: d3 cuts it as before.
  let crossesCut = polygons.length === 0;
  if (polygons.length > 0) {
    extent = [Infinity, Infinity, -Infinity, -Infinity];
    // Indexed loops, not `for (const [lon, lat] of ring)`: destructuring each point made an iterator per point,
    // about a megabyte of garbage per first map (every outline's every point) for the collector to sweep.
    for (let p = 0; p < polygons.length; p++) {
      const rings = polygons[p]!;
      for (let r = 0; r < rings.length; r++) {
        const ring = rings[r]!;
        let previous = NaN;
        for (let i = 0; i < ring.length; i++) {
          const point = ring[i]!;
          const x = relativeLon(point[0]!, centreLon);
          const lat = point[1]!;
          if (x < extent[0]) extent[0] = x;
          if (x > extent[2]) extent[2] = x;
          if (lat < extent[1]) extent[1] = lat;
          if (lat > extent[3]) extent[3] = lat;
          // An edge crosses the opposite meridian where its ends lie more than half the globe apart in relative
          // longitude (edges are great-circle arcs, shorter than 180°); a point on that meridian touches it.
          if (Math.abs(x) >= 180 - CUT_TOLERANCE || Math.abs(x - previous) >= 180) crossesCut = true;
          previous = x;
        }
      }
    }
  }
  const measured = { extent, crossesCut };
  byCentre.set(centreLon, measured);
  return measured;
}

/** A polygon's extent, or null for a geometry this does not measure (such a shape is always drawn). */
export const geometryExtent = (geometry: Geometry, centreLon: number): Extent | null =>
  measure(geometry, centreLon).extent;

/**
 * Whether d3-geo would cut this outline where it meets the meridian opposite the map's centre (an edge crosses or
 * touches it, or it is not a polygon). An outline that does not is projected the same, path for path, without the
 * cut (mapLayout's boxFrame), which spares d3 buffering each ring and testing each polygon against the pole.
 */
export const crossesCut = (geometry: Geometry, centreLon: number): boolean =>
  measure(geometry, centreLon).crossesCut;

/**
 * What a box of this size shows, with the margin; null when that cannot be bounded in degrees (the box reaches
 * past the globe's outline, or near a pole, or across the meridian opposite the centre).
 */
export function visibleExtent(
  projection: GeoProjection,
  centreLon: number,
  width: number,
  height: number,
): Extent | null {
  const points: [number, number][] = [];
  for (let x = 0; x < width; x += EDGE_STEP) points.push([x, 0], [x, height]);
  for (let y = 0; y < height; y += EDGE_STEP) points.push([0, y], [width, y]);
  points.push([width, 0], [width, height]);
  const extent: Extent = [Infinity, Infinity, -Infinity, -Infinity];
  for (const point of points) {
    const lonLat = projection.invert?.(point);
    if (!lonLat || !Number.isFinite(lonLat[0]) || !Number.isFinite(lonLat[1])) return null;
    const back = projection(lonLat);
    if (!back || Math.hypot(back[0] - point[0], back[1] - point[1]) > ROUND_TRIP_PX) return null;
    const x = relativeLon(lonLat[0], centreLon);
    const lat = lonLat[1];
    if (Math.abs(x) > 180 - 2 * MARGIN || Math.abs(lat) > 90 - 2 * MARGIN) return null;
    extent[0] = Math.min(extent[0], x);
    extent[2] = Math.max(extent[2], x);
    extent[1] = Math.min(extent[1], lat);
    extent[3] = Math.max(extent[3], lat);
  }
  return [extent[0] - MARGIN, extent[1] - MARGIN, extent[2] + MARGIN, extent[3] + MARGIN];
}

/** True when a shape of this extent cannot show in the box that shows `visible`. */
export function outside(shape: Extent | null, visible: Extent | null): boolean {
  if (!shape || !visible) return false;
  return shape[2] < visible[0] || shape[0] > visible[2] || shape[3] < visible[1] || shape[1] > visible[3];
}
