import { lazy, Suspense, useRef, useState } from 'react';
import type { ExportSpec } from './exportTypes';
import './exportButton.css';

// The dialog, its SVG/PNG machinery and the embedded fonts load only when someone exports.
const ExportDialog = lazy(() => import('./ExportDialog'));

interface Props {
  /**
   * Builds the spec when the dialog opens (so the link and sizes are current); null while data is loading. May load
   * the code that draws it first (the map's export is not part of the page's first load).
   */
  getSpec: () => ExportSpec | null | Promise<ExportSpec | null>;
  label?: string;
}

/** "Export" action for a chart: opens the export dialog and returns focus here when it closes. */
export function ExportButton({ getSpec, label = 'Export' }: Props) {
  const [spec, setSpec] = useState<ExportSpec | null>(null);
  const [failed, setFailed] = useState(false);
  const open = () => {
    setFailed(false);
    Promise.resolve(getSpec()).then(setSpec, () => setFailed(true));
  };
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={buttonRef} type="button" className="export-button" aria-haspopup="dialog" onClick={open}>
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
          <path
            d="M8 1v9M4.5 6.5 8 10l3.5-3.5M2 11v3h12v-3"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
          />
        </svg>
        {label}
      </button>
      {failed && (
        <span className="export-failed" role="alert">
          The export could not open: its code did not load. Check the connection and try again.
        </span>
      )}
      {spec && (
        <Suspense
          fallback={
            <span className="visually-hidden" role="status">
              Opening export…
            </span>
          }
        >
          <ExportDialog
            spec={spec}
            onClose={() => {
              setSpec(null);
              // After the dialog unmounts and the page is no longer inert.
              requestAnimationFrame(() => buttonRef.current?.focus());
            }}
          />
        </Suspense>
      )}
    </>
  );
}
