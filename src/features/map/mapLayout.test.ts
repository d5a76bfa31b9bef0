import { describe, expect, it } from 'vitest';
import worldTopology from 'world-atlas/countries-110m.json';
import type { CoreDataset } from '../../data/schema';
import { indexCore } from '../../shared/datasetSelectors';
import { MAX_MAP_HEIGHT, MIN_MAP_HEIGHT } from './mapConstants';
import { joinFeatures, worldFeatures, type SmallPlace, type WorldTopology } from './mapGeometry';
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { RegionPreset } from '../../state/urlState';
import {
  builtWorldFitSeed,
  dodge,
  drawShapes,
  fitProjection,
  layoutMap,
  mapHeightFor,
  noteLinesFor,
  worldFitSeed,
} from './mapLayout';
import { offerDrawnShapes } from './drawnShapes';
import { MAP_PADDING, PATH_DIGITS, REGION_FRAME } from './mapConstants';

const core: CoreDataset = {
  version: 't',
  builtFrom: 't',
  countries: [
    { iso3: 'BLR', isoNumeric: '112', name: 'Belarus', region: 'Europe' },
    { iso3: 'THA', isoNumeric: '764', name: 'Thailand', region: 'Asia-Pacific' },
    { iso3: 'HKG', isoNumeric: '344', name: 'Hong Kong', region: 'Asia-Pacific' },
    { iso3: 'MAC', isoNumeric: '446', name: 'Macao', region: 'Asia-Pacific' },
  ],
  tiers: {},
  coverage: [{ reportYear: 2020, status: 'complete', known: 0, tier1or2: [], note: '' }],
  globalLawEnforcement: [],
  sources: [],
};
const joined = joinFeatures(indexCore(core), worldFeatures(worldTopology as unknown as WorldTopology));
const places: SmallPlace[] = [
  { iso3: 'HKG', coordinates: [114.17, 22.32] },
  { iso3: 'MAC', coordinates: [113.54, 22.2] },
];

