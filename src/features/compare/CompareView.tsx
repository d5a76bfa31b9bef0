import { useMemo, useState } from 'react';
import { useCore, useFacts, useUnodc } from '../../data/loaders';
import type { CoreDataset, FactsDataset, UnodcDataset } from '../../data/schema';
import { ChartTable } from '../../shared/charts/ChartTable';
import {
  METRIC_INDICATOR,
  METRIC_LABEL,
  UNODC_ATTRIBUTION,
  countryIdentities,
  factsWithComparison,
  seriesTableRows,
  unodcSourceLabel,
  type CountryIdentity,
} from '../../shared/charts/countryData';
import { CountrySelection } from '../../shared/charts/CountrySelection';
import { DocumentFactList } from '../../shared/charts/DocumentFactList';
import { InteractiveTimeSeries } from '../../shared/charts/InteractiveTimeSeries';
import { EncodingLegend, TierLegend } from '../../shared/charts/Legends';
import { MarkerSwatch } from '../../shared/charts/Marker';
import { SegmentedControl } from '../../shared/charts/SegmentedControl';
import type { PanelInput } from '../../shared/charts/smallMultiples';
import { TierStripChart } from '../../shared/charts/TierStripChart';
import { layoutTimeSeries } from '../../shared/charts/timeSeriesLayout';
import { useElementWidth } from '../../shared/charts/useElementWidth';
import { DataState } from '../../shared/DataState';
import { countryName, indexCore, type CoreIndex } from '../../shared/datasetSelectors';
import { TIER_CLASS_LABEL, TIERS_CAVEAT_SHORT } from '../../shared/tierConstants';
import { tierHistory } from '../../shared/tierHistory';
import type { CompareScale, Scale } from '../../state/urlState';
import { useViewStore } from '../../state/viewStore';
import { FACT_METRICS } from '../../data/schema';
import {
  COMPARE_COLUMN_GAP,
  COMPARE_MAX,
  COMPARE_METRICS,
  COMPARE_MIN,
  COMPARE_MIN_COLUMN_WIDTH,
  COMPARE_PANEL_HEIGHT,
  COMPARE_SCALE_OPTIONS,
  FALLBACK_WIDTH,
  SCALE_OPTIONS,
  SUGGESTED_COMPARISON,
} from './compareConstants';
import { compareChartDescription } from './compareChart';
import { compareExportSpec, compareViewSize } from './compareExport';
import { ExportButton } from '../../shared/export/ExportButton';
import { DifferenceView } from './DifferenceView';
import {
  compareCountries,
  comparePanels,
  compareSummary,
  compareXDomain,
  latestTier,
  sourcesUsed,
  type LatestTier,
} from './compareSelectors';
import './compare.css';

export default function CompareView() {
  const core = useCore();
  const unodc = useUnodc();
  const facts = useFacts();
  return (
    <section className="compare-view" aria-labelledby="compare-title">
      <h1 id="compare-title">Compare</h1>
      <p className="lede">
        Two to four countries side by side: TIP tiers by report year, and UNODC’s detected victims, persons
        prosecuted and persons convicted by data year, with what the source documents say.
      </p>
      <DataState query={core} what="tier data (core.json)">
        {(coreData) => (
          <DataState query={unodc} what="UNODC country data (unodc.json)">
            {(unodcData) => (
              <DataState query={facts} what="document facts (facts.json)">
                {(factsData) => <CompareFromStore core={coreData} unodc={unodcData} facts={factsData} />}
              </DataState>
            )}
          </DataState>
        )}
      </DataState>
    </section>
  );
}

function CompareFromStore(props: { core: CoreDataset; unodc: UnodcDataset; facts: FactsDataset }) {
  const countries = useViewStore((s) => s.countries);
  const scale = useViewStore((s) => s.scale);
  const compareScale = useViewStore((s) => s.compareScale);
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
      onScale={(s) => set({ scale: s })}
      onCompareScale={(s) => set({ compareScale: s })}
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
  onScale: (s: Scale) => void;
  onCompareScale: (s: CompareScale) => void;
  onAdd: (iso3: string) => void;
  onRemove: (iso3: string) => void;
  onMove: (iso3: string, delta: -1 | 1) => void;
  onReplace: (isos: string[]) => void;
}

