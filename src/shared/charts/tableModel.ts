/**
 * A chart's table alternative as data, for a view's model to compute and ChartTable to render: plain text and
 * numbers only, so a model stays free of components.
 */
export interface TableModel {
  /** Keys the table among its siblings. */
  key: string;
  /** The disclosure's text, e.g. "Table: persons convicted by data year". */
  summary: string;
  caption: string;
  columns: { key: string; label: string; numeric?: boolean }[];
  /** The first cell of each row is its header. */
  rows: { key: string; cells: (string | number)[] }[];
}
