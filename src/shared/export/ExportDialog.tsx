import { useEffect, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import {
  BACKGROUND_LABEL,
  EXPORT_BACKGROUNDS,
  EXPORT_PRESETS,
  EXPORT_SCALES,
  IMAGE_FORMAT_LABEL,
  IMAGE_FORMATS,
  PRESET_LABEL,
  PREVIEW_DEBOUNCE_MS,
  PROGRESS_DELAY_MS,
  type DataFormat,
  type ImageFormat,
} from './exportConstants';
import { readExportOptions, writeExportOptions, type ExportOptions } from './exportOptions';
import {
  exportDataFile,
  exportDataPackage,
  exportImage,
  formatBytes,
  type ExportedFile,
} from './exportActions';
import type { ExportSpec } from './exportTypes';
import { copyImage, saveBlob } from './download';
import { layoutFrame } from './frameLayout';
import { RadioGroup } from './RadioGroup';
import { ShareSections } from './ShareSections';
import { buildExportSvg } from './svgBuilder';
import { useModalDialog } from './useModalDialog';
import './exportDialog.css';

type Options = ExportOptions;

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; step: string; showProgress: boolean }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

/**
 * A double-click on a download button is one request: its second click (detail 2) is ignored, so it saves one file.
 * Keys and single clicks (detail 0 or 1) go through.
 */
const singleClick = (e: MouseEvent): boolean => e.detail <= 1;

const size = (w: number, h: number) => `${Math.round(w)} × ${Math.round(h)}`;

/**
 * The export dialog: image (PNG 1×/2×/3× or SVG, size preset, background) with a live preview, the data behind
 * the view as CSV or JSON, and the view's link. A modal: focus stays inside, Esc closes, focus returns to the opener.
 */