describe('layoutMap', () => {
  it('draws every feature inside the box it is given', () => {
    const layout = layoutMap(joined, places, 'world', 1000, 460);
    expect(layout.shapes).toHaveLength(joined.length);
    const [x, y] = layout.anchors.get('BLR')!;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(1000);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(460);
  });

  it('keeps Hong Kong and Macau apart although they are 60 km from each other', () => {
    const layout = layoutMap(joined, places, 'world', 1000, 460);
    const [a, b] = layout.markers;
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThanOrEqual(2 * layout.markerRadius);
    expect(layout.markers.some((m) => m.moved)).toBe(true);
  });

  it('zooms to a region: Thailand is larger in the Mekong preset than in the world', () => {
    const size = (region: 'world' | 'mekong') => {
      const d = layoutMap(joined, places, region, 800, 600).shapes.find((s) => s.iso3 === 'THA')!.d;
      const xs = [...d.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
      return Math.max(...xs) - Math.min(...xs);
    };
    expect(size('mekong')).toBeGreaterThan(5 * size('world'));
  });

  it('scales with the box: a slide-size layout is larger than a phone-size one', () => {
    const wide = layoutMap(joined, places, 'world', 1920, 1080);
    const narrow = layoutMap(joined, places, 'world', 360, 180);
    expect(wide.anchors.get('BLR')![0]).toBeGreaterThan(4 * narrow.anchors.get('BLR')![0]);
    expect(wide.markerRadius).toBeGreaterThan(narrow.markerRadius);
  });

  it('returns the cached layout for the same inputs', () => {
    expect(layoutMap(joined, places, 'europe', 700, 400)).toBe(layoutMap(joined, places, 'europe', 700, 400));
  });
});

describe('outlines offered by the page’s picture', () => {
  // A copy of the features is a separate layout cache: the reference outlines, drawn the usual way.
  const reference = (width: number, height: number) =>
    layoutMap([...joined], places, 'world', width, height).shapes.map((s) => s.d);
  const MARK = 'M0,0Z';
  const offer = (width: number, height: number, paths: string[]) =>
    offerDrawnShapes([{ region: 'world', width, height, paths }]);

  it('draws a box’s outlines from an offer for that very box, and uses an offer once', () => {
    const paths = reference(701, 333);
    offer(
      701,
      333,
      paths.map((d, i) => (i === 5 ? MARK : d)),
    );
    expect(layoutMap([...joined], places, 'world', 701, 333).shapes[5]!.d).toBe(MARK);
    expect(layoutMap([...joined], places, 'world', 701, 333).shapes[5]!.d).toBe(paths[5]);
  });

  it('ignores an offer for another box, another region, or outlines that are not this geometry’s', () => {
    const paths = reference(702, 333);
    const marked = paths.map((d, i) => (i === 5 ? MARK : d));
    offer(703, 333, marked);
    expect(layoutMap([...joined], places, 'world', 702, 333).shapes[5]!.d).toBe(paths[5]);
    offerDrawnShapes([{ region: 'europe', width: 702, height: 333, paths: marked }]);
    expect(layoutMap([...joined], places, 'world', 702, 333).shapes[5]!.d).toBe(paths[5]);
    // The phone picture's outlines are rounded to whole pixels: not what this layout draws.
    offer(
      702,
      333,
      marked.map((d, i) => (i === 0 ? d.replace(/\.\d+/g, '') : d)),
    );
    expect(layoutMap([...joined], places, 'world', 702, 333).shapes[5]!.d).toBe(paths[5]);
    offer(702, 333, marked.slice(1));
    expect(layoutMap([...joined], places, 'world', 702, 333).shapes[5]!.d).toBe(paths[5]);
  });
});

describe('outlines drawn ahead of the app (drawShapes, for a map link with no picture)', () => {
  const world = worldFeatures(worldTopology as unknown as WorldTopology);
  const MARK = 'M0,0Z';

  it.each<[RegionPreset, number]>([
    ['europe', 982],
    ['world', 982],
    ['africa', 358],
  ])('are the outlines the layout draws for the %s at %i px, and the layout takes them', (region, width) => {
    const height = mapHeightFor(region, width);
    const reference = layoutMap([...joined], places, region, width, height).shapes;
    const ahead = drawShapes(world, region, width, height);
    expect(ahead.paths).toHaveLength(joined.length);
    // Every shape the layout draws is drawn ahead, identically; what the region leaves out is not projected.
    const byKey = new Map(joined.map((f, i) => [f.key, ahead.paths[i]!]));
    for (const s of reference) expect(byKey.get(s.key)).toBe(s.d);
    const drawn = new Set(reference.map((s) => s.key));
    const skipped = joined.filter((f, i) => i > 0 && !drawn.has(f.key));
    if (region !== 'world') expect(skipped.length).toBeGreaterThan(50);
    for (const f of skipped) expect(byKey.get(f.key)).toBe('');
    // Offered, they are what the next layout of that box shows (a marked outline proves it read the offer).
    const at = joined.findIndex((f, i) => i > 0 && drawn.has(f.key));
    offerDrawnShapes([{ ...ahead, paths: ahead.paths.map((d, i) => (i === at ? MARK : d)) }]);
    const shapes = layoutMap([...joined], places, region, width, height).shapes;
    expect(shapes.find((s) => s.key === joined[at]!.key)!.d).toBe(MARK);
  });
});

describe('dodge', () => {
  it('keeps a free point where it is and moves a point off an occupied spot', () => {
    const out = dodge(
      [
        { iso3: 'A', x: 10, y: 10 },
        { iso3: 'B', x: 11, y: 10 },
        { iso3: 'C', x: 100, y: 100 },
      ],
      4,
    );
    expect(out.find((m) => m.iso3 === 'A')).toMatchObject({ x: 10, y: 10, moved: false });
    expect(out.find((m) => m.iso3 === 'C')).toMatchObject({ moved: false });
    const b = out.find((m) => m.iso3 === 'B')!;
    expect(b.moved).toBe(true);
    expect(Math.hypot(b.x - 10, b.y - 10)).toBeGreaterThanOrEqual(9);
    expect([b.px, b.py]).toEqual([11, 10]);
  });
});

describe('mapHeightFor', () => {
  it('follows the region shape within the height limits', () => {
    expect(mapHeightFor('world', 1000)).toBeLessThan(500);
    expect(mapHeightFor('africa', 1000)).toBe(MAX_MAP_HEIGHT);
    expect(mapHeightFor('world', 200)).toBe(MIN_MAP_HEIGHT);
  });
});

describe('noteLinesFor', () => {
  it('prints the caveat on one line when wide and two when narrow', () => {
    expect(noteLinesFor(900)).toHaveLength(1);
    expect(noteLinesFor(360)).toEqual([
      'Tiers rate government efforts,',
      'not how much trafficking there is.',
    ]);
  });
});

describe('fitProjection', () => {
  it('takes the world’s bounds from the build only as the build measured them on this atlas', () => {
    const seed = builtWorldFitSeed();
    expect(seed).not.toBeNull();
    expect(seed).toEqual(worldFitSeed(joined));
    expect(seed!.count).toBeGreaterThan(150);
  });

  it('fits the world exactly as d3-geo fitExtent does, at every size', () => {
    const land = {
      type: 'FeatureCollection' as const,
      features: joined.map((f) => ({ type: 'Feature' as const, properties: {}, geometry: f.geometry })),
    };
    for (const [width, height] of [
      [960, 520],
      [390, 260],
      [1920, 1000],
    ] as const) {
      const ours = fitProjection(joined, 'world', width, height, 20);
      const d3 = geoEqualEarth().fitExtent(
        [
          [MAP_PADDING, MAP_PADDING],
          [width - MAP_PADDING, height - 20],
        ],
        land,
      );
      expect(ours.scale()).toBeCloseTo(d3.scale(), 6);
      expect(ours.translate()[0]).toBeCloseTo(d3.translate()[0], 6);
      expect(ours.translate()[1]).toBeCloseTo(d3.translate()[1], 6);
    }
  });
});

/** A path's rings as lists of points (M…L…Z, as d3-geo writes them). */
const ringsOf = (d: string): [number, number][][] =>
  d
    .split('M')
    .filter(Boolean)
    .map((ring) =>
      ring
        .replace(/Z/g, '')
        .split('L')
        .map((p) => p.split(',').map(Number) as [number, number]),
    );

/** How far a point is from a polyline. */
function distanceToPolyline([px, py]: [number, number], line: [number, number][]): number {
  let best = Infinity;
  for (let k = 0; k + 1 < line.length; k++) {
    const [x1, y1] = line[k]!;
    const [x2, y2] = line[k + 1]!;
    const dx = x2 - x1;
    const dy = y2 - y1;
    const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(px - x1 - t * dx, py - y1 - t * dy));
  }
  return line.length === 1 ? Math.hypot(px - line[0]![0], py - line[0]![1]) : best;
}

