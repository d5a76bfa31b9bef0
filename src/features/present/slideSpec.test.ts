import { describe, expect, it } from 'vitest';
import { fixtureSpec } from '../../shared/export/exportSpec.fixture';
import { slideSpec } from './packState';

describe('slideSpec', () => {
  const spec = fixtureSpec();
  const slide = (t: string) => ({ q: '?year=2020', t, n: '' });

  it('titles the slide image with the slide title, the chart title leading the subtitle', () => {
    const titled = slideSpec(spec, slide('Belarus slips to Tier 3'));
    expect(titled.title).toBe('Belarus slips to Tier 3');
    expect(titled.subtitle).toBe(`${spec.title} · ${spec.subtitle}`);
    expect(titled.sourceLines).toEqual(spec.sourceLines);
    expect(titled.link).toBe(spec.link);
  });

  it('keeps the chart title when the slide has none or the same one', () => {
    expect(slideSpec(spec, slide('  '))).toBe(spec);
    expect(slideSpec(spec, slide(spec.title))).toBe(spec);
  });
});
