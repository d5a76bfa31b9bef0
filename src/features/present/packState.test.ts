import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../../state/urlState';
import {
  makeSlide,
  moveSlide,
  readSlides,
  savedAtText,
  slideQuery,
  slideSpec,
  slideState,
} from './packState';

const slides = [
  makeSlide({ ...DEFAULT_STATE, reportYear: 2020 }, 'Tiers in 2020', 'Belarus on Tier 3 — “note”'),
  makeSlide({ ...DEFAULT_STATE, view: 'compare', countries: ['BLR', 'SRB'] }, 'Belarus and Serbia', ''),
];

describe('slideState', () => {
  it('restores the pinned view', () => {
    expect(slideState(slides[1]!).state).toMatchObject({ view: 'compare', countries: ['BLR', 'SRB'] });
  });
});

describe('moveSlide', () => {
  it('swaps a slide with its neighbour and ignores moves past the ends', () => {
    expect(moveSlide(slides, 0, 1).map((s) => s.t)).toEqual(['Belarus and Serbia', 'Tiers in 2020']);
    expect(moveSlide(slides, 0, -1)).toEqual(slides);
  });
});

describe('readSlides', () => {
  it('keeps every usable slide and sets aside, naming it, the one that is not', () => {
    const read = readSlides([slides[0], { q: 1 }, slides[1]], 'http://app.test');
    expect(read.slides).toEqual([slides[0], slides[1]]);
    expect(read.problems).toEqual(['slide 2 could not be read and was set aside']);
    expect(read.setAside).toEqual([{ label: 'Slide 2: could not be read', text: '{"q":1}' }]);
  });

  it('cuts a title or note over its limit and keeps the full text aside', () => {
    const title = 'T'.repeat(195);
    const read = readSlides([{ q: '?year=2012', t: title, n: 'n'.repeat(2_500) }], 'http://app.test');
    expect(read.slides[0]!.t).toBe('T'.repeat(140));
    expect(read.slides[0]!.n).toHaveLength(2_000);
    expect(read.problems[0]).toMatch(
      /^Slide 1 \(“T{40}…”\)'s title was longer than 140 characters and was cut$/,
    );
    expect(read.setAside.map((a) => a.text)).toEqual([title, 'n'.repeat(2_500)]);
  });

  it('refuses a slide whose view is not a link to this app, at parse time', () => {
    const read = readSlides(
      [
        { q: 'javascript:alert(1)', t: 'Click me', n: '' },
        { q: 'https://evil.example/?year=2012', t: 'Elsewhere', n: '' },
        { q: 'http://app.test/?year=2012&country=BLR', t: 'Here', n: '' },
      ],
      'http://app.test',
    );
    expect(read.slides).toEqual([{ q: '?year=2012&country=BLR', t: 'Here', n: '' }]);
    expect(read.problems).toEqual([
      'slide 1 was set aside: its link is a “javascript:” link, not a view of TIP Atlas',
      'slide 2 was set aside: its link goes to another site (https://evil.example)',
    ]);
  });

  it('never throws on input that is not a list', () => {
    expect(readSlides({ oops: true }).slides).toEqual([]);
    expect(readSlides(null).problems).toEqual(['it is not a list of slides']);
  });
});

describe('slideQuery', () => {
  it('rewrites a view with a line break or unknown parameters into the canonical query', () => {
    expect(slideQuery('?year=2012&evil=%0ALink:%20x', 'http://app.test')).toEqual({
      ok: true,
      q: '?year=2012',
    });
  });
});

describe('slideSpec', () => {
  it('titles the image with a title that cannot hold a control character', () => {
    const spec = { title: 'Chart', subtitle: 'Sub' } as Parameters<typeof slideSpec>[0];
    expect(slideSpec(spec, { q: '', t: 'A\u000bB\u0000C', n: '' }).title).toBe('A BC');
  });
});

describe('savedAtText', () => {
  it('gives the day and the minute in the browser’s time zone, and null for what is not a time', () => {
    // An ISO time without a zone is local time.
    expect(savedAtText('2026-12-05T23:41:09')).toBe('5 December 2026, 23:41');
    expect(savedAtText('2026-01-09T07:05:00')).toBe('9 January 2026, 07:05');
    expect(savedAtText('yesterday')).toBeNull();
  });
});
