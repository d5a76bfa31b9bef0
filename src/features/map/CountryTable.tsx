import { useMemo, useState } from 'react';
import type { CoreIndex } from '../../shared/datasetSelectors';
import { TIER_CLASSES, TIER_CLASS_LABEL } from '../../shared/tierConstants';
import { CHANGE_ARROW, CHANGE_CLASSES, CHANGE_LABEL } from './mapConstants';
import type { CountryChange } from './mapSelectors';
import { compareText } from '../../data/englishText';

export const TABLE_SORT_KEYS = ['name', 'region', 'from', 'to', 'change'] as const;
export type TableSortKey = (typeof TABLE_SORT_KEYS)[number];
type Direction = 'ascending' | 'descending';

const tierOrder = (c: CountryChange['to']) => TIER_CLASSES.indexOf(c);

/** Sorts rows by a column; ties fall back to the country name so the order is stable. */
export function sortRows(rows: readonly CountryChange[], key: TableSortKey, dir: Direction): CountryChange[] {
  const sign = dir === 'ascending' ? 1 : -1;
  const cmp = (a: CountryChange, b: CountryChange): number => {
    switch (key) {
      case 'name':
        return 0;
      case 'region':
        return compareText(a.region, b.region);
      case 'from':
        return tierOrder(a.from) - tierOrder(b.from);
      case 'to':
        return tierOrder(a.to) - tierOrder(b.to);
      case 'change':
        return (
          CHANGE_CLASSES.indexOf(a.change) - CHANGE_CLASSES.indexOf(b.change) ||
          (b.steps ?? 0) - (a.steps ?? 0)
        );
    }
  };
  return [...rows].sort((a, b) => sign * cmp(a, b) || sign * compareText(a.name, b.name));
}

interface Props {
  rows: readonly CountryChange[];
  index: CoreIndex;
  fromYear: number | null;
  toYear: number;
  caption: string;
  onSelect: (iso3: string) => void;
  /** Show the source of the current tier (the full table alternative does). */
  showSource?: boolean;
  initialSort?: TableSortKey;
  /** Marks countries on the Watch List in consecutive reports. */
  streaks?: ReadonlyMap<string, number>;
}

const STEP_TEXT: Record<number, string> = { 0.5: '½ tier', 1: '1 tier', 1.5: '1½ tiers', 2: '2 tiers' };

/** " (½ tier)" for a move on or off the Watch List, " (2 tiers)" for Tier 3 → Tier 1. */
export const stepsText = (r: Pick<CountryChange, 'change' | 'steps'>): string =>
  r.steps && (r.change === 'upgraded' || r.change === 'downgraded')
    ? ` (${STEP_TEXT[r.steps] ?? `${r.steps} tiers`})`
    : '';

/** A sortable table of countries with their tier in two reports and the change between them. */
export function CountryTable({
  rows,
  index,
  fromYear,
  toYear,
  caption,
  onSelect,
  showSource = false,
  initialSort = 'name',
  streaks,
}: Props) {
  const [sort, setSort] = useState<{ key: TableSortKey; dir: Direction }>({
    key: initialSort,
    dir: 'ascending',
  });
  const sorted = useMemo(() => sortRows(rows, sort.key, sort.dir), [rows, sort]);
  const header = (key: TableSortKey, label: string, className?: string) => (
    <th scope="col" className={className} aria-sort={sort.key === key ? sort.dir : 'none'}>
      <button
        type="button"
        className="sort-button"
        onClick={() =>
          setSort((s) => ({
            key,
            dir: s.key === key && s.dir === 'ascending' ? 'descending' : 'ascending',
          }))
        }
      >
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
  return (
    <div className="table-scroll">
      <table className="data-table map-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header('name', 'Country')}
            {header('region', 'Region', 'col-region')}
            {fromYear !== null && header('from', `${fromYear} report`)}
            {header('to', `${toYear} report`)}
            {header('change', 'Change')}
            {showSource && <th scope="col">Source of the {toYear} tier</th>}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => {
            const cell = index.tierByCountryYear.get(r.iso3)?.get(toYear);
            const streak = streaks?.get(r.iso3) ?? 0;
            return (
              <tr key={r.iso3} data-iso3={r.iso3}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelect(r.iso3)}>
                    {r.name}
                  </button>
                </th>
                <td className="col-region">{r.region}</td>
                {fromYear !== null && (
                  <td data-col="from">
                    {TIER_CLASS_LABEL[r.from]}
                    {r.fromInferred && (
                      <span className="inferred-badge" title={r.fromInferred}>
                        {' '}
                        (inferred)
                      </span>
                    )}
                  </td>
                )}
                <td data-col="to">
                  {TIER_CLASS_LABEL[r.to]}
                  {r.toInferred && (
                    <span className="inferred-badge" title={r.toInferred}>
                      {' '}
                      (inferred)
                    </span>
                  )}
                  {streak >= 2 && (
                    <span className="streak-badge">
                      <span aria-hidden="true">WL ×{streak}</span>
                      <span className="visually-hidden">, on the Watch List {streak} reports in a row</span>
                    </span>
                  )}
                </td>
                <td data-col="change" className={`change-${r.change.replace(' ', '-')}`}>
                  <span aria-hidden="true">{CHANGE_ARROW[r.change]} </span>
                  {CHANGE_LABEL[r.change]}
                  {stepsText(r)}
                </td>
                {showSource && (
                  <td className="muted">
                    {cell ? `${cell.origin}${cell.reason ? ` (${cell.reason})` : ''}` : '—'}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
