import type { CoreDataset, UnodcDataset } from '../../data/schema';
import { ChartTable } from '../../shared/charts/ChartTable';
import type { CountryIdentity } from '../../shared/charts/countryData';
import { formatCount, formatRatio } from '../../shared/charts/format';
import { InteractiveTimeSeries } from '../../shared/charts/InteractiveTimeSeries';
import { TierStripChart } from '../../shared/charts/TierStripChart';
import { layoutTimeSeries } from '../../shared/charts/timeSeriesLayout';
import type { CoreIndex } from '../../shared/datasetSelectors';
import { TIER_CLASS_LABEL } from '../../shared/tierConstants';
import { tierHistory } from '../../shared/tierHistory';
import { RATIO_CHART_HEIGHT, RATIO_NOTE } from './compareConstants';
import { ExportButton } from '../../shared/export/ExportButton';
import { ratioChartInput } from './compareChart';
import { ratioExportSpec } from './compareExport';
import type { RatioCell } from './compareRatio';
import { differingYearsText, tierDifferences } from './compareTiers';

interface Props {
  core: CoreDataset;
  index: CoreIndex;
  unodc: UnodcDataset;
  countries: readonly CountryIdentity[];
  /** The two countries to difference; defaults to the first two. */
  pair: [string, string] | null;
  onPair: (pair: [string, string]) => void;
  width: number;
}

const count = (v: RatioCell['prosecuted']) => (v === null ? '—' : formatCount(v));
const ratio = (c: RatioCell) => (c.ratio === null ? '—' : formatRatio(c.ratio));

/** Two countries against each other: the report years their tiers differed, and convictions per prosecution. */
export function DifferenceView({ core, index, unodc, countries, pair, onPair, width }: Props) {
  const isos = countries.map((c) => c.iso3);
  const [aIso, bIso] =
    pair && isos.includes(pair[0]) && isos.includes(pair[1]) && pair[0] !== pair[1]
      ? pair
      : [isos[0]!, isos[1]!];
  const a = countries.find((c) => c.iso3 === aIso)!;
  const b = countries.find((c) => c.iso3 === bIso)!;
  const rows = tierDifferences(index, a.iso3, b.iso3);
  const differ = rows.filter((r) => r.comparison === 'differ');
  const same = rows.filter((r) => r.comparison === 'same');
  const unknown = rows.filter((r) => r.comparison === 'unknown');
  const highlight = new Set(differ.map((r) => r.reportYear));
  const xDomain: [number, number] = [index.reportYears[0]!, index.latestReportYear];
  const { ratios, source, input: ratioInput } = ratioChartInput(core, unodc, a, b, xDomain);
  const known = ratios.filter((r) => r.a.ratio !== null && r.b.ratio !== null);
  const ratioLayout = layoutTimeSeries({ ...ratioInput, width, height: RATIO_CHART_HEIGHT });

  const choose = (slot: 0 | 1, iso3: string) => {
    const next: [string, string] = slot === 0 ? [iso3, b.iso3] : [a.iso3, iso3];
    if (next[0] === next[1]) next[slot === 0 ? 1 : 0] = slot === 0 ? a.iso3 : b.iso3;
    onPair(next);
  };

  return (
    <section className="difference-view" aria-labelledby="difference-title">
      <h2 id="difference-title">
        Difference: {a.name} and {b.name}
      </h2>
      {countries.length > 2 && (
        <div className="difference-pick">
          {([0, 1] as const).map((slot) => (
            <label key={slot}>
              {slot === 0 ? 'First country' : 'Second country'}{' '}
              <select value={slot === 0 ? a.iso3 : b.iso3} onChange={(e) => choose(slot, e.target.value)}>
                {countries.map((c) => (
                  <option key={c.iso3} value={c.iso3}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}

      <h3>Report years in which their tiers differed</h3>
      <p data-testid="tier-difference-text">
        {differ.length > 0
          ? `Their tiers differed in ${differ.length} of ${differ.length + same.length} report years where both are known: ${differingYearsText(rows)}.`
          : `Their tiers never differed in the ${same.length} report years where both are known.`}{' '}
        {unknown.length > 0 &&
          `In ${unknown.length} report year${unknown.length === 1 ? '' : 's'} the data cannot tell (no tier for one of them, or only “Tier 1 or 2”).`}
      </p>
      <div className="difference-strips">
        {[a, b].map((c) => (
          <TierStripChart
            key={c.iso3}
            width={width}
            xDomain={xDomain}
            name={c.name}
            label={c.iso3}
            cells={tierHistory(index, c.iso3)}
            patternPrefix={`diff-${c.iso3}`}
            highlight={highlight}
          />
        ))}
        <p className="muted small">Outlined: report years in which the two tiers differed.</p>
      </div>
      <ChartTable
        summary="Table: report years in which their tiers differed"
        caption={`Tiers of ${a.name} and ${b.name} by report year, where they differ`}
        columns={[
          { key: 'year', label: 'Report year' },
          { key: 'a', label: a.name },
          { key: 'b', label: b.name },
        ]}
        rows={differ.map((r) => ({
          key: String(r.reportYear),
          cells: [r.reportYear, TIER_CLASS_LABEL[r.a], TIER_CLASS_LABEL[r.b]],
        }))}
      />

      <div className="export-head">
        <h3>Convictions per prosecution</h3>
        <ExportButton
          getSpec={() =>
            ratioExportSpec({
              core,
              unodc,
              pair: [a.iso3, b.iso3],
              viewSize: { width, height: RATIO_CHART_HEIGHT },
            })
          }
        />
      </div>
      <p className="muted">{RATIO_NOTE}</p>
      <p>
        {known.length > 0
          ? `Both ratios are known for ${known.length} data year${known.length === 1 ? '' : 's'}.`
          : `There is no data year in which both ratios are known.`}{' '}
        {[a, b]
          .map((c, i) => {
            const n = ratios.filter((r) => (i === 0 ? r.a : r.b).ratio !== null).length;
            return n === 0
              ? `UNODC does not give both counts as numbers for ${c.name} in any year, so its ratio is unknown.`
              : `${c.name}: ${n} year${n === 1 ? '' : 's'}.`;
          })
          .join(' ')}
      </p>
      <InteractiveTimeSeries
        layout={ratioLayout}
        label={`Convictions per prosecution, ${a.name} and ${b.name}`}
        ariaLabel={`Persons convicted per person prosecuted by data year for ${a.name} and ${b.name}, from ${source}; the table below gives every value.`}
      />
      <ChartTable
        summary="Table: prosecutions, convictions and their ratio by data year"
        caption={`Persons prosecuted and convicted (${source}) and convictions per prosecution`}
        columns={[
          { key: 'year', label: 'Data year' },
          ...[a, b].flatMap((c) => [
            { key: `${c.iso3}-p`, label: `${c.name}, prosecuted`, numeric: true },
            { key: `${c.iso3}-c`, label: `${c.name}, convicted`, numeric: true },
            { key: `${c.iso3}-r`, label: `${c.name}, ratio`, numeric: true },
          ]),
        ]}
        rows={ratios.map((r) => ({
          key: String(r.dataYear),
          cells: [
            r.dataYear,
            count(r.a.prosecuted),
            count(r.a.convicted),
            ratio(r.a),
            count(r.b.prosecuted),
            count(r.b.convicted),
            ratio(r.b),
          ],
        }))}
      />
    </section>
  );
}
