import '../../shared/facts/facts.css';
import { saveBlob } from '../../shared/export/download';
import type { DataFormat } from '../../shared/export/exportConstants';
import { factsDownloadSpec } from './factsExport';
import { factContext, formatFactWithUnit } from '../../data/factFormat';
import { useMemo, useRef, useState } from 'react';
import { formatFactYear, metricLabel } from '../../shared/factFormat';
import { useCore, useFacts } from '../../data/loaders';
import type { Conflict, CoreDataset, FactsDataset } from '../../data/schema';
import { DataState } from '../../shared/DataState';
import { countryName, indexCore } from '../../shared/datasetSelectors';
import { ExportButton } from '../../shared/export/ExportButton';
import { useViewStore } from '../../state/viewStore';
import { sourcesExportSpec } from './sourcesExport';
import {
  CONFLICT_KIND_LABEL,
  FACT_SORT_KEYS,
  LICENCE_LABEL,
  filterFacts,
  placeName,
  sortFacts,
  type FactSortKey,
  type SortDirection,
} from './sourcesSelectors';

/** The image width of a "current view" export when the list cannot be measured, and its height to width. */
const FALLBACK_EXPORT_WIDTH = 1200;
const CURRENT_VIEW_ASPECT = 0.56;

const SORT_LABEL: Record<FactSortKey, string> = {
  country: 'Country',
  metric: 'Metric',
  year: 'Year',
  value: 'Value',
  document: 'Article',
};

export default function SourcesView() {
  const core = useCore();
  const facts = useFacts();
  return (
    <section className="sources-view" aria-labelledby="sources-title">
      <h1 id="sources-title">Sources</h1>
      <p className="lede">
        Every number in TIP Atlas comes from one of these sources. Tiers rate a government’s efforts against
        U.S. minimum standards, not how much trafficking a country has.
      </p>
      <DataState query={core} what="source registry (core.json)">
        {(coreData) => (
          <>
            <SourceList core={coreData} />
            <DataState query={facts} what="document facts (facts.json)">
              {(factsData) => <FactsTable core={coreData} facts={factsData} />}
            </DataState>
          </>
        )}
      </DataState>
    </section>
  );
}

