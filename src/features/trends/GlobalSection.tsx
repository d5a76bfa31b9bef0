import { useMemo } from 'react';
import type { CoreDataset } from '../../data/schema';
import { ChartTable } from '../../shared/charts/ChartTable';
import { SegmentedControl } from '../../shared/charts/SegmentedControl';
import { SmallMultiples } from '../../shared/charts/SmallMultiples';
import { columnsThatFit } from '../../shared/charts/smallMultiples';
import { useElementWidth } from '../../shared/charts/useElementWidth';
import type { Scale } from '../../state/urlState';
import { useViewStore } from '../../state/viewStore';
import {
  FALLBACK_WIDTH,
  GLOBAL_CAVEAT,
  GLOBAL_MEASURES,
  GLOBAL_MIN_PANEL_WIDTH,
  GLOBAL_PANEL_HEIGHT,
  SCALE_OPTIONS,
} from './trendsConstants';
import { globalModel } from './trendsModel';
import { globalTrendsExportSpec } from './trendsExport';
import { ExportButton } from '../../shared/export/ExportButton';

/** The on-screen size of the global panels: one column per measure where they fit at 300 px, as SmallMultiples lays them out. */
const globalViewSize = (width: number) => {
  const columns = columnsThatFit(GLOBAL_MEASURES.length, width, { minWidth: GLOBAL_MIN_PANEL_WIDTH });
  return { width, height: Math.ceil(GLOBAL_MEASURES.length / columns) * GLOBAL_PANEL_HEIGHT };
};

export function GlobalSection(props: { core: CoreDataset; scale: Scale; expectedWidth?: number | null }) {
  const { core, scale } = props;
  const [ref, width] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH, props.expectedWidth);
  const setState = useViewStore((s) => s.set);
  const model = useMemo(() => globalModel(core, scale), [core, scale]);
  return (
    <section className="trends-global" aria-labelledby="trends-global-title">
      <h2 id="trends-global-title">Worldwide: TIP Report global law-enforcement data</h2>
      <div className="view-controls">
        <SegmentedControl
          legend="Scale"
          options={SCALE_OPTIONS}
          value={scale}
          onChange={(s) => setState({ scale: s })}
        />
        <ExportButton
          getSpec={() => globalTrendsExportSpec({ core, scale, viewSize: globalViewSize(width) })}
        />
      </div>
      <p className="caveat">{GLOBAL_CAVEAT}</p>
      <div ref={ref} className="chart-width-probe">
        <SmallMultiples
          width={width}
          panelHeight={GLOBAL_PANEL_HEIGHT}
          panels={model.panels}
          minPanelWidth={GLOBAL_MIN_PANEL_WIDTH}
          describe={(p) => ({
            label: `${p.title} by data year`,
            ariaLabel: `${p.title} by data year, all forms and labour trafficking, from the TIP Report edition named for each point. The table below gives every value.`,
          })}
        />
      </div>
      <p className="chart-source">
        Source: U.S. Department of State, Trafficking in Persons Report, global law-enforcement data
        {model.citation ? ` (${model.citation})` : ''}. Solid marker: all forms; hollow marker and dashed
        line: labour trafficking. Data years 2003–2014 come from a compilation of the 2007 and 2016 editions
        that does not say which edition each year is from (“2007/2016 editions”).
      </p>
      <p className="chart-source">Editions by data year: {model.editions}.</p>
      <ChartTable {...model.table} />
    </section>
  );
}
