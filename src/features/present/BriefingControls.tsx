import { useEffect, useState } from 'react';
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
      console.warn(notice);
      useViewStore.getState().notify([notice]);
    }
  }, []);
}

interface Props {
  latestReportYear: number | null;
  onExportZip?: () => void;
  exportStatus?: string | null;
}

/** "Pin view" and "Briefing pack" in the header. */
export function BriefingControls({ latestReportYear, onExportZip, exportStatus }: Props) {
  const count = usePackStore((s) => s.slides.length);
  const setPresenting = usePackStore((s) => s.setPresenting);
  const [dialog, setDialog] = useState<'pin' | 'pack' | null>(null);
  return (
    <div className="header-actions">
      <button type="button" onClick={() => setDialog('pin')}>
        Pin view
      </button>
      <button type="button" onClick={() => setDialog('pack')}>
        Briefing pack ({count})
      </button>
      {dialog === 'pin' && <PinDialog latestReportYear={latestReportYear} onClose={() => setDialog(null)} />}
      {dialog === 'pack' && (
        <PackPanel
          onClose={() => setDialog(null)}
          onPresent={(i) => setPresenting(i)}
          onExportZip={onExportZip}
          exportStatus={exportStatus}
        />
      )}
    </div>
  );
}
