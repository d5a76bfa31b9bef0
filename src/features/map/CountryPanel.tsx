import { forwardRef, useId, useState, type KeyboardEvent } from 'react';
import { factContext } from '../../data/factFormat';
import { useFacts, useUnodc } from '../../data/loaders';
import type { Conflict, CoreDataset, FactsDataset } from '../../data/schema';
import { formatUnodcValue, unodcValueNote } from '../../data/unodcNotes';
import { DataState } from '../../shared/DataState';
import { FactListControls } from '../../shared/facts/FactListControls';
import { ALL_MEASURES, byMeasure, type MeasureFilter } from '../../shared/facts/factMeasures';
import { countryName, tierStatus, type CoreIndex } from '../../shared/datasetSelectors';
import { TIER_CLASS_LABEL, tierFillRef } from '../../shared/tierConstants';
import { TierPatterns } from '../../shared/TierPatterns';
import { TierStrip } from '../../shared/TierStrip';
import { tierHistory } from '../../shared/tierHistory';
import { MAX_COUNTRIES } from '../../state/urlState';
import { useViewStore } from '../../state/viewStore';
import { formatFactValue, formatFactYear } from '../../shared/factFormat';
import {
  conflictsOf,
  factLabel,
  factsByCountry,
  latestUnodc,
  releaseText,
  type PanelIndicator,
} from './panelSelectors';
import { useElementWidth } from '../../shared/charts/useElementWidth';

const INDICATOR_LABEL: Record<PanelIndicator, string> = {
  victims: 'Detected victims',
  prosecuted: 'Persons prosecuted',
  convicted: 'Persons convicted',
};

const STRIP_FALLBACK_WIDTH = 300;
const PANEL_PATTERN_PREFIX = 'cp';

