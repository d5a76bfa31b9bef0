import { SMALL_MULTIPLE_GAP, SMALL_MULTIPLE_MIN_WIDTH } from './chartConstants';

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
