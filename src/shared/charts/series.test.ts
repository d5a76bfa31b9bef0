import { describe, expect, it } from 'vitest';
import { dodgeLabels, labelAnchor, lessThanFiveLabelYears, lineRuns, numericValues } from './series';

describe('lineRuns', () => {
  it('joins only neighbouring data years, so a missing year leaves a gap', () => {
    const runs = lineRuns([
      { dataYear: 2003, value: 10 },
      { dataYear: 2004, value: 12 },
      { dataYear: 2006, value: 9 },
      { dataYear: 2007, value: 8 },
    ]);
    expect(runs.map((r) => r.points.map((p) => p.dataYear))).toEqual([
      [2003, 2004],
      [2006, 2007],
    ]);
  });

  it('breaks the line at "<5", which has no position to join', () => {
    const runs = lineRuns([
      { dataYear: 2003, value: 10 },
      { dataYear: 2004, value: '<5' },
      { dataYear: 2005, value: 11 },
      { dataYear: 2006, value: 13 },
    ]);
    expect(runs.map((r) => r.points.map((p) => p.dataYear))).toEqual([[2005, 2006]]);
  });

  it('dashes the link between points of different groups (editions)', () => {
    const runs = lineRuns([
      { dataYear: 2013, value: 1, group: 'a' },
      { dataYear: 2014, value: 2, group: 'a' },
      { dataYear: 2015, value: 3, group: 'b' },
      { dataYear: 2016, value: 4, group: 'b' },
    ]);
    expect(runs.map((r) => [r.dashed, r.points.map((p) => p.dataYear)])).toEqual([
      [false, [2013, 2014]],
      [true, [2014, 2015]],
      [false, [2015, 2016]],
    ]);
  });

  it('sorts points by data year first', () => {
    const runs = lineRuns([
      { dataYear: 2005, value: 1 },
      { dataYear: 2004, value: 2 },
    ]);
    expect(runs[0]!.points.map((p) => p.dataYear)).toEqual([2004, 2005]);
  });
});

describe('lessThanFiveLabelYears', () => {
  it('labels the first year of each run of "<5"', () => {
    const years = lessThanFiveLabelYears([
      { dataYear: 2003, value: '<5' },
      { dataYear: 2004, value: '<5' },
      { dataYear: 2005, value: 7 },
      { dataYear: 2006, value: '<5' },
    ]);
    expect([...years]).toEqual([2003, 2006]);
  });
});

describe('numericValues', () => {
  it('leaves "<5" out of domain maths', () => {
    expect(
      numericValues([
        { dataYear: 2003, value: '<5' },
        { dataYear: 2004, value: 40 },
      ]),
    ).toEqual([40]);
  });
});

describe('labelAnchor', () => {
  it('anchors the label at the last number, not at a trailing "<5"', () => {
    expect(
      labelAnchor([
        { dataYear: 2003, value: 8 },
        { dataYear: 2004, value: '<5' },
      ])?.dataYear,
    ).toBe(2003);
  });
});

describe('dodgeLabels', () => {
  it('keeps labels at least the gap apart and inside the box', () => {
    const out = dodgeLabels(
      [
        { id: 'a', y: 100 },
        { id: 'b', y: 101 },
        { id: 'c', y: 199 },
      ],
      14,
      0,
      200,
    );
    const ys = out.map((o) => o.labelY);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(14);
    expect(Math.max(...ys)).toBeLessThanOrEqual(200);
  });
});
