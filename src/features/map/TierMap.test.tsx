import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import worldTopology from 'world-atlas/countries-110m.json';
import { coreFixture } from '../../test/fixtures';
import { indexCore } from '../../shared/datasetSelectors';
import { TIER_FILL } from '../../shared/tierConstants';
import { joinFeatures, worldFeatures, type WorldTopology } from './mapGeometry';
import { mapFill } from './MapBackdrop';
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
});
