import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  MAX_COUNTRIES,
  parseCountryList,
  parseQuery,
  parseYear,
  toQuery,
  type ViewState,
} from './urlState';

describe('toQuery', () => {
  it('writes nothing for the default view', () => {
    expect(toQuery(DEFAULT_STATE)).toBe('');
  });

  it('writes only what differs from the defaults, in a fixed order', () => {
    const state: ViewState = {
      ...DEFAULT_STATE,
      view: 'trends',
      countries: ['SRB', 'VNM'],
      scale: 'log',
      reportYear: 2020,
    };
    expect(toQuery(state)).toBe('?view=trends&year=2020&countries=SRB,VNM&scale=log');
  });
});

describe('parseQuery', () => {
  it('round-trips every field of a view', () => {
    const state: ViewState = {
      view: 'compare',
      reportYear: 2020,
      fromYear: 2019,
      mode: 'changes',
      region: 'mekong',
      country: 'BLR',
      countries: ['BLR', 'SRB', 'VNM'],
      metric: 'convicted',
      scale: 'log',
      compareScale: 'independent',
      compareShow: 'tiers',
    };
    const parsed = parseQuery(toQuery(state));
    expect(parsed.state).toEqual(state);
    expect(parsed.notices).toEqual([]);
  });

  it('reads Compare’s tier-history-only view and drops an unknown value with a notice', () => {
    expect(parseQuery('?view=compare&countries=BLR,SRB&show=tiers').state.compareShow).toBe('tiers');
    const parsed = parseQuery('?view=compare&show=everything');
    expect(parsed.state.compareShow).toBe('all');
    expect(parsed.notices).toEqual([
      'The link\'s compare show "everything" is not one of all, tiers; it was ignored.',
    ]);
  });

  it('returns the defaults and no notice for an empty query', () => {
    expect(parseQuery('')).toEqual({ state: DEFAULT_STATE, notices: [], pack: null });
  });

  it('drops invalid values with a reason and keeps the valid ones', () => {
    const parsed = parseQuery('?view=atlas&year=20x0&countries=srb,SRB,12&metric=convicted');
    expect(parsed.state.view).toBe('map');
    expect(parsed.state.reportYear).toBeNull();
    expect(parsed.state.countries).toEqual(['SRB']);
    expect(parsed.state.metric).toBe('convicted');
    expect(parsed.notices).toEqual([
      'The link\'s view "atlas" is not one of map, trends, compare, sources; it was ignored.',
      'The link\'s year "20x0" is not a year; it was ignored.',
      "The link's country SRB was listed twice; it was ignored.",
      'The link\'s country "12" is not an ISO 3166 alpha-3 code; it was ignored.',
    ]);
  });

  it('refuses very long values outright', () => {
    const parsed = parseQuery(`?countries=${'SRB,'.repeat(100)}`);
    expect(parsed.state.countries).toEqual([]);
    expect(parsed.notices[0]).toMatch(/"countries" parameter is too long \(400 characters\)/);
  });

  it('names unknown parameters', () => {
    expect(parseQuery('?foo=1').notices).toEqual(['The link\'s unknown parameter "foo" was ignored.']);
  });

  it('quotes script text as plain text, shortened', () => {
    const parsed = parseQuery('?view=<script>alert(1)</script>');
    expect(parsed.notices[0]).toContain('"<script>alert(1)</script>"');
    expect(parsed.state.view).toBe('map');
  });
});

describe('parseYear', () => {
  it('accepts a four-digit year in range', () => {
    expect(parseYear('year')('2020')).toEqual({ status: 'valid', value: 2020 });
  });
  it('rejects a year out of range with the range', () => {
    expect(parseYear('year')('1999')).toEqual({
      status: 'invalid',
      reason: 'year 1999 is outside 2000–2030',
    });
  });
  it('reports a missing parameter as missing', () => {
    expect(parseYear('year')(null)).toEqual({ status: 'missing' });
  });
});

describe('parseCountryList', () => {
  it(`keeps at most ${MAX_COUNTRIES} countries`, () => {
    const r = parseCountryList('AAA,BBB,CCC,DDD,EEE,FFF,GGG');
    expect(r.value).toHaveLength(MAX_COUNTRIES);
    expect(r.problems).toEqual([`only ${MAX_COUNTRIES} countries can be shown at once; GGG was dropped`]);
  });
});

describe('parseQuery with a briefing pack', () => {
  it('hands the pack parameter through untouched and does not call it unknown', () => {
    const parsed = parseQuery('?view=trends&pack=abc_-');
    expect(parsed.pack).toBe('abc_-');
    expect(parsed.notices).toEqual([]);
  });
});
