/**
 * The layout step: places the joined geometry in a box of a given size. Pure and cached per (geometry, region,
 * width, height), so the screen and an export at 1920×1080 each compute their own layout once.
 */
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry, MultiPoint } from 'geojson';
import { TIERS_CAVEAT_SHORT } from '../../shared/tierConstants';
import type { RegionPreset } from '../../state/urlState';
import type { JoinedFeature, SmallPlace } from './mapGeometry';
import { takeDrawnShapes, type DrawnShapes } from './drawnShapes';
import { crossesCut, geometryExtent, outside, visibleExtent, type Extent } from './mapCulling';
import {
  BOUNDS_SAMPLE_STEP,
  MAP_PADDING,
  MARKER_DODGE_RINGS,
  MARKER_MAX_RADIUS,
  MARKER_RADIUS,
  MARKER_RADIUS_PER_PX,
  MAX_MAP_HEIGHT,
  MIN_MAP_HEIGHT,
  NOTE_FONT_SIZE,
  NOTE_LINE_HEIGHT,
  NOTE_MAX_SCALE,
  NOTE_REFERENCE_WIDTH,
  NOTE_WRAP_WIDTH,
  PATH_DIGITS,
  PATH_PRECISION,
  REGION_FRAME,
} from './mapConstants';

export interface ShapeLayout {
  key: string;
  iso3: string | null;
  /**
   * The outline's SVG path ('' where the geometry projects to nothing). Projected on first read, not when the layout
   * is made: each country's shape (TierMap's `Shape`) reads its own while rendering, so a first draw rendered in the
   * background (App, under the picture) projects the countries in slices instead of all in one task.
   */
  readonly d: string;
}

export interface MarkerLayout {
  iso3: string;
  /** Where the circle is drawn (moved off a crowded spot if needed). */
  x: number;
  y: number;
  /** The place itself; a leader line joins it to a moved circle. */
  px: number;
  py: number;
  moved: boolean;
}

export interface MapLayout {
  width: number;
  height: number;
  projection: GeoProjection;
  shapes: ShapeLayout[];
  markers: MarkerLayout[];
  markerRadius: number;
  /** Where a tooltip points and the keyboard focus lands, per ISO3 (shapes and markers); computed on first read. */
  readonly anchors: Map<string, [number, number]>;
  /** The caveat printed on the map, one string per line, the baseline of its first line, its type size. */
  noteLines: string[];
  noteY: number;
  noteFontSize: number;
  noteLineHeight: number;
}

/** Type grows on slide-size maps so the caveat stays legible when the image is projected. */
export const noteScaleFor = (width: number): number =>
  Math.min(NOTE_MAX_SCALE, Math.max(1, width / NOTE_REFERENCE_WIDTH));

/** The map's height for a width: each region has its own shape, capped so it never dwarfs the page. */
export function mapHeightFor(region: RegionPreset, width: number, maxHeight = MAX_MAP_HEIGHT): number {
  const noteBand = noteLinesFor(width).length * NOTE_LINE_HEIGHT * noteScaleFor(width);
  return Math.round(
    Math.max(MIN_MAP_HEIGHT, Math.min(maxHeight, width / REGION_FRAME[region].aspect + noteBand)),
  );
}

export function noteLinesFor(width: number, note = TIERS_CAVEAT_SHORT): string[] {
  if (width >= NOTE_WRAP_WIDTH) return [note];
  const cut = note.indexOf(', ');
  return cut > 0 ? [note.slice(0, cut + 1), note.slice(cut + 2)] : [note];
}

/** Points along a lon/lat box, so the fit follows its curved edges. */
function boundsOutline([west, south, east, north]: [number, number, number, number]): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let lon = west; lon <= east; lon += BOUNDS_SAMPLE_STEP) {
    coordinates.push([lon, south], [lon, north]);
  }
  for (let lat = south; lat <= north; lat += BOUNDS_SAMPLE_STEP) {
    coordinates.push([west, lat], [east, lat]);
  }
  coordinates.push([east, south], [east, north]);
  return { type: 'MultiPoint', coordinates };
}

