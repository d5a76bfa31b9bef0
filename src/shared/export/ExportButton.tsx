import { lazy, Suspense, useRef, useState } from 'react';
import type { ExportSpec } from './exportTypes';
import './exportButton.css';

// The dialog, its SVG/PNG machinery and the embedded fonts load only when someone exports.
const ExportDialog = lazy(() => import('./ExportDialog'));

interface Props {
  /** Builds the spec when the dialog opens (so the link and sizes are current); null while data is loading. */
  getSpec: () => ExportSpec | null;
  label?: string;
}

/** "Export" action for a chart: opens the export dialog and returns focus here when it closes. */
export function ExportButton({ getSpec, label = 'Export' }: Props) {
  const [spec, setSpec] = useState<ExportSpec | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="export-button"
        aria-haspopup="dialog"
        onClick={() => setSpec(getSpec())}
      >
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
