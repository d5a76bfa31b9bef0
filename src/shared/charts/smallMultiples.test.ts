import { withTierRowRoom, type PanelInput } from './smallMultiples';
import { layoutTimeSeries } from './timeSeriesLayout';
import { describe, expect, it } from 'vitest';
import { columnsThatFit, gridLayout } from './smallMultiples';

describe('gridLayout', () => {
  it('puts as many panels in a row as fit at the minimum width', () => {
    const g = gridLayout(3, 1000, 200, { minWidth: 300, gap: 10 });
    expect(g.columns).toBe(3);
    expect(g.cells[2]!.x).toBeCloseTo(2 * ((1000 - 20) / 3 + 10));
  });

  it('stacks panels in one column when the box is narrow', () => {
    const g = gridLayout(3, 390, 600, { minWidth: 300, gap: 10 });
    expect(g.columns).toBe(1);
    expect(g.rows).toBe(3);
    expect(g.cells.map((c) => c.x)).toEqual([0, 0, 0]);
  });

  it('respects a maximum number of columns', () => {
    expect(gridLayout(4, 2000, 200, { maxColumns: 2, minWidth: 100 }).columns).toBe(2);
  });
});

describe('columnsThatFit', () => {
  it('counts the gaps, as gridLayout does: three 300 px panels do not fit side by side in 900 px', () => {
    expect(columnsThatFit(3, 900, { minWidth: 300, gap: 16 })).toBe(2);
    expect(columnsThatFit(3, 932, { minWidth: 300, gap: 16 })).toBe(3);
    for (const width of [280, 600, 900, 931, 932, 1400])
      expect(columnsThatFit(3, width, { minWidth: 300 })).toBe(
        gridLayout(3, width, 100, { minWidth: 300 }).columns,
      );
  });
});

describe('withTierRowRoom', () => {
  it('gives the row carrying tier strips their room, so every row plots at the same height', () => {
    const panel = (withTiers: boolean): PanelInput => ({
      xDomain: [2001, 2025],
      scale: 'linear',
      yLabel: '',
      series: [],
      tierRows: withTiers ? [{ id: 'SRB', label: 'SRB', cells: [{ reportYear: 2005, cls: 'Tier 2' }] }] : [],
    });
    const panels = [panel(true), panel(true), panel(false), panel(false), panel(false), panel(false)];
    const grid = withTierRowRoom(gridLayout(6, 1200, 900, { maxColumns: 2, minWidth: 0 }), panels, 900);
    const plotHeights = grid.cells.map((c) => {
      const { plot } = layoutTimeSeries({ ...panels[c.index]!, width: c.width, height: c.height });
      return plot.bottom - plot.top;
    });
    for (const h of plotHeights) expect(h).toBeCloseTo(plotHeights[0]!, 5);
    const last = grid.cells.at(-1)!;
    expect(last.y + last.height).toBeCloseTo(900, 5);
  });
});
