import './charts.css';
import { useId, useState } from 'react';
import { factContext } from '../../data/factFormat';
import type { CoreDataset, DocumentFact } from '../../data/schema';
import { formatFactValue, formatFactYear, metricLabel } from '../factFormat';
import { FactListControls } from '../facts/FactListControls';
import { ALL_MEASURES, SUMMARISE_FROM, byMeasure, type MeasureFilter } from '../facts/factMeasures';
import { DOCUMENT_SHAPE } from './chartConstants';
import {
  citeFact,
  comparisonText,
  disagreesWithUnodc,
  type CountryIdentity,
  type FactComparison,
} from './countryData';
import { MarkerSwatch } from './Marker';

interface Props {
  items: readonly { fact: DocumentFact; comparison: FactComparison }[];
  core: Pick<CoreDataset, 'sources'>;
  unodcSource: string;
  identity: (iso3: string) => CountryIdentity | undefined;
  /** Print the country in each entry (off in Compare, where the column names it). */
  showCountry?: boolean;
  /** Descriptions of the dataset's recorded conflicts, by id (e.g. a document against the tier table). */
  conflictText?: (conflictId: string) => string | undefined;
}

/** The documents' facts with their quotes and sources, and how each stands against UNODC. */
export function DocumentFactList({
  items,
  core,
  unodcSource,
  identity,
  showCountry = true,
  conflictText,
}: Props) {
  const listId = useId();
  const [measure, setMeasure] = useState<MeasureFilter>(ALL_MEASURES);
  const [expanded, setExpanded] = useState(false);
  if (items.length === 0) return <p className="muted">The source documents give no such figures.</p>;
  const summarised = items.length >= SUMMARISE_FROM;
  const shownFacts = new Set(
    byMeasure(
      items.map((i) => i.fact),
      summarised ? measure : ALL_MEASURES,
    ),
  );
  const shown = items.filter((i) => shownFacts.has(i.fact));
  return (
    <>
      {summarised && (
        <FactListControls
          facts={items.map((i) => i.fact)}
          measure={measure}
          onMeasure={setMeasure}
          expanded={expanded}
          onExpanded={setExpanded}
          listId={listId}
        />
      )}
      <ul className="fact-list" id={listId} hidden={summarised && !expanded}>
        {shown.map(({ fact, comparison }) => {
          const who = identity(fact.country);
          const conflict = disagreesWithUnodc(comparison, fact) || fact.conflicts.length > 0;
          return (
            <li
              key={fact.id}
              className={conflict ? 'fact-item has-conflict' : 'fact-item'}
              data-fact={fact.id}
            >
              <p className="fact-head">
                {who && <MarkerSwatch shape={DOCUMENT_SHAPE} colour={who.colour} hollow={!!fact.breakdown} />}{' '}
                <strong>
                  {showCountry && who ? `${who.name}: ` : ''}
                  {formatFactValue(fact)} {metricLabel(fact)}
                  {fact.breakdown ? ` (${fact.breakdown})` : ''}
                </strong>{' '}
                <span className="muted">
                  {fact.yearKind === 'data' ? 'data year' : ''} {formatFactYear(fact)}
                </span>
                {conflict && <span className="conflict-badge">Conflict</span>}
              </p>
              {factContext(fact).length > 0 && (
                <p className="fact-context">{factContext(fact).join(' · ')}</p>
              )}
              <blockquote>“{fact.quote}”</blockquote>
              <p className="fact-cite">
                {citeFact(fact, core)} · confidence {fact.confidence}
                {fact.derived ? ' · derived from the quote' : ''}
              </p>
              {fact.yearKind === 'data' && (
                <p className={conflict ? 'fact-compare conflict' : 'fact-compare'}>
                  {comparisonText(comparison, fact, unodcSource)}
                </p>
              )}
              {fact.conflicts
                .map((id) => conflictText?.(id))
                .filter(
                  (t): t is string =>
                    !!t && !(fact.yearKind === 'data' && disagreesWithUnodc(comparison, fact)),
                )
                .map((t) => (
                  <p key={t} className="fact-compare conflict">
                    {t}
                  </p>
                ))}
              {fact.note && <p className="fact-note muted">Note: {fact.note}</p>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
