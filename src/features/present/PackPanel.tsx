import { useEffect, useId, useRef } from 'react';
import { DeckActions } from './deck/DeckActions';
import { LimitedTextField } from './LimitedTextField';
import { samePack, savedAtText, slidesWord, slideState } from './packState';
import { PackTravel } from './PackTravel';
import { usePackStore } from './packStore';
import { SlideThumbnail } from './SlideThumbnail';

interface Props {
  onClose: () => void;
  onPresent: (index: number) => void;
  onExportZip?: () => void;
  exportStatus?: string | null;
  busy?: boolean;
}

/** The briefing pack: reorder, retitle, annotate and remove pinned views; present or export them. */
export function PackPanel({ onClose, onPresent, onExportZip, exportStatus, busy = false }: Props) {
  const id = useId();
  const slides = usePackStore((s) => s.slides);
  const update = usePackStore((s) => s.update);
  const remove = usePackStore((s) => s.remove);
  const move = usePackStore((s) => s.move);
  const previous = usePackStore((s) => s.previous.length);
  const restorePrevious = usePackStore((s) => s.restorePrevious);
  const backup = usePackStore((s) => s.backup);
  const restoreBackup = usePackStore((s) => s.restoreBackup);
  const offerBackup = backup !== null && !samePack(backup.slides, slides);
  const backupSaved = backup && savedAtText(backup.saved);
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog ref={dialogRef} className="pack-panel" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className="pack-head">
        <h2 id={`${id}-title`}>Briefing pack</h2>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
      {slides.length === 0 ? (
        <p>No slides yet. Use “Pin view” on any view to add it.</p>
      ) : (
        <ol className="pack-list">
          {slides.map((slide, i) => {
            const view = slideState(slide).state.view;
            return (
              <li key={`${i}-${slide.q}`} className="pack-item">
                <div className="pack-item-head">
                  <span className="pack-number">Slide {i + 1}</span>
                  <span className="muted">{view}</span>
                  <span className="pack-item-actions">
                    <button
                      type="button"
                      onClick={() => move(i, -1)}
                      disabled={i === 0}
                      aria-label={`Move slide ${i + 1} up`}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      onClick={() => move(i, 1)}
                      disabled={i === slides.length - 1}
                      aria-label={`Move slide ${i + 1} down`}
                    >
                      ↓
                    </button>
                    <button type="button" onClick={() => remove(i)} aria-label={`Remove slide ${i + 1}`}>
                      Remove
                    </button>
                  </span>
                </div>
                <div className="pack-item-body">
                  <SlideThumbnail slide={slide} number={i + 1} />
                  <div className="pack-item-fields">
                    <LimitedTextField
                      label="Title"
                      kind="title"
                      value={slide.t}
                      onChange={(t) => update(i, { t })}
                    />
                    <LimitedTextField
                      label="Speaker note"
                      kind="note"
                      value={slide.n}
                      onChange={(text) => update(i, { n: text })}
                    />
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div className="dialog-actions">
        {previous > 0 && (
          <button type="button" onClick={restorePrevious} disabled={busy}>
            Restore the previous pack ({slidesWord(previous)})
          </button>
        )}
        {offerBackup && (
          <button type="button" onClick={restoreBackup} disabled={busy}>
            Restore the pack from before the last removal ({slidesWord(backup.slides.length)}
            {backupSaved ? `, saved ${backupSaved}` : ''})
          </button>
        )}
        {onExportZip && (
          <button type="button" onClick={onExportZip} disabled={slides.length === 0 || busy}>
            Export pack as ZIP
          </button>
        )}
        <button
          type="button"
          className="primary"
          disabled={slides.length === 0 || busy}
          onClick={() => {
            dialogRef.current?.close();
            onPresent(0);
          }}
        >
          Present
        </button>
      </div>
      <PackTravel busy={busy} />
      <DeckActions disabled={busy} />
      {exportStatus && (
        <p role="status" aria-live="polite">
          {exportStatus}
        </p>
      )}
    </dialog>
  );
}
