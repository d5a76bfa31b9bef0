import { useMemo, useState } from 'react';
import type { CoreDataset, FactsDataset } from '../../data/schema';
import { saveBlob } from '../../shared/export/download';
import type { DataFormat } from '../../shared/export/exportConstants';
import { useViewStore } from '../../state/viewStore';
import { factsDownloadSpec } from './factsExport';
import { factsTableModel } from './sourcesModel';
import { FACT_SORT_KEYS, type FactSortKey, type SortDirection } from './sourcesSelectors';

const SORT_LABEL: Record<FactSortKey, string> = {
  country: 'Country',
  metric: 'Metric',
  year: 'Year',
  value: 'Value',
  document: 'Article',
};

/** The facts from the source documents: conflicts, search, filter, a sortable table (sourcesModel's factsTableModel). */
export function FactsTable({ core, facts }: { core: CoreDataset; facts: FactsDataset }) {
  const setView = useViewStore((s) => s.set);
  const [query, setQuery] = useState('');
  const [conflictsOnly, setConflictsOnly] = useState(false);
  const [sortKey, setSortKey] = useState<FactSortKey>('country');
  const [direction, setDirection] = useState<SortDirection>('ascending');
  const model = useMemo(
    () => factsTableModel(core, facts, { query, conflictsOnly, sortKey, direction }),
    [core, facts, query, conflictsOnly, sortKey, direction],
  );

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
        {model.total} facts, each with a verbatim quote from its article. Tiers are keyed by TIP report year
        (“2020 report”: the edition published in June 2020); counts by the year they count (“data year”).
        Shares are written with “%”, rates “per 1,000”, ranges with both ends.
      </p>

      <h3 id="conflicts-title">
        Where sources disagree <span className="conflict-badge">Conflict</span>
      </h3>
      <p>
        {model.conflicts.length} disagreements between sources, involving {model.inConflict} facts. Both
        values are kept; nothing is settled here.
      </p>
      <ul className="conflict-list" aria-labelledby="conflicts-title">
        {model.conflicts.map((c) => (
          <li key={c.id}>
            <span className="conflict-kind">{c.kind}:</span> {c.description}{' '}
            {c.factIds.map((factId) => (
              <a
                key={factId}
                href={`#fact-${factId}`}
                className="fact-link"
                onClick={(e) => {
                  e.preventDefault();
                  goToFact(factId);
                }}
              >
                fact {factId}
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
        {model.rows.length} of {model.total} facts shown
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
            {model.rows.map((f) => (
              <tr
                key={f.id}
                id={`fact-${f.id}`}
                tabIndex={-1}
                className={f.conflicts.length > 0 ? 'has-conflict' : undefined}
              >
                <td data-label={SORT_LABEL.country}>
                  {f.onMap ? (
                    <a
                      href={`?country=${f.place}`}
                      onClick={(e) => {
                        e.preventDefault();
                        setView({ view: 'map', country: f.place });
                      }}
                    >
                      {f.placeName}
                    </a>
                  ) : (
                    <span>{f.placeName}</span>
                  )}
                </td>
                <td data-label={SORT_LABEL.metric}>
                  {f.measure}
                  {f.breakdown && <span className="muted"> · {f.breakdown}</span>}
                  {f.context.map((c) => (
                    <span key={c} className="muted">
                      {' '}
                      · {c}
                    </span>
                  ))}
                </td>
                <td data-label={SORT_LABEL.year}>
                  {f.year}
                  {f.isDataYear && <span className="muted"> data year</span>}
                </td>
                <td data-label={SORT_LABEL.value} className="num">
                  {f.value}
                  {f.derived && <span className="muted"> (derived)</span>}
                </td>
                <td data-label={SORT_LABEL.document}>
                  <cite>{f.article}</cite>
                  {f.author ? <span> — {f.author}</span> : <span className="muted"> — no byline</span>}
                  <span className="muted doc-file"> ({f.document})</span>
                </td>
                <td data-label="Quote">
                  <blockquote>“{f.quote}”</blockquote>
                  <p className="muted note">
                    Confidence {f.confidence}.{f.note ? ` ${f.note}` : ''}
                  </p>
                  {f.conflicts.map((description, i) => (
                    <p key={i} className="conflict">
                      <span className="conflict-badge">Conflict</span> {description}
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
