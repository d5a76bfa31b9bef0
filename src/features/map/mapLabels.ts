/**
 * Country names on a map slide, placed so that no two collide: the countries the slide is about (the selected and
 * compared ones) first, wherever they are; then, at region zoom, every country in the region large enough to hold its
 * name, largest first. Greedy: a label goes to the first of its positions where its whole box lies on the country,
 * on the map and clear of every box already placed; a must-name country with no such position is named beside its
 * anchor instead. Pure: the caller measures text.
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
  /** The country's anchor (its largest part's centroid, or its circle): where a must-name label falls back to. */
  x: number;
  y: number;
  /** Projected area of the country's largest part: larger countries are named first. */
  area: number;
  /** Centres to try, best first, for a label that must lie inside the country (`fits`). */
  inside: readonly (readonly [number, number])[];
  /** Whether a label box lies inside the country's shape; without it, no place counts as inside. */
  fits?: (box: Box) => boolean;
  /** Named whatever its size (selected or compared), placed before every other: beside its anchor if not inside. */
  must: boolean;
}

export interface PlacedLabel {
  iso3: string;
  text: string;
  fontSize: number;
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
  /** A country too small for its name at `fontSize` is tried at this smaller size before it is left out. */
  minFontSize?: number;
}

export const boxesIntersect = (a: Box, b: Box): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const inside = (a: Box, b: Box): boolean => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;

/** Greedy placement: every label returned is inside the bounds and clear of every other and of the obstacles. */
export function placeLabels(candidates: readonly LabelCandidate[], options: LabelOptions): PlacedLabel[] {
  const { fontSize, fontWeight, measure, bounds, padding = 2, obstacles = [] } = options;
  const sizes = [...new Set([fontSize, Math.min(fontSize, options.minFontSize ?? fontSize)])];
  const order = [...candidates].sort((a, b) => Number(b.must) - Number(a.must) || b.area - a.area);
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [...obstacles];
  const seen = new Set<string>();
  const free = (box: Box) => inside(box, bounds) && !taken.some((t) => boxesIntersect(t, box));
  const boxOf = (text: string, size: number) => {
    const width = measure(text, size, fontWeight) + 2 * padding;
    const height = size * 1.25 + 2 * padding;
    return {
      width,
      height,
      at: (cx: number, cy: number): Box => ({
        x0: cx - width / 2,
        x1: cx + width / 2,
        y0: cy - height / 2,
        y1: cy + height / 2,
      }),
    };
  };
  for (const c of order) {
    if (seen.has(c.iso3) || !c.text) continue;
    let found: { box: Box; size: number } | null = null;
    // Inside the country: at full size, then smaller.
    for (const size of c.fits ? sizes : []) {
      const { at } = boxOf(c.text, size);
      const box = c.inside.map(([x, y]) => at(x, y)).find((b) => free(b) && c.fits!(b));
      if (box) {
        found = { box, size };
        break;
      }
    }
    // A country the slide is about is named beside its anchor when its name does not fit inside it.
    if (!found && c.must) {
      const { width, height, at } = boxOf(c.text, fontSize);
      const offsets: [number, number][] = [
        [0, 0],
        [0, -height],
        [0, height],
        [width / 2 + height / 2, 0],
        [-(width / 2 + height / 2), 0],
        [0, -2 * height],
        [0, 2 * height],
      ];
      const box = offsets.map(([dx, dy]) => at(c.x + dx, c.y + dy)).find(free);
      if (box) found = { box, size: fontSize };
    }
    if (!found) continue;
    const { box, size } = found;
    // The baseline sits a little below the box's middle, so the letters are centred in it.
    placed.push({
      iso3: c.iso3,
      text: c.text,
      fontSize: size,
      x: (box.x0 + box.x1) / 2,
      y: (box.y0 + box.y1) / 2 + size * 0.35,
      box,
    });
    taken.push(box);
    seen.add(c.iso3);
  }
  return placed;
}

/** Points tried inside a country: a grid of this many steps each way over the visible part of its box. */
const GRID_STEPS = 14;
/** How many grid steps out a point's depth inside its country is measured (deeper points are tried first). */
const MAX_DEPTH = 4;

