import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import worldTopology from 'world-atlas/countries-110m.json';
import { coreFixture } from '../../test/fixtures';
import { indexCore } from '../../shared/datasetSelectors';
import { TIER_FILL } from '../../shared/tierConstants';
import { joinFeatures, worldFeatures, type WorldTopology } from './mapGeometry';
import { mapFill, mapFillLayers } from './MapBackdrop';
import { TierMap } from './TierMap';
import type { MapClass } from './mapConstants';

const joined = joinFeatures(indexCore(coreFixture), worldFeatures(worldTopology as unknown as WorldTopology));
const classes = new Map<string, MapClass>([
  ['BLR', 'Tier 3'],
  ['SRB', 'Tier 2 Watch List'],
  ['VNM', 'No data'],
]);

const draw = (props: Partial<Parameters<typeof TierMap>[0]> = {}) =>
  renderToStaticMarkup(
    <TierMap
      width={1920}
      height={1080}
      region="world"
      features={joined}
      places={[]}
      classes={classes}
      mode="tiers"
      title="TIP tiers, 2020 report"
      {...props}
    />,
  );

describe('TierMap', () => {
  it('renders synchronously at the size it is given, as a self-contained SVG', () => {
    const svg = draw();
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080" viewBox="0 0 1920 1080"/,
    );
    expect(svg).toContain('data-ready="true"');
    expect(svg).toContain('role="img" aria-label="TIP tiers, 2020 report"');
    expect(svg.match(/<path[^>]*data-iso3=/g)?.length).toBe(3);
  });

  it('styles marks with attributes: flat tier colours and patterns defined in the SVG', () => {
    const svg = draw();
    expect(svg).toMatch(new RegExp(`data-iso3="BLR"[^>]*data-class="Tier 3"`));
    expect(svg).toContain(`fill="${TIER_FILL['Tier 3']}"`);
    expect(svg).toContain('fill="url(#tm-tier-2-watch-list)"');
    expect(svg).toContain('<pattern id="tm-tier-2-watch-list"');
  });

  it('prints the caveat that tiers measure efforts, not prevalence, larger on a slide', () => {
    expect(draw()).toMatch(
      /font-size="17.6"[^>]*>Tiers rate government efforts, not how much trafficking there is./,
    );
    expect(draw({ width: 900, height: 420 })).toMatch(/font-size="11"[^>]*>Tiers rate government efforts/);
    expect(draw({ showNote: false })).not.toContain('Tiers rate government efforts');
  });

  it('draws countries outside the region preset plain', () => {
    const svg = draw({ region: 'europe', members: new Set(['BLR']) });
    expect(svg).toMatch(/fill="#eceef1"[^>]*data-iso3="SRB"/);
  });

  it('uses the change palette in Changes mode', () => {
    expect(mapFill('changes', 'downgraded', 'tm')).toBe('url(#tm-c-downgraded)');
    expect(mapFill('changes', 'upgraded', 'tm')).toBe('#0072B2');
    const svg = draw({ mode: 'changes', classes: new Map<string, MapClass>([['BLR', 'downgraded']]) });
    expect(svg).toContain('<pattern id="tm-c-downgraded"');
  });

  describe('layered fills (exports)', () => {
    const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
    const patternOf = (doc: Document, fill: string | null) =>
      doc.getElementById(/^url\(#(.+)\)$/.exec(fill ?? '')?.[1] ?? '');

    it('draws each country in its flat colour, so a program that drops patterns still shows the tier', () => {
      const doc = parse(draw({ layeredFills: true, patternPrefix: 'xm' }));
      const shapes = [...doc.querySelectorAll('[data-layer="countries"] path[data-iso3]')];
      expect(shapes.map((p) => [p.getAttribute('data-iso3'), p.getAttribute('fill')])).toEqual(
        expect.arrayContaining([
          ['BLR', TIER_FILL['Tier 3']],
          ['SRB', TIER_FILL['Tier 2 Watch List']],
          ['VNM', TIER_FILL['No data']],
        ]),
      );
      // The marks lie over the same outline, from patterns with nothing under their marks.
      const marks = [...doc.querySelectorAll('[data-layer="pattern-marks"] path')];
      expect(marks.map((m) => m.getAttribute('fill')).sort()).toEqual(
        ['url(#xm-no-data-marks)', 'url(#xm-tier-2-watch-list-marks)'].sort(),
      );
      const srb = shapes.find((p) => p.getAttribute('data-iso3') === 'SRB')!;
      expect(marks.some((m) => m.getAttribute('d') === srb.getAttribute('d'))).toBe(true);
      for (const m of marks) {
        const pattern = patternOf(doc, m.getAttribute('fill'));
        expect(pattern?.tagName).toBe('pattern');
        expect(pattern!.querySelector('rect')).toBeNull();
        expect(pattern!.children.length).toBeGreaterThan(0);
      }
    });

    it('fills no shape but a rectangle with a coloured pattern, and rotates no pattern', () => {
      for (const mode of ['tiers', 'changes'] as const) {
        const modeClasses =
          mode === 'tiers'
            ? classes
            : new Map<string, MapClass>([
                ['BLR', 'downgraded'],
                ['SRB', 'not comparable'],
              ]);
        const svg = draw({ layeredFills: true, mode, classes: modeClasses });
        expect(svg).not.toContain('patternTransform');
        const doc = parse(svg);
        for (const el of doc.querySelectorAll('path[fill^="url("], circle[fill^="url("]')) {
          expect(patternOf(doc, el.getAttribute('fill'))?.querySelector('rect')).toBeNull();
        }
      }
      expect(mapFillLayers('changes', 'downgraded', 'xm')).toEqual({
        flat: '#D55E00',
        marks: 'url(#xm-c-downgraded-marks)',
      });
      expect(mapFillLayers('tiers', 'Tier 1', 'xm')).toEqual({ flat: TIER_FILL['Tier 1'], marks: null });
    });

    it('leaves the screen map one shape per country', () => {
      const svg = draw();
      expect(svg).not.toContain('pattern-marks');
      expect(svg).not.toContain('-marks"');
      expect(svg).not.toContain('patternTransform');
    });
  });
});
