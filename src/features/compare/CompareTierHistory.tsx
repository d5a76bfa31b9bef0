/**
 * Compare's "tier history only" (`show=tiers` in the link): the countries' TIP tier strips on one report-year axis,
 * up to the report the user chose, for 2 to 6 countries — what a pinned tier-history slide shows, live. A table of
 * tiers by report year is its text alternative.
 */
import { TierLegend } from '../../shared/charts/Legends';
import type { CoreIndex } from '../../shared/datasetSelectors';
import { TIERS_CAVEAT_SHORT } from '../../shared/tierConstants';
import { TierStrip } from '../../shared/TierStrip';
import { CompareTables } from './CompareTables';
import { tierTable } from './compareModel';
import { compareTierSummary } from './compareSummary';
import { tierHistoryRows, tierHistorySubtitle } from './compareTiers';

interface Props {
  index: CoreIndex;
  selection: readonly string[];
  reportYear: number | null;
  width: number;
}

export function CompareTierHistory({ index, selection, reportYear, width }: Props) {
  const { reportYear: shown, years, countries, rows } = tierHistoryRows(index, selection, reportYear);
  const first = years[0] ?? shown;
  const caption = tierHistorySubtitle(years, shown);
  return (
    <section className="compare-tier-history-live" aria-labelledby="compare-tiers-title">
      <h2 id="compare-tiers-title">Tier history to the {shown} report</h2>
      <p className="muted">{caption}.</p>
      <ul className="compare-tier-rows">
        {rows.map((r) => (
          <li key={r.iso3} data-iso3={r.iso3}>
            <span className="compare-tier-name">{r.name}</span>
            <TierStrip
              name={r.name}
              cells={r.cells}
              width={Math.max(120, Math.floor(width))}
              height={28}
              domain={[first, shown]}
              patternPrefix={`cth-${r.iso3}`}
            />
          </li>
        ))}
      </ul>
      <TierLegend prefix="compare-tiers-legend" />
      <p className="chart-source">
        Tiers: U.S. Department of State, Trafficking in Persons Report, by report year. Dashed outline:
        inferred (the cell&rsquo;s note says how). {TIERS_CAVEAT_SHORT}
      </p>
      <section className="compare-summary" aria-labelledby="compare-tiers-summary-title">
        <h2 id="compare-tiers-summary-title">Summary</h2>
        <p data-summary="tiers">{compareTierSummary(index, countries, shown)}</p>
      </section>
      <CompareTables tables={[tierTable(index, countries, shown)]} />
    </section>
  );
}
