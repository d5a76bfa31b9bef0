import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coreDatasetSchema } from '../../data/schema';
import { indexCore } from '../../shared/datasetSelectors';
import { legendItemsFor, notComparableReason, notComparableSummary } from './changeSummary';
import { changesBetween, type CountryChange } from './mapSelectors';

const change = (
  iso3: string,
  from: CountryChange['from'],
  to: CountryChange['to'],
  c: CountryChange['change'],
) => ({
  iso3,
  from,
  to,
  change: c,
});

describe('notComparableSummary', () => {
  it('says how many countries cannot be compared, and why, in words', () => {
    const s = notComparableSummary(
      [
        change('SOM', 'No data', 'Special Case', 'not comparable'),
        change('YEM', 'No data', 'Special Case', 'not comparable'),
        change('SRB', 'Tier 2', 'Tier 1 or 2', 'not comparable'),
        change('LBY', 'Special Case', 'Tier 3', 'not comparable'),
        change('COL', 'Tier 1', 'Tier 2', 'downgraded'),
      ],
      2024,
      2025,
    );
    expect(s.count).toBe(4);
    expect(s.sentence).toBe(
      '4 countries cannot be compared: 2 have no tier in the 2024 report; 1 is known only as “Tier 1 or 2” in one of the reports, which does not tell Tier 1 from Tier 2; 1 is a Special Case (not ranked) in one of the reports.',
    );
  });

  it('says nothing when every country compares', () => {
    expect(notComparableSummary([change('COL', 'Tier 1', 'Tier 2', 'downgraded')], 2024, 2025).sentence).toBe(
      '',
    );
  });

  it('gives no reason for a country that can be compared', () => {
    expect(notComparableReason(change('COL', 'Tier 1', 'Tier 2', 'downgraded'))).toBeNull();
  });
});

describe('legendItemsFor', () => {
  it('counts the inferred tiers of each class in Tiers mode', () => {
    const items = legendItemsFor({
      mode: 'tiers',
      scopeChanges: [
        {
          ...change('AUT', 'Tier 1', 'Tier 1', 'unchanged'),
          name: 'Austria',
          region: 'Europe',
          steps: 0,
          toInferred: 'inferred from the published count of 33 Tier 1 countries',
        },
        { ...change('DEU', 'Tier 1', 'Tier 1', 'unchanged'), name: 'Germany', region: 'Europe', steps: 0 },
      ],
      fromYear: 2024,
      toYear: 2025,
      alwaysListed: new Set(['Tier 1']),
    });
    expect(items).toEqual([{ cls: 'Tier 1', label: 'Tier 1', count: 2, inferred: 1 }]);
  });

  it('explains every swatch in Changes mode, the striped downgrade included', () => {
    const items = legendItemsFor({
      mode: 'changes',
      scopeChanges: [],
      fromYear: 2024,
      toYear: 2025,
      alwaysListed: new Set(),
    });
    expect(items.map((i) => i.cls)).toEqual(['upgraded', 'downgraded', 'unchanged', 'not comparable']);
    expect(items.every((i) => i.note)).toBe(true);
    expect(items.find((i) => i.cls === 'downgraded')?.note).toMatch(
      /striped so it reads without colour, not a Watch List hatch/,
    );
  });
});

describe('the 2024 → 2025 comparison in the built data', () => {
  const core = coreDatasetSchema.parse(JSON.parse(readFileSync('public/data/core.json', 'utf8')));
  const index = indexCore(core);
  const changes = changesBetween(index, 2024, 2025, [...index.countries.keys()]);

  it('names Colombia as downgraded from Tier 1 to Tier 2', () => {
    expect(changes.find((c) => c.iso3 === 'COL')).toMatchObject({
      from: 'Tier 1',
      to: 'Tier 2',
      change: 'downgraded',
    });
  });

  it('draws no "Tier 1 or 2" in 2025, and every not-comparable country has a reason', () => {
    expect(changes.filter((c) => c.to === 'Tier 1 or 2')).toEqual([]);
    const s = notComparableSummary(changes, 2024, 2025);
    expect(s.parts.reduce((n, p) => n + p.count, 0)).toBe(
      changes.filter((c) => c.change === 'not comparable').length,
    );
  });

  it('carries the reason of each inferred 2025 tier', () => {
    const aut = changes.find((c) => c.iso3 === 'AUT');
    expect(aut?.toInferred).toBe(
      'inferred from the published count of 33 Tier 1 countries (on Tier 1 in 2024; no 2025 statement found)',
    );
  });
});
