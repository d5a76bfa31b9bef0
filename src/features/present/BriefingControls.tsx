import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { afterNextPaint } from '../../state/afterNextPaint';
import { useViewStore } from '../../state/viewStore';
import { loadPackCodec, usePackStore, type PackNotice } from './packStore';
import './present.css';

// The dialogs (and the pack file and text-field code) load when first opened, or when the browser is idle; a dialog
// whose code cannot be downloaded (offline before it was fetched) says so instead of breaking the page.
const dialogUnavailable = () => ({
  default: function DialogUnavailable() {
    return (
      <p className="pack-alert" role="alert">
        This dialog could not be downloaded (the browser may be offline). Try again when online.
      </p>
    );
  },
});
const loadPinDialog = () => import('./PinDialog');
const loadPackPanel = () => import('./PackPanel');
const PinDialog = lazy(() => loadPinDialog().then((m) => ({ default: m.PinDialog }), dialogUnavailable));
const PackPanel = lazy(() => loadPackPanel().then((m) => ({ default: m.PackPanel }), dialogUnavailable));

/**
 * The dialogs' and the link codec's code, for the app to fetch when the browser is idle once the first view has
 * what it is drawn from (App's usePrefetchViews, one per idle moment), so they also open offline. All three in one
 * idle callback as soon as the page was up was one task of ~50 ms on a phone, before a shared view's charts.
 */
export const PACK_PREFETCH: readonly (() => Promise<unknown>)[] = [
  loadPackCodec,
  loadPinDialog,
  loadPackPanel,
];

/**
 * Loads the pack from the link or local storage once the first view is drawn (`ready`), in the task after its
 * frame: a page's first touch of localStorage waits for the browser to hand the storage over (1-11 ms of the main
 * thread on the 2-core machine, median 4), which in the first view's path delayed the map answering input.
 */
export function usePackHydration(ready: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    return afterNextPaint(() => {
      done.current = true;
      const show = (notices: PackNotice[]) => {
        // For scripts driving the page (the end-to-end tests): the pack is read, storage may be written.
        document.documentElement.dataset.pack = 'loaded';
        for (const n of notices) if (n.kind !== 'replaced') console.warn(n.text);
        if (notices.length > 0) useViewStore.getState().notify(notices.map((n) => n.text));
      };
      const raw = useViewStore.getState().pack;
      if (!raw) {
        show(usePackStore.getState().hydrate({ status: 'missing' }));
        return;
      }
      loadPackCodec()
        .then((codec) => show(usePackStore.getState().hydrate(codec.decodePackLink(raw))))
        .catch(() =>
          show(
            usePackStore.getState().hydrate({
              status: 'invalid',
              reason: 'The briefing pack in the link could not be read (its reader did not load)',
            }),
          ),
        );
    });
  }, [ready]);
}

interface Props {
  latestReportYear: number | null;
  nameOf?: (iso3: string) => string;
}

/** "Pin view" and "Briefing pack" in the header. */
export function BriefingControls({ latestReportYear, nameOf }: Props) {
  const count = usePackStore((s) => s.slides.length);
  // A dialog asked for before the pack is read opens once it is (the task after the first view's frame): a pin or
  // an edit saved before would be written over the pack this browser holds, unread.
  const loaded = usePackStore((s) => s.loaded);
  const setPresenting = usePackStore((s) => s.setPresenting);
  const [dialog, setDialog] = useState<'pin' | 'pack' | null>(null);
  const [exportStatus, setExportStatus] = useState<string | null>(null);
  const [exportResult, setExportResult] = useState<string | null>(null);

  const client = useQueryClient();
  // The running export, if any: one at a time, and cancelled when the panel closes (Esc included).
  const running = useRef<AbortController | null>(null);

  const exportZip = async () => {
    if (running.current) return;
    const controller = new AbortController();
    running.current = controller;
    setExportResult(null);
    setExportStatus('Preparing the export…');
    try {
      // The ZIP writer and the export path load only when someone exports a pack.
      const [{ exportPackZip }, { loadDatasetsFor }, { saveBlob }] = await Promise.all([
        import('./packZip'),
        import('./exportSpecFor'),
        import('../../shared/export/download'),
      ]);
      const { blob, fileName, images } = await exportPackZip(
        usePackStore.getState().slides,
        setExportStatus,
        {
          loadDatasets: (state) => loadDatasetsFor(client, state),
          signal: controller.signal,
        },
      );
      controller.signal.throwIfAborted();
      saveBlob(blob, fileName);
      setExportResult(`Saved ${fileName}: ${images} slide image${images === 1 ? '' : 's'} and notes.txt.`);
    } catch (e) {
      if (controller.signal.aborted) {
        const text = 'The briefing pack export was cancelled: no ZIP was saved.';
        setExportResult(text);
        useViewStore.getState().notify([text]);
      } else setExportResult(`The pack could not be exported: ${(e as Error).message}`);
    } finally {
      running.current = null;
      setExportStatus(null);
    }
  };

  const closePanel = () => {
    running.current?.abort();
    setDialog(null);
  };

  return (
    <div className="header-actions">
      <button
        type="button"
        onClick={() => {
          // The link codec writes the pack into the address bar: started with the dialog, it is in by the pin.
          void loadPackCodec().catch(() => undefined);
          setDialog('pin');
        }}
      >
        Pin view
      </button>
      <button type="button" onClick={() => setDialog('pack')}>
        Briefing pack ({count})
      </button>
      <Suspense fallback={null}>
        {loaded && dialog === 'pin' && (
          <PinDialog latestReportYear={latestReportYear} nameOf={nameOf} onClose={() => setDialog(null)} />
        )}
        {loaded && dialog === 'pack' && (
          <PackPanel
            onClose={closePanel}
            onPresent={(i) => setPresenting(i)}
            onExportZip={() => void exportZip()}
            exportStatus={exportStatus ?? exportResult}
            busy={exportStatus !== null}
          />
        )}
      </Suspense>
    </div>
  );
}
