import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../../state/urlState';
import {
  decodePack,
  defaultSlideTitle,
  encodePack,
  makeSlide,
  moveSlide,
  readStoredPack,
  slideState,
} from './packState';

const slides = [
  makeSlide({ ...DEFAULT_STATE, reportYear: 2020 }, 'Tiers in 2020', 'Belarus on Tier 3 — “note”'),
  makeSlide({ ...DEFAULT_STATE, view: 'compare', countries: ['BLR', 'SRB'] }, 'Belarus and Serbia', ''),
];

describe('encodePack', () => {
  it('round-trips slides, including non-ASCII text, through a URL-safe string', () => {
    const encoded = encodePack(slides);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodePack(encoded)).toEqual({ status: 'valid', slides });
  });
});

describe('decodePack', () => {
  it('reports a missing pack as missing', () => {
    expect(decodePack(null)).toEqual({ status: 'missing' });
  });
  it('refuses text that is not a pack, with a reason', () => {
    expect(decodePack('%%%')).toEqual({
      status: 'invalid',
      reason: 'the briefing pack in the link could not be read',
    });
    expect(decodePack(encodePack([{ q: 1 } as never]))).toEqual({
      status: 'invalid',
      reason: 'the briefing pack in the link is not in the expected form',
    });
  });
  it('refuses a very long pack', () => {
    expect(decodePack('a'.repeat(30_000))).toMatchObject({ status: 'invalid' });
  });
});

describe('slideState', () => {
  it('restores the pinned view', () => {
    expect(slideState(slides[1]!).state).toMatchObject({ view: 'compare', countries: ['BLR', 'SRB'] });
  });
});

describe('defaultSlideTitle', () => {
  it('names the view, the report year and the countries', () => {
    expect(defaultSlideTitle({ ...DEFAULT_STATE }, 2025)).toBe('Tier map, 2025 report');
    expect(defaultSlideTitle({ ...DEFAULT_STATE, mode: 'changes', reportYear: 2020 }, 2025)).toBe(
      'Tier changes, 2019→2020 reports',
    );
    expect(defaultSlideTitle({ ...DEFAULT_STATE, view: 'trends', countries: ['SRB', 'VNM'] }, 2025)).toBe(
      'Trends: SRB, VNM',
    );
  });

  it('names countries rather than coding them when it knows the names', () => {
    const names: Record<string, string> = { BLR: 'Belarus', SRB: 'Serbia' };
    const nameOf = (iso3: string) => names[iso3] ?? iso3;
    expect(defaultSlideTitle({ ...DEFAULT_STATE, reportYear: 2020, country: 'BLR' }, 2025, nameOf)).toBe(
      'Tier map, 2020 report — Belarus',
    );
    expect(
      defaultSlideTitle({ ...DEFAULT_STATE, view: 'compare', countries: ['BLR', 'SRB'] }, 2025, nameOf),
    ).toBe('Comparison: Belarus, Serbia');
  });
});

describe('moveSlide', () => {
  it('swaps a slide with its neighbour and ignores moves past the ends', () => {
    expect(moveSlide(slides, 0, 1).map((s) => s.t)).toEqual(['Belarus and Serbia', 'Tiers in 2020']);
    expect(moveSlide(slides, 0, -1)).toEqual(slides);
  });
});

describe('readStoredPack', () => {
  it('reads a stored pack and ignores a corrupt one', () => {
    expect(readStoredPack({ getItem: () => JSON.stringify(slides) }, 'k')).toEqual(slides);
    expect(readStoredPack({ getItem: () => '{oops' }, 'k')).toEqual([]);
  });
});
