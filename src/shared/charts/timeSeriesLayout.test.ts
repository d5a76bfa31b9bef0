import { describe, expect, it } from 'vitest';
import type { LineSeriesSpec, MarkSpec } from './series';
import { MARKER_SIZE } from './chartConstants';
import {
  directLabelWidth,
  nominalLabelBox,
  TIER_ROWS_LABEL,
  TIER_ROWS_LABEL_SHORT,
  wrapWords,
} from './timeSeriesLabels';
import { layoutTimeSeries } from './timeSeriesLayout';

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

  it('prints "<5" above its own marker, clear of the neighbouring years, even in a narrow panel', () => {
    // Serbia's prosecutions in a Compare column at 390 px: "<5" in 2003 next to 51 and 11, on a 0–400 axis.
    const layout = layoutTimeSeries({
      ...base,
      width: 340,
      height: 180,
      yDomain: [0, 400],
      series: [
        series({
          points: [
            { dataYear: 2003, value: '<5' },
            { dataYear: 2004, value: 51 },
            { dataYear: 2005, value: 11 },
            { dataYear: 2017, value: '<5' },
            { dataYear: 2018, value: 20 },
          ],
        }),
      ],
      scale: 'linear',
    });
    const points = layout.lines[0]!.points;
    const labelled = points.filter((p) => p.label);
    expect(labelled.map((p) => [p.dataYear, p.label!.text])).toEqual([
      [2003, '<5'],
      [2017, '<5'],
    ]);
    for (const p of labelled) {
      const box = nominalLabelBox(p.label!);
      for (const q of points.filter((o) => o !== p)) {
        const overlaps =
          box.left < q.x + MARKER_SIZE / 2 &&
          box.right > q.x - MARKER_SIZE / 2 &&
          box.top < q.y + MARKER_SIZE / 2 &&
          box.bottom > q.y - MARKER_SIZE / 2;
        expect({ label: p.dataYear, marker: q.dataYear, overlaps }).toEqual({
          label: p.dataYear,
          marker: q.dataYear,
          overlaps: false,
        });
      }
      // And clear of its own marker.
      expect(box.bottom).toBeLessThanOrEqual(p.y - MARKER_SIZE / 2);
    }
  });

  it('on a log axis with "<5", reaches down to 1 so the baseline does not read as a larger count', () => {
    const layout = layoutTimeSeries({
      ...base,
      series: [
        series({
          points: [
            { dataYear: 2003, value: '<5' },
            { dataYear: 2004, value: 51 },
            { dataYear: 2005, value: 11 },
          ],
        }),
      ],
      scale: 'log',
    });
    expect(layout.y.domain[0]).toBe(1);
    expect(layout.y.ticks[0]!.label).toBe('1');
    const withoutLt5 = layoutTimeSeries({
      ...base,
      series: [
        series({
          points: [
            { dataYear: 2004, value: 51 },
            { dataYear: 2005, value: 11 },
          ],
        }),
      ],
      scale: 'log',
    });
    expect(withoutLt5.y.domain[0]).toBe(10);
  });

  it('labels a document zero on a log axis instead of letting it sit on the baseline unlabelled', () => {
    const layout = layoutTimeSeries({
      ...base,
      series: [series({ points: [{ dataYear: 2004, value: 51 }] })],
      marks: [{ ...mark, value: 0, valueText: '0' }],
      scale: 'log',
    });
    expect(layout.marks[0]!.nominal).toBe(true);
    expect(layout.marks[0]!.label?.text).toBe('0');
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
    expect(narrow.tierLabel).toBe(TIER_ROWS_LABEL_SHORT);
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

describe('wrapWords', () => {
  it('breaks a title at spaces so each line fits', () => {
    const title = 'Investigations (source documents only; UNODC has no such series)';
    const lines = wrapWords(title, 300, 7.2);
    expect(lines.join(' ')).toBe(title);
    for (const line of lines) expect(line.length * 7.2).toBeLessThanOrEqual(300);
    expect(lines.length).toBe(2);
  });

  it('keeps a title that fits on one line', () => {
    expect(wrapWords('Serbia: by sex', 300, 7.2)).toEqual(['Serbia: by sex']);
  });
});

describe('layoutTimeSeries title and labels at 366 px', () => {
  const narrow = { ...base, width: 366, height: 200 };

  it('wraps a long panel title and moves the plot down for it', () => {
    const one = layoutTimeSeries({ ...narrow, title: 'Investigations', series: [series()], scale: 'linear' });
    const two = layoutTimeSeries({
      ...narrow,
      title: 'Investigations (source documents only; UNODC has no such series)',
      series: [series()],
      scale: 'linear',
    });
    expect(one.titleLines).toHaveLength(1);
    expect(two.titleLines.length).toBeGreaterThan(1);
    expect(two.plot.top).toBeGreaterThan(one.plot.top);
  });

  it('leaves room for a capitals-only direct label such as "VNM"', () => {
    const layout = layoutTimeSeries({
      ...narrow,
      series: [series({ label: 'Vietnam', shortLabel: 'VNM' })],
      scale: 'linear',
    });
    // Text starts 19 px right of the plot (gap, marker); "VNM" at 12 px semibold is about 30 px wide.
    expect(layout.width - (layout.plot.right + 19)).toBeGreaterThanOrEqual(30);
    expect(directLabelWidth('VNM')).toBeGreaterThan(directLabelWidth('Vnm'));
  });
});

describe('layoutTimeSeries with nothing to draw', () => {
  it('says so in the plot instead of showing a bare axis', () => {
    const layout = layoutTimeSeries({
      ...base,
      series: [series({ points: [] })],
      scale: 'linear',
      emptyText: 'UNODC publishes no breakdown by sex for Vietnam',
    });
    expect(layout.empty?.lines.join(' ')).toBe('UNODC publishes no breakdown by sex for Vietnam');
    expect(layout.empty!.y).toBeGreaterThan(layout.plot.top);
    expect(layout.empty!.y).toBeLessThan(layout.plot.bottom);
  });

  it('counts a document mark or a "<5" as something to draw', () => {
    const withMark = layoutTimeSeries({
      ...base,
      series: [series({ points: [] })],
      marks: [mark],
      scale: 'linear',
    });
    expect(withMark.empty).toBeNull();
    const withLt5 = layoutTimeSeries({
      ...base,
      series: [series({ points: [{ dataYear: 2010, value: '<5' }] })],
      scale: 'linear',
    });
    expect(withLt5.empty).toBeNull();
  });

  it('ignores values outside the x domain when deciding', () => {
    const layout = layoutTimeSeries({
      ...base,
      xDomain: [2015, 2020],
      series: [series({ points: [{ dataYear: 2004, value: 51 }] })],
      scale: 'linear',
    });
    expect(layout.empty?.lines.join(' ')).toBe('No data for these years');
  });
});
