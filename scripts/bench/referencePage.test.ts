// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { coreDatasetSchema } from '../../src/data/schema';
import { buildReferencePage } from './referencePage';

const core = coreDatasetSchema.parse(JSON.parse(readFileSync('public/data/core.json', 'utf8')));
const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;

describe('buildReferencePage', () => {
  const page = buildReferencePage(core, topology);

  it('draws one path per world-atlas country, for the latest report year', () => {
    expect(page.pathCount).toBe(177);
    expect((page.html.match(/<path d="M[^"]*" fill="[^"]+" stroke="#ffffff"/g) ?? []).length).toBe(177);
    expect(page.reportYear).toBe(Math.max(...core.coverage.map((c) => c.reportYear)));
  });

  it('contains no script at all', () => {
    expect(page.html).not.toMatch(/<script|\son\w+=/i);
  });

  it('fills countries by tier with the shared patterns', () => {
    expect(page.html).toContain('<pattern id="tp-tier-2-watch-list"');
    expect(page.html).toContain('fill="url(#tp-tier-2-watch-list)"');
    expect(page.classCounts['Tier 3']).toBeGreaterThan(5);
  });
});
