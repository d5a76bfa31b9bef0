import { describe, expect, it } from 'vitest';
import { gridLayout } from './smallMultiples';

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
