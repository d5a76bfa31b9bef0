import { describe, expect, it } from 'vitest';
import { ALL_MEASURES, byMeasure, measureCounts, measureSummary } from './factMeasures';

const facts = [
  { id: 'a', metric: 'other' },
  { id: 'b', metric: 'convictions' },
  { id: 'c', metric: 'other' },
  { id: 'd', metric: 'other' },
  { id: 'e', metric: 'victims_identified' },
  { id: 'f', metric: 'convictions' },
] as const;

describe('measureCounts', () => {
  it('counts each measure, most first, with "Other figures" last whatever its count', () => {
    expect(measureCounts(facts)).toEqual([
      { metric: 'convictions', label: 'Convictions', count: 2 },
      { metric: 'victims_identified', label: 'Victims identified', count: 1 },
      { metric: 'other', label: 'Other figures', count: 3 },
    ]);
  });
});

describe('measureSummary', () => {
  it('reads as one line of measures and counts', () => {
    expect(measureSummary(facts)).toBe('By measure: Convictions 2 · Victims identified 1 · Other figures 3');
    expect(measureSummary([])).toBe('No figures');
  });
});

describe('byMeasure', () => {
  it('keeps the facts of one measure in their order, or all of them', () => {
    expect(byMeasure(facts, 'other').map((f) => f.id)).toEqual(['a', 'c', 'd']);
    expect(byMeasure(facts, ALL_MEASURES)).toHaveLength(6);
    expect(byMeasure(facts, 'arrests')).toEqual([]);
  });
});
