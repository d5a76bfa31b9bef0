import { SmallMultiplesSvg } from '../../shared/charts/SmallMultiplesSvg';
import type { PanelInput } from '../../shared/charts/smallMultiples';
import type { ExportSpec } from '../../shared/export/exportTypes';
import type { Scale } from '../../state/urlState';

export const EXPORT_PATTERN_PREFIX = 'xt';

export const SCALE_WORD: Record<Scale, string> = { linear: 'linear scale', log: 'log scale' };

/**
 * The exported drawing of small-multiple panels: the same grid the view shows, `columns(width)` side by side in the
 * export's box.
 */
export const smallMultiplesChart =
  (
    panels: readonly PanelInput[],
    description: string,
    columns: (width: number) => number,
  ): ExportSpec['renderChart'] =>
  ({ width, height }) => (
    <SmallMultiplesSvg
      width={width}
      height={height}
      panels={panels}
      columns={columns(width)}
      ariaLabel={description}
      patternPrefix={EXPORT_PATTERN_PREFIX}
    />
  );
