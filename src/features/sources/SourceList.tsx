import { useMemo, useRef } from 'react';
import type { CoreDataset } from '../../data/schema';
import { ExportButton } from '../../shared/export/ExportButton';
import { sourcesExportSpec } from './sourcesExport';
import { sourceCards } from './sourcesModel';

/** The image width of a "current view" export when the list cannot be measured, and its height to width. */
const FALLBACK_EXPORT_WIDTH = 1200;
const CURRENT_VIEW_ASPECT = 0.56;

/** Every source as a card (sourcesModel's sourceCards), with the list's Export button. */
export function SourceList({ core }: { core: CoreDataset }) {
  const head = useRef<HTMLDivElement>(null);
  const cards = useMemo(() => sourceCards(core), [core]);
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
        {cards.map((s) => (
          <li key={s.id} id={`source-${s.id}`} className="source-card">
            <h3>{s.title}</h3>
            <dl>
              {s.fields.map((f) => (
                <FieldRow key={f.term} term={f.term} value={f.value} kind={f.kind} />
              ))}
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

function FieldRow({ term, value, kind }: { term: string; value: string; kind: 'text' | 'url' | 'code' }) {
  return (
    <>
      <dt>{term}</dt>
      {kind === 'url' ? (
        <dd className="url">{value}</dd>
      ) : kind === 'code' ? (
        <dd>
          <code>{value}</code>
        </dd>
      ) : (
        <dd>{value}</dd>
      )}
    </>
  );
}
