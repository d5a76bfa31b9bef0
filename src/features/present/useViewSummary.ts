import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useDataset } from '../../data/loaders';
import { toQuery, type ViewState } from '../../state/urlState';
import { worldQuery } from '../map';
import { exportSpecFor, needs } from './exportSpecFor';
import { SLIDE_VIEW_SIZE } from './presentConstants';

/**
 * The plain-language summary of the view a state describes, as its export writes it from the data alone (the map's
 * tier counts and movers, Trends' latest values, Compare's summary, the Sources list): the pin dialog's default
 * speaker note. Null until the files it needs have loaded, or when the view has nothing to summarise.
 */
export function useViewSummary(state: ViewState): string | null {
  const need = needs(state);
  const core = useDataset('core').data;
  const unodc = useDataset('unodc', need.unodc).data;
  const facts = useDataset('facts', need.facts).data;
  // The same query as the map's own, so the geometry the app already holds is reused.
  const world = useQuery({ ...worldQuery, enabled: need.world }).data;
  return useMemo(() => {
    if (!core || (need.unodc && !unodc) || (need.facts && !facts) || (need.world && !world)) return null;
    // The spec wants the view's address; the summary does not depend on it.
    const address = `${window.location.origin}${window.location.pathname}${toQuery(state)}`;
    try {
      return exportSpecFor(state, { core, unodc, facts, world }, SLIDE_VIEW_SIZE, address)?.summary ?? null;
    } catch (e) {
      // A note the app could not write is left for the presenter to write; the dialog itself keeps working.
      console.warn('The view summary could not be written', e);
      return null;
    }
    // `need` follows from `state`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, core, unodc, facts, world]);
}
