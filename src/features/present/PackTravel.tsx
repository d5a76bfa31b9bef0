import { useId, useRef, useState } from 'react';
import { saveBlob } from '../../shared/export/download';
import { packFileName, packFileText, readPackFile } from './packFile';
import { usePackStore } from './packStore';
import { MAX_PACK_FILE_BYTES, SAFE_LINK_LENGTH } from './presentConstants';
import { formatNumber } from '../../data/englishText';

const n = (value: number) => formatNumber(value);

/**
 * How the pack travels and survives: a warning when the browser cannot store it or a link cannot carry it, "Save
 * pack as file" and "Open pack file", and the text set aside from slides that could not stay in the pack.
 */
export function PackTravel({ busy = false }: { busy?: boolean }) {
  const slides = usePackStore((s) => s.slides);
  const storage = usePackStore((s) => s.storage);
  const linkTooLong = usePackStore((s) => s.linkTooLong);
  const setAside = usePackStore((s) => s.setAside);
  const openPack = usePackStore((s) => s.openPack);
  const discard = usePackStore((s) => s.discardSetAside);
  const fileRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const id = useId();

  const save = () => {
    const name = packFileName();
    saveBlob(new Blob([packFileText(slides)], { type: 'application/json' }), name);
    setStatus(
      `Saved ${name} (${slides.length} slide${slides.length === 1 ? '' : 's'}). “Open pack file” reopens it.`,
    );
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_PACK_FILE_BYTES) {
      setStatus(
        `${file.name} is too large to be a briefing pack (${n(file.size)} bytes). The pack was not changed.`,
      );
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus(`${file.name} could not be read. The pack was not changed.`);
      return;
    }
    const parsed = readPackFile(text);
    if (parsed.status === 'invalid') {
      setStatus(`${parsed.reason} (${file.name}). The pack was not changed.`);
      return;
    }
    setStatus(openPack(parsed, `the pack file ${file.name}`).text);
  };

  return (
    <>
      {storage !== 'ok' && slides.length > 0 && (
        <p className="pack-alert" role="alert">
          {storage === 'full'
            ? 'This browser’s storage is full: the latest changes to this pack are not saved in it. Save the pack as a file to keep it.'
            : 'This browser does not let the app store data: this pack is not saved in it. Save the pack as a file to keep it.'}
        </p>
      )}
      {linkTooLong !== null && slides.length > 0 && (
        <p className="pack-alert" role="note">
          This pack is too long for a link ({n(linkTooLong)} characters; many web servers refuse links over{' '}
          {n(SAFE_LINK_LENGTH)}), so the address does not carry it. To share it, save it as a file; “Open pack
          file” opens it in another browser.
        </p>
      )}
      <div className="pack-file-actions">
        <button type="button" onClick={save} disabled={slides.length === 0 || busy}>
          Save pack as file
        </button>
        <button type="button" onClick={() => fileRef.current?.click()} disabled={busy}>
          Open pack file
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Open pack file"
          onChange={(e) => {
            const input = e.currentTarget;
            void open(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
      </div>
      {status && (
        <p className="pack-file-status" role="status">
          {status}
        </p>
      )}
      {setAside.length > 0 && (
        <details className="pack-set-aside">
          <summary>Set aside ({setAside.length})</summary>
          <p className="muted">
            Text that could not stay in the pack: slides that could not be read, and titles or notes before
            they were cut. Copy what you need; nothing here is lost until you discard it.
          </p>
          <ul>
            {setAside.map((item, i) => (
              <li key={`${item.at}-${i}`}>
                <p id={`${id}-aside-${i}`}>{item.label}</p>
                <textarea
                  readOnly
                  rows={3}
                  value={item.text}
                  aria-label={`Set-aside text ${i + 1}`}
                  aria-describedby={`${id}-aside-${i}`}
                />
                <button
                  type="button"
                  onClick={() => discard(i)}
                  aria-label={`Discard set-aside text ${i + 1}`}
                >
                  Discard
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
