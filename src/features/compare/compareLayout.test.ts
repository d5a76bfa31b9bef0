import { describe, expect, it } from 'vitest';
import {
  COMPARE_COLUMN_GAP,
  COMPARE_EXPORT_MIN_COLUMN_WIDTH,
  COMPARE_MIN_COLUMN_WIDTH,
} from './compareConstants';
import { compareGrid } from './compareLayout';

describe('compareGrid', () => {
  it('gives each country a column when every column gets the minimum width', () => {
    const width = 3 * COMPARE_MIN_COLUMN_WIDTH + 2 * COMPARE_COLUMN_GAP;
    expect(compareGrid(width, 3, COMPARE_MIN_COLUMN_WIDTH)).toEqual({
      stacked: false,
      columns: 3,
      columnWidth: COMPARE_MIN_COLUMN_WIDTH,
    });
  });

  it('stacks the countries one pixel short of that, each at the full width', () => {
    const width = 3 * COMPARE_MIN_COLUMN_WIDTH + 2 * COMPARE_COLUMN_GAP - 1;
    expect(compareGrid(width, 3, COMPARE_MIN_COLUMN_WIDTH)).toEqual({
      stacked: true,
      columns: 1,
      columnWidth: width,
    });
  });

  it('keeps an export box in columns down to the export’s narrower minimum', () => {
    const width = 4 * COMPARE_EXPORT_MIN_COLUMN_WIDTH + 3 * COMPARE_COLUMN_GAP;
    expect(compareGrid(width, 4, COMPARE_MIN_COLUMN_WIDTH).stacked).toBe(true);
    expect(compareGrid(width, 4, COMPARE_EXPORT_MIN_COLUMN_WIDTH).stacked).toBe(false);
  });

  it('splits the width left after the gaps into whole-pixel columns', () => {
    const grid = compareGrid(1000, 3, COMPARE_MIN_COLUMN_WIDTH);
    expect(grid.columnWidth).toBe(Math.floor((1000 - 2 * COMPARE_COLUMN_GAP) / 3));
    expect(grid.columns * grid.columnWidth + (grid.columns - 1) * COMPARE_COLUMN_GAP).toBeLessThanOrEqual(
      1000,
    );
  });
});
