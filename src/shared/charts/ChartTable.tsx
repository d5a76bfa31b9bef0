import './charts.css';
import type { ReactNode } from 'react';

export interface TableColumn {
  key: string;
  label: ReactNode;
  numeric?: boolean;
}

export interface TableRow {
  key: string;
  /** The first cell is the row header. */
  cells: ReactNode[];
  className?: string;
}

interface Props {
  /** Summary text of the disclosure, e.g. "Table: persons convicted by data year". */
  summary: string;
  caption: ReactNode;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  /** Under the table: sources and what symbols mean. */
  footer?: ReactNode;
  defaultOpen?: boolean;
}

/** The table alternative of a chart, with the same numbers, behind a disclosure. */
export function ChartTable({ summary, caption, columns, rows, footer, defaultOpen = false }: Props) {
  return (
    <details className="chart-table" open={defaultOpen || undefined}>
      <summary>{summary}</summary>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={r.className}>
                {r.cells.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className={columns[i]?.numeric ? 'num' : undefined}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {footer && <div className="chart-table-footer">{footer}</div>}
    </details>
  );
}
