import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WorldTopology } from '../features/map/mapGeometry';
import { renderFirstView } from './entry';

const core: unknown = JSON.parse(readFileSync('public/data/core.json', 'utf8'));
const topology = JSON.parse(
  readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'),
) as WorldTopology;

describe('renderFirstView', () => {
  const view = renderFirstView(core, topology);
  const doc = new DOMParser().parseFromString(`<body>${view.html}</body>`, 'text/html');

  it('draws the latest report’s tier map with every country, as a picture rather than the live map', () => {
    expect(view.reportYear).toBe(2025);
    const svg = doc.querySelector('.map-frame svg')!;
    expect(svg.getAttribute('data-prerendered')).toBe('true');
    expect(doc.querySelector('[data-ready]')).toBeNull();
    const countries = new Set(
      [...svg.querySelectorAll('[data-iso3]')].map((e) => e.getAttribute('data-iso3')),
    );
    expect(countries.size).toBeGreaterThanOrEqual(170);
    expect(svg.querySelector('[data-iso3="BLR"]')!.getAttribute('data-class')).toBe('Tier 3');
  });

  it('shows the page around the map: title, report and period, legend, slider at the latest report', () => {
    expect(doc.querySelector('h1')!.textContent).toBe('Trafficking in Persons Report tiers');
    expect(doc.querySelector('[data-testid="map-subtitle"]')!.textContent).toBe(
      '2025 report, April 2024 – March 2025',
    );
    expect(doc.querySelector('[role="slider"]')!.getAttribute('aria-valuenow')).toBe('2025');
    expect(doc.body.textContent).toContain('Tier 1 or 2');
  });

  it('gives every id the picture’s prefix, and every fill points at a pattern inside the picture', () => {
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !id.startsWith('pre-'))).toEqual([]);
    const refs = [...view.html.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    expect([...new Set(refs)].filter((r) => !doc.getElementById(r))).toEqual([]);
  });

  it('fails, naming the problem, on a core.json of the wrong shape', () => {
    expect(() => renderFirstView({ version: 1 }, topology)).toThrow(/countries|version/);
  });
});
