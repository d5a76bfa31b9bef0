/**
 * Country names on a map slide, placed so that no two collide: the countries the slide is about (the selected and
 * compared ones) first, wherever they are; then, at region zoom, every country in the region large enough to hold its
 * name, largest first. Greedy: a label is placed at its country's anchor, or for a must-name country at the first of
 * a few offsets, unless its box would leave the map or touch a box already placed. Pure: the caller measures text.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import { largestPolygon, type JoinedFeature, type SmallPlace } from './mapGeometry';

/** The width of a text at a size and weight (the export's measure, with room for a wider fallback font). */
type Measure = (text: string, fontSize: number, fontWeight: number) => number;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelCandidate {
  iso3: string;
  text: string;
  /** Where the label is centred by preference (the country's anchor, or its circle). */
  x: number;
  y: number;
  /** Projected area of the country's largest part: larger countries are named first. */
  area: number;
  /** The box of the country's largest part: a name that does not fit inside it is left out (unless `must`). */
  room: Box | null;
  /** Named whatever its size (selected or compared), placed before every other. */
  must: boolean;
}

export interface PlacedLabel {
  iso3: string;
  text: string;
  /** Centre of the text's baseline. */
  x: number;
  y: number;
  box: Box;
}

export interface LabelOptions {
  fontSize: number;
  fontWeight: number;
  measure: Measure;
  /** The map's box: a label never leaves it. */
  bounds: Box;
  /** Space kept around each label's text, in px. */
  padding?: number;
  /** Boxes no label may cover (the caveat printed at the map's foot). */
  obstacles?: readonly Box[];
}

export const boxesIntersect = (a: Box, b: Box): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const inside = (a: Box, b: Box): boolean => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;

/** Greedy placement: every label returned is inside the bounds and clear of every other and of the obstacles. */
export function placeLabels(candidates: readonly LabelCandidate[], options: LabelOptions): PlacedLabel[] {
  const { fontSize, fontWeight, measure, bounds, padding = 2, obstacles = [] } = options;
  const height = fontSize * 1.25 + 2 * padding;
  const order = [...candidates].sort((a, b) => Number(b.must) - Number(a.must) || b.area - a.area);
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [...obstacles];
  const seen = new Set<string>();
  for (const c of order) {
    if (seen.has(c.iso3) || !c.text) continue;
    const width = measure(c.text, fontSize, fontWeight) + 2 * padding;
    if (!c.must && (!c.room || width > c.room.x1 - c.room.x0 || height > c.room.y1 - c.room.y0)) continue;
    const offsets: [number, number][] = c.must
      ? [
          [0, 0],
          [0, -height],
          [0, height],
          [width / 2 + height / 2, 0],
          [-(width / 2 + height / 2), 0],
          [0, -2 * height],
          [0, 2 * height],
        ]
      : [[0, 0]];
    for (const [dx, dy] of offsets) {
      const cx = c.x + dx;
      const cy = c.y + dy;
      const box = { x0: cx - width / 2, x1: cx + width / 2, y0: cy - height / 2, y1: cy + height / 2 };
      if (!inside(box, bounds) || taken.some((t) => boxesIntersect(t, box))) continue;
      // The baseline sits a little below the box's middle, so the letters are centred in it.
      placed.push({ iso3: c.iso3, text: c.text, x: cx, y: cy + fontSize * 0.35, box });
      taken.push(box);
      seen.add(c.iso3);
      break;
    }
  }
  return placed;
}

/**
 * The candidates of a map: the `must` countries wherever they are drawn, and with `fitting` every country of the
 * region (`members`, or all) with a shape, each anchored at its largest part.
 */
export function labelCandidates(input: {
  features: readonly JoinedFeature[];
  places: readonly SmallPlace[];
  projection: GeoProjection;
  markers: readonly { iso3: string; x: number; y: number }[];
  nameOf: (iso3: string) => string;
  must: readonly string[];
  fitting: boolean;
  members: ReadonlySet<string> | null;
}): LabelCandidate[] {
  const { projection, nameOf, members } = input;
  const must = new Set(input.must);
  const path = geoPath(projection);
  const out: LabelCandidate[] = [];
  const wanted = (iso3: string) => must.has(iso3) || (input.fitting && (!members || members.has(iso3)));
  // A country's own numbered feature names it (Somalia, not Somaliland); an unnumbered one only if it is all there is.
  const own = new Map<string, JoinedFeature>();
  for (const f of input.features)
    if (f.iso3 && wanted(f.iso3) && (!own.has(f.iso3) || f.numericId !== null)) own.set(f.iso3, f);
  for (const f of own.values()) {
    if (!f.iso3) continue;
    const part = largestPolygon(f.geometry);
    const anchor = projection(f.anchor);
    if (!anchor) continue;
    const [[x0, y0], [x1, y1]] = path.bounds(part);
    out.push({
      iso3: f.iso3,
      text: nameOf(f.iso3),
      x: anchor[0],
      y: anchor[1],
      area: path.area(part),
      room: Number.isFinite(x0) ? { x0, y0, x1, y1 } : null,
      must: must.has(f.iso3),
    });
  }
  for (const m of input.markers) {
    if (!must.has(m.iso3) || out.some((c) => c.iso3 === m.iso3)) continue;
    // A small place named beside its circle.
    out.push({ iso3: m.iso3, text: nameOf(m.iso3), x: m.x, y: m.y, area: 0, room: null, must: true });
  }
  return out;
}
