import { geoPath } from 'd3-geo';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import worldTopology from 'world-atlas/countries-110m.json';
import { REGION_PRESETS } from '../../state/urlState';
import { PATH_DIGITS, REGION_FRAME } from './mapConstants';
import { crossesCut, geometryExtent, outside, visibleExtent } from './mapCulling';
import { worldFeatures, type JoinedFeature, type WorldTopology } from './mapGeometry';
import { layoutMap, mapHeightFor } from './mapLayout';

const features: JoinedFeature[] = worldFeatures(worldTopology as unknown as WorldTopology).map((f) => ({
  ...f,
  iso3: null,
}));

/** Boxes the app draws in: the laptop map column, a phone, the 16:9 slide, and a wide short strip. */
const SIZES: [number, number | null][] = [
  [946, null],
  [358, null],
  [1920, 1080],
  [1366, 300],
];

describe('geometryExtent', () => {
  it('is the least and greatest longitude (from the centre meridian) and latitude of every point of every ring', () => {
    for (const centreLon of [0, 15, 150, -100])
      for (const f of features) {
        const g = f.geometry;
        const points =
          g.type === 'Polygon'
            ? g.coordinates.flat()
            : g.type === 'MultiPolygon'
              ? g.coordinates.flat(2)
              : [];
        const lons = points.map(([lon]) => ((((lon! - centreLon + 180) % 360) + 360) % 360) - 180);
        const lats = points.map(([, lat]) => lat!);
        expect(geometryExtent(g, centreLon), `${f.key} at ${centreLon}`).toEqual(
          points.length ? [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] : null,
        );
      }
  });
});

describe('a region map leaves out only countries wholly outside its box', () => {
  it('draws every country any part of which lands in the box, for every region and size', () => {
    for (const region of REGION_PRESETS)
      for (const [width, fixedHeight] of SIZES) {
        const height = fixedHeight ?? mapHeightFor(region, width);
        const layout = layoutMap(features, [], region, width, height);
        const drawn = new Set(layout.shapes.map((s) => s.key));
        const path = geoPath(layout.projection);
        // Every country one of whose projected polygons reaches into the box (a pixel of stroke included).
        const reaches = (g: Geometry) => {
          const [[x0, y0], [x1, y1]] = path.bounds(g);
          return x1 >= -1 && x0 <= width + 1 && y1 >= -1 && y0 <= height + 1;
        };
        const inBox = features.filter(({ geometry: g }) =>
          g.type === 'MultiPolygon'
            ? g.coordinates.some((coordinates) => reaches({ type: 'Polygon', coordinates }))
            : reaches(g),
        );
        const lost = inBox.filter((f) => !drawn.has(f.key)).map((f) => f.geoName);
        expect(lost, `${region} at ${width}×${height}`).toEqual([]);
        if (region === 'world')
          expect(drawn.size, 'world').toBe(features.filter((f) => path(f.geometry)).length);
      }
  });

  it('leaves most of the world out of a region map', () => {
    const europe = layoutMap(features, [], 'europe', 946, mapHeightFor('europe', 946));
    expect(europe.shapes.length).toBeLessThan(features.length / 2);
    const names = new Set(europe.shapes.map((s) => features.find((f) => f.key === s.key)!.geoName));
    for (const name of ['France', 'Germany', 'Russia', 'Turkey']) expect(names).toContain(name);
    for (const name of ['Australia', 'Brazil', 'Japan', 'Argentina']) expect(names).not.toContain(name);
  });

  it('measures longitudes from the centre meridian, so a shape across the date line is not cut in two', () => {
    const fiji = features.find((f) => f.geoName === 'Fiji')!;
    const [west, , east] = geometryExtent(fiji.geometry, REGION_FRAME['asia-pacific'].centreLon)!;
    expect(east - west).toBeLessThan(10);
    // Seen from Greenwich, Fiji straddles ±180: its extent spans the whole circle and it is never left out.
    const [w0, , e0] = geometryExtent(fiji.geometry, 0)!;
    expect(e0 - w0).toBeGreaterThan(350);
    expect(outside([w0, -20, e0, -15], [-10, -30, 40, 0])).toBe(false);
  });

  it('culls nothing when the box reaches past the globe', () => {
    const layout = layoutMap(features, [], 'world', 946, mapHeightFor('world', 946));
    expect(visibleExtent(layout.projection, 0, 946, mapHeightFor('world', 946))).toBeNull();
    expect(outside(null, [0, 0, 1, 1])).toBe(false);
    expect(outside([0, 0, 1, 1], null)).toBe(false);
  });
});

describe('outlines that never reach the meridian opposite the centre are projected without d3’s cut there', () => {
  it('draws every outline exactly as d3 with its cut does, for every region and size', () => {
    for (const region of REGION_PRESETS)
      for (const [width, fixedHeight] of [...SIZES, [3840, 2160] as const]) {
        const height = fixedHeight ?? mapHeightFor(region, width);
        const layout = layoutMap(features, [], region, width, height);
        // The layout's own projection, whose preclip is d3's default (the cut at the opposite meridian).
        const d3Path = geoPath(layout.projection).digits(PATH_DIGITS);
        for (const shape of layout.shapes) {
          const f = features.find((x) => x.key === shape.key)!;
          expect(shape.d, `${f.geoName}, ${region} at ${width}×${height}`).toBe(d3Path(f.geometry) ?? '');
        }
      }
  });

  it('leaves the cut to d3 for outlines across it, and only for those', () => {
    const centre = REGION_FRAME.europe.centreLon;
    const across = features.filter((f) => crossesCut(f.geometry, centre)).map((f) => f.geoName);
    // The United States' Aleutians reach past 165°W, the meridian opposite Europe's centre (15°E).
    expect(across).toEqual(['United States of America']);
    // Seen from Greenwich, the outlines cut at ±180° by the atlas touch the cut: d3 keeps them.
    const atDateLine = features.filter((f) => crossesCut(f.geometry, 0)).map((f) => f.geoName);
    for (const name of ['Fiji', 'Russia']) expect(atDateLine).toContain(name);
    expect(atDateLine.length).toBeLessThan(6);
    const square = (west: number, east: number): Geometry => ({
      type: 'Polygon',
      coordinates: [
        [
          [west, 0],
          [east, 0],
          [east, 5],
          [west, 5],
          [west, 0],
        ],
      ],
    });
    expect(crossesCut(square(170, 179), 0)).toBe(false);
    expect(crossesCut(square(175, -175), 0)).toBe(true);
    expect(crossesCut(square(175, 180), 0)).toBe(true);
    expect(crossesCut({ type: 'Point', coordinates: [0, 0] }, 0)).toBe(true);
  });
});
