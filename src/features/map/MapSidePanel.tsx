import { Suspense, useState, type Ref } from 'react';
import type { CoreDataset } from '../../data/schema';
import { countryName, type CoreIndex } from '../../shared/datasetSelectors';
import { TIER_CLASS_LABEL, TIER_CLASS_SHORT } from '../../shared/tierConstants';
import { CHANGE_ARROW, CHANGE_LABEL, REGION_LABEL } from './mapConstants';
import type { MapModel } from './mapModel';
// The open country's panel and the table load after the map is live, not with it.
import { CountryPanel, CountryTable } from './mapParts';

interface Props {
  core: CoreDataset;
  index: CoreIndex;
  model: MapModel;
  panelHeading: Ref<HTMLHeadingElement>;
  openCountry: (iso3: string) => void;
  closePanel: () => void;
}

/** Beside the map: the open country's panel, or what the map shows, its small places and the places never rated. */
export function MapSidePanel({ core, index, model, panelHeading, openCountry, closePanel }: Props) {
  const { country, toYear, mode, visiblePlaces, neverRated, changeByIso3 } = model;
  if (country && index.countries.has(country))
    return (
      <div className="map-side">
        {/* Says it is coming while its code loads (it loads after the live map: mapParts.tsx), rather than an empty
            column that fills in later. */}
        <Suspense
          fallback={
            <div className="state state-loading" role="status">
              Loading the panel of {countryName(index, country)}…
            </div>
          }
        >
          <CountryPanel
            ref={panelHeading}
            core={core}
            index={index}
            iso3={country}
            reportYear={toYear}
            onClose={closePanel}
          />
        </Suspense>
      </div>
    );
  return (
    <div className="map-side">
      <div className="map-about">
        <h2>About this map</h2>
        <p>
          Each year the U.S. State Department places governments on tiers by their efforts to meet the minimum
          standards of the Trafficking Victims Protection Act: Tier 1 meets them; Tier 2 does not but makes
          significant efforts; the Watch List is Tier 2 under closer scrutiny; Tier 3 does not and is not
          making significant efforts.{' '}
          <strong>Tiers measure government efforts, not how much trafficking a country has.</strong>
        </p>
        {visiblePlaces.length > 0 && (
          <>
            <h3>Small places drawn as circles</h3>
            <p className="muted">
              These rated places have no outline on a world map at this scale, so each is a circle at its
              location:
            </p>
            <ul className="small-places">
              {visiblePlaces.map((p) => {
                const c = changeByIso3.get(p.iso3);
                const cls = c?.to ?? 'No data';
                const moved = mode === 'changes' && c && c.change !== 'unchanged';
                return (
                  <li key={p.iso3}>
                    <button type="button" className="link-button" onClick={() => openCountry(p.iso3)}>
                      {countryName(index, p.iso3)}
                    </button>{' '}
                    <abbr
                      className="muted"
                      title={`${TIER_CLASS_LABEL[cls]}${moved ? `, ${CHANGE_LABEL[c.change].toLowerCase()}` : ''}`}
                    >
                      {TIER_CLASS_SHORT[cls]}
                      {moved ? ` ${CHANGE_ARROW[c.change]}` : ''}
                    </abbr>
                    {!p.coordinates && <span className="muted"> (listed only)</span>}
                  </li>
                );
              })}
            </ul>
            <p className="muted small-note">
              T1, T2: Tier 1, 2; WL: Watch List; T3: Tier 3; SC: Special Case; 1/2: Tier 1 or 2; –: no data (
              {toYear} report).
            </p>
          </>
        )}
        {neverRated.length > 0 && (
          <p className="muted small-note" data-testid="never-rated">
            Not on the map or in its counts: {neverRated.join(', ')}. The data hold no tier for{' '}
            {neverRated.length === 1 ? 'it' : 'them'} in any report year.
          </p>
        )}
      </div>
    </div>
  );
}

/** Every country's tier in the report, as a table, rendered only while open. */
export function MapTableDetails({
  index,
  model,
  openCountry,
}: Omit<Props, 'core' | 'panelHeading' | 'closePanel'>) {
  const [open, setOpen] = useState(false);
  const { region, toYear, baseYear, scopeChanges, streaks } = model;
  const where = region === 'world' ? '' : `in ${REGION_LABEL[region]} `;
  return (
    <details className="map-table-details" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Table: every country’s tier in the {toYear} report
        {region === 'world' ? '' : ` (${REGION_LABEL[region]})`}, {scopeChanges.length} countries
      </summary>
      {/* Rendered only while open: 198 rows would otherwise re-render on every year change. */}
      {open && (
        <Suspense fallback={<p className="muted">Loading the table…</p>}>
          <CountryTable
            rows={scopeChanges}
            index={index}
            fromYear={baseYear}
            toYear={toYear}
            caption={`Tier of every country ${where}in the ${toYear} report${baseYear !== null ? `, with the ${baseYear} report and the change` : ''}. Sort by any column.`}
            onSelect={openCountry}
            showSource
            streaks={streaks}
          />
        </Suspense>
      )}
    </details>
  );
}
