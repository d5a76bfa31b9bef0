import { Suspense } from 'react';
import type { CoreIndex } from '../../shared/datasetSelectors';
import { REGION_LABEL } from './mapConstants';
import type { MapModel } from './mapModel';
// Loads after the live map's first paint (mapParts.tsx).
import { CountryTable } from './mapParts';

interface Props {
  index: CoreIndex;
  model: MapModel;
  openCountry: (iso3: string) => void;
}

/** Changes mode's movers table and the countries on the Watch List in consecutive reports. */
export function MapMovers({ index, model, openCountry }: Props) {
  const { baseYear, toYear, movers, region, scopeRuns, streaks } = model;
  return (
    <section className="map-changes" aria-labelledby="movers-title">
      <h2 id="movers-title">
        Movers {baseYear !== null ? `from the ${baseYear} to the ${toYear} report` : ''}
      </h2>
      {baseYear === null ? (
        <p className="muted">
          The {toYear} report is the first in the data: there is nothing to compare with.
        </p>
      ) : movers.length === 0 ? (
        <p className="muted">No country in this region moved between these reports.</p>
      ) : (
        <>
          {model.notComparable && (
            <p className="muted" data-testid="movers-not-comparable">
              Not in this table: {model.notComparable.sentence}
            </p>
          )}
          <Suspense fallback={null}>
            <CountryTable
              rows={movers}
              index={index}
              fromYear={baseYear}
              toYear={toYear}
              caption={`${movers.length} countries ${region === 'world' ? '' : `in ${REGION_LABEL[region]} `}changed tier between the ${baseYear} and ${toYear} reports. Sort by any column.`}
              onSelect={openCountry}
              initialSort="change"
              streaks={streaks}
            />
          </Suspense>
        </>
      )}
      <h3 id="streaks-title">On the Watch List in consecutive reports</h3>
      {scopeRuns.length === 0 ? (
        <p className="muted">
          No country is on the Watch List in both the {toYear} report and the one before.
        </p>
      ) : (
        <>
          <p className="muted">
            Under the Trafficking Victims Protection Act, a country on the Watch List in two consecutive
            reports is placed on Tier 3 in the next one unless it is granted a waiver. They are outlined on
            the map in Changes mode.
          </p>
          <ul className="streak-list" aria-labelledby="streaks-title">
            {scopeRuns.map((r) => (
              <li key={r.iso3}>
                <button type="button" className="link-button" onClick={() => openCountry(r.iso3)}>
                  {r.name}
                </button>{' '}
                <span className="muted">
                  {r.streak} reports ({r.firstReportYear}–{toYear})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
