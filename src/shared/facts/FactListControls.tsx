import { useId } from 'react';
import type { DocumentFact } from '../../data/schema';
import { ALL_MEASURES, measureCounts, measureSummary, type MeasureFilter } from './factMeasures';
import './facts.css';

interface Props {
  /** Every fact of the list, before filtering: the summary counts them. */
  facts: readonly Pick<DocumentFact, 'metric'>[];
  measure: MeasureFilter;
  onMeasure: (m: MeasureFilter) => void;
  expanded: boolean;
  onExpanded: (expanded: boolean) => void;
  /** The id of the list the button shows and hides. */
  listId: string;
  /** "figures" or "facts". */
  noun?: string;
  /** How many facts stay listed while collapsed (the map panel keeps a few); 0 hides the list. */
  collapsedCount?: number;
}

/**
 * A long list of document facts as a one-line summary by measure, with the full list a click away and a
 * filter by measure. Native controls, so the keyboard works as everywhere else.
 */
export function FactListControls({
  facts,
  measure,
  onMeasure,
  expanded,
  onExpanded,
  listId,
  noun = 'figures',
  collapsedCount = 0,
}: Props) {
  const selectId = useId();
  const counts = measureCounts(facts);
  return (
    <div className="fact-controls">
      <p className="fact-summary">{measureSummary(facts)}</p>
      <div className="fact-controls-row">
        <label htmlFor={selectId}>Measure</label>
        <select
          id={selectId}
          value={measure}
          onChange={(e) => {
            onMeasure(e.target.value as MeasureFilter);
            onExpanded(true);
          }}
        >
          <option value={ALL_MEASURES}>All measures ({facts.length})</option>
          {counts.map((m) => (
            <option key={m.metric} value={m.metric}>
              {m.label} ({m.count})
            </option>
          ))}
        </select>
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => onExpanded(!expanded)}
        >
          {expanded
            ? collapsedCount > 0
              ? `Show fewer ${noun}`
              : `Hide the ${noun}`
            : `Show all ${measure === ALL_MEASURES ? `${facts.length} ` : 'the '}${noun}`}
        </button>
      </div>
    </div>
  );
}
