// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { currentLink, VIEW_LINK_PARAMS, viewLink } from './viewLink';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('currentLink', () => {
  it('returns the address of the view on screen', () => {
    window.history.replaceState(null, '', '/?view=compare&countries=BLR,SRB');
    expect(currentLink()).toBe('http://localhost:3000/?view=compare&countries=BLR,SRB');
  });

  it('leaves the briefing pack out, so an image does not print it', () => {
    window.history.replaceState(null, '', '/?view=trends&countries=SRB&pack=W3sicSI6Ij8ifV0');
    expect(currentLink()).toBe('http://localhost:3000/?view=trends&countries=SRB');
  });
});

describe('viewLink', () => {
  const base = 'https://atlas.example/';

  it('keeps only the map’s parameters in a map link', () => {
    expect(viewLink(`${base}?year=2020&countries=BLR,SRB&metric=convicted&country=BLR`)).toBe(
      `${base}?year=2020&country=BLR`,
    );
  });

  it('keeps the base year of Changes mode only in Changes mode', () => {
    expect(viewLink(`${base}?view=map&mode=changes&from=2012&year=2015`)).toBe(
      `${base}?view=map&mode=changes&from=2012&year=2015`,
    );
    expect(viewLink(`${base}?view=map&from=2012&year=2015`)).toBe(`${base}?view=map&year=2015`);
  });

  it('keeps Trends’ countries, measure and scale, and drops the map’s year and the pack', () => {
    expect(viewLink(`${base}?view=trends&year=2020&countries=SRB&metric=victims&scale=log&pack=abc`)).toBe(
      `${base}?view=trends&countries=SRB&metric=victims&scale=log`,
    );
  });

  it('leaves a Sources link with the view alone', () => {
    expect(viewLink(`${base}?view=sources&countries=SRB&year=2019&mode=changes`)).toBe(
      `${base}?view=sources`,
    );
  });

  it('holds only parameters of the view it names, whatever else the address carries', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('map', 'trends', 'compare', 'sources'),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 8 })),
        (view, extra) => {
          const url = new URL(base);
          for (const [k, v] of Object.entries(extra)) url.searchParams.set(k, v);
          url.searchParams.set('view', view);
          const params = new URL(viewLink(url.toString())).searchParams;
          for (const name of params.keys())
            expect(VIEW_LINK_PARAMS[view as keyof typeof VIEW_LINK_PARAMS]).toContain(name);
          expect(params.get('view')).toBe(view);
        },
      ),
    );
  });
});
