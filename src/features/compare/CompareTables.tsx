import { ChartTable } from '../../shared/charts/ChartTable';
import type { TableModel } from '../../shared/charts/tableModel';

/** Compare's table alternative (compareModel's tables): tiers by report year, then each measure by data year. */
export function CompareTables({ tables }: { tables: readonly TableModel[] }) {
  return (
    <>
      {tables.map((t) => (
        <ChartTable key={t.key} summary={t.summary} caption={t.caption} columns={t.columns} rows={t.rows} />
      ))}
    </>
  );
}
