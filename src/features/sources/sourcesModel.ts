/**
 * What the Sources view draws, from the datasets and the view's state (search text, conflicts filter, sort): the
 * source cards, the conflicts list and the facts table's rows, every text a row shows already written. The components
 * render it; nothing here knows about React.
 */
import { factContext, formatFactWithUnit } from '../../data/factFormat';
import type { CoreDataset, FactsDataset, Source } from '../../data/schema';
import { countryName, indexCore } from '../../shared/datasetSelectors';
import { formatFactYear, metricLabel } from '../../shared/factFormat';
import {
  CONFLICT_KIND_LABEL,
  LICENCE_LABEL,
  filterFacts,
  placeName,
  sortFacts,
  type FactSortKey,
  type SortDirection,
} from './sourcesSelectors';

export interface SourceField {
  term: string;
  value: string;
  /** How the value is set: an address (long, breaks anywhere), code (the source id) or plain text. */
  kind: 'text' | 'url' | 'code';
}

export interface SourceCard {
  id: string;
  title: string;
  fields: SourceField[];
  caveats: readonly string[];
}

/** Each source as its card reads: kind, author, publisher, date, citation, address, licence, attribution, coverage, id. */
export function sourceCards(core: CoreDataset): SourceCard[] {
  return core.sources.map((s: Source) => {
    const field = (term: string, value: string | null | undefined, kind: SourceField['kind'] = 'text') =>
      value ? [{ term, value, kind }] : [];
    return {
      id: s.id,
      title: s.title,
      fields: [
        ...field('Kind', s.kind === 'table' ? 'Data table' : 'Source document'),
        ...field('Author', s.author),
        ...field('Publisher', s.publisher),
        ...field('Date', s.date),
        ...field('Citation', s.citation),
        ...field('Address', s.url, 'url'),
        ...field('Licence', LICENCE_LABEL[s.licence]),
        ...field('Attribution', s.attribution),
        ...field('Coverage', s.coverage),
        ...field('Source id', s.id, 'code'),
      ],
      caveats: s.caveats,
    };
  });
}

export interface FactsTableState {
  query: string;
  conflictsOnly: boolean;
  sortKey: FactSortKey;
  direction: SortDirection;
}

export interface FactRow {
  id: string;
  /** The place's code (ISO3 or a region code), and its name as shown. */
  place: string;
  placeName: string;
  /** Whether the place is a country of the map, so its name links there. */
  onMap: boolean;
  measure: string;
  breakdown: string | null;
  context: string[];
  year: string;
  isDataYear: boolean;
  value: string;
  derived: boolean;
  article: string;
  author: string | null;
  /** "document 001, The Borgen Project" and the fact's id. */
  document: string;
  quote: string;
  confidence: string;
  note: string | null;
  /** The description of each conflict the fact is in. */
  conflicts: string[];
}

export interface ConflictItem {
  id: string;
  kind: string;
  description: string;
  /** The facts on either side that are in the table, to link to. */
  factIds: string[];
}

export interface FactsTableModel {
  total: number;
  /** How many facts are in at least one conflict. */
  inConflict: number;
  conflicts: ConflictItem[];
  /** The rows the search, filter and sort leave, in order. */
  rows: FactRow[];
}

/** "document 001, The Borgen Project": which compiled source file an article sits in, and its publisher. */
export function documentLabel(core: CoreDataset, sourceId: string): string {
  const source = core.sources.find((s) => s.id === sourceId);
  const file = /^doc-(\d{3})-/.exec(sourceId)?.[1];
  return [file ? `document ${file}` : sourceId, source?.publisher].filter(Boolean).join(', ');
}

export function factsTableModel(
  core: CoreDataset,
  facts: FactsDataset,
  state: FactsTableState,
): FactsTableModel {
  const index = indexCore(core);
  const place = (c: string) => placeName(c, (iso3) => countryName(index, iso3));
  const described = new Map(facts.conflicts.map((c) => [c.id, c.description]));
  const shown = state.conflictsOnly ? facts.facts.filter((f) => f.conflicts.length > 0) : facts.facts;
  const rows = sortFacts(filterFacts(shown, state.query, place), state.sortKey, state.direction, place);
  return {
    total: facts.facts.length,
    inConflict: facts.facts.filter((f) => f.conflicts.length > 0).length,
    conflicts: facts.conflicts.map((c) => ({
      id: c.id,
      kind: CONFLICT_KIND_LABEL[c.kind],
      description: c.description,
      factIds: c.values.flatMap((v) => (v.factId ? [v.factId] : [])),
    })),
    rows: rows.map((f) => ({
      id: f.id,
      place: f.country,
      placeName: place(f.country),
      onMap: index.countries.has(f.country),
      measure: metricLabel(f),
      breakdown: f.breakdown ?? null,
      context: factContext(f),
      year: formatFactYear(f),
      isDataYear: f.yearKind === 'data',
      value: formatFactWithUnit(f),
      derived: !!f.derived,
      article: f.title,
      author: f.author ?? null,
      document: `${documentLabel(core, f.source)}, ${f.id}`,
      quote: f.quote,
      confidence: f.confidence,
      note: f.note ?? null,
      conflicts: f.conflicts.map((id) => described.get(id) ?? ''),
    })),
  };
}
