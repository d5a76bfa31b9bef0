import { useCallback, useEffect, useRef, useState } from 'react';
import { NEXT_KEYS, PREVIOUS_KEYS } from '../presentConstants';
import { openChannel, readMessage, type SlideShown } from './presenterChannel';
import './presenter.css';

const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

/**
 * The presenter's window: the slide the audience sees, the next slide's title, the speaker notes, the slide count
 * and a timer. It follows the audience window and drives it with the same clicker keys.
 */
export default function PresenterView() {
  const [shown, setShown] = useState<SlideShown | null>(null);
  const [ended, setEnded] = useState(false);
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const channelRef = useRef<BroadcastChannel | null>(null);
  /**
   * The slide last reported, for the key handler: set as the message arrives, so a key pressed before React has
   * rendered (or re-run an effect for) that message still moves from the slide the audience is on.
   */
  const latestRef = useRef<SlideShown | null>(null);

  useEffect(() => {
    document.title = 'Presenter view — TIP Atlas';
    const channel = openChannel();
    channelRef.current = channel;
    if (!channel) return;
    channel.onmessage = (e) => {
      const m = readMessage(e.data);
      if (m?.type === 'shown') {
        latestRef.current = m;
        setShown(m);
        setEnded(false);
      } else if (m?.type === 'ended') setEnded(true);
    };
    channel.postMessage({ type: 'hello' });
    return () => channel.close();
  }, []);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  /** Asks the audience window for a slide, kept within the pack the last report describes. */
  const go = useCallback((index: number) => {
    const last = latestRef.current;
    if (!last) return;
    channelRef.current?.postMessage({ type: 'go', index: Math.max(0, Math.min(last.count - 1, index)) });
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const last = latestRef.current;
      if (!last || e.altKey || e.ctrlKey || e.metaKey) return;
      if ((e.target as Element | null)?.closest?.('button') && (e.key === ' ' || e.key === 'Enter')) return;
      const to = (NEXT_KEYS as readonly string[]).includes(e.key)
        ? last.index + 1
        : (PREVIOUS_KEYS as readonly string[]).includes(e.key)
          ? last.index - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last.count - 1
              : null;
      if (to === null) return;
      e.preventDefault();
      go(to);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  if (ended || !shown) {
    return (
      <main className="presenter" aria-label="Presenter view">
        <p role="status">
          {ended
            ? 'The presentation has ended. Start it again from the briefing pack.'
            : 'Waiting for the presentation… Start presenting the briefing pack in the other window.'}
        </p>
      </main>
    );
  }
  return (
    <main className="presenter" aria-label="Presenter view">
      <header className="presenter-bar">
        <h1>{shown.title}</h1>
        <span className="presenter-count" aria-live="polite">
          Slide {shown.index + 1} of {shown.count}
        </span>
        <span
          className="presenter-timer"
          aria-label={`Time since the presenter view opened: ${clock((now - started) / 1000)}`}
        >
          {clock((now - started) / 1000)}
        </span>
        <button type="button" onClick={() => go(shown.index - 1)} disabled={shown.index === 0}>
          ← Previous
        </button>
        <button type="button" onClick={() => go(shown.index + 1)} disabled={shown.index === shown.count - 1}>
          Next →
        </button>
      </header>
      <div className="presenter-body">
        <section className="presenter-current" aria-label="Current slide">
          {shown.image ? (
            <img src={shown.image} alt={`Slide ${shown.index + 1}: ${shown.title}`} />
          ) : (
            <p role="status">Drawing the slide…</p>
          )}
        </section>
        <section className="presenter-side">
          <div className="presenter-next" aria-label="Next slide">
            <h2>Next</h2>
            <p>{shown.nextTitle ?? 'End of the pack.'}</p>
          </div>
          <div className="presenter-notes" aria-label="Speaker notes">
            <h2>Speaker notes</h2>
            <p>{shown.note || 'No note for this slide.'}</p>
          </div>
        </section>
      </div>
    </main>
  );
}
