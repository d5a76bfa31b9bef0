import { createContext, useContext } from 'react';

/**
 * Set only while the build pre-renders the first view (see README.md): the widths that the browser would
 * measure at the reference laptop viewport, so the map is laid out without a DOM to measure.
 */
export interface PrerenderLayout {
  /** Width of the map page (the content box of `.map-page`). */
  pageWidth: number;
  /** Width of the map frame in the wide, two-column layout. */
  frameWidth: number;
}

export const PrerenderContext = createContext<PrerenderLayout | null>(null);

/** The pre-render layout while the build renders the first view; null in the browser. */
export const usePrerenderLayout = (): PrerenderLayout | null => useContext(PrerenderContext);
