import { useMemo, useRef, useState } from 'react';
import { useCore, useFacts } from '../../data/loaders';
import type { Conflict, CoreDataset, FactsDataset } from '../../data/schema';
import { DataState } from '../../shared/DataState';
import { countryName, indexCore } from '../../shared/datasetSelectors';
import { ExportButton } from '../../shared/export/ExportButton';
import { useViewStore } from '../../state/viewStore';
import { sourcesExportSpec } from './sourcesExport';
import {
  FACT_SORT_KEYS,
  LICENCE_LABEL,
  filterFacts,
  formatFactValue,
  formatFactYear,
  metricLabel,
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
  document: 'Document',
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
  const [sortKey, setSortKey] = useState<FactSortKey>('country');
  const [direction, setDirection] = useState<SortDirection>('ascending');
  const name = (c: string) => countryName(index, c);
  const conflicts = useMemo(() => new Map<string, Conflict>(facts.conflicts.map((c) => [c.id, c])), [facts]);
  const titles = useMemo(() => new Map(core.sources.map((s) => [s.id, s.title])), [core]);
  const rows = sortFacts(filterFacts(facts.facts, query, name), sortKey, direction, name);

  const sortBy = (key: FactSortKey) => {
    if (key === sortKey) setDirection(direction === 'ascending' ? 'descending' : 'ascending');
    else {
      setSortKey(key);
      setDirection('ascending');
    }
  };

  return (
    <>
      <h2 id="facts-title">Facts from the source documents</h2>
      <p>
        {facts.facts.length} facts, each with a verbatim quote. {facts.conflicts.length} disagreements between
        sources are marked <span className="conflict-badge">Conflict</span>; both values are kept.
      </p>
      <label className="search-label">
        Search facts
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Country, metric, words in the quote…"
        />
      </label>
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
                className={f.conflicts.length > 0 ? 'has-conflict' : undefined}
              >
                <td>
                  {index.countries.has(f.country) ? (
                    <a
                      href={`?country=${f.country}`}
                      onClick={(e) => {
                        e.preventDefault();
                        setView({ view: 'map', country: f.country });
                      }}
                    >
                      {name(f.country)}
                    </a>
                  ) : (
                    <span>
                      {f.country
                        .replace(/_/g, ' ')
                        .toLowerCase()
                        .replace(/^\w/, (c) => c.toUpperCase())}{' '}
                      (region)
                    </span>
                  )}
                </td>
                <td>
                  {metricLabel(f)}
                  {f.breakdown && <span className="muted"> · {f.breakdown}</span>}
                </td>
                <td>{formatFactYear(f)}</td>
                <td className="num">
                  {formatFactValue(f)}
                  {f.derived && <span className="muted"> (derived)</span>}
                </td>
                <td>{titles.get(f.source) ?? f.document}</td>
                <td>
                  <blockquote>“{f.quote}”</blockquote>
                  {f.note && <p className="muted note">{f.note}</p>}
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
