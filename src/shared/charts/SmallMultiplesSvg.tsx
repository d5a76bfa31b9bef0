import { TierPatterns } from '../TierPatterns';
import { CHART_FONT, CHART_INK, FONT_SIZE, SMALL_MULTIPLE_GAP } from './chartConstants';
import { gridLayout, type GridLayout } from './smallMultiples';
import { TimeSeriesBody } from './TimeSeriesChart';
import { layoutTimeSeries, tierBlockHeight, type TimeSeriesInput } from './timeSeriesLayout';

export type PanelInput = Omit<TimeSeriesInput, 'width' | 'height'>;

interface Props {
  width: number;
  height: number;
  panels: readonly PanelInput[];
  /** Columns of the grid; rows follow. */
  columns: number;
  /** Printed above the grid (e.g. the country names of Compare's columns). */
  columnTitles?: readonly string[];
  ariaLabel: string;
  patternPrefix?: string;
}

const COLUMN_TITLE_BLOCK = FONT_SIZE.panelTitle + 12;

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

/**
 * Several time-series panels in one SVG, each laid out by the same function the screen uses. This is what the
 * export renders at slide size.
 */
export function SmallMultiplesSvg({
  width,
  height,
  panels,
  columns,
  columnTitles,
  ariaLabel,
  patternPrefix = 'smp',
}: Props) {
  const titleBlock = columnTitles?.length ? COLUMN_TITLE_BLOCK : 0;
  const grid = withTierRowRoom(
    gridLayout(panels.length, width, height - titleBlock, { maxColumns: columns, minWidth: 0 }),
    panels,
    height - titleBlock,
  );
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={ariaLabel}>
      <TierPatterns prefix={patternPrefix} />
      {columnTitles?.map((t, i) => {
        const cell = grid.cells[i];
        if (!cell) return null;
        return (
          <text
            key={t}
            x={cell.x + 4}
            y={FONT_SIZE.panelTitle + 2}
            fontFamily={CHART_FONT}
            fontSize={FONT_SIZE.panelTitle + 2}
            fontWeight={700}
            fill={CHART_INK}
          >
            {t}
          </text>
        );
      })}
      {grid.cells.map((cell) => {
        const panel = panels[cell.index]!;
        const layout = layoutTimeSeries({ ...panel, width: cell.width, height: cell.height });
        return (
          <g key={cell.index} transform={`translate(${cell.x},${cell.y + titleBlock})`}>
            <TimeSeriesBody layout={layout} patternPrefix={patternPrefix} />
          </g>
        );
      })}
    </svg>
  );
}