function CompareBody(props: BodyProps) {
  const { core, unodc, facts, selection, scale, compareScale } = props;
  const index = indexCore(core);
  const [ref, width] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH);
  const selected = useMemo(() => countryIdentities(index, selection), [index, selection]);
  const countries = useMemo(() => compareCountries(index, selection), [index, selection]);
  const extra = selection.length - countries.length;

  return (
    <>
      <div className="view-controls">
        <CountrySelection
          label={`Add a country (${COMPARE_MIN} to ${COMPARE_MAX})`}
          all={core.countries}
          selected={selected}
          max={COMPARE_MAX}
          onAdd={props.onAdd}
          onRemove={props.onRemove}
          onMove={props.onMove}
        />
        <SegmentedControl
          legend="Y-scale"
          options={COMPARE_SCALE_OPTIONS}
          value={compareScale}
          onChange={props.onCompareScale}
        />
        <SegmentedControl legend="Scale" options={SCALE_OPTIONS} value={scale} onChange={props.onScale} />
        {countries.length >= COMPARE_MIN && (
          <ExportButton
            getSpec={() =>
              compareExportSpec({
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
          Compare shows the first {COMPARE_MAX} of your {selection.length} countries (
          {countries.map((c) => c.name).join(', ')}); Trends shows all of them. Move a country earlier to
          compare it.
        </p>
      )}
      <div ref={ref} className="chart-width-probe">
        {countries.length < COMPARE_MIN ? (
          <div className="empty-selection">
            <p>
              {countries.length === 0
                ? `Pick ${COMPARE_MIN} to ${COMPARE_MAX} countries to put them side by side.`
                : `Add at least one more country to compare with ${countries[0]!.name}.`}
            </p>
            <button type="button" onClick={() => props.onReplace([...SUGGESTED_COMPARISON])}>
              Compare {SUGGESTED_COMPARISON.map((iso3) => countryName(index, iso3)).join(', ')}
            </button>
          </div>
        ) : (
          <Comparison
            core={core}
            index={index}
            unodc={unodc}
            facts={facts}
            countries={countries}
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
  index: CoreIndex;
  unodc: UnodcDataset;
  facts: FactsDataset;
  countries: readonly CountryIdentity[];
  scale: Scale;
  compareScale: CompareScale;
  width: number;
}

function Comparison({ core, index, unodc, facts, countries, scale, compareScale, width }: ComparisonProps) {
  const n = countries.length;
  const stacked = width < n * COMPARE_MIN_COLUMN_WIDTH + (n - 1) * COMPARE_COLUMN_GAP;
  const columnWidth = Math.floor(stacked ? width : (width - (n - 1) * COMPARE_COLUMN_GAP) / n);
  const panels = comparePanels({ core, index, unodc, facts: facts.facts, countries, scale, compareScale });
  const xDomain = compareXDomain(index, unodc, facts.facts, countries);
  const summary = compareSummary(core, index, unodc, facts.facts, countries);
  const source = unodcSourceLabel(core);
  const conflicts = new Map(facts.conflicts.map((c) => [c.id, c.description]));
  const [pair, setPair] = useState<[string, string] | null>(null);

  return (
    <>
      <div
        className={stacked ? 'compare-columns stacked' : 'compare-columns'}
        style={{
          gridTemplateColumns: stacked ? '1fr' : `repeat(${n}, ${columnWidth}px)`,
          columnGap: COMPARE_COLUMN_GAP,
        }}
        data-layout={stacked ? 'stacked' : 'columns'}
      >
        {countries.map((c, ci) => (
          <CountryColumn
            key={c.iso3}
            core={core}
            index={index}
            unodc={unodc}
            facts={facts}
            country={c}
            panels={panels[ci]!}
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
        {compareScale === 'shared'
          ? 'Each measure uses one y-scale for every country, so heights compare across columns.'
          : 'Each country has its own y-scale: compare shapes, not heights.'}
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

      <ChartTable
        summary="Table: tiers by report year"
        caption={`TIP tier by report year: ${countries.map((c) => c.name).join(', ')}`}
        columns={[
          { key: 'year', label: 'Report year' },
          ...countries.map((c) => ({ key: c.iso3, label: c.name })),
        ]}
        rows={index.reportYears.map((reportYear) => ({
          key: String(reportYear),
          cells: [
            reportYear,
            ...countries.map((c) => {
              const cell = tierHistory(index, c.iso3).find((t) => t.reportYear === reportYear);
              return cell ? `${TIER_CLASS_LABEL[cell.cls]}${cell.inferred ? ' (inferred)' : ''}` : '—';
            }),
          ],
        }))}
      />
      {COMPARE_METRICS.map((metric, mi) => {
        const series = panels.map((p) => p[mi]!.series[0]!);
        const marks = panels.flatMap((p) => p[mi]!.marks ?? []);
        return (
          <ChartTable
            key={metric}
            summary={`Table: ${METRIC_LABEL[metric].toLowerCase()} by data year`}
            caption={`${METRIC_LABEL[metric]} by data year: UNODC (${source}) and the source documents`}
            columns={[
              { key: 'year', label: 'Data year' },
              ...countries.flatMap((c) => [
                { key: `${c.iso3}-u`, label: `${c.name}, UNODC`, numeric: true },
                { key: `${c.iso3}-d`, label: `${c.name}, documents`, numeric: true },
              ]),
            ]}
            rows={seriesTableRows(series, marks, countries).map((r) => ({
              key: String(r.dataYear),
              cells: [
                r.dataYear,
                ...r.cells.flatMap((cell) => [cell.unodc || '—', cell.documents.join('; ') || '—']),
              ],
            }))}
          />
        );
      })}

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

function LatestTierLine({ latest }: { latest: LatestTier }) {
  const known = latest.lastKnown;
  return (
    <div className="latest-tier">
      <p>
        <span className="muted">{latest.reportYear} report:</span>{' '}
        <strong data-latest-tier={latest.cls}>{TIER_CLASS_LABEL[latest.cls]}</strong>
      </p>
      {known && known.reportYear !== latest.reportYear && (
        <p>
          <span className="muted">Latest stated tier:</span> <strong>{known.cls}</strong> ({known.reportYear}{' '}
          report
          {known.inferred ? ', inferred' : ''})
        </p>
      )}
      {latest.previous && (
        <p className="tier-change" data-change={latest.change}>
          {latest.change === 'not comparable'
            ? `Not comparable with the ${latest.previous.reportYear} report (${TIER_CLASS_LABEL[latest.previous.cls]})`
            : latest.change === 'unchanged'
              ? `Unchanged from the ${latest.previous.reportYear} report`
              : `${latest.change === 'upgraded' ? '▲ Upgraded' : '▼ Downgraded'} from ${latest.previous.cls} (${latest.previous.reportYear} report)`}
        </p>
      )}
    </div>
  );
}

interface ColumnProps {
  core: CoreDataset;
  index: CoreIndex;
  unodc: UnodcDataset;
  facts: FactsDataset;
  country: CountryIdentity;
  panels: PanelInput[];
  width: number;
  xDomain: [number, number];
  unodcSource: string;
  conflicts: Map<string, string>;
}

function CountryColumn({
  core,
  index,
  unodc,
  facts,
  country,
  panels,
  width,
  xDomain,
  unodcSource,
  conflicts,
}: ColumnProps) {
  const c = country;
  const items = factsWithComparison(facts.facts, c.iso3, FACT_METRICS, unodc);
  const sources = sourcesUsed(core, unodc, facts.facts, c.iso3);
  const headingId = `compare-col-${c.iso3}`;
  const conflictCount = items.filter(
    ({ fact, comparison }) => fact.conflicts.length > 0 || comparison.kind === 'differs',
  ).length;
  return (
    <section className="compare-column" aria-labelledby={headingId} data-country={c.iso3}>
      <header className="compare-column-head">
        <h2 id={headingId} style={{ color: c.colour }}>
          <MarkerSwatch shape={c.shape} colour={c.colour} size={16} /> {c.name}
        </h2>
        <LatestTierLine latest={latestTier(index, c.iso3)} />
      </header>
      <div className="compare-strip">
        <TierStripChart
          width={width}
          xDomain={xDomain}
          name={c.name}
          label={c.iso3}
          cells={tierHistory(index, c.iso3)}
          patternPrefix={`cmp-${c.iso3}`}
        />
      </div>
      <div className="compare-panels">
        {panels.map((p) => {
          const layout = layoutTimeSeries({ ...p, width, height: COMPARE_PANEL_HEIGHT });
          return (
            <InteractiveTimeSeries
              key={p.title}
              layout={layout}
              label={`${p.title}, ${c.name}`}
              ariaLabel={`${p.title} by data year for ${c.name} (${unodcSource}); the tables below give every value.`}
            />
          );
        })}
      </div>
      <div className="compare-sources">
        <h3>Sources used</h3>
        <ul>
          {sources.map((s) => (
            <li key={`${s.id}-${s.label}`}>
              <span className="muted">{s.what}:</span> {s.label}
            </li>
          ))}
        </ul>
        {(unodc.countries[c.iso3] === undefined ||
          COMPARE_METRICS.every((m) => !unodc.countries[c.iso3]?.[METRIC_INDICATOR[m]]?.length)) && (
          <p className="muted">UNODC publishes no victims, prosecution or conviction figures for {c.name}.</p>
        )}
      </div>
      <details className="compare-facts">
        <summary>
          What the documents say about {c.name}: {items.length} fact{items.length === 1 ? '' : 's'} with
          quotes
          {conflictCount > 0 ? `, ${conflictCount} in conflict with another source` : ''}
        </summary>
        <DocumentFactList
          items={items}
          core={core}
          unodcSource={unodcSource}
          identity={(iso3) => (iso3 === c.iso3 ? c : undefined)}
          showCountry={false}
          conflictText={(id) => conflicts.get(id)}
        />
      </details>
    </section>
  );
}