describe('the projection’s resampling threshold (PATH_PRECISION)', () => {
  it('draws every outline within about a pixel of d3’s default, for every region, from a phone to a 4K slide', () => {
    let worst = 0;
    let differing = 0;
    for (const region of Object.keys(REGION_FRAME) as RegionPreset[])
      for (const width of [360, 1000, 1366, 3840]) {
        const height = mapHeightFor(region, width);
        const ours = geoPath(fitProjection(joined, region, width, height, 0)).digits(PATH_DIGITS);
        const d3Default = geoPath(
          fitProjection(joined, region, width, height, 0).precision(Math.SQRT1_2),
        ).digits(PATH_DIGITS);
        for (const f of joined) {
          const a = d3Default(f.geometry) ?? '';
          const b = ours(f.geometry) ?? '';
          if (a === b) continue;
          differing++;
          const [ra, rb] = [ringsOf(a), ringsOf(b)];
          expect(rb).toHaveLength(ra.length);
          ra.forEach((ring, i) => {
            for (const point of ring) worst = Math.max(worst, distanceToPolyline(point, rb[i]!));
          });
        }
      }
    // d3 cuts an edge where the projection bends it by more than the threshold: √½ px by default, 1 px here.
    expect(worst).toBeLessThan(1.1);
    expect(differing).toBeGreaterThan(0);
  });

  it('draws the world map exactly as d3’s default does', () => {
    for (const width of [360, 1366, 3840]) {
      const height = mapHeightFor('world', width);
      const ours = geoPath(fitProjection(joined, 'world', width, height, 0)).digits(PATH_DIGITS);
      const d3Default = geoPath(
        fitProjection(joined, 'world', width, height, 0).precision(Math.SQRT1_2),
      ).digits(PATH_DIGITS);
      for (const f of joined) expect(ours(f.geometry)).toBe(d3Default(f.geometry));
    }
  });
});
