import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useViewStore } from '../../state/viewStore';
import { PackPanel } from './PackPanel';
import { usePackStore } from './packStore';
import { PinDialog } from './PinDialog';
import './present.css';

/** Loads the pack from the link or local storage once the link has been read. */
export function usePackHydration(): void {
  useEffect(() => {
    const notice = usePackStore.getState().hydrate(useViewStore.getState().pack);
    if (notice) {
      if (notice.kind === 'ignored') console.warn(notice.text);
      useViewStore.getState().notify([notice.text]);
    }
  }, []);
}

interface Props {
  latestReportYear: number | null;
  nameOf?: (iso3: string) => string;
}

/** "Pin view" and "Briefing pack" in the header. */
export function BriefingControls({ latestReportYear, nameOf }: Props) {
  const count = usePackStore((s) => s.slides.length);
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
      <button type="button" onClick={() => setDialog('pin')}>
        Pin view
      </button>
      <button type="button" onClick={() => setDialog('pack')}>
        Briefing pack ({count})
      </button>
      {dialog === 'pin' && (
        <PinDialog latestReportYear={latestReportYear} nameOf={nameOf} onClose={() => setDialog(null)} />
      )}
      {dialog === 'pack' && (
        <PackPanel
          onClose={closePanel}
          onPresent={(i) => setPresenting(i)}
          onExportZip={() => void exportZip()}
          exportStatus={exportStatus ?? exportResult}
          busy={exportStatus !== null}
        />
      )}
    </div>
  );
}
