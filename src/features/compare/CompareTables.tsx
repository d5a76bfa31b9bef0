import { ChartTable } from '../../shared/charts/ChartTable';
import { METRIC_LABEL, seriesTableRows, type CountryIdentity } from '../../shared/charts/countryData';
import type { PanelInput } from '../../shared/charts/smallMultiples';
import type { CoreIndex } from '../../shared/datasetSelectors';
import { TIER_CLASS_LABEL } from '../../shared/tierConstants';
import { tierHistory } from '../../shared/tierHistory';
import { COMPARE_METRICS } from './compareConstants';

interface Props {
  index: CoreIndex;
  countries: readonly CountryIdentity[];
  /** comparePanels' output: per country, one panel per measure of COMPARE_METRICS. */
  panels: PanelInput[][];
  /** The UNODC release the counts come from. */
  source: string;
}

/** Compare's table alternative: tiers by report year, then each measure by data year, UNODC beside the documents. */
export function CompareTables({ index, countries, panels, source }: Props) {
  return (
    <>
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
    </>
  );
}
