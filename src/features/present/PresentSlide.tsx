import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { EXPORT_THEMES } from '../../shared/export/exportTheme';
import { ExportFrame } from '../../shared/export/ExportFrame';
import type { ExportSpec } from '../../shared/export/exportTypes';
import { layoutFrame } from '../../shared/export/frameLayout';
import { exportSpecFor, loadDatasetsFor } from './exportSpecFor';
import { slideLink, slideSpec, slideState, type Slide } from './packState';
import { SLIDE_EXPORT, SLIDE_SPEC, SLIDE_VIEW_SIZE } from './presentConstants';
import { useFittedTypeScale } from './slideFit';

/**
 * The slide's export spec, drawn from its stored state and the data alone (as the pack ZIP and the deck draw it):
 * undefined while its data loads, null when its view has nothing to draw as a slide or its data cannot be read.
 */
function useSlideSpec(slide: Slide): ExportSpec | null | undefined {
  const client = useQueryClient();
  const [drawn, setDrawn] = useState<{ slide: Slide; spec: ExportSpec | null } | null>(null);
  useEffect(() => {
    let current = true;
    const { state } = slideState(slide);
    const base = `${window.location.origin}${window.location.pathname}`;
    loadDatasetsFor(client, state)
      .then((data) => exportSpecFor(state, data, SLIDE_VIEW_SIZE, slideLink(slide, base), SLIDE_SPEC))
      .catch(() => null)
      .then((spec) => {
        if (current) setDrawn({ slide, spec });
      });
    return () => {
      current = false;
    };
  }, [client, slide]);
  return drawn?.slide === slide ? drawn.spec : undefined;
}

/**
 * The slide on screen: the view's own chart, re-laid out by the export path for a 16:9 box at projector
 * magnification (larger type, thicker marks), with its title, legend, source and caveat, as the pack's ZIP draws it.
 */
export default function PresentSlide({ slide, onUnavailable }: { slide: Slide; onUnavailable: () => void }) {
  const spec = useSlideSpec(slide);
  const boxRef = useRef<HTMLDivElement>(null);
  const typeScale = useFittedTypeScale(boxRef, `${slide.q}|${spec?.title}|${spec?.subtitle}`);
  // A view with nothing to draw as a slide (Compare with one country) is shown live instead.
  useEffect(() => {
    if (spec === null) onUnavailable();
  }, [spec, onUnavailable]);
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