type Bounds = [[number, number], [number, number]];

/** d3's fit* measures at scale 150, translate [0, 0]; the bounds there depend only on the geometry and region. */
const FIT_BASE_SCALE = 150;
const fitBoundsCache = new WeakMap<readonly Outline[], Map<RegionPreset, Bounds>>();

/** What fitting reads of a feature. */
type Outline = Pick<JoinedFeature, 'key' | 'geometry'>;

/** The projected bounds of what a region fits to, at d3's base scale (d3's fitExtent measures the same way). */
function measureBaseBounds(features: readonly Outline[], region: RegionPreset): Bounds {
  const frame = REGION_FRAME[region];
  const target: FeatureCollection<Geometry> | MultiPoint = frame.bounds
    ? boundsOutline(frame.bounds)
    : {
        type: 'FeatureCollection',
        features: features.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry })),
      };
  const base = geoEqualEarth().rotate([-frame.centreLon, 0]).scale(FIT_BASE_SCALE).translate([0, 0]);
  return geoPath(base).bounds(target) as Bounds;
}

/** The world's bounds, measured by the build for the atlas it ships, and which atlas that is. */
export interface WorldFitSeed {
  count: number;
  firstKey: string;
  lastKey: string;
  bounds: Bounds;
}

/**
 * Measured at build time (vite.config.ts defines it from `worldFitSeed` over the atlas it bundles): the world is the
 * one region fitted to every country's outline, which costs the first map a pass over all of them (40–80 ms on the
 * 2-core bench machine) before it can draw. Undefined where nothing defines it (the build's own measuring).
 */
declare const __WORLD_FIT_SEED__: WorldFitSeed | undefined;
const builtWorldSeed: WorldFitSeed | null =
  typeof __WORLD_FIT_SEED__ === 'undefined' ? null : __WORLD_FIT_SEED__;
export const builtWorldFitSeed = (): WorldFitSeed | null => builtWorldSeed;

export const worldFitSeed = (features: readonly Outline[]): WorldFitSeed => ({
  count: features.length,
  firstKey: features[0]?.key ?? '',
  lastKey: features.at(-1)?.key ?? '',
  bounds: measureBaseBounds(features, 'world'),
});

const isSeededWorld = (features: readonly Outline[], seed: WorldFitSeed | null): seed is WorldFitSeed =>
  seed !== null &&
  seed.count === features.length &&
  seed.firstKey === features[0]?.key &&
  seed.lastKey === features.at(-1)?.key;

/**
 * The projected bounds of what a region fits to, at d3's base scale: measured once per (geometry, region) and
 * reused for every box size, so a new width or an export does not stream all the countries a second time just
 * to fit (the same numbers d3's fitExtent would compute each time). The world's come from the build when the
 * geometry is the atlas it measured.
 */
function baseBounds(features: readonly Outline[], region: RegionPreset): Bounds {
  const byRegion = fitBoundsCache.get(features) ?? new Map<RegionPreset, Bounds>();
  fitBoundsCache.set(features, byRegion);
  const hit = byRegion.get(region);
  if (hit) return hit;
  const bounds =
    region === 'world' && isSeededWorld(features, builtWorldSeed)
      ? builtWorldSeed.bounds
      : measureBaseBounds(features, region);
  byRegion.set(region, bounds);
  return bounds;
}

/** Equal Earth, centred on the region and fitted to its box (or to all land for the world). */
export function fitProjection(
  features: readonly Outline[],
  region: RegionPreset,
  width: number,
  height: number,
  noteBand: number,
): GeoProjection {
  const frame = REGION_FRAME[region];
  const [[x0, y0], [x1, y1]] = baseBounds(features, region);
  // d3-geo's fitExtent, with the bounds measured once (see baseBounds).
  const left = MAP_PADDING;
  const top = MAP_PADDING;
  const w = Math.max(MAP_PADDING + 1, width - MAP_PADDING) - left;
  const h = Math.max(MAP_PADDING + 1, height - noteBand) - top;
  const k = Math.min(w / (x1 - x0), h / (y1 - y0));
  return geoEqualEarth()
    .rotate([-frame.centreLon, 0])
    .precision(PATH_PRECISION)
    .scale(FIT_BASE_SCALE * k)
    .translate([left + (w - k * (x1 + x0)) / 2, top + (h - k * (y1 + y0)) / 2]);
}

