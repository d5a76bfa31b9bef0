import { useEffect, useState } from 'react';
import { useViewStore } from './viewStore';
import type { ViewState } from './urlState';

/** Without frames (a hidden tab), a change still arrives within this time. */
export const AFTER_PAINT_FALLBACK_MS = 100;

/**
 * A value of the view store that reaches this component only after the next frame has been painted. For the parts
 * of a view that may follow one frame behind: on a year change the map is recoloured at once (its own small
 * components read the store directly), while the page around it — legend counts, notes, side lists, tables, whose
 * text must be laid out again — re-renders in the frame after. A burst of changes (a held arrow key) lands once.
 */
export function useViewStoreAfterPaint<T>(select: (s: ViewState) => T): T {
  const [value, setValue] = useState(() => select(useViewStore.getState()));
  useEffect(() => {
    let pending: { timer: ReturnType<typeof setTimeout>; frame: number | null } | null = null;
    const apply = () => {
      if (!pending) return;
      clearTimeout(pending.timer);
      if (pending.frame !== null) cancelAnimationFrame(pending.frame);
      pending = null;
      setValue(() => select(useViewStore.getState()));
    };
    // A change made between the first render and this effect is taken at once.
    setValue(() => select(useViewStore.getState()));
    const unsubscribe = useViewStore.subscribe((state, previous) => {
      if (pending || Object.is(select(state), select(previous))) return;
      pending = {
        timer: setTimeout(apply, AFTER_PAINT_FALLBACK_MS),
        frame:
          typeof requestAnimationFrame === 'function'
            ? requestAnimationFrame(() => setTimeout(apply, 0))
            : null,
      };
    });
    return () => {
      unsubscribe();
      if (pending) {
        clearTimeout(pending.timer);
        if (pending.frame !== null) cancelAnimationFrame(pending.frame);
      }
    };
    // The selector is read when a change arrives; a new function each render must not resubscribe.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return value;
}
