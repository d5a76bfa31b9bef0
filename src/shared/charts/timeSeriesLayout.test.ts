import { describe, expect, it } from 'vitest';
import type { LineSeriesSpec, MarkSpec } from './series';
import { layoutTimeSeries, TIER_ROWS_LABEL } from './timeSeriesLayout';

const series = (over: Partial<LineSeriesSpec> = {}): LineSeriesSpec => ({
  id: 'SRB-prosecuted',
  label: 'Serbia',
  shortLabel: 'SRB',
  colour: '#000',
  shape: 'circle',
  source: 'UNODC GLOTIP, May 2023 release',
  points: [
    { dataYear: 2004, value: 51 },
    { dataYear: 2005, value: 11 },
    { dataYear: 2007, value: 74 },
    { dataYear: 2008, value: '<5' },
  ],
  ...over,
});

const mark: MarkSpec = {
  id: 'doc-1',
  label: 'Serbia',
  shortLabel: 'SRB',
  colour: '#000',
  shape: 'star',
  dataYear: 2020,
  value: 42,
  valueText: '42',
  hollow: false,
  conflict: null,
  what: 'prosecutions',
  quotes: [{ quote: 'prosecuted 42 defendants', cite: 'Human Trafficking in Serbia' }],
  source: 'Document: Human Trafficking in Serbia',
};

const base = { width: 800, height: 400, xDomain: [2001, 2025] as const, yLabel: 'Persons prosecuted' };

describe('layoutTimeSeries', () => {
  it('draws no segment across a missing data year', () => {
    const layout = layoutTimeSeries({ ...base, series: [series()], scale: 'linear' });
    const runs = layout.lines[0]!.runs;
    expect(runs.map((r) => [r.fromYear, r.toYear])).toEqual([[2004, 2005]]);
    expect(runs.some((r) => r.fromYear <= 2006 && r.toYear >= 2006)).toBe(false);
  });

  it('places "<5" near the baseline, flagged nominal, and keeps it out of the domain', () => {
    const layout = layoutTimeSeries({
      ...base,
      series: [
        series({
          points: [
            { dataYear: 2003, value: '<5' },
            { dataYear: 2004, value: 7 },
          ],
        }),
      ],
      scale: 'log',
    });
    const lt5 = layout.lines[0]!.points.find((p) => p.value === '<5')!;
    expect(lt5.nominal).toBe(true);
    expect(lt5.y).toBe(layout.plot.bottom);
    expect(layout.y.domain).toEqual([1, 10]);
  });

  it('fits the domain to document marks as well as lines', () => {
    const layout = layoutTimeSeries({
      ...base,
      series: [series({ points: [{ dataYear: 2004, value: 20 }] })],
      marks: [{ ...mark, value: 420 }],
      scale: 'linear',
    });
    expect(layout.y.domain[1]).toBeGreaterThanOrEqual(420);
  });

  it('changes the axis between linear and log', () => {
    const input = { ...base, series: [series()], scale: 'linear' as const };
    const linear = layoutTimeSeries(input);
    const log = layoutTimeSeries({ ...input, scale: 'log' });
    expect(linear.y.ticks.map((t) => t.value)).toContain(0);
    expect(log.y.ticks.map((t) => t.value)).not.toContain(0);
    expect(log.y.kind).toBe('log');
  });

  it('lists every point of a data year, top to bottom, as one keyboard stop', () => {
    const layout = layoutTimeSeries({
      ...base,
      series: [series()],
      marks: [{ ...mark, dataYear: 2005, value: 30 }],
      scale: 'linear',
    });
    const stop = layout.stops.find((s) => s.dataYear === 2005)!;
    expect(stop.points.map((p) => p.ref.kind)).toEqual(['mark', 'series']);
    expect(layout.stops.map((s) => s.dataYear)).toEqual([2004, 2005, 2007, 2008]);
  });

  it('keeps tier rows on the same year axis as the points', () => {
    const layout = layoutTimeSeries({
      ...base,
      series: [series()],
      scale: 'linear',
      tierRows: [{ id: 'SRB', label: 'SRB', cells: [{ reportYear: 2005, cls: 'Tier 2' }] }],
    });
    expect(layout.x.leftEdge(2005) + layout.x.cellWidth / 2).toBe(
      layout.lines[0]!.points.find((p) => p.dataYear === 2005)!.x,
    );
    expect(layout.tierRows[0]!.y).toBeLessThan(layout.plot.top);
  });

  it('shortens the tier rows caption when the chart is too narrow to hold it', () => {
    const tierRows = [{ id: 'SRB', label: 'SRB', cells: [{ reportYear: 2005, cls: 'Tier 2' as const }] }];
    const wide = layoutTimeSeries({ ...base, series: [series()], scale: 'linear', tierRows });
    expect(wide.tierLabel).toBe(TIER_ROWS_LABEL);
    const narrow = layoutTimeSeries({ ...base, width: 280, series: [series()], scale: 'linear', tierRows });
    expect(narrow.tierLabel).toBe('TIP tier by report year');
  });

  it('uses short labels when the chart is narrow', () => {
    const layout = layoutTimeSeries({ ...base, width: 380, series: [series()], scale: 'linear' });
    expect(layout.labels[0]!.text).toBe('SRB');
  });

  it('reserves room for a capital-letter code label at the right edge', () => {
    const layout = layoutTimeSeries({
      ...base,
      width: 520,
      series: [series({ shortLabel: 'VNM' })],
      scale: 'linear',
    });
    // "VNM" in 12 px Inter 600 is about 29 px wide and starts 19 px right of the plot.
    expect(520 - layout.plot.right).toBeGreaterThanOrEqual(19 + 29 + 1.5);
  });

  it('honours a shared value domain', () => {
    const layout = layoutTimeSeries({ ...base, series: [series()], scale: 'linear', yDomain: [0, 1000] });
    expect(layout.y.domain).toEqual([0, 1000]);
  });
});