function SourceList({ core }: { core: CoreDataset }) {
  const head = useRef<HTMLDivElement>(null);
  // Measured when someone exports: the "current view" image is as wide as the list on screen.
  const viewSize = () => {
    const width = Math.round(head.current?.getBoundingClientRect().width || FALLBACK_EXPORT_WIDTH);
    return { width, height: Math.round(width * CURRENT_VIEW_ASPECT) };
  };
  return (
    <>
      <div className="export-head" ref={head}>
        <h2>Tables and documents</h2>
        <ExportButton getSpec={() => sourcesExportSpec({ core, viewSize: viewSize() })} />
      </div>
      <ul className="source-list">
        {core.sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`} className="source-card">
            <h3>{s.title}</h3>
            <dl>
              <dt>Kind</dt>
              <dd>{s.kind === 'table' ? 'Data table' : 'Source document'}</dd>
              {s.author && (
                <>
                  <dt>Author</dt>
                  <dd>{s.author}</dd>
                </>
              )}
              {s.publisher && (
                <>
                  <dt>Publisher</dt>
                  <dd>{s.publisher}</dd>
                </>
              )}
              {s.date && (
                <>
                  <dt>Date</dt>
                  <dd>{s.date}</dd>
                </>
              )}
              <dt>Citation</dt>
              <dd>{s.citation}</dd>
              {s.url && (
                <>
                  <dt>Address</dt>
                  <dd className="url">{s.url}</dd>
                </>
              )}
              <dt>Licence</dt>
              <dd>{LICENCE_LABEL[s.licence]}</dd>
              {s.attribution && (
                <>
                  <dt>Attribution</dt>
                  <dd>{s.attribution}</dd>
                </>
              )}
              <dt>Coverage</dt>
              <dd>{s.coverage}</dd>
              <dt>Source id</dt>
              <dd>
                <code>{s.id}</code>
              </dd>
            </dl>
            {s.caveats.length > 0 && (
              <ul className="caveats">
                {s.caveats.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function FactsTable({ core, facts }: { core: CoreDataset; facts: FactsDataset }) {
  const index = indexCore(core);
  const setView = useViewStore((s) => s.set);
  const [query, setQuery] = useState('');
  const [conflictsOnly, setConflictsOnly] = useState(false);
  const [sortKey, setSortKey] = useState<FactSortKey>('country');
  const [direction, setDirection] = useState<SortDirection>('ascending');
  const place = (c: string) => placeName(c, (iso3) => countryName(index, iso3));
  const conflicts = useMemo(() => new Map<string, Conflict>(facts.conflicts.map((c) => [c.id, c])), [facts]);
  const inConflict = facts.facts.filter((f) => f.conflicts.length > 0).length;
  const shown = conflictsOnly ? facts.facts.filter((f) => f.conflicts.length > 0) : facts.facts;
  const rows = sortFacts(filterFacts(shown, query, place), sortKey, direction, place);

  const sortBy = (key: FactSortKey) => {
    if (key === sortKey) setDirection(direction === 'ascending' ? 'descending' : 'ascending');
    else {
      setSortKey(key);
      setDirection('ascending');
    }
  };

  /** Shows a fact's row whatever the current search, then moves focus to it. */
  const goToFact = (id: string) => {
    setQuery('');
    setConflictsOnly(false);
    // After the re-render that brings the row back; focusing it also scrolls it into view.
    requestAnimationFrame(() => document.getElementById(`fact-${id}`)?.focus());
  };

  return (
    <>
      <div className="export-head">
        <h2 id="facts-title">Facts from the source documents</h2>
        <FactsDownload core={core} facts={facts} />
      </div>
      <p>
        {facts.facts.length} facts, each with a verbatim quote from its article. Tiers are keyed by TIP report
        year (“2020 report”: the edition published in June 2020); counts by the year they count (“data year”).
        Shares are written with “%”, rates “per 1,000”, ranges with both ends.
      </p>

      <h3 id="conflicts-title">
        Where sources disagree <span className="conflict-badge">Conflict</span>
      </h3>
      <p>
        {facts.conflicts.length} disagreements between sources, involving {inConflict} facts. Both values are
        kept; nothing is settled here.
      </p>
      <ul className="conflict-list" aria-labelledby="conflicts-title">
        {facts.conflicts.map((c) => (
          <li key={c.id}>
            <span className="conflict-kind">{CONFLICT_KIND_LABEL[c.kind]}:</span> {c.description}{' '}
            {c.values
              .filter((v) => v.factId)
              .map((v) => (
                <a
                  key={v.factId}
                  href={`#fact-${v.factId}`}
                  className="fact-link"
                  onClick={(e) => {
                    e.preventDefault();
                    goToFact(v.factId!);
                  }}
                >
                  fact {v.factId}
                </a>
              ))}
          </li>
        ))}
      </ul>

      <div className="facts-controls">
        <label className="search-label">
          Search facts
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Country, metric, article, words in the quote…"
          />
        </label>
        <label className="check-label">
          <input
            type="checkbox"
            checked={conflictsOnly}
            onChange={(e) => setConflictsOnly(e.target.checked)}
          />
          Only facts in a conflict
        </label>
      </div>
      <p role="status" aria-live="polite" className="result-count">
        {rows.length} of {facts.facts.length} facts shown
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="facts-title">
        <table className="facts-table">
          <thead>
            <tr>
              {FACT_SORT_KEYS.map((key) => (
                <th key={key} scope="col" aria-sort={key === sortKey ? direction : 'none'}>
                  <button type="button" className="sort-button" onClick={() => sortBy(key)}>
                    {SORT_LABEL[key]}
                    <span aria-hidden="true">
                      {key === sortKey ? (direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col">Quote</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => (
              <tr
                key={f.id}
                id={`fact-${f.id}`}
                tabIndex={-1}
                className={f.conflicts.length > 0 ? 'has-conflict' : undefined}
              >
                <td data-label={SORT_LABEL.country}>
                  {index.countries.has(f.country) ? (
                    <a
                      href={`?country=${f.country}`}
                      onClick={(e) => {
                        e.preventDefault();
                        setView({ view: 'map', country: f.country });
                      }}
                    >
                      {place(f.country)}
                    </a>
                  ) : (
                    <span>{place(f.country)}</span>
                  )}
                </td>
                <td data-label={SORT_LABEL.metric}>
                  {metricLabel(f)}
                  {f.breakdown && <span className="muted"> · {f.breakdown}</span>}
                  {factContext(f).map((c) => (
                    <span key={c} className="muted">
                      {' '}
                      · {c}
                    </span>
                  ))}
                </td>
                <td data-label={SORT_LABEL.year}>
                  {formatFactYear(f)}
                  {f.yearKind === 'data' && <span className="muted"> data year</span>}
                </td>
                <td data-label={SORT_LABEL.value} className="num">
                  {formatFactWithUnit(f)}
                  {f.derived && <span className="muted"> (derived)</span>}
                </td>
                <td data-label={SORT_LABEL.document}>
                  <cite>{f.title}</cite>
                  {f.author ? <span> — {f.author}</span> : <span className="muted"> — no byline</span>}
                  <span className="muted doc-file">
                    {' '}
                    ({documentLabel(core, f.source)}, {f.id})
                  </span>
                </td>
                <td data-label="Quote">
                  <blockquote>“{f.quote}”</blockquote>
                  <p className="muted note">
                    Confidence {f.confidence}.{f.note ? ` ${f.note}` : ''}
                  </p>
                  {f.conflicts.map((id) => (
                    <p key={id} className="conflict">
                      <span className="conflict-badge">Conflict</span> {conflicts.get(id)?.description}
                    </p>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** "document 001, The Borgen Project": which compiled source file an article sits in, and its publisher. */
function documentLabel(core: CoreDataset, sourceId: string): string {
  const source = core.sources.find((s) => s.id === sourceId);
  const file = /^doc-(\d{3})-/.exec(sourceId)?.[1];
  return [file ? `document ${file}` : sourceId, source?.publisher].filter(Boolean).join(', ');
}

/** The facts as CSV or JSON, straight to a file: no image goes with a table of quotes. */
function FactsDownload({ core, facts }: { core: CoreDataset; facts: FactsDataset }) {
  const [status, setStatus] = useState('');
  const download = async (format: DataFormat) => {
    // The export code loads on first use, as the Export dialog's does.
    const { exportDataFile } = await import('../../shared/export/exportActions');
    const file = exportDataFile(factsDownloadSpec(core, facts), format);
    saveBlob(file.blob, file.fileName);
    setStatus(`Saved ${file.fileName} (${facts.facts.length} facts).`);
  };
  return (
    <div className="facts-download">
      <button type="button" onClick={() => void download('csv')}>
        Download the facts (CSV)
      </button>
      <button type="button" onClick={() => void download('json')}>
        Download the facts (JSON)
      </button>
      <span role="status" className="muted">
        {status}
      </span>
    </div>
  );
}
