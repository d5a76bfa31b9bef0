import { LESS_THAN_FIVE } from '../../data/wire';
import type { MarkerShape } from './chartConstants';
import { formatCount } from './format';
import { MarkerSwatch } from './Marker';
import type { ActivePoint } from './TimeSeriesChart';
import type { PlacedPoint, TimeSeriesLayout } from './timeSeriesTypes';

/** How one series reads in a given data year: its value, or "no data". */
export interface YearRow {
  id: string;
  label: string;
  colour: string;
  shape: MarkerShape;
  hollow: boolean;
  valueText: string;
  detail: string;
  focused: boolean;
  kind: 'series' | 'mark';
}

const valueText = (v: PlacedPoint['value']): string =>
  v === LESS_THAN_FIVE ? '<5 (fewer than five)' : formatCount(v);

/** Every visible series and mark at a data year, in legend order: what the crosshair lists. */
export function rowsAtYear(layout: TimeSeriesLayout, active: ActivePoint): YearRow[] {
  const stop = layout.stops.find((s) => s.dataYear === active.dataYear);
  const seriesRows = layout.series.map((s): YearRow => {
    const p = stop?.points.find((q) => q.ref.kind === 'series' && q.ref.series.id === s.id);
    const point = p?.ref.kind === 'series' ? p.ref.point : undefined;
    return {
      id: s.id,
      label: s.label,
      colour: s.colour,
      shape: s.shape,
      hollow: point?.value === LESS_THAN_FIVE || !!s.secondary,
      valueText: point ? valueText(point.value) : 'no data',
      detail: point ? (point.note ?? s.source) : s.source,
      focused: !!p && p.id === active.pointId,
      kind: 'series',
    };
  });
  const markRows = (stop?.points ?? []).flatMap((p): YearRow[] =>
    p.ref.kind === 'mark'
      ? [
          {
            id: p.id,
            label: `${p.ref.mark.label}, ${p.ref.mark.what}`,
            colour: p.ref.mark.colour,
            shape: p.ref.mark.shape,
            hollow: p.ref.mark.hollow,
            valueText: p.ref.mark.valueText,
            detail: p.ref.mark.source,
            focused: p.id === active.pointId,
            kind: 'mark',
          },
        ]
      : [],
  );
  return [...seriesRows, ...markRows];
}

/** Plain text of the same content, for the live region. */
export function describeActive(layout: TimeSeriesLayout, active: ActivePoint): string {
  const rows = rowsAtYear(layout, active);
  const focused = rows.find((r) => r.focused);
  const mark = layout.marks.find((m) => m.id === active.pointId);
  const quote =
    mark?.ref.kind === 'mark' && mark.ref.mark.quotes[0] ? ` Quote: “${mark.ref.mark.quotes[0].quote}”.` : '';
  const conflict = mark?.ref.kind === 'mark' && mark.ref.mark.conflict ? ` ${mark.ref.mark.conflict}.` : '';
  const head = focused
    ? `${focused.label}, data year ${active.dataYear}: ${focused.valueText} (${focused.detail}).${conflict}${quote}`
    : `Data year ${active.dataYear}.`;
  const rest = rows
    .filter((r) => !r.focused)
    .map((r) => `${r.label}: ${r.valueText}`)
    .join('; ');
  return rest ? `${head} ${rest}.` : head;
}

/** The crosshair's content: every visible value at the year, and the quote of a focused document mark. */
export function ChartTooltip({ layout, active }: { layout: TimeSeriesLayout; active: ActivePoint }) {
  const rows = rowsAtYear(layout, active);
  const focusedMark = layout.marks.find((m) => m.id === active.pointId);
  const mark = focusedMark?.ref.kind === 'mark' ? focusedMark.ref.mark : null;
  return (
    <div className="chart-tooltip-body">
      <p className="chart-tooltip-year">Data year {active.dataYear}</p>
      {mark && (
        <div className="chart-tooltip-quote">
          <p>
            <strong>
              {mark.label}: {mark.valueText} {mark.what}
            </strong>
          </p>
          {mark.conflict && <p className="chart-tooltip-conflict">≠ {mark.conflict}</p>}
          {mark.context && <p className="chart-tooltip-context">{mark.context}</p>}
          {mark.quotes.map((q) => (
            <figure key={q.cite + q.quote}>
              <blockquote>“{q.quote}”</blockquote>
              <figcaption>{q.cite}</figcaption>
            </figure>
          ))}
        </div>
      )}
      <table className="chart-tooltip-table">
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.focused ? 'focused' : undefined} data-kind={r.kind}>
              <th scope="row">
                <MarkerSwatch shape={r.shape} colour={r.colour} hollow={r.hollow} /> {r.label}
              </th>
              <td className="num">{r.valueText}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="chart-tooltip-detail">{[...new Set(rows.map((r) => r.detail))].join(' · ')}</p>
    </div>
  );
}
