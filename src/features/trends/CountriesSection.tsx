import { useMemo } from 'react';
import type { CoreDataset, FactsDataset, UnodcDataset } from '../../data/schema';
import { ChartTable } from '../../shared/charts/ChartTable';
import { UNODC_ATTRIBUTION } from '../../shared/charts/countryData';
import { CountrySelection } from '../../shared/charts/CountrySelection';
import { DocumentFactList } from '../../shared/charts/DocumentFactList';
import { InteractiveTimeSeries } from '../../shared/charts/InteractiveTimeSeries';
import { EncodingLegend, TierLegend } from '../../shared/charts/Legends';
import { MarkerSwatch } from '../../shared/charts/Marker';
import { SegmentedControl } from '../../shared/charts/SegmentedControl';
import { SmallMultiples } from '../../shared/charts/SmallMultiples';
import { layoutTimeSeries } from '../../shared/charts/timeSeriesLayout';
import { useElementWidth } from '../../shared/charts/useElementWidth';
import { countryName, indexCore } from '../../shared/datasetSelectors';
import { MAX_COUNTRIES, type Metric, type Scale } from '../../state/urlState';
import {
  BREAKDOWN_MIN_PANEL_WIDTH,
  BREAKDOWN_PANEL_HEIGHT,
  COUNTRY_CHART_HEIGHT,
  COUNTRY_CHART_HEIGHT_NARROW,
  DOCUMENT_PANEL_HEIGHT,
  FALLBACK_WIDTH,
  METRIC_OPTIONS,
  NARROW_VIEW_WIDTH,
  SCALE_OPTIONS,
  SUGGESTED_COUNTRIES,
} from './trendsConstants';
import { trendsModel } from './trendsModel';
import { breakdownColumns, documentPanelColumns, panelsHeight } from './trendsLayout';
import { trendsExportSpec } from './trendsExport';
import { breakdownExportSpec, documentPanelsExportSpec } from './trendsPanelsExport';
import { ExportButton } from '../../shared/export/ExportButton';

interface Props {
  core: CoreDataset;
  unodc: UnodcDataset;
  facts: FactsDataset;
  countries: readonly string[];
  metric: Metric;
  scale: Scale;
  onMetric: (m: Metric) => void;
  onScale: (s: Scale) => void;
  onAdd: (iso3: string) => void;
  onRemove: (iso3: string) => void;
  onCompare: () => void;
  /** The width the charts will have, if known before they are drawn (useElementWidth). */
  expectedWidth?: number | null;
}

