import { SMALL_MULTIPLE_GAP, SMALL_MULTIPLE_MIN_WIDTH } from './chartConstants';
import { tierBlockHeight } from './timeSeriesLayout';
import type { TimeSeriesInput } from './timeSeriesTypes';

export type PanelInput = Omit<TimeSeriesInput, 'width' | 'height'>;

export interface GridCell {
  index: number;
  row: number;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GridLayout {
  columns: number;
  rows: number;
  cells: GridCell[];
}

/**
 * How many of n panels fit side by side in `width`, each at least `minWidth` wide with the grid's gaps between them
 * (at least one, at most `maxColumns`): the columns `gridLayout` uses, for callers that size a box before drawing.
 */
export function columnsThatFit(
  n: number,
  width: number,
  { maxColumns = n, minWidth = SMALL_MULTIPLE_MIN_WIDTH, gap = SMALL_MULTIPLE_GAP } = {},
): number {
  const fit = Math.max(1, Math.floor((width + gap) / (minWidth + gap)));
  return Math.max(1, Math.min(n, maxColumns, fit));
}

/**
 * Places n panels in a grid inside a box: as many columns as fit at the minimum panel width (at most `maxColumns`),
 * rows of equal height. Used on screen (panel sizes) and by the export (one SVG), so both match.
 */
export function gridLayout(
  n: number,
  width: number,
  height: number,
  { maxColumns = n, minWidth = SMALL_MULTIPLE_MIN_WIDTH, gap = SMALL_MULTIPLE_GAP } = {},
): GridLayout {
  if (n <= 0) return { columns: 0, rows: 0, cells: [] };
  const columns = columnsThatFit(n, width, { maxColumns, minWidth, gap });
  const rows = Math.ceil(n / columns);
  const cellWidth = (width - gap * (columns - 1)) / columns;
  const cellHeight = (height - gap * (rows - 1)) / rows;
  const cells = Array.from({ length: n }, (_, index) => {
    const row = Math.floor(index / columns);
    const column = index % columns;
    return {
      index,
      row,
      column,
      x: column * (cellWidth + gap),
      y: row * (cellHeight + gap),
      width: cellWidth,
      height: cellHeight,
    };
  });
  return { columns, rows, cells };
}

/**
 * Gives a row whose panels carry tier rows (Compare's first measure) the room those rows take, on top of an equal
 * share, so every row's plot gets the same height instead of the first one being squeezed under its strips.
 */
export function withTierRowRoom(grid: GridLayout, panels: readonly PanelInput[], height: number): GridLayout {
  if (grid.rows === 0) return grid;
  const extra = Array.from({ length: grid.rows }, (_, r) =>
    Math.max(
      0,
      ...grid.cells
        .filter((c) => c.row === r)
        .map((c) => tierBlockHeight(panels[c.index]?.tierRows?.length ?? 0)),
    ),
  );
  const totalExtra = extra.reduce((a, b) => a + b, 0);
  if (totalExtra === 0) return grid;
  const share = (height - SMALL_MULTIPLE_GAP * (grid.rows - 1) - totalExtra) / grid.rows;
  if (share <= 0) return grid;
  const top = extra.map(
    (_, r) => r * (share + SMALL_MULTIPLE_GAP) + extra.slice(0, r).reduce((a, b) => a + b, 0),
  );
  return {
    ...grid,
    cells: grid.cells.map((c) => ({ ...c, y: top[c.row]!, height: share + extra[c.row]! })),
  };
}