/**
 * Moves circles off each other: each keeps its place if free, else takes the nearest free spot on rings
 * around it (eight directions per ring). Deterministic, so the screen and an export agree.
 */
export function dodge(points: readonly { iso3: string; x: number; y: number }[], r: number): MarkerLayout[] {
  const gap = 2 * r + 1;
  const placed: MarkerLayout[] = [];
  const free = (x: number, y: number) => placed.every((p) => Math.hypot(p.x - x, p.y - y) >= gap);
  for (const p of [...points].sort((a, b) => a.x - b.x || a.y - b.y)) {
    let spot: [number, number] | null = free(p.x, p.y) ? [p.x, p.y] : null;
    for (let ring = 1; !spot && ring <= MARKER_DODGE_RINGS; ring++) {
      for (let k = 0; k < 8 && !spot; k++) {
        const angle = (k * Math.PI) / 4 + Math.PI / 2;
        const x = p.x + Math.cos(angle) * gap * ring;
        const y = p.y + Math.sin(angle) * gap * ring;
        if (free(x, y)) spot = [x, y];
      }
    }
    const [x, y] = spot ?? [p.x, p.y];
    placed.push({ iso3: p.iso3, x, y, px: p.x, py: p.y, moved: x !== p.x || y !== p.y });
  }
  return placed;
}

export const markerRadiusFor = (width: number): number =>
  Math.min(MARKER_MAX_RADIUS, Math.max(MARKER_RADIUS, width * MARKER_RADIUS_PER_PX));

/** Enough for a few screen widths, regions and an export without growing without bound. */
const LAYOUT_CACHE_SIZE = 12;

interface ProjectedBox {
  projection: GeoProjection;
  path: (geometry: Geometry) => string | null;
  visible: Extent | null;
}
/** Boxes projected lately, by region, size and fitted bounds: the early drawing's box is the first render's. */
const projectedBoxes = new Map<string, ProjectedBox>();

/** The projection of a box and the caveat's lines under the map: what every layout of that box starts from. */
function boxFrame(features: readonly Outline[], region: RegionPreset, width: number, height: number) {
  const noteLines = noteLinesFor(width);
  const noteScale = noteScaleFor(width);
  const noteLineHeight = NOTE_LINE_HEIGHT * noteScale;
  const noteBand = noteLines.length * noteLineHeight;
  const centreLon = REGION_FRAME[region].centreLon;
  // The caveat's band follows from the width; the projection, from these and the fitted bounds.
  const key = `${region}|${width}|${height}|${baseBounds(features, region).join(',')}`;
  let box = projectedBoxes.get(key);
  if (!box) {
    const projection = fitProjection(features, region, width, height, noteBand);
    const cut = geoPath(projection).digits(PATH_DIGITS);
    // The same projection without d3's cut at the meridian opposite the centre, for outlines that never reach it
    // (mapCulling's crossesCut): the same paths, a quarter less work (mapCulling.test.ts checks every outline).
    const uncut = geoPath(
      fitProjection(features, region, width, height, noteBand).preclip((stream) => stream),
    ).digits(PATH_DIGITS);
    box = {
      projection,
      path: (geometry) => (crossesCut(geometry, centreLon) ? cut(geometry) : uncut(geometry)),
      // A region map leaves out the countries wholly outside its box (see mapCulling); the world shows them all.
      visible: region === 'world' ? null : visibleExtent(projection, centreLon, width, height),
    };
    if (projectedBoxes.size >= LAYOUT_CACHE_SIZE) projectedBoxes.delete(projectedBoxes.keys().next().value!);
    projectedBoxes.set(key, box);
  }
  const { projection, path, visible } = box;
  const shown = (geometry: Geometry) => !visible || !outside(geometryExtent(geometry, centreLon), visible);
  return { noteLines, noteScale, noteLineHeight, noteBand, projection, path, shown };
}

