import { describe, expect, it } from 'vitest';
import { coreFixture } from '../../../test/fixtures';
import { fixtureSpec } from '../../../shared/export/exportSpec.fixture';
import { dataAsOf, deckSlide, deckSources, type RenderedSlide } from './deckContent';

const slide = { q: '?view=compare&countries=THA,KHM', t: 'Two neighbours', n: 'Say what tiers measure.' };

describe('dataAsOf', () => {
  it('names the newest TIP edition and the UNODC release the dataset holds', () => {
    const core = {
      coverage: [{ reportYear: 2019 }, { reportYear: 2024 }] as never,
      sources: [{ id: 'unodc-glotip', date: '2023-05-30' }] as never,
    };
    expect(dataAsOf(core)).toBe(
      'U.S. TIP Report 2024 (tiers, by report year); UNODC GLOTIP country data, release of 2023-05-30 (counts, by data year)',
    );
  });

  it('says the date is not stated when the dataset holds neither', () => {
    expect(dataAsOf({ coverage: [], sources: [] })).toBe('not stated in the dataset');
  });
});

describe('deckSources', () => {
  it('lists each cited source once with its licence in words, and marks ids the registry lacks', () => {
    const core = coreFixture;
    const known = core.sources[0]!;
    const spec = fixtureSpec();
    const rendered: RenderedSlide[] = [
      {
        slide,
        spec: { ...spec, data: { ...spec.data, sources: [{ id: known.id, citation: '' }] } },
        png: null,
      },
      {
        slide,
        spec: {
          ...spec,
          data: {
            ...spec.data,
            sources: [
              { id: known.id, citation: '' },
              { id: 'nowhere', citation: '' },
            ],
          },
        },
        png: null,
      },
      { slide, spec: null, png: null },
    ];
    const sources = deckSources(core, rendered);
    expect(sources).toHaveLength(2);
    expect(sources[0]!.citation).toBe(known.citation);
    expect(sources[0]!.licence).not.toBe('');
    expect(sources[1]).toEqual({
      citation: 'nowhere (not in the source registry)',
      licence: 'Unknown',
      attribution: null,
    });
  });
});

describe('deckSlide', () => {
  it('takes the presenter’s title and note, and the spec’s sources, caveat and description', () => {
    const spec = { ...fixtureSpec(), description: 'Tier strips of two countries.' };
    const png = { bytes: new Uint8Array([1, 2, 3]), width: 3840, height: 2160 };
    const out = deckSlide({ slide, spec, png }, 'https://a.example/?view=compare');
    expect(out).toMatchObject({
      title: 'Two neighbours',
      note: 'Say what tiers measure.',
      source: spec.sourceLines.join(' '),
      caveat: spec.caveat ?? null,
      link: 'https://a.example/?view=compare',
      altText: 'Tier strips of two countries.',
      width: 3840,
      height: 2160,
    });
  });

  it('falls back to the chart’s title when the slide has none, and has no image without a spec', () => {
    expect(deckSlide({ slide: { ...slide, t: '  ' }, spec: fixtureSpec(), png: null }, 'x').title).toBe(
      fixtureSpec().title,
    );
    expect(deckSlide({ slide, spec: null, png: null }, 'x')).toMatchObject({ png: null, altText: '' });
  });
});
