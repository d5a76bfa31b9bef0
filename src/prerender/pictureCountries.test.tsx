import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareText } from '../data/englishText';
import { coreDatasetSchema } from '../data/schema';
import type { WorldTopology } from '../features/map/mapGeometry';
import { renderFirstView, renderPictureCountries, renderPictureYears } from './entry';
import { pictureCountriesScript, type PictureCountries, type PictureYear } from './pictureCountries';
import { PRERENDER_PHONE_ID_PREFIX, PRERENDER_PHONE_LAYOUT } from './prerenderConstants';
import {
  PICTURE_ACTIVE_ATTRIBUTE,
  PICTURE_ANSWERS_ATTRIBUTE,
  PICTURE_COUNTRIES_ID,
  PICTURE_OPEN_ATTRIBUTE,
  PRERENDER_ELEMENT_ID,
} from './prerenderConstants';

const coreJson: unknown = JSON.parse(readFileSync('public/data/core.json', 'utf8'));
const topology = JSON.parse(
  readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'),
) as WorldTopology;

describe('the picture’s countries (what picture-input.js answers with)', () => {
  const text = renderPictureCountries(coreJson, topology);
  const list = JSON.parse(text) as PictureCountries;
  const picture = new DOMParser().parseFromString(renderFirstView(coreJson, topology).html, 'text/html');
  const core = coreDatasetSchema.parse(coreJson);

  it('lists every country the picture’s map colours, in the live map’s keyboard order, and no other', () => {
    const drawn = new Set(
      [...picture.querySelectorAll('.map-frame svg [data-iso3][data-class]')].map((e) =>
        e.getAttribute('data-iso3'),
      ),
    );
    const listed = list.countries.map((c) => c[0]);
    expect(new Set(listed)).toEqual(drawn);
    expect(listed.length).toBe(drawn.size);
    // By region, then name (navigationOrder): the regions appear in one run each.
    const regions = list.countries.map((c) => c[1]);
    expect(regions.filter((r, i) => r !== regions[i - 1])).toEqual([...new Set(regions)]);
    expect(list.byName).toEqual([...listed].sort((a, b) => compareText(nameOf(a), nameOf(b))));
    function nameOf(iso3: string) {
      return core.countries.find((c) => c.iso3 === iso3)!.name;
    }
  });

  it('says of each country what the live map says: its name, its tier in the report shown, its change', () => {
    const blr = list.countries.find((c) => c[0] === 'BLR')!;
    expect(blr.slice(1, 4)).toEqual(['Europe', 'Belarus', `Belarus: Tier 3, ${list.year} report`]);
    const card = new DOMParser().parseFromString(blr[4], 'text/html');
    expect(card.querySelector('.tt-name')!.textContent).toBe('Belarus');
    expect(card.querySelector('.tt-tier')!.textContent).toBe(`${list.year} report: Tier 3`);
    expect(card.querySelector('.tt-change')!.textContent).toMatch(/report/);
    // An inferred tier says so, and how, as the live tooltip does.
    const inferred = list.countries.filter((c) => c[4].includes('(inferred)'));
    expect(inferred.length).toBeGreaterThan(0);
    for (const c of inferred) expect(c[4]).toContain('data-testid="tooltip-inferred"');
    expect(list.year).toBe(
      Number(picture.querySelector('[data-testid="map-subtitle"]')!.textContent!.slice(0, 4)),
    );
  });

  it('cannot close its script element, whatever the names hold', () => {
    expect(text).not.toMatch(/</);
    const hostile = {
      ...list,
      countries: [['XXX', 'Europe', '</script><script>alert(1)</script>', '', '<p>']],
    };
    const written = pictureCountriesScript(hostile as PictureCountries);
    expect(written).not.toContain('<');
    expect(JSON.parse(written)).toEqual(hostile);
  });

  it('uses the names the app reads: picture-input.js and the constants agree', () => {
    const script = readFileSync('src/prerender/picture-input.js', 'utf8');
    for (const name of [
      PICTURE_COUNTRIES_ID,
      PICTURE_ANSWERS_ATTRIBUTE,
      PICTURE_OPEN_ATTRIBUTE,
      PICTURE_ACTIVE_ATTRIBUTE,
      PRERENDER_ELEMENT_ID,
    ])
      expect(script).toContain(`'${name}'`);
  });
});

describe('a phone’s pictures for shared map links (each region; what turns one into an earlier report’s)', () => {
  const europe = new DOMParser().parseFromString(
    renderFirstView(coreJson, topology, PRERENDER_PHONE_LAYOUT, PRERENDER_PHONE_ID_PREFIX, 'europe').html,
    'text/html',
  );
  const europeList = JSON.parse(renderPictureCountries(coreJson, topology, 'europe')) as PictureCountries;
  const world = JSON.parse(renderPictureCountries(coreJson, topology)) as PictureCountries;

  it('draws the region asked for, and lists its countries only, in the keyboard order of the world’s list', () => {
    expect(europe.querySelector('[data-testid="map-subtitle"]')!.textContent).toMatch(/ · Europe$/);
    expect(europe.querySelector('.map-frame')!.getAttribute('aria-label')).toMatch(/, Europe\. Arrow keys/);
    const listed = europeList.countries.map((c) => c[0]);
    expect(new Set(listed)).toEqual(
      new Set(
        [...europe.querySelectorAll('.map-frame svg [data-iso3][data-class]')]
          .map((e) => e.getAttribute('data-iso3'))
          .filter((iso3) => europeList.countries.some((c) => c[0] === iso3)),
      ),
    );
    expect(europeList.countries.every((c) => c[1] === 'Europe')).toBe(true);
    expect(listed).toEqual(world.countries.map((c) => c[0]).filter((iso3) => listed.includes(iso3)));
    // The store's region is the build's for that render only: the next picture is the world's again.
    const next = renderFirstView(coreJson, topology, PRERENDER_PHONE_LAYOUT, PRERENDER_PHONE_ID_PREFIX);
    expect(next.html).not.toContain(' · Europe');
  });

  it('gives an earlier report’s subtitle, each country’s class, fill and words, as the live map has them', () => {
    const files = renderPictureYears(coreJson, topology);
    // Every report but the latest (the pictures'), oldest first.
    const reports = coreDatasetSchema
      .parse(coreJson)
      .coverage.map((c) => c.reportYear)
      .sort((a, b) => a - b);
    expect(files.map(([y]) => y)).toEqual(reports.slice(0, -1));
    const [, text] = files.find(([y]) => y === 2020)!;
    const year = JSON.parse(text) as PictureYear;
    expect(year.year).toBe(2020);
    expect(year.subtitle).toBe('2020 report, April 2019 – March 2020');
    expect(year.classes.BLR).toBe('Tier 3');
    expect(year.classes.SRB).toBe('Tier 2');
    // Every class has its fill, with the phone picture's pattern ids.
    for (const cls of new Set(Object.values(year.classes))) expect(year.fills[cls]).toBeTruthy();
    expect(year.fills['Tier 2 Watch List']).toBe(`url(#${PRERENDER_PHONE_ID_PREFIX}tm-tier-2-watch-list)`);
    // Every country any region's list holds has its words for that report.
    for (const c of world.countries) expect(year.lines[c[0]], c[0]).toBeDefined();
    expect(year.lines.BLR![0]).toBe('Belarus: Tier 3, 2020 report');
    const card = new DOMParser().parseFromString(year.lines.BLR![1], 'text/html');
    expect(card.querySelector('.tt-tier')!.textContent).toBe('2020 report: Tier 3');
    for (const [, json] of files) expect(json).not.toMatch(/</);
  });
});