function LatestCounts({ iso3, core }: { iso3: string; core: CoreDataset }) {
  const unodc = useUnodc();
  return (
    <DataState query={unodc} what="UNODC country data (unodc.json)">
      {(data) => {
        const latest = latestUnodc(data, iso3);
        const source = core.sources.find((s) => s.id === data.source);
        return (
          <>
            {latest.length === 0 ? (
              <p className="muted">UNODC publishes no counts for this country.</p>
            ) : (
              <dl className="panel-counts">
                {latest.map((v) => (
                  <div key={v.indicator} data-indicator={v.indicator}>
                    <dt>{INDICATOR_LABEL[v.indicator]}</dt>
                    <dd>
                      <span className="panel-count">{formatUnodcValue(v.value)}</span>{' '}
                      <span className="muted">
                        data year {v.dataYear}
                        {unodcValueNote(data, iso3, v.indicator, v.dataYear)
                          ? ` · ${unodcValueNote(data, iso3, v.indicator, v.dataYear)}`
                          : ''}
                      </span>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
            <p className="panel-source">
              {source?.attribution ?? 'Source: UNODC, Global Report on Trafficking in Persons'} (
              {releaseText(source)}
              ). Latest year published for each count; counts under five appear as “&lt;5”.
            </p>
          </>
        );
      }}
    </DataState>
  );
}

/** How many facts the panel lists before "Show all". */
const FACTS_SHOWN = 5;

function FactList({
  data,
  iso3,
  sourceTitle,
}: {
  data: FactsDataset;
  iso3: string;
  sourceTitle: (id: string) => string;
}) {
  const [showAll, setShowAll] = useState(false);
  const [measure, setMeasure] = useState<MeasureFilter>(ALL_MEASURES);
  const listId = useId();
  const all = factsByCountry(data).get(iso3) ?? [];
  const conflicts = conflictsOf(data, iso3);
  if (all.length === 0) return <p className="muted">No source document discusses this country.</p>;
  // Disagreements first, then the most recent.
  const list = [...all].sort(
    (a, b) => Number(b.conflicts.length > 0) - Number(a.conflicts.length > 0) || b.year - a.year,
  );
  const long = list.length > FACTS_SHOWN;
  const filtered = long ? byMeasure(list, measure) : list;
  const shown = showAll ? filtered : filtered.slice(0, FACTS_SHOWN);
  const byId = new Map(data.facts.map((f) => [f.id, f]));
  // A value from a document names the document's article; one from a table names the table.
  const valueSource = (v: Conflict['values'][number]) => {
    const fact = v.factId ? byId.get(v.factId) : undefined;
    return fact ? `${fact.title}${fact.author ? `, ${fact.author}` : ''}` : sourceTitle(v.source);
  };
  return (
    <>
      {conflicts.length > 0 && (
        <div className="panel-conflicts" role="note">
          <p>
            <span className="conflict-badge">Sources disagree</span> {conflicts.length}{' '}
            {conflicts.length === 1 ? 'disagreement' : 'disagreements'} between sources:
          </p>
          <ul>
            {conflicts.map((c) => (
              <li key={c.id}>
                {c.description}{' '}
                <span className="muted">
                  ({c.values.map((v) => `${v.value}: ${valueSource(v)}`).join('; ')})
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {long && (
        <FactListControls
          facts={list}
          measure={measure}
          onMeasure={setMeasure}
          expanded={showAll}
          onExpanded={setShowAll}
          listId={listId}
          noun="facts"
          collapsedCount={Math.min(FACTS_SHOWN, filtered.length)}
        />
      )}
      <ul className="panel-facts" id={listId}>
        {shown.map((f) => (
          <li key={f.id} className={f.conflicts.length > 0 ? 'has-conflict' : undefined}>
            <p className="fact-head">
              <strong>{factLabel(f)}</strong>: {formatFactValue(f, { withUnit: true })}
              {f.breakdown ? ` (${f.breakdown})` : ''}{' '}
              <span className="muted">{formatFactYear(f, { sayKind: true })}</span>
              {f.conflicts.length > 0 && <span className="conflict-badge">Conflict</span>}
            </p>
            {factContext(f).length > 0 && <p className="fact-context">{factContext(f).join(' · ')}</p>}
            <blockquote>“{f.quote}”</blockquote>
            <p className="fact-source">
              {f.title}
              {f.author ? `, ${f.author}` : ''} · confidence {f.confidence}
              {f.derived ? ' · value derived from the quote' : ''}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

function DocumentFacts({ iso3, sourceTitle }: { iso3: string; sourceTitle: (id: string) => string }) {
  const facts = useFacts();
  return (
    <DataState query={facts} what="document facts (facts.json)">
      {(data) => <FactList key={iso3} data={data} iso3={iso3} sourceTitle={sourceTitle} />}
    </DataState>
  );
}

interface Props {
  core: CoreDataset;
  index: CoreIndex;
  iso3: string;
  reportYear: number;
  onClose: () => void;
}

/** The selected country: tier history, the current tier's source, latest UNODC counts, document facts. */
export const CountryPanel = forwardRef<HTMLHeadingElement, Props>(function CountryPanel(
  { core, index, iso3, reportYear, onClose },
  headingRef,
) {
  const [stripRef, stripWidth] = useElementWidth<HTMLDivElement>(STRIP_FALLBACK_WIDTH);
  const countries = useViewStore((s) => s.countries);
  const addCountry = useViewStore((s) => s.addCountry);
  const setView = useViewStore((s) => s.set);
  const country = index.countries.get(iso3);
  const name = countryName(index, iso3);
  const status = tierStatus(index, iso3, reportYear);
  const cells = tierHistory(index, iso3);
  const sourceTitle = (id: string) => core.sources.find((s) => s.id === id)?.title ?? id;
  const inCompare = countries.includes(iso3);
  const full = countries.length >= MAX_COUNTRIES;
  const headingId = `panel-${iso3}-title`;

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };

  return (
    <aside className="country-panel" aria-labelledby={headingId} onKeyDown={onKeyDown} data-iso3={iso3}>
      <div className="panel-header">
        <div>
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            {name}
          </h2>
          <p className="muted panel-meta">
            {country?.region ?? ''} · {iso3}
          </p>
        </div>
        <button type="button" className="panel-close" onClick={onClose} aria-label={`Close ${name} panel`}>
          <span aria-hidden="true">×</span>
        </button>
      </div>

      <p className="panel-tier">
        <svg width={14} height={14} aria-hidden="true">
          <TierPatterns prefix={PANEL_PATTERN_PREFIX} />
          <rect width={14} height={14} rx={2} fill={tierFillRef(status.cls, PANEL_PATTERN_PREFIX)} />
        </svg>{' '}
        {reportYear} report: <strong>{TIER_CLASS_LABEL[status.cls]}</strong>
        {status.cell?.basis === 'inferred' && <strong className="inferred-badge"> (inferred)</strong>}
      </p>
      <p className="panel-source">
        {status.cell
          ? `Tier from “${sourceTitle(status.cell.source)}” (${status.cell.origin}); ${
              status.cell.reason ?? 'stated by the source'
            }, confidence ${status.cell.confidence}.`
          : status.cls === 'Tier 1 or 2'
            ? 'The sources for this report list the Watch List and Tier 3 in full; this country is on neither, so it is on Tier 1 or Tier 2.'
            : 'No tier for this country in this report in the data.'}
      </p>

      <h3>Tier history</h3>
      <div ref={stripRef} className="panel-strip">
        <TierStrip name={name} cells={cells} width={stripWidth} />
      </div>
      <p className="panel-source">
        By report year. Dashed cells are inferred (each says how when pointed at); patterned “no data” cells
        are years without a tier in the data, never filled from a neighbouring year.
      </p>

      <h3>Latest counts</h3>
      <LatestCounts iso3={iso3} core={core} />

      <h3>What the documents say</h3>
      <DocumentFacts iso3={iso3} sourceTitle={sourceTitle} />

      <div className="panel-actions">
        <button
          type="button"
          onClick={() => addCountry(iso3)}
          disabled={inCompare || full}
          aria-describedby={`${headingId}-compare-note`}
        >
          {inCompare ? 'Added to compare' : 'Add to compare'}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            addCountry(iso3);
            setView({ view: 'compare' });
          }}
        >
          Open Compare
        </button>
        <p id={`${headingId}-compare-note`} className="muted panel-compare-note">
          {inCompare
            ? `${countries.length} of ${MAX_COUNTRIES} countries chosen for Trends and Compare.`
            : full
              ? `Already ${MAX_COUNTRIES} countries chosen; remove one in Compare to add ${name}.`
              : `${countries.length} of ${MAX_COUNTRIES} countries chosen for Trends and Compare.`}
        </p>
      </div>
    </aside>
  );
});
