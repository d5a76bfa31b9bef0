import { InteractiveTimeSeries } from './InteractiveTimeSeries';
import { gridLayout, type PanelInput } from './smallMultiples';
import { layoutTimeSeries } from './timeSeriesLayout';

interface Props {
  /** Width available to the whole grid. */
  width: number;
  panelHeight: number;
  panels: readonly PanelInput[];
  maxColumns?: number;
  minPanelWidth?: number;
  /** Accessible name and summary of each panel. */
  describe: (panel: PanelInput, index: number) => { label: string; ariaLabel: string };
}

/** Interactive small multiples on screen: the same panel layouts the export draws, one tab stop each. */
export function SmallMultiples({ width, panelHeight, panels, maxColumns, minPanelWidth, describe }: Props) {
  const grid = gridLayout(panels.length, width, panelHeight, { maxColumns, minWidth: minPanelWidth });
  return (
    <div
      className="small-multiples"
      style={{
        gridTemplateColumns: `repeat(${grid.columns}, ${Math.floor(grid.cells[0]?.width ?? width)}px)`,
      }}
    >
      {grid.cells.map((cell) => {
        const panel = panels[cell.index]!;
        const layout = layoutTimeSeries({ ...panel, width: Math.floor(cell.width), height: panelHeight });
        const d = describe(panel, cell.index);
        return (
          <InteractiveTimeSeries key={cell.index} layout={layout} label={d.label} ariaLabel={d.ariaLabel} />
        );
      })}
    </div>
  );
}
