import { useMemo } from 'react';
import { useDataset } from '../../data/loaders';
import { indexCore } from '../../shared/datasetSelectors';
import type { ViewState } from '../../state/urlState';
import { compareSummaryFor } from './compareSummary';

/**
 * The summary Compare shows for a view state, or null for any other view (which then loads nothing more); null too
 * until the data it needs has loaded.
 */
export function useCompareSummary(state: Pick<ViewState, 'view' | 'countries'>): string | null {
  const wanted = state.view === 'compare';
  const core = useDataset('core', wanted).data;
  const unodc = useDataset('unodc', wanted).data;
  const facts = useDataset('facts', wanted).data;
  const index = useMemo(() => (core ? indexCore(core) : null), [core]);
  return useMemo(
    () =>
      wanted && core && index && unodc && facts
        ? compareSummaryFor({ core, index, unodc, facts }, state.countries)
        : null,
    [wanted, core, index, unodc, facts, state.countries],
  );
}