/** Even-odd point-in-polygon on projected rings (holes included). */
function inRings(rings: readonly (readonly [number, number])[][], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}

const DIRECTIONS: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [0.7071, 0.7071],
  [0.7071, -0.7071],
  [-0.7071, 0.7071],
  [-0.7071, -0.7071],
];

/**
 * The candidates of a map: the `must` countries wherever they are drawn, and with `fitting` every country of the
 * region (`members`, or all) with a shape, each to be named inside its largest part where its name fits.
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
  /** The map's box: positions outside it are not tried. */
  bounds: Box;
}): LabelCandidate[] {
  const { projection, nameOf, members, bounds } = input;
  const must = new Set(input.must);
  const path = geoPath(projection);
  const out: LabelCandidate[] = [];
  const wanted = (iso3: string) => must.has(iso3) || (input.fitting && (!members || members.has(iso3)));
  // A country's own numbered feature names it (Somalia, not Somaliland); an unnumbered one only if it is all there is.
  const own = new Map<string, JoinedFeature>();
  for (const f of input.features)
    if (f.iso3 && wanted(f.iso3) && (!own.has(f.iso3) || f.numericId !== null)) own.set(f.iso3, f);
  for (const [iso3, f] of own) {
    const part = largestPolygon(f.geometry);
    const anchor = projection(f.anchor);
    if (!anchor) continue;
    const [[bx0, by0], [bx1, by1]] = path.bounds(part);
    const x0 = Math.max(bx0, bounds.x0);
    const x1 = Math.min(bx1, bounds.x1);
    const y0 = Math.max(by0, bounds.y0);
    const y1 = Math.min(by1, bounds.y1);
    // The country's largest part as projected rings: point tests in screen space, cheap enough for a dense grid.
    const rings = (part.type === 'Polygon' ? part.coordinates : []).map((ring) =>
      ring.flatMap((c) => {
        const xy = projection(c as [number, number]);
        return xy ? [xy as [number, number]] : [];
      }),
    );
    const isIn = (x: number, y: number) => inRings(rings, x, y);
    // Grid points on the country, deepest inside first (a name sits best in the widest part), then nearest the middle.
    const positions: { x: number; y: number; depth: number; off: number }[] = [];
    if (x1 > x0 && y1 > y0) {
      const step = Math.min(x1 - x0, y1 - y0) / GRID_STEPS;
      const [mx, my] = [(x0 + x1) / 2, (y0 + y1) / 2];
      for (let i = 0; i <= GRID_STEPS; i++)
        for (let j = 0; j <= GRID_STEPS; j++) {
          const x = x0 + ((x1 - x0) * i) / GRID_STEPS;
          const y = y0 + ((y1 - y0) * j) / GRID_STEPS;
          if (!isIn(x, y)) continue;
          let depth = 0;
          while (
            depth < MAX_DEPTH &&
            DIRECTIONS.every(([dx, dy]) => isIn(x + dx * step * (depth + 1), y + dy * step * (depth + 1)))
          )
            depth++;
          positions.push({ x, y, depth, off: Math.hypot(x - mx, y - my) });
        }
    }
    positions.sort((a, b) => b.depth - a.depth || a.off - b.off);
    const inside: [number, number][] = positions.map((p) => [p.x, p.y]);
    if (inside.length === 0) inside.push([anchor[0], anchor[1]]);
    out.push({
      iso3,
      text: nameOf(iso3),
      x: anchor[0],
      y: anchor[1],
      area: path.area(part),
      inside,
      // The box's centre and the middles of its four edges on the country: the name reads as this country's. (Its
      // corners may touch a neighbour: a name's letters rarely fill them, and small countries need the room.)
      fits: (b) => {
        const [cx, cy] = [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];
        return isIn(cx, cy) && isIn(b.x0, cy) && isIn(b.x1, cy) && isIn(cx, b.y0) && isIn(cx, b.y1);
      },
      must: must.has(iso3),
    });
  }
  for (const m of input.markers) {
    if (!must.has(m.iso3) || out.some((c) => c.iso3 === m.iso3)) continue;
    // A small place named beside its circle.
    out.push({ iso3: m.iso3, text: nameOf(m.iso3), x: m.x, y: m.y, area: 0, inside: [], must: true });
  }
  return out;
}
