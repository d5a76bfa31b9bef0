import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { Slide } from './packState';
import { THUMBNAIL_CACHE } from './presentConstants';
import type { Thumbnail } from './thumbnailExport';

type Drawn = Thumbnail | null | 'failed';

/** Thumbnails already drawn, by the slide's view (the same view draws the same picture). */
const drawn = new Map<string, Drawn>();

function remember(key: string, value: Drawn): void {
  drawn.set(key, value);
  while (drawn.size > THUMBNAIL_CACHE) {
    const [oldest, old] = drawn.entries().next().value!;
    if (old && old !== 'failed') URL.revokeObjectURL(old.url);
    drawn.delete(oldest);
  }
}

/** One thumbnail at a time, each after the browser has had a turn, so typing in the panel stays quick. */
let queue: Promise<unknown> = Promise.resolve();
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(yieldToBrowser).then(task);
  queue = run.catch(() => undefined);
  return run;
}

const appBase = () => `${window.location.origin}${window.location.pathname}`;

/**
 * A small picture of a slide, drawn from its stored view by the export path once the slide scrolls into sight in the
 * pack panel (the code that draws it loads then, never with the app). Its alt text says what the chart shows.
 */
export function SlideThumbnail({ slide, number }: { slide: Slide; number: number }) {
  const client = useQueryClient();
  const key = slide.q;
  const [thumb, setThumb] = useState<Drawn | undefined>(() => drawn.get(key));
  const [seen, setSeen] = useState(false);
  const boxRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const box = boxRef.current;
    if (!box || typeof IntersectionObserver === 'undefined') {
      setSeen(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setSeen(true);
        observer.disconnect();
      }
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const known = drawn.get(key);
    setThumb(known);
    if (!seen || known !== undefined) return;
    let live = true;
    enqueue(async () => {
      if (!live) return undefined;
      const [{ drawThumbnail }, { loadDatasetsFor }] = await Promise.all([
        import('./thumbnailExport'),
        import('./exportSpecFor'),
      ]);
      return drawThumbnail({ ...slide }, (state) => loadDatasetsFor(client, state), appBase());
    })
      .catch((): Drawn => 'failed')
      .then((result) => {
        if (result === undefined) return;
        remember(key, result);
        if (live) setThumb(result);
      });
    return () => {
      live = false;
    };
    // The picture depends on the view alone; `slide` is read once per view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [seen, key, client]);

  return (
    <div
      ref={boxRef}
      className="pack-thumb"
      data-thumbnail={thumb === undefined ? 'drawing' : thumb ? 'drawn' : 'none'}
    >
      {thumb === undefined ? (
        <span className="muted">Drawing slide {number}…</span>
      ) : thumb === null ? (
        <span className="muted">No picture: this view has nothing to draw as a slide</span>
      ) : thumb === 'failed' ? (
        <span className="muted">No picture: its data could not be loaded</span>
      ) : (
        <img src={thumb.url} alt={`Slide ${number}: ${thumb.alt}`} width={160} height={90} />
      )}
    </div>
  );
}
