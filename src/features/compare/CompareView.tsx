import { useDeferredValue, useMemo, useState } from 'react';
import { useCore, useFacts, useUnodc } from '../../data/loaders';
import type { CoreDataset, FactsDataset, UnodcDataset } from '../../data/schema';
import { countryIdentities, UNODC_ATTRIBUTION } from '../../shared/charts/countryData';
import { CountrySelection } from '../../shared/charts/CountrySelection';
import { EncodingLegend, TierLegend } from '../../shared/charts/Legends';
import { SegmentedControl } from '../../shared/charts/SegmentedControl';
import { useElementWidth, useMountWidth } from '../../shared/charts/useElementWidth';
import { CompareFrame } from './CompareFrame';
import { DataState, LoadingState } from '../../shared/DataState';
import { countryName, indexCore, type CoreIndex } from '../../shared/datasetSelectors';
import { TIERS_CAVEAT_SHORT } from '../../shared/tierConstants';
import { MAX_COUNTRIES, type CompareScale, type CompareShow, type Scale } from '../../state/urlState';
import { useViewStore } from '../../state/viewStore';
import {
  COMPARE_COLUMN_GAP,
  COMPARE_MAX,
  COMPARE_MIN,
  COMPARE_MIN_COLUMN_WIDTH,
  COMPARE_SCALE_OPTIONS,
  COMPARE_SHOW_OPTIONS,
  FALLBACK_WIDTH,
  SCALE_OPTIONS,
  SUGGESTED_COMPARISON,
} from './compareConstants';
import { compareChartDescription } from './compareChart';
import { compareExportSpec, compareViewSize } from './compareExport';
import { compareTiersExportSpec } from './compareTiersExport';
import { CompareTierHistory } from './CompareTierHistory';
import { ExportButton } from '../../shared/export/ExportButton';
import { DifferenceView } from './DifferenceView';
import { CountryColumn } from './CompareColumn';
import { CompareTables } from './CompareTables';
import { compareGrid } from './compareLayout';
import { compareModel, type CompareModel } from './compareModel';
import './compare.css';

export default function CompareView() {
  const core = useCore();
  const unodc = useUnodc();
  const facts = useFacts();
  // Drawing the comparison is this view's longest piece of work. Rendered at transition priority (a deferred
  // value), React splits it into short tasks, so the page keeps answering input while it draws.
  // The comparison's width (it fills the view), measured as it mounts: its charts are drawn at it at once.
  const [viewRef, viewWidth, widthSettled] = useMountWidth<HTMLElement>();
  const dataIn = !core.isPending && !unodc.isPending && !facts.isPending;
  const draw = useDeferredValue(dataIn && widthSettled, false);
  return (
    <CompareFrame ref={viewRef}>
      {dataIn && !draw ? (
        <LoadingState what="comparison" />
      ) : (
        <DataState query={core} what="tier data (core.json)">
          {(coreData) => (
            <DataState query={unodc} what="UNODC country data (unodc.json)">
              {(unodcData) => (
                <DataState query={facts} what="document facts (facts.json)">
                  {(factsData) => (
                    <CompareFromStore
                      core={coreData}
                      unodc={unodcData}
                      facts={factsData}
                      expectedWidth={viewWidth}
                    />
                  )}
                </DataState>
              )}
            </DataState>
          )}
        </DataState>
      )}
    </CompareFrame>
  );
}

function CompareFromStore(props: {
  core: CoreDataset;
  unodc: UnodcDataset;
  facts: FactsDataset;
  expectedWidth: number | null;
}) {
  const countries = useViewStore((s) => s.countries);
  const scale = useViewStore((s) => s.scale);
  const compareScale = useViewStore((s) => s.compareScale);
  const compareShow = useViewStore((s) => s.compareShow);
  const reportYear = useViewStore((s) => s.reportYear);
  const set = useViewStore((s) => s.set);
  const addCountry = useViewStore((s) => s.addCountry);
  const removeCountry = useViewStore((s) => s.removeCountry);
  const moveCountry = useViewStore((s) => s.moveCountry);
  return (
    <CompareBody
      {...props}
      selection={countries}
      scale={scale}
      compareScale={compareScale}
      compareShow={compareShow}
      reportYear={reportYear}
      onScale={(s) => set({ scale: s })}
      onCompareScale={(s) => set({ compareScale: s })}
      onCompareShow={(s) => set({ compareShow: s })}
      onAdd={addCountry}
      onRemove={removeCountry}
      onMove={moveCountry}
      onReplace={(isos) => set({ countries: isos })}
    />
  );
}

interface BodyProps {
  core: CoreDataset;
  unodc: UnodcDataset;
  facts: FactsDataset;
  selection: readonly string[];
  scale: Scale;
  compareScale: CompareScale;
  /** Everything, or the tier history alone (`show=tiers`: up to six countries, core.json only). */
  compareShow: CompareShow;
  /** The report year the user chose (the link's `year`); null: the latest. */
  reportYear?: number | null;
  onScale: (s: Scale) => void;
  onCompareScale: (s: CompareScale) => void;
  onCompareShow: (s: CompareShow) => void;
  onAdd: (iso3: string) => void;
  onRemove: (iso3: string) => void;
  onMove: (iso3: string, delta: -1 | 1) => void;
  onReplace: (isos: string[]) => void;
  /** The width the comparison will have, if known before it is drawn (useElementWidth). */
  expectedWidth?: number | null;
}

