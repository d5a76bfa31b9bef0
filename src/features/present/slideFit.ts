import { useLayoutEffect, useState, type RefObject } from 'react';
import { PRESENT_TYPE_SCALES } from './presentConstants';

/**
 * How far the chart's text (axis labels, headings, value labels) reaches past the box the frame gave it (screen px;
 * 0 when it fits). A chart that needs more room than its box (Compare's three rows at projector magnification)
 * would otherwise be clipped, its bottom row hidden where the legend starts. Text, not shapes: a map zoomed to a
 * region draws the world beyond its box on purpose, and the box's clip is what frames it.
 */
export function chartOverflow(svg: SVGSVGElement): number {
  const clip = svg.querySelector('clipPath rect');
  const texts = [...svg.querySelectorAll('.export-chart text')];
  const ctm = svg.getScreenCTM();
  if (!clip || texts.length === 0 || !ctm) return 0;
  const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => Number(clip.getAttribute(k)));
  const a = new DOMPoint(x, y).matrixTransform(ctm);
  const b = new DOMPoint(x! + w!, y! + h!).matrixTransform(ctm);
  return Math.max(
    0,
    ...texts.map((t) => {
      const r = t.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return 0;
      return Math.max(a.x - r.left, a.y - r.top, r.right - b.x, r.bottom - b.y);
    }),
  );
}

/** Tolerance for anti-aliased edges and strokes drawn on the box's border. */
const OVERFLOW_SLACK_PX = 2;

/**
 * The slide's type magnification: the largest of PRESENT_TYPE_SCALES at which the chart fits its box, found by
 * laying the slide out and measuring (the same layout function the exports use, with less magnification when the
 * chart needs more room). Starts again from the largest when `key` (the slide) changes.
 */
export function useFittedTypeScale(ref: RefObject<HTMLElement | null>, key: string): number {
  const [state, setState] = useState({ key, index: 0 });
  const index = state.key === key ? state.index : 0;
  // Runs after every render on purpose: the chart's size is known only once it is drawn. It stops when the chart
  // fits or the smallest magnification is reached, so it sets state at most PRESENT_TYPE_SCALES.length times.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const svg = ref.current?.querySelector('svg');
    if (!svg || index >= PRESENT_TYPE_SCALES.length - 1) return;
    if (chartOverflow(svg) > OVERFLOW_SLACK_PX) setState({ key, index: index + 1 });
  });
  return PRESENT_TYPE_SCALES[index]!;
}
