import { useEffect, useState } from 'react';
import { afterNextPaint } from './afterNextPaint';
import { useViewStore } from './viewStore';
import type { ViewState } from './urlState';

/**
 * A value of the view store that reaches this component only after the next frame has been painted. For the parts
 * of a view that may follow one frame behind: on a year change the map is recoloured at once (its own small
 * components read the store directly), while the page around it — legend counts, notes, side lists, tables, whose
 * text must be laid out again — re-renders in the frame after. A burst of changes (a held arrow key) lands once.
 */
export function useViewStoreAfterPaint<T>(select: (s: ViewState) => T): T {
  const [value, setValue] = useState(() => select(useViewStore.getState()));
  useEffect(() => {
    let cancelPending: (() => void) | null = null;
    // A change made between the first render and this effect is taken at once.
    setValue(() => select(useViewStore.getState()));
    const unsubscribe = useViewStore.subscribe((state, previous) => {
      if (cancelPending || Object.is(select(state), select(previous))) return;
      cancelPending = afterNextPaint(() => {
        cancelPending = null;
        setValue(() => select(useViewStore.getState()));
      });
    });
    return () => {
      unsubscribe();
      cancelPending?.();
    };
    // The selector is read when a change arrives; a new function each render must not resubscribe.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return value;
}