export function CountriesSection(props: Props) {
  const { core, unodc, facts, metric, scale } = props;
  const index = useMemo(() => indexCore(core), [core]);
  const [ref, width] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH, props.expectedWidth);
  const model = useMemo(
    () => trendsModel({ core, index, unodc, facts }, { countries: props.countries, metric, scale }),
    [core, index, unodc, facts, props.countries, metric, scale],
  );
  const { countries, source, xDomain, documentPanels: docPanels } = model;
  const identity = (iso3: string) => countries.find((c) => c.iso3 === iso3);
  const narrow = width < NARROW_VIEW_WIDTH;
  const layout = layoutTimeSeries({
    ...model.chart,
    width,
    height: narrow ? COUNTRY_CHART_HEIGHT_NARROW : COUNTRY_CHART_HEIGHT,
  });
  const isos = countries.map((c) => c.iso3);

  return (
    <section className="trends-countries" aria-labelledby="trends-countries-title">
      <h2 id="trends-countries-title">Countries</h2>
      <div className="view-controls">
        <CountrySelection
          label={`Add a country (up to ${MAX_COUNTRIES})`}
          all={core.countries}
          selected={countries}
          max={MAX_COUNTRIES}
          onAdd={props.onAdd}
          onRemove={props.onRemove}
        />
        <SegmentedControl
          legend="Measure"
          options={METRIC_OPTIONS}
          value={metric}
          onChange={props.onMetric}
        />
        <SegmentedControl legend="Scale" options={SCALE_OPTIONS} value={scale} onChange={props.onScale} />
        {countries.length >= 2 && (
          <button type="button" className="compare-button" onClick={props.onCompare}>
            Compare {countries.length > 4 ? 'the first four' : 'these'} side by side
          </button>
        )}
        {countries.length > 0 && (
          <ExportButton
            getSpec={() =>
              trendsExportSpec({
                core,
                unodc,
                facts,
                countries: isos,
                metric,
                scale,
                viewSize: { width, height: layout.height },
              })
            }
          />
        )}
      </div>

      <div ref={ref} className="chart-width-probe">
        {countries.length === 0 ? (
          <div className="empty-selection">
            <p>
              Pick up to {MAX_COUNTRIES} countries to see UNODC’s detected victims, persons prosecuted and
              persons convicted by data year, the figures the source documents give, and each country’s TIP
              tier.
            </p>
            <p>
              Start with:{' '}
              {SUGGESTED_COUNTRIES.map((iso3) => (
                <button key={iso3} type="button" className="link-button" onClick={() => props.onAdd(iso3)}>
                  {countryName(index, iso3)}
                </button>
              ))}
            </p>
          </div>
        ) : (
          <>
            <figure className="chart-figure">
              <figcaption>
                <h3 className="chart-title">{model.title}</h3>
                <p className="chart-subtitle">
                  UNODC counts as lines, figures from the source documents as stars; each country’s TIP tier
                  by report year above the axis.
                </p>
              </figcaption>
              <InteractiveTimeSeries layout={layout} label={model.chartLabel} ariaLabel={model.description} />
              <EncodingLegend source={source} />
              <TierLegend prefix="trends-tier-legend" />
              <p className="chart-source">
                {UNODC_ATTRIBUTION} ({source}). Stars: the source documents named in each tooltip. Tiers: U.S.
                Department of State, Trafficking in Persons Report, by report year (the June edition,
                assessing April of the previous year to March). Tiers rate government efforts, not how much
                trafficking there is.
              </p>
            </figure>
            <ul className="coverage-notes" aria-label="What the UNODC data covers">
              {model.coverage.map(({ country: c, text }) => (
                <li key={c.iso3}>
                  <MarkerSwatch shape={c.shape} colour={c.colour} /> {text}
                </li>
              ))}
            </ul>
            <UnplottedFacts lines={model.unplotted} />
            <ChartTable
              {...model.table}
              footer={
                <p className="muted">
                  — no figure. “&lt;5”: UNODC publishes counts under five that way. ≠ the document differs
                  from UNODC or another document (see the quotes below). {UNODC_ATTRIBUTION}.
                </p>
              }
            />

            {docPanels.length > 0 && (
              <>
                <div className="export-head">
                  <h3>Investigations and arrests in the source documents</h3>
                  <ExportButton
                    getSpec={() =>
                      documentPanelsExportSpec({
                        core,
                        unodc,
                        facts,
                        countries: isos,
                        scale,
                        xDomain,
                        viewSize: {
                          width,
                          height: panelsHeight(
                            docPanels.length,
                            documentPanelColumns(docPanels.length, width),
                            DOCUMENT_PANEL_HEIGHT,
                          ),
                        },
                      })
                    }
                  />
                </div>
                <SmallMultiples
                  width={width}
                  panelHeight={DOCUMENT_PANEL_HEIGHT}
                  panels={docPanels}
                  maxColumns={documentPanelColumns(docPanels.length, width)}
                  describe={(p) => ({
                    label: p.title ?? p.yLabel,
                    ariaLabel: `${p.title}: ${(p.marks ?? [])
                      .map((m) => `${m.label} ${m.dataYear}: ${m.valueText} ${m.what}`)
                      .join('; ')}`,
                  })}
                />
                <ChartTable {...model.documentTable} />
              </>
            )}

            <h3>Detected victims by sex, age and form of exploitation</h3>
            <p className="muted">
              Parts of UNODC’s detected victims. A country may report a total without every breakdown, or the
              reverse, so the parts need not add up to the total; “Other forms of exploitation” is not shown.
            </p>
            {model.breakdowns.map(({ country: c, panels, table }) => {
              return (
                <div key={c.iso3} className="breakdown-country">
                  <div className="export-head">
                    <ExportButton
                      label={`Export ${c.name}`}
                      getSpec={() =>
                        breakdownExportSpec({
                          core,
                          unodc,
                          country: c.iso3,
                          scale,
                          xDomain,
                          viewSize: {
                            width,
                            height: panelsHeight(
                              panels.length,
                              breakdownColumns(width),
                              BREAKDOWN_PANEL_HEIGHT,
                            ),
                          },
                        })
                      }
                    />
                  </div>
                  <SmallMultiples
                    width={width}
                    panelHeight={BREAKDOWN_PANEL_HEIGHT}
                    panels={panels}
                    maxColumns={breakdownColumns(width)}
                    minPanelWidth={BREAKDOWN_MIN_PANEL_WIDTH}
                    describe={(p) => ({
                      label: p.title ?? '',
                      ariaLabel: `${p.title}, ${source}. The table below gives every value.`,
                    })}
                  />
                  <ChartTable {...table} />
                </div>
              );
            })}

            <h3>What the documents say</h3>
            <p className="muted">
              Victims identified, prosecutions, convictions, investigations and arrests reported in the source
              documents for {model.names}, with how each stands against UNODC’s figure for the same year.
            </p>
            {model.facts.map(({ country: c, items }) => {
              return (
                <details key={c.iso3} className="facts-country" open={items.length > 0 || undefined}>
                  <summary>
                    {c.name}: {items.length === 0 ? 'no' : items.length} figure{items.length === 1 ? '' : 's'}{' '}
                    in the source documents
                  </summary>
                  <DocumentFactList
                    items={items}
                    core={core}
                    unodcSource={source}
                    identity={identity}
                    showCountry={false}
                  />
                </details>
              );
            })}
            <p className="muted indicator-note">
              UNODC indicator shown: {model.indicator.id} (“{model.indicator.label}”).
            </p>
          </>
        )}
      </div>
    </section>
  );
}

function UnplottedFacts({ lines }: { lines: readonly { id: string; text: string }[] }) {
  if (lines.length === 0) return null;
  return (
    <div className="unplotted">
      <p>
        <strong>Not on the chart:</strong> figures that are not a count for one data year — totals over
        several years, shares (%), rates and ranges — cannot sit on a count axis.
      </p>
      <ul>
        {lines.map((l) => (
          <li key={l.id}>{l.text}</li>
        ))}
      </ul>
    </div>
  );
}
