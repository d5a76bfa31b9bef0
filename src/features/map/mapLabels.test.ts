import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import worldTopology from 'world-atlas/countries-110m.json';
import type { CoreDataset } from '../../data/schema';
import { indexCore } from '../../shared/datasetSelectors';
import { MEKONG_ISO3 } from './mapConstants';
import { joinFeatures, worldFeatures, type WorldTopology } from './mapGeometry';
import { layoutMap } from './mapLayout';
import { boxesIntersect, labelCandidates, placeLabels, type Box, type LabelCandidate } from './mapLabels';

/** A fixed-advance measure, as a font would give: 0.6 em per character. */
const measure = (text: string, size: number) => text.length * size * 0.6;
const bounds: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };
const options = { fontSize: 10, fontWeight: 600, measure, bounds };

const candidate = (patch: Partial<LabelCandidate> & { iso3: string }): LabelCandidate => ({
  text: patch.iso3,
  x: 100,
  y: 100,
  area: 100,
  inside: [[patch.x ?? 100, patch.y ?? 100]],
  fits: () => true,
  must: false,
  ...patch,
});

describe('placeLabels', () => {
  it('never places two labels whose boxes intersect, nor one outside the map or over an obstacle', () => {
    const arbitraryCandidate = fc.record({
      iso3: fc.stringMatching(/^[A-Z]{3}$/),
      text: fc.string({ minLength: 1, maxLength: 30 }),
      x: fc.double({ min: -50, max: 450, noNaN: true }),
      y: fc.double({ min: -50, max: 350, noNaN: true }),
      area: fc.double({ min: 0, max: 1e5, noNaN: true }),
      inside: fc.array(
        fc.tuple(
          fc.double({ min: -50, max: 450, noNaN: true }),
          fc.double({ min: -50, max: 350, noNaN: true }),
        ),
        { maxLength: 5 },
      ),
      fits: fc.option(
        fc.constantFrom(
          (b: Box) => b.x1 - b.x0 < 120,
          () => true,
          () => false,
        ),
        { nil: undefined },
      ),
      must: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbitraryCandidate, { maxLength: 60 }), (candidates) => {
        const obstacle: Box = { x0: 0, y0: 280, x1: 400, y1: 300 };
        const placed = placeLabels(candidates, { ...options, obstacles: [obstacle] });
        for (const [i, a] of placed.entries()) {
          expect(a.box.x0).toBeGreaterThanOrEqual(bounds.x0);
          expect(a.box.x1).toBeLessThanOrEqual(bounds.x1);
          expect(a.box.y0).toBeGreaterThanOrEqual(bounds.y0);
          expect(a.box.y1).toBeLessThanOrEqual(bounds.y1);
          expect(boxesIntersect(a.box, obstacle)).toBe(false);
          for (const b of placed.slice(i + 1)) expect(boxesIntersect(a.box, b.box)).toBe(false);
        }
        expect(new Set(placed.map((p) => p.iso3)).size).toBe(placed.length);
      }),
      { numRuns: 300 },
    );
  });

  it('names the countries the slide is about first, moving a name off a spot already taken', () => {
    const placed = placeLabels(
      [
        candidate({ iso3: 'BIG', text: 'Big country', area: 10_000 }),
        candidate({ iso3: 'SRB', text: 'Serbia', area: 1, inside: [], fits: undefined, must: true }),
      ],
      options,
    );
    expect(placed.map((p) => p.iso3)).toEqual(['SRB']);
    expect(placed[0]!.x).toBe(100);
  });

  it('leaves out a country too small to hold its name, and places larger ones first', () => {
    const placed = placeLabels(
      [
        candidate({
          iso3: 'SML',
          text: 'A long country name',
          area: 10,
          fits: (b) => b.x1 - b.x0 <= 20,
        }),
        candidate({ iso3: 'MID', text: 'Middle', area: 50 }),
        candidate({ iso3: 'LRG', text: 'Large', area: 500 }),
      ],
      options,
    );
    expect(placed.map((p) => p.iso3)).toEqual(['LRG']);
  });

  it('tries a country too small for its name at the smaller size before leaving it unnamed', () => {
    // "Laos" is 4 × 10 × 0.6 + 4 = 28 px wide at 10 px, 23.2 px at 8 px.
    const small = candidate({ iso3: 'LAO', text: 'Laos', fits: (b) => b.x1 - b.x0 <= 25 });
    expect(placeLabels([small], options)).toEqual([]);
    const placed = placeLabels([small], { ...options, minFontSize: 8 });
    expect(placed.map((p) => [p.iso3, p.fontSize])).toEqual([['LAO', 8]]);
  });
});

describe('labelCandidates', () => {
  const codes: Record<string, string> = {
    KHM: '116',
    LAO: '418',
    THA: '764',
    VNM: '704',
    MMR: '104',
    CHN: '156',
    FRA: '250',
  };
  const core: CoreDataset = {
    version: 't',
    builtFrom: 't',
    countries: Object.entries(codes).map(([iso3, isoNumeric]) => ({
      iso3,
      isoNumeric,
      name: iso3 === 'LAO' ? 'Laos' : iso3 === 'KHM' ? 'Cambodia' : iso3,
      region: 'Asia-Pacific',
    })),
    tiers: {},
    coverage: [{ reportYear: 2020, status: 'complete', known: 0, tier1or2: [], note: '' }],
    globalLawEnforcement: [],
    sources: [],
  };
  const index = indexCore(core);
  const features = joinFeatures(index, worldFeatures(worldTopology as unknown as WorldTopology));
  const layout = layoutMap(features, [], 'mekong', 1200, 700);
  const nameOf = (iso3: string) => index.countries.get(iso3)?.name ?? iso3;

  it('at region zoom names Laos and Cambodia apart, inside their own shapes, with no two names overlapping', () => {
    const members = new Set(MEKONG_ISO3);
    const candidates = labelCandidates({
      features,
      places: [],
      projection: layout.projection,
      markers: [],
      nameOf,
      must: [],
      fitting: true,
      members,
      bounds: { x0: 0, y0: 0, x1: 1200, y1: 700 },
    });
    expect(candidates.map((c) => c.iso3).sort()).toEqual([...MEKONG_ISO3].sort());
    const placed = placeLabels(candidates, {
      ...options,
      fontSize: 14,
      bounds: { x0: 0, y0: 0, x1: 1200, y1: 700 },
    });
    const names = placed.map((p) => p.text);
    expect(names).toContain('Laos');
    expect(names).toContain('Cambodia');
    // Every name lies on its own country (Vietnam's centroid falls on Laos: its name must not).
    for (const p of placed) expect(candidates.find((c) => c.iso3 === p.iso3)!.fits!(p.box)).toBe(true);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(boxesIntersect(a.box, b.box)).toBe(false);
  });

  it('at world zoom names only the countries the slide is about', () => {
    const candidates = labelCandidates({
      features,
      places: [],
      projection: layoutMap(features, [], 'world', 1200, 600).projection,
      markers: [],
      nameOf,
      must: ['FRA', 'VNM'],
      fitting: false,
      members: null,
      bounds: { x0: 0, y0: 0, x1: 1200, y1: 600 },
    });
    expect(candidates.map((c) => c.iso3).sort()).toEqual(['FRA', 'VNM']);
    expect(candidates.every((c) => c.must)).toBe(true);
  });
});
