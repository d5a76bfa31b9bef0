import { TierPatterns } from '../TierPatterns';
import { CHART_FONT, CHART_INK, FONT_SIZE } from './chartConstants';
import { gridLayout, withTierRowRoom, type PanelInput } from './smallMultiples';
import { TimeSeriesBody } from './TimeSeriesChart';
import { layoutTimeSeries } from './timeSeriesLayout';

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
