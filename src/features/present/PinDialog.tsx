import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CompareShow } from '../../state/urlState';
import { selectViewState, useViewStore } from '../../state/viewStore';
import { makeSlide } from './packState';
import { defaultSlideTitle } from './slideTitle';
import { usePackStore } from './packStore';
import { cleanText } from './packText';
import { LimitedTextField } from './LimitedTextField';
import { MAX_SLIDES } from './presentConstants';
import { useViewSummary } from './useViewSummary';

interface Props {
  latestReportYear: number | null;
  /** Country names for the default title; codes until the data has loaded. */
  nameOf?: (iso3: string) => string;
  onClose: () => void;
}

/** Pins the current view into the briefing pack with a title and a speaker note. */
export function PinDialog({ latestReportYear, nameOf, onClose }: Props) {
  const id = useId();
  // The view as it was when the dialog opened is what gets pinned.
  const [current] = useState(() => selectViewState(useViewStore.getState()));
  // Compare can be pinned whole or as its tier history alone.
  const [show, setShow] = useState<CompareShow>(current.compareShow);
  const state = useMemo(() => ({ ...current, compareShow: show }), [current, show]);
  const summary = useViewSummary(state);
  const count = usePackStore((s) => s.slides.length);
  const add = usePackStore((s) => s.add);
  const defaultTitle = cleanText(defaultSlideTitle(state, latestReportYear, nameOf), 'title').text;
  const [typedTitle, setTypedTitle] = useState<string | null>(null);
  // The default title follows what is pinned until the presenter types one.
  const title = typedTitle ?? defaultTitle;
  const offered = summary;
  const [note, setNote] = useState(() => cleanText(offered ?? '', 'note').text);
  // The summary may arrive after the dialog opened (the counts or the map's geometry still loading): it fills the note then,
  // unless the presenter has already written one.
  const [noteEdited, setNoteEdited] = useState(false);
  useEffect(() => {
    if (offered && !noteEdited) setNote(cleanText(offered, 'note').text);
  }, [offered, noteEdited]);
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const full = count >= MAX_SLIDES;
  return (
    <dialog ref={dialogRef} className="pin-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (full) return;
          add(makeSlide(state, title.trim() || defaultSlideTitle(state, latestReportYear, nameOf), note));
          dialogRef.current?.close();
        }}
      >
        <h2 id={`${id}-title`}>Pin this view to the briefing pack</h2>
        {current.view === 'compare' && (
          <fieldset className="pin-choice">
            <legend>What to pin</legend>
            <label>
              <input
                type="radio"
                name={`${id}-show`}
                checked={show === 'all'}
                onChange={() => setShow('all')}
              />
              The full comparison (tiers, counts and the documents’ figures; up to 4 countries)
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-show`}
                checked={show === 'tiers'}
                onChange={() => setShow('tiers')}
              />
              Tier history only (aligned tier strips; 2 to 6 countries)
            </label>
          </fieldset>
        )}
        <LimitedTextField label="Slide title" kind="title" value={title} onChange={setTypedTitle} />
        <LimitedTextField
          label="Speaker note (optional)"
          kind="note"
          rows={5}
          value={note}
          onChange={(text) => {
            setNoteEdited(true);
            setNote(text);
          }}
        />
        {full && <p role="alert">The pack is full ({MAX_SLIDES} slides). Remove a slide first.</p>}
        <div className="dialog-actions">
          <button type="button" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={full}>
            Pin slide {count + 1}
          </button>
        </div>
      </form>
    </dialog>
  );
}
