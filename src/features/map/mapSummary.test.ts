import { describe, expect, it } from 'vitest';
import type { TierClass } from '../../shared/tierConstants';
import { mapSummary, type MapSummaryInput } from './mapSummary';
import type { CountryChange } from './mapSelectors';
import type { ChangeClass } from './mapConstants';

const change = (
  iso3: string,
  from: TierClass,
  to: TierClass,
  changeClass: ChangeClass,
  inferred: { from?: string; to?: string } = {},
): CountryChange => ({
  iso3,
  name: `Country ${iso3}`,
  region: 'Europe',
  from,
  to,
  change: changeClass,
  steps: null,
  fromInferred: inferred.from ?? null,
  toInferred: inferred.to ?? null,
});

const input = (patch: Partial<MapSummaryInput> = {}): MapSummaryInput => ({
  mode: 'tiers',
  region: 'europe',
  toYear: 2025,
  baseYear: 2024,
  country: null,
  scopeChanges: [
    change('AAA', 'Tier 2', 'Tier 1', 'upgraded'),
    change('BBB', 'Tier 2', 'Tier 2', 'unchanged', { to: 'inferred: the only tier left' }),
    change('CCC', 'Tier 2', 'Tier 2 Watch List', 'downgraded'),
    change('DDD', 'No data', 'No data', 'not comparable'),
  ],
  ...patch,
});

describe('mapSummary', () => {
  it('counts the countries on each tier of the report shown, in its region, and names the period it assesses', () => {
    expect(mapSummary(input())).toMatch(
      /^In the 2025 TIP report \(April 2024 – March 2025\), 4 countries on the map of Europe: Tier 1: 1; Tier 2: 1 \(1 inferred, not stated by a source\); Tier 2 Watch List: 1; 1 country has no tier in the data \(Country DDD\)\./,
    );
  });

  it('names the movers since the previous report with both tiers, saying which tier is inferred', () => {
    const text = mapSummary(
      input({
        scopeChanges: [
          change('AAA', 'Tier 2', 'Tier 1', 'upgraded', { to: 'inferred' }),
          change('CCC', 'Tier 2', 'Tier 3', 'downgraded'),
        ],
      }),
    );
    expect(text).toContain(
      'Since the 2024 report, 1 country moved up (Country AAA, Tier 2 to Tier 1 (inferred)); 1 country moved down (Country CCC, Tier 2 to Tier 3).',
    );
  });

  it('says when no country moved, and says why the others cannot be compared', () => {
    const text = mapSummary(
      input({ scopeChanges: [change('DDD', 'Tier 2', 'No data', 'not comparable')], mode: 'changes' }),
    );
    expect(text).toContain('From the 2024 report, no country moved up or down a tier.');
    expect(text).toContain('1 country cannot be compared: 1 has no tier in the 2025 report.');
  });

  it('names twelve movers a direction and counts the rest', () => {
    const up = Array.from({ length: 15 }, (_, i) =>
      change(`U${String(i).padStart(2, '0')}`, 'Tier 2', 'Tier 1', 'upgraded'),
    );
    const text = mapSummary(input({ scopeChanges: up }));
    expect(text).toContain('15 countries moved up (');
    expect(text).toContain('Country U11, Tier 2 to Tier 1; and 3 more)');
    expect(text).not.toContain('Country U12');
  });

  it('says when the data hold no earlier report, names the outlined country, and never reads as prevalence', () => {
    const text = mapSummary(input({ baseYear: null, region: 'world', country: 'BBB' }));
    expect(text).toContain('on the map of the world');
    expect(text).toContain('The data hold no earlier report to compare with.');
    expect(text).toContain('Country BBB (outlined): Tier 2 (inferred) in 2025.');
    expect(text).toMatch(/Tiers rate government efforts, not how much trafficking there is\.$/);
  });
});
