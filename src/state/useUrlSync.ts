import { useEffect } from 'react';
import { parseQuery, toQuery } from './urlState';
import { selectViewState, useViewStore } from './viewStore';

/** Reads the view from the URL once, then mirrors the store into the URL both ways (Back and Forward included). */
export function useUrlSync(): void {
  useEffect(() => {
    const store = useViewStore.getState();
    const initial = parseQuery(window.location.search);
    store.replace(initial.state);
    if (initial.notices.length > 0) {
      initial.notices.forEach((n) => console.warn(n));
      store.notify(initial.notices);
    }
    // Start from the address as typed, so a link with dropped parameters is rewritten at once.
    let last = window.location.search;
    const write = (push: boolean) => {
      const qs = toQuery(selectViewState(useViewStore.getState()));
      if (qs === last) return;
      const view = new URLSearchParams(last).get('view');
      last = qs;
      const url = `${window.location.pathname}${qs}${window.location.hash}`;
      if (push || view !== new URLSearchParams(qs).get('view')) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    write(false);
    const unsubscribe = useViewStore.subscribe(() => write(false));
    const onPop = () => {
      const parsed = parseQuery(window.location.search);
      last = toQuery(parsed.state);
      useViewStore.getState().replace(parsed.state);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