/**
 * The outlines a layout of this box draws, projected ahead of it: the same projection, the same countries left out
 * ('' for those, which the layout never reads) and the first feature's path always (the offer's check). A map link
 * with no picture draws them while the app's code downloads (mapEarly.ts) and offers them (offerDrawnShapes).
 */
export function drawShapes(
  features: readonly Outline[],
  region: RegionPreset,
  width: number,
  height: number,
): DrawnShapes {
  const { path, shown } = boxFrame(features, region, width, height);
  const paths = features.map((f, i) => (i === 0 || shown(f.geometry) ? (path(f.geometry) ?? '') : ''));
  return { region, width, height, paths };
}

function computeLayout(
  features: readonly JoinedFeature[],
  places: readonly SmallPlace[],
  region: RegionPreset,
  width: number,
  height: number,
): MapLayout {
  const { noteLines, noteScale, noteLineHeight, noteBand, projection, path, shown } = boxFrame(
    features,
    region,
    width,
    height,
  );
  const drawn = takeDrawnShapes(region, width, height, features, path);
  const shapes: ShapeLayout[] = [];
  features.forEach((f, i) => {
    if (!shown(f.geometry)) return;
    if (drawn) {
      shapes.push({ key: f.key, iso3: f.iso3, d: drawn[i]! });
      return;
    }
    let d: string | null = null;
    shapes.push({
      key: f.key,
      iso3: f.iso3,
      get d() {
        return (d ??= path(f.geometry) ?? '');
      },
    });
  });
  const markerRadius = markerRadiusFor(width);
  const projected = places.flatMap((p) => {
    const xy = p.coordinates ? projection(p.coordinates) : null;
    return xy ? [{ iso3: p.iso3, x: xy[0], y: xy[1] }] : [];
  });
  const markers = dodge(projected, markerRadius);
  const computeAnchors = () => {
    const anchors = new Map<string, [number, number]>();
    for (const f of features) {
      // A country's own numbered feature anchors it (Somalia, not Somaliland).
      if (f.iso3 && (!anchors.has(f.iso3) || f.numericId !== null)) {
        const a = projection(f.anchor);
        if (a) anchors.set(f.iso3, a);
      }
    }
    for (const m of markers) anchors.set(m.iso3, [m.x, m.y]);
    return anchors;
  };
  let anchors: Map<string, [number, number]> | null = null;
  return {
    width,
    height,
    projection,
    shapes,
    markers,
    markerRadius,
    // Only a tooltip or the keyboard needs them: computed on first read, not before the first paint.
    get anchors() {
      return (anchors ??= computeAnchors());
    },
    noteLines,
    noteY: height - noteBand + noteLineHeight - 3 * noteScale,
    noteFontSize: Math.round(NOTE_FONT_SIZE * noteScale * 10) / 10,
    noteLineHeight,
  };
}

const layoutCache = new WeakMap<readonly JoinedFeature[], Map<string, MapLayout>>();

export function layoutMap(
  features: readonly JoinedFeature[],
  places: readonly SmallPlace[],
  region: RegionPreset,
  width: number,
  height: number,
): MapLayout {
  const byKey = layoutCache.get(features) ?? new Map<string, MapLayout>();
  layoutCache.set(features, byKey);
  const key = `${region}|${Math.round(width)}|${Math.round(height)}|${places.map((p) => p.iso3).join(',')}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const layout = computeLayout(features, places, region, Math.round(width), Math.round(height));
  if (byKey.size >= LAYOUT_CACHE_SIZE) byKey.delete(byKey.keys().next().value!);
  byKey.set(key, layout);
  return layout;
}
