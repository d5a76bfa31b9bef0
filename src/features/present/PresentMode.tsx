import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useViewStore } from '../../state/viewStore';
import { ViewContent } from '../../ViewContent';
import { slideState } from './packState';
import { usePackStore } from './packStore';
import { NEXT_KEYS, PREVIOUS_KEYS } from './presentConstants';
import { presenterUrl } from './presenter/presenterChannel';
import { usePresenterLink } from './presenter/usePresenterLink';

// The slide renderer (export frame and layout) loads with the first slide, not with the app.
const PresentSlide = lazy(() => import('./PresentSlide'));

/** Keys typed into these belong to the control, not to slide navigation. */
const OWN_KEYS =
  'input, textarea, select, [role="slider"], [role="combobox"], [role="application"], [contenteditable="true"]';

/**
 * Presents the pack full screen, one view per slide, with clicker keys (→ ← Page Up/Down Space Home End),
 * Esc to leave and N for the presenter view (speaker notes, next slide, timer) in a second window. Each slide applies its pinned view state; leaving restores the view
 * that was open before.
 */
export function PresentMode() {
  const slides = usePackStore((s) => s.slides);
  const index = usePackStore((s) => s.presenting);
  const setPresenting = usePackStore((s) => s.setPresenting);
  const view = useViewStore((s) => s.view);
  const [notesOpen, setNotesOpen] = useState(false);
  /** The slide as drawn for the projector, or the live view (pointer, tooltips, country panel). */
  const [live, setLive] = useState(false);
  /** The slide (index) whose view offers nothing to draw as a slide: it is shown live. */
  const [noSlide, setNoSlide] = useState<number | null>(null);
  const showLive = live || noSlide === index;
  const onUnavailable = useCallback(() => setNoSlide(index), [index]);
  const rootRef = useRef<HTMLDivElement>(null);
  const slide = index === null ? undefined : slides[index];

  const go = useCallback(
    (next: number) => setPresenting(Math.max(0, Math.min(slides.length - 1, next))),
    [setPresenting, slides.length],
  );
  const leave = useCallback(() => setPresenting(null), [setPresenting]);
  usePresenterLink(index, slides, go);
  /** The notes live in the presenter's window; the audience's screen shows them only when asked. */
  const openPresenter = useCallback(() => {
    window.open(presenterUrl(), 'tip-atlas-presenter', 'popup,width=1100,height=700');
  }, []);

  // Enter: go full screen. Leaving (setPresenting(null)) restores the view in the pack store, because this component
  // unmounts as the presentation ends and an effect here would run too late; full screen ends with it.
  // Layout effects, here and for the keys below: this component's code loads on the first Present, so React commits it
  // outside that click, and a passive effect would run only after the browser has painted the first slide and handled
  // the input already waiting. A → pressed the instant the slide showed went unheard.
  const presenting = index !== null;
  useLayoutEffect(() => {
    if (!presenting) return;
    const root = rootRef.current;
    root?.focus();
    root?.requestFullscreen?.().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, [presenting]);

  // Each slide shows its pinned view.
  useEffect(() => {
    if (slide) useViewStore.getState().replace(slideState(slide).state);
  }, [slide]);

  // Leaving full screen with the browser's own Esc also leaves the presentation.
  useEffect(() => {
    const onFullscreen = () => {
      if (!document.fullscreenElement && usePackStore.getState().presenting !== null) leave();
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => document.removeEventListener('fullscreenchange', onFullscreen);
  }, [leave]);

  useLayoutEffect(() => {
    if (index === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as Element | null;
      if (e.key === 'Escape') {
        e.preventDefault();
        leave();
        return;
      }
      if (target?.closest?.(OWN_KEYS)) return;
      if (e.key === ' ' && target?.closest?.('button, a')) return;
      // The store's index, not this effect's: a key pressed just after a move (say, the presenter window's) moves
      // from the slide on screen even before this effect has run again.
      const current = usePackStore.getState().presenting ?? index;
      if ((NEXT_KEYS as readonly string[]).includes(e.key)) {
        e.preventDefault();
        go(current + 1);
      } else if ((PREVIOUS_KEYS as readonly string[]).includes(e.key)) {
        e.preventDefault();
        go(current - 1);
      } else if (e.key === 'Home') {
        e.preventDefault();
        go(0);
      } else if (e.key === 'End') {
        e.preventDefault();
        go(slides.length - 1);
      } else if (e.key === 'n' || e.key === 'N') {
        // Notes go to the presenter's window, never to the audience's screen by a key press.
        openPresenter();
      } else if (e.key === 'i' || e.key === 'I') {
        setLive((l) => !l);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, go, leave, slides.length, openPresenter]);

  if (index === null || !slide) return null;
  return (
    <div
      ref={rootRef}
      className="present"
      role="dialog"
      aria-modal="true"
      aria-label={`Presentation, slide ${index + 1} of ${slides.length}: ${slide.t}`}
      tabIndex={-1}
    >
      <div className="present-bar">
        <h1 className="present-title">{slide.t}</h1>
        <span className="present-counter" aria-live="polite">
          {index + 1} / {slides.length}
        </span>
        <button
          type="button"
          onClick={() => go(index - 1)}
          disabled={index === 0}
          aria-label="Previous slide"
        >
          ←
        </button>
        <button
          type="button"
          onClick={() => go(index + 1)}
          disabled={index === slides.length - 1}
          aria-label="Next slide"
        >
          →
        </button>
        <button type="button" onClick={openPresenter}>
          Presenter view (N)
        </button>
        <button type="button" aria-pressed={notesOpen} onClick={() => setNotesOpen((o) => !o)}>
          Notes on this screen
        </button>
        <button type="button" aria-pressed={live} onClick={() => setLive((l) => !l)}>
          Interactive (I)
        </button>
        <button type="button" onClick={leave}>
          Exit (Esc)
        </button>
      </div>
      <div className="present-stage" data-slide={index + 1} data-mode={showLive ? 'live' : 'slide'}>
        {/* The slide is drawn from its state; the view stays mounted behind it so that "Interactive" shows it at once. */}
        <div className={showLive ? 'present-live' : 'present-live present-live-hidden'} inert={!showLive}>
          {noSlide === index && !live && (
            <p className="note-box" role="note">
              This view has nothing to draw as a slide, so it is shown as it is in the app.
            </p>
          )}
          <Suspense
            fallback={
              <div className="state" role="status">
                Loading slide…
              </div>
            }
          >
            <ViewContent view={view} />
          </Suspense>
        </div>
        {!showLive && (
          <Suspense
            fallback={
              <div className="state" role="status">
                Loading slide…
              </div>
            }
          >
            <PresentSlide slide={slide} onUnavailable={onUnavailable} />
          </Suspense>
        )}
      </div>
      {notesOpen && (
        <aside className="present-notes" aria-label="Speaker notes">
          <h2>Speaker notes</h2>
          <p>{slide.n || 'No note for this slide.'}</p>
        </aside>
      )}
    </div>
  );
}