function CompareBody(props: BodyProps) {
  const { core, unodc, facts, selection, scale, compareScale, reportYear = null } = props;
  const tiersOnly = props.compareShow === 'tiers';
  const index = useMemo(() => indexCore(core), [core]);
  const [ref, width] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH, props.expectedWidth);
  const selected = useMemo(() => countryIdentities(index, selection), [index, selection]);
  // The tier history needs none of the comparison's charts, columns or tables.
  const model = useMemo(
    () =>
      tiersOnly
        ? null
        : compareModel(
            { core, index, unodc, facts },
            { countries: selection, scale, compareScale, reportYear },
          ),
    [tiersOnly, core, index, unodc, facts, selection, scale, compareScale, reportYear],
  );
  const max = model ? COMPARE_MAX : MAX_COUNTRIES;
  const countries = model ? model.countries : selected.slice(0, MAX_COUNTRIES);
  const extra = model ? model.extra : selection.length - countries.length;
  const comparable = model ? model.comparable : countries.length >= COMPARE_MIN;

  return (
    <>
      <div className="view-controls">
        <CountrySelection
          label={`Add a country (${COMPARE_MIN} to ${max})`}
          all={core.countries}
          selected={selected}
          max={max}
          onAdd={props.onAdd}
          onRemove={props.onRemove}
          onMove={props.onMove}
        />
        <SegmentedControl
          legend="Show"
          options={COMPARE_SHOW_OPTIONS}
          value={props.compareShow}
          onChange={props.onCompareShow}
        />
        {model && (
          <>
            <SegmentedControl
              legend="Y-scale"
              options={COMPARE_SCALE_OPTIONS}
              value={compareScale}
              onChange={props.onCompareScale}
            />
            <SegmentedControl legend="Scale" options={SCALE_OPTIONS} value={scale} onChange={props.onScale} />
          </>
        )}
        {comparable && (
          <ExportButton
            getSpec={() =>
              !model
                ? compareTiersExportSpec({
                    core,
                    countries: selection,
                    reportYear,
                    viewSize: compareViewSize(width, Math.min(countries.length, COMPARE_MAX)),
                  })
                : compareExportSpec({
                    core,
                    unodc,
                    facts,
                    countries: selection,
                    scale,
                    compareScale,
                    viewSize: compareViewSize(width, Math.min(countries.length, COMPARE_MAX)),
                  })
            }
          />
        )}
      </div>
      {extra > 0 && (
        <p className="note-box" role="note">
          Compare shows the first {max} of your {selection.length} countries (
          {countries.map((c) => c.name).join(', ')}); Trends shows all of them. Move a country earlier to
          compare it.
        </p>
      )}
      <div ref={ref} className="chart-width-probe">
        {!comparable ? (
          <div className="empty-selection">
            <p>
              {countries.length === 0
                ? `Pick ${COMPARE_MIN} to ${max} countries to put them side by side.`
                : `Add at least one more country to compare with ${countries[0]!.name}.`}
            </p>
            <button type="button" onClick={() => props.onReplace([...SUGGESTED_COMPARISON])}>
              Compare {SUGGESTED_COMPARISON.map((iso3) => countryName(index, iso3)).join(', ')}
            </button>
          </div>
        ) : !model ? (
          <CompareTierHistory index={index} selection={selection} reportYear={reportYear} width={width} />
        ) : (
          <Comparison
            core={core}
            unodc={unodc}
            facts={facts}
            index={index}
            model={model}
            scale={scale}
            compareScale={compareScale}
            width={width}
          />
        )}
      </div>
    </>
  );
}

interface ComparisonProps {
  core: CoreDataset;
  unodc: UnodcDataset;
  facts: FactsDataset;
  index: CoreIndex;
  model: CompareModel;
  scale: Scale;
  compareScale: CompareScale;
  width: number;
}

function Comparison({ core, unodc, facts, index, model, scale, compareScale, width }: ComparisonProps) {
  const { countries, columns, source, xDomain, conflicts, summary } = model;
  const { stacked, columnWidth } = compareGrid(width, countries.length, COMPARE_MIN_COLUMN_WIDTH);
  const [pair, setPair] = useState<[string, string] | null>(null);

  return (
    <>
      <div
        className={stacked ? 'compare-columns stacked' : 'compare-columns'}
        style={{
          gridTemplateColumns: stacked ? '1fr' : `repeat(${countries.length}, ${columnWidth}px)`,
          columnGap: COMPARE_COLUMN_GAP,
        }}
        data-layout={stacked ? 'stacked' : 'columns'}
      >
        {columns.map((column) => (
          <CountryColumn
            key={column.country.iso3}
            core={core}
            column={column}
            width={columnWidth}
            xDomain={xDomain}
            unodcSource={source}
            conflicts={conflicts}
          />
        ))}
      </div>

      <EncodingLegend source={source} />
      <TierLegend prefix="compare-tier-legend" />
      <p className="chart-source">
        {UNODC_ATTRIBUTION} ({source}). Stars: the source documents quoted in each column. Tiers: U.S.
        Department of State, Trafficking in Persons Report, by report year. {TIERS_CAVEAT_SHORT}{' '}
        {model.scaleNote}
      </p>
      <p className="visually-hidden">
        {compareChartDescription({
          core,
          unodc,
          facts,
          countries: countries.map((c) => c.iso3),
          scale,
          compareScale,
        })}
      </p>

      <section className="compare-summary" aria-labelledby="compare-summary-title">
        <h2 id="compare-summary-title">Summary</h2>
        {summary.map((s) => (
          <p key={s.id} data-summary={s.id}>
            <strong>{s.heading}.</strong> {s.sentences.join(' ')}
          </p>
        ))}
        <p className="muted small">
          Generated from the data shown below; it says nothing the data do not hold.
        </p>
      </section>

      <CompareTables tables={model.tables} />

      <DifferenceView
        core={core}
        index={index}
        unodc={unodc}
        countries={countries}
        pair={pair}
        onPair={setPair}
        width={width}
      />
    </>
  );
}
