import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useCore } from '../../../data/loaders';
import { localDateStamp } from '../../../shared/export/fileName';
import { usePackStore } from '../packStore';
import { DEFAULT_PACK_TITLE } from './deckConstants';
import type { HandoutPage } from './handoutPages';

// The handout's layout and print stylesheet load with the first handout, not with the app.
const Handout = lazy(() => import('./Handout'));

type Progress = { fraction: number; step: string };
type OnProgress = (fraction: number, step: string) => void;

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';
const appBase = () => `${window.location.origin}${window.location.pathname}`;

/**
 * "Download PowerPoint" and "Print handout" in the pack panel: a progress bar and a Cancel while the slides are
 * drawn, then what was saved or printed. The deck writer (and pptxgenjs) and the handout load only when asked for.
 */
export function DeckActions({ disabled = false }: { disabled?: boolean }) {
  const id = useId();
  const slides = usePackStore((s) => s.slides);
  const core = useCore().data;
  const client = useQueryClient();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [handout, setHandout] = useState<{ pages: HandoutPage[]; date: string } | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  // The handout's images live as blob: URLs until it is replaced or the panel closes.
  useEffect(
    () => () => handout?.pages.forEach((p) => p.imageUrl && URL.revokeObjectURL(p.imageUrl)),
    [handout],
  );

  const run = async (work: (signal: AbortSignal, onProgress: OnProgress) => Promise<string>) => {
    const controller = new AbortController();
    abortRef.current = controller;
    setResult(null);
    setProgress({ fraction: 0, step: 'Loading…' });
    // Slides still encoding when Cancel is pressed report in late: once cancelled or ended, they change nothing.
    let ended = false;
    const onProgress: OnProgress = (fraction, step) => {
      if (!ended && !controller.signal.aborted) setProgress({ fraction, step });
    };
    try {
      setResult(await work(controller.signal, onProgress));
    } catch (e) {
      setResult(isAbort(e) ? 'Cancelled: no file was saved.' : `That did not work: ${(e as Error).message}`);
    } finally {
      ended = true;
      abortRef.current = null;
      setProgress(null);
    }
  };

  const downloadDeck = async (signal: AbortSignal, onProgress: OnProgress): Promise<string> => {
    if (!core) throw new Error('the dataset has not loaded yet');
    const [{ writeDeck }, { loadDatasetsFor }, { saveBlob }] = await Promise.all([
      import('./writeDeck'),
      import('../exportSpecFor'),
      import('../../../shared/export/download'),
    ]);
    const deck = await writeDeck({
      slides: usePackStore.getState().slides,
      core,
      packTitle: DEFAULT_PACK_TITLE,
      base: appBase(),
      loadDatasets: (state) => loadDatasetsFor(client, state),
      signal,
      onProgress,
    });
    // A Cancel pressed while the file was being written still means no file.
    signal.throwIfAborted();
    saveBlob(deck.blob, deck.fileName);
    const missing = deck.views - deck.images;
    return `Saved ${deck.fileName}: ${deck.slideCount} slides (title, ${deck.images} chart${deck.images === 1 ? '' : 's'}${missing > 0 ? `, ${missing} view${missing === 1 ? '' : 's'} without a chart` : ''}, sources), ${(deck.blob.size / 1024 / 1024).toFixed(1)} MB.`;
  };

  const printHandout = async (signal: AbortSignal, onProgress: OnProgress): Promise<string> => {
    const [{ prepareHandout }, { loadDatasetsFor }] = await Promise.all([
      import('./prepareHandout'),
      import('../exportSpecFor'),
    ]);
    const date = new Date();
    const pages = await prepareHandout({
      slides: usePackStore.getState().slides,
      base: appBase(),
      loadDatasets: (state) => loadDatasetsFor(client, state),
      date,
      signal,
      onProgress,
    });
    setHandout({ pages, date: localDateStamp(date) });
    return `Handout ready: ${pages.length} page${pages.length === 1 ? '' : 's'}, one per slide. Choose “Save as PDF” in the print dialog to keep it.`;
  };

  const onHandoutReady = useCallback(() => window.print(), []);

  return (
    <div className="deck-actions">
      {progress ? (
        <div className="deck-progress">
          <label htmlFor={`${id}-progress`}>{progress.step}</label>
          <progress id={`${id}-progress`} max={1} value={progress.fraction} />
          <button type="button" onClick={() => abortRef.current?.abort()}>
            Cancel
          </button>
        </div>
      ) : (
        <>
          <button
            type="button"
            onClick={() => void run(downloadDeck)}
            disabled={disabled || slides.length === 0 || !core}
          >
            Download PowerPoint
          </button>
          <button
            type="button"
            onClick={() => void run(printHandout)}
            disabled={disabled || slides.length === 0}
          >
            Print handout
          </button>
        </>
      )}
      {result && (
        <p role="status" aria-live="polite">
          {result}
        </p>
      )}
      {handout &&
        createPortal(
          <Suspense fallback={null}>
            <Handout
              packTitle={DEFAULT_PACK_TITLE}
              date={handout.date}
              pages={handout.pages}
              onReady={onHandoutReady}
            />
          </Suspense>,
          document.body,
        )}
    </div>
  );
}
