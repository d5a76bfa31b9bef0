import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { EXPORT_THEMES } from '../../shared/export/exportTheme';
import {
  exportRegistryVersion,
  primaryExportSpec,
  subscribeExportSources,
} from '../../shared/export/exportRegistry';
import { ExportFrame } from '../../shared/export/ExportFrame';
import { layoutFrame } from '../../shared/export/frameLayout';
import { slideSpec, type Slide } from './packState';
import { NO_SLIDE_GRACE_MS, SLIDE_EXPORT } from './presentConstants';
import { useFittedTypeScale } from './slideFit';

/**
 * The slide on screen: the view's own chart, re-laid out by the export path for a 16:9 box at projector
 * magnification (larger type, thicker marks), with its title, legend, source and caveat, as the pack's ZIP draws it.
 * The view itself stays mounted (hidden) beside it: it supplies the spec, and shows when the presenter asks for it.
 */
export default function PresentSlide({ slide, onUnavailable }: { slide: Slide; onUnavailable: () => void }) {
  const version = useSyncExternalStore(subscribeExportSources, exportRegistryVersion);
  // Rebuilt whenever the view re-registers its export (new state, data loaded).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const spec = useMemo(() => primaryExportSpec(), [version]);
  const boxRef = useRef<HTMLDivElement>(null);
  const typeScale = useFittedTypeScale(boxRef, `${slide.q}|${spec?.title}|${spec?.subtitle}`);
  // A view with nothing to draw as a slide (Compare with one country) is shown live instead of "Loading" forever.
  useEffect(() => {
    if (spec) return;
    const timer = setTimeout(onUnavailable, NO_SLIDE_GRACE_MS);
    return () => clearTimeout(timer);
  }, [spec, slide, onUnavailable]);
  if (!spec) {
    return (
      <div className="state" role="status">
        Loading slide…
      </div>
    );
  }
  const titled = slideSpec(spec, slide);
  const layout = layoutFrame(titled, { preset: SLIDE_EXPORT.preset, typeScale });
  return (
    <div ref={boxRef} className="present-slide" data-slide-title={titled.title} data-type-scale={typeScale}>
      <ExportFrame spec={titled} layout={layout} theme={EXPORT_THEMES.white} />
    </div>
  );
}
