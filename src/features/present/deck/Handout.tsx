import { useEffect, useRef } from 'react';
import type { HandoutPage } from './handoutPages';
import './handout.css';

interface Props {
  packTitle: string;
  date: string;
  pages: HandoutPage[];
  /** Called once every image has decoded, so the print shows no empty frame. */
  onReady: () => void;
}

/**
 * The pack laid out for the browser's print: one landscape page per slide with its picture, title, speaker note,
 * link and sources. Hidden on screen (handout.css); "Save as PDF" in the print dialog gives a handout to send ahead.
 */
export default function Handout({ packTitle, date, pages, onReady }: Props) {
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const images = [...(rootRef.current?.querySelectorAll('img') ?? [])];
    let live = true;
    void Promise.all(images.map((img) => img.decode().catch(() => undefined))).then(() => {
      if (live) onReady();
    });
    return () => {
      live = false;
    };
  }, [pages, onReady]);

  return (
    <div ref={rootRef} className="handout-root" data-pages={pages.length}>
      {pages.map((p) => (
        <section key={p.number} className="handout-page">
          <header className="handout-head">
            <h1>{p.title}</h1>
            <span>
              {packTitle} · {date} · slide {p.number} of {pages.length}
            </span>
          </header>
          {p.imageUrl ? (
            <img className="handout-image" src={p.imageUrl} alt={p.altText} />
          ) : (
            <p className="handout-no-image">This view has no chart image: open it with the link.</p>
          )}
          <div className="handout-text">
            <div className="handout-notes">
              <h2>Speaker note</h2>
              <p>{p.note || 'No note for this slide.'}</p>
            </div>
            <div className="handout-sources">
              <h2>Link</h2>
              <p className="handout-link">{p.link}</p>
              <h2>Sources</h2>
              {p.sources.length ? (
                p.sources.map((line) => <p key={line}>{line}</p>)
              ) : (
                <p>This slide cites no source.</p>
              )}
            </div>
          </div>
        </section>
      ))}
    </div>
  );
}
