import { useEffect, useState } from 'react';
import { useViewStore } from '../../state/viewStore';
import { DeckActions } from './deck/DeckActions';
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

  const exportZip = async () => {
    setExportResult(null);
    setExportStatus('Preparing the export…');
    try {
      // The ZIP writer and the export path load only when someone exports a pack.
      const [{ exportPackZip }, { saveBlob }] = await Promise.all([
        import('./packZip'),
        import('../../shared/export/download'),
      ]);
      const { blob, fileName, images } = await exportPackZip(usePackStore.getState().slides, setExportStatus);
      saveBlob(blob, fileName);
      setExportResult(`Saved ${fileName}: ${images} slide image${images === 1 ? '' : 's'} and notes.txt.`);
    } catch (e) {
      setExportResult(`The pack could not be exported: ${(e as Error).message}`);
    } finally {
      setExportStatus(null);
    }
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
          onClose={() => setDialog(null)}
          onPresent={(i) => setPresenting(i)}
          onExportZip={() => void exportZip()}
          exportStatus={exportStatus ?? exportResult}
          busy={exportStatus !== null}
          outputs={<DeckActions disabled={exportStatus !== null} />}
        />
      )}
    </div>
  );
}