export default function ExportDialog({ spec, onClose }: { spec: ExportSpec; onClose: () => void }) {
  const [options, setOptions] = useState<Options>(readExportOptions);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [outlines, setOutlines] = useState(false);
  const [preview, setPreview] = useState<string | null>(null);
  /** A download already running: a second click (before the button shows it is busy) starts no second file. */
  const downloading = useRef(false);
  const id = useId();
  const titleId = `${id}-title`;
  const busy = status.kind === 'working';
  const { dialogRef, onKeyDown } = useModalDialog(busy, onClose);

  const update = (patch: Partial<Options>) =>
    setOptions((o) => {
      const next = { ...o, ...patch };
      writeExportOptions(next);
      return next;
    });

  // Logical size of each preset, for the labels ("1× · 1920 × 1080 px").
  const logical = useMemo(() => {
    const l = layoutFrame(spec, { preset: options.preset });
    return { width: l.width, height: l.height };
  }, [spec, options.preset]);

  useEffect(() => {
    const timer = setTimeout(() => {
      try {
        const built = buildExportSvg(spec, { preset: options.preset, background: options.background });
        setPreview(URL.createObjectURL(new Blob([built.svg], { type: 'image/svg+xml' })));
      } catch {
        setPreview(null);
      }
    }, PREVIEW_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [spec, options.preset, options.background]);
  // A preview's file is released once the next preview has replaced it on screen, or the dialog closes: released
  // when the options changed, the image still showing it could start reading it after that (a quick change of
  // options: a broken image and "net::ERR_FILE_NOT_FOUND" in the console until the next preview came).
  useEffect(
    () => () => {
      if (preview) URL.revokeObjectURL(preview);
    },
    [preview],
  );

  /** Runs a slow step with a status line; a progress bar appears if it takes noticeable time. */
  async function run<T>(first: string, work: (step: (s: string) => void) => Promise<T>): Promise<T | null> {
    setStatus({ kind: 'working', step: first, showProgress: false });
    const timer = setTimeout(
      () => setStatus((s) => (s.kind === 'working' ? { ...s, showProgress: true } : s)),
      PROGRESS_DELAY_MS,
    );
    try {
      return await work((step) => setStatus((s) => (s.kind === 'working' ? { ...s, step } : s)));
    } catch (e) {
      setStatus({ kind: 'error', text: `The export failed: ${e instanceof Error ? e.message : String(e)}` });
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  const describe = (f: ExportedFile, format: ImageFormat) =>
    format === 'png' ? `${size(f.width, f.height)} px` : `${size(f.width, f.height)} units, fonts embedded`;

  async function downloadImage() {
    if (downloading.current) return;
    downloading.current = true;
    const started = performance.now();
    const file = await run('Starting', (onStep) =>
      exportImage(spec, { ...options, outlines, onStep }),
    ).finally(() => (downloading.current = false));
    if (!file) return;
    saveBlob(file.blob, file.fileName);
    const ms = performance.now() - started;
    setStatus({
      kind: 'done',
      text: `Saved ${file.fileName} (${describe(file, options.format)}, ${formatBytes(file.blob.size)}) in ${(ms / 1000).toFixed(1)} s.`,
    });
  }

  async function copyImageToClipboard() {
    let pixels = '';
    const png = exportImage(spec, { ...options, format: 'png' }).then((f) => {
      pixels = size(f.width, f.height);
      return f.blob;
    });
    const result = await run('Drawing the image', () => copyImage(png));
    if (!result) return;
    setStatus(
      result.ok
        ? { kind: 'done', text: `Copied the image (${pixels} px PNG) to the clipboard.` }
        : { kind: 'error', text: result.reason },
    );
  }

  function downloadData(format: DataFormat) {
    try {
      const file = exportDataFile(spec, format);
      saveBlob(file.blob, file.fileName);
      setStatus({
        kind: 'done',
        text: `Saved ${file.fileName} (${spec.data.rows.length} rows, ${formatBytes(file.blob.size)}).`,
      });
    } catch (e) {
      setStatus({
        kind: 'error',
        text: `The download failed: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  }

  async function downloadZip() {
    const file = await run('Drawing the chart', (onStep) =>
      exportDataPackage(spec, { preset: options.preset, background: options.background, onStep }),
    );
    if (!file) return;
    saveBlob(file.blob, file.fileName);
    setStatus({
      kind: 'done',
      text: `Saved ${file.fileName} (data.csv with ${spec.data.rows.length} rows, README.md, metadata.json, chart.png; ${formatBytes(file.blob.size)}).`,
    });
  }

  const formatLabel = IMAGE_FORMAT_LABEL[options.format];
  return createPortal(
    <div
      className="export-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget && !busy) onClose();
      }}
    >
      <div
        ref={dialogRef}
        className="export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <div className="export-dialog-header">
          <h2 id={titleId}>Export and share</h2>
          <button type="button" className="export-close" onClick={onClose} disabled={busy} aria-label="Close">
            ×
          </button>
        </div>
        <p className="export-what">{spec.title}</p>
        <div className="export-grid">
          <section aria-labelledby={`${id}-image`} className="export-section">
            <h3 id={`${id}-image`}>Image</h3>
            <RadioGroup
              legend="Format"
              name={`${id}-format`}
              values={IMAGE_FORMATS}
              value={options.format}
              label={(v) => IMAGE_FORMAT_LABEL[v]}
              onChange={(format) => update({ format })}
            />
            <RadioGroup
              legend="Resolution"
              name={`${id}-scale`}
              values={EXPORT_SCALES}
              value={options.scale}
              disabled={options.format === 'svg'}
              label={(v) => (
                <>
                  {v}× <span className="muted">{size(logical.width * v, logical.height * v)} px</span>
                </>
              )}
              onChange={(scale) => update({ scale })}
            />
            <RadioGroup
              legend="Size"
              name={`${id}-preset`}
              values={EXPORT_PRESETS}
              value={options.preset}
              label={(v) => PRESET_LABEL[v]}
              onChange={(preset) => update({ preset })}
            />
            <RadioGroup
              legend="Background"
              name={`${id}-background`}
              values={EXPORT_BACKGROUNDS}
              value={options.background}
              label={(v) => BACKGROUND_LABEL[v]}
              onChange={(background) => update({ background })}
            />
            {options.format === 'svg' && (
              <label className="export-check">
                <input type="checkbox" checked={outlines} onChange={(e) => setOutlines(e.target.checked)} />
                <span>
                  Text as outlines{' '}
                  <span className="muted">
                    (for programs that cannot use the embedded font; not editable)
                  </span>
                </span>
              </label>
            )}
            <div className="export-actions">
              <button
                type="button"
                className="primary"
                onClick={(e) => singleClick(e) && void downloadImage()}
                disabled={busy}
              >
                Download {formatLabel}
              </button>
              <button type="button" onClick={() => void copyImageToClipboard()} disabled={busy}>
                Copy image
              </button>
            </div>
          </section>
          <div className={`export-preview export-preview-${options.background}`}>
            {preview ? (
              <img
                src={preview}
                alt={`Preview of the exported image, ${PRESET_LABEL[options.preset]}, ${size(logical.width, logical.height)}`}
              />
            ) : (
              <span className="muted">Drawing preview…</span>
            )}
          </div>
        </div>
        <div className={`export-status export-status-${status.kind}`} role="status" aria-live="polite">
          {status.kind === 'working' && (
            <>
              {status.showProgress && <progress aria-label="Export progress" />}
              <span>{status.step}…</span>
            </>
          )}
          {(status.kind === 'done' || status.kind === 'error') && <span>{status.text}</span>}
        </div>
        <div className="export-bottom">
          <section aria-labelledby={`${id}-data`} className="export-section">
            <h3 id={`${id}-data`}>Data</h3>
            <p className="muted">
              The {spec.data.rows.length} rows behind this view. The ZIP adds a README and metadata (sources,
              licences, caveats, citation, link, dataset {spec.datasetVersion}) and the chart.
            </p>
            <div className="export-actions">
              <button type="button" onClick={(e) => singleClick(e) && void downloadZip()} disabled={busy}>
                Download ZIP
              </button>
              <button type="button" onClick={(e) => singleClick(e) && downloadData('csv')} disabled={busy}>
                Download CSV
              </button>
              <button type="button" onClick={(e) => singleClick(e) && downloadData('json')} disabled={busy}>
                Download JSON
              </button>
            </div>
          </section>
          <ShareSections id={id} link={spec.link} title={spec.title} />
        </div>
      </div>
    </div>,
    document.body,
  );
}
