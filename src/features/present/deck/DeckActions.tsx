import { useId, useRef, useState } from 'react';
import { useCore } from '../../../data/loaders';
import { usePackStore } from '../packStore';
import { DEFAULT_PACK_TITLE } from './deckConstants';

type Progress = { fraction: number; step: string };

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

/**
 * "Download PowerPoint" in the pack panel: a progress bar and a Cancel while the slides are drawn, then what was
 * saved. The deck writer (and pptxgenjs) load only when it is pressed.
 */
export function DeckActions({ disabled = false }: { disabled?: boolean }) {
  const id = useId();
  const slides = usePackStore((s) => s.slides);
  const core = useCore().data;
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  const download = async () => {
    if (!core) return;
    const controller = new AbortController();
    abortRef.current = controller;
    setResult(null);
    setProgress({ fraction: 0, step: 'Loading the deck writer…' });
    try {
      const [{ writeDeck }, { saveBlob }] = await Promise.all([
        import('./writeDeck'),
        import('../../../shared/export/download'),
      ]);
      const deck = await writeDeck({
        slides: usePackStore.getState().slides,
        core,
        packTitle: DEFAULT_PACK_TITLE,
        base: `${window.location.origin}${window.location.pathname}`,
        signal: controller.signal,
        onProgress: (fraction, step) => setProgress({ fraction, step }),
      });
      saveBlob(deck.blob, deck.fileName);
      const missing = deck.views - deck.images;
      setResult(
        `Saved ${deck.fileName}: ${deck.slideCount} slides (title, ${deck.images} chart${deck.images === 1 ? '' : 's'}${missing > 0 ? `, ${missing} view${missing === 1 ? '' : 's'} without a chart` : ''}, sources), ${(deck.blob.size / 1024 / 1024).toFixed(1)} MB.`,
      );
    } catch (e) {
      setResult(
        isAbort(e)
          ? 'Cancelled: no file was saved.'
          : `The deck could not be written: ${(e as Error).message}`,
      );
    } finally {
      abortRef.current = null;
      setProgress(null);
    }
  };

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
        <button
          type="button"
          onClick={() => void download()}
          disabled={disabled || slides.length === 0 || !core}
        >
          Download PowerPoint
        </button>
      )}
      {result && (
        <p role="status" aria-live="polite">
          {result}
        </p>
      )}
    </div>
  );
}
