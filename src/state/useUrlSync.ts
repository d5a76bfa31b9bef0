import { useEffect } from 'react';
import { afterNextPaint } from './afterNextPaint';
import { parseQuery, toQuery } from './urlState';
import { selectViewState, useViewStore } from './viewStore';

/** The address the store was started from before the app's first render (`startFromUrl`), until the sync mounts. */
let startedFrom: string | null = null;

/**
 * Puts the view the address asks for into the store before the app's first render (boot.tsx), so the first render
 * is of that view. The sync, once mounted, then does not read that address into the store a second time: what a
 * view did as it mounted in the same commit (the map opening the panel of a country clicked on the page's picture,
 * whose effect runs before the app's) is kept.
 */
export function startFromUrl(): void {
  startedFrom = window.location.search;
  useViewStore.getState().replace(parseQuery(startedFrom).state);
}

/** Reads the view from the URL once, then mirrors the store into the URL both ways (Back and Forward included). */
export function useUrlSync(): void {
  useEffect(() => {
    const store = useViewStore.getState();
    const initial = parseQuery(window.location.search);
    if (startedFrom !== window.location.search) store.replace(initial.state);
    startedFrom = null;
    store.set({ pack: initial.pack });
    if (initial.notices.length > 0) {
      initial.notices.forEach((n) => console.warn(n));
      store.notify(initial.notices);
    }
    // Start from the address as typed, so a link with dropped parameters is rewritten at once.
    let last = window.location.search;
    // An embedded view stays one: a reload in its iframe must not bring the app's header back.
    const embed = new URLSearchParams(last).get('embed') === '1';
    const write = (initialRewrite: boolean) => {
      const { pack } = useViewStore.getState();
      const view = toQuery(selectViewState(useViewStore.getState()));
      const extra = [pack ? `pack=${pack}` : '', embed ? 'embed=1' : ''].filter(Boolean).join('&');
      const qs = extra ? `${view}${view ? '&' : '?'}${extra}` : view;
      if (qs === last) return;
      const viewBefore = new URLSearchParams(last).get('view');
      last = qs;
      const url = `${window.location.pathname}${qs}${window.location.hash}`;
      // A change of view is a new history entry (Back returns to the previous view); other changes replace it.
      if (!initialRewrite && viewBefore !== new URLSearchParams(qs).get('view'))
        window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    write(true);
    // A change of the report year alone (the slider, Play) is written after the next frame, so the map repaints
    // first: a history call costs the frame one or two milliseconds in Chromium. Any other change is written at
    // once, and writes a pending year with it.
    let cancelPendingYear: (() => void) | null = null;
    const flush = () => {
      if (!cancelPendingYear) return;
      cancelPendingYear();
      cancelPendingYear = null;
      write(false);
    };
    const unsubscribe = useViewStore.subscribe((state, previous) => {
      const changed = (Object.keys(state) as (keyof typeof state)[]).filter(
        (k) => typeof state[k] !== 'function' && state[k] !== previous[k],
      );
      if (changed.length === 1 && changed[0] === 'reportYear') {
        if (!cancelPendingYear)
          cancelPendingYear = afterNextPaint(() => {
            cancelPendingYear = null;
            write(false);
          });
        return;
      }
      if (cancelPendingYear) flush();
      else write(false);
    });
    // Leaving the page keeps the last year in the session's history.
    window.addEventListener('pagehide', flush);
    const onPop = () => {
      const parsed = parseQuery(window.location.search);
      last = window.location.search;
      useViewStore.getState().replace(parsed.state);
      // Back and Forward move between views, not between versions of the briefing pack: the pack stays the app's
      // (the one on screen and in storage), and the address is rewritten to carry it, so a reload keeps it too.
      write(true);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      cancelPendingYear?.();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
