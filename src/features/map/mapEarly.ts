/**
 * A map link with no picture (another year or region, a tablet, a picture that did not come) has nothing on screen
 * until the app's code is in, and the main thread idles while that code downloads. This chunk is smaller and
 * arrives first: it reads the map's geometry as soon as the file is in, measures the map's boxes and projects the
 * outlines of the map the link asks for, which the app's first render then takes instead of doing that work itself
 * (src/prerender/README.md). The app's code imports these same modules (the build puts them in this one chunk), so
 * the geometry, the boxes and the outlines are the ones its map reads: nothing is read or projected twice.
 */
import { parseQuery } from '../../state/urlState';
import { measureMapBoxes } from './mapBoxes';
import { offerDrawnShapes } from './drawnShapes';
import { drawShapes, mapHeightFor } from './mapLayout';
import { readWorldOnce } from './worldGeometry';

/**
 * Draws ahead the map `search` (the page's link) asks for, if it asks for the map. Resolves when done; a geometry
 * that fails to load is left for the map's query to report.
 */
export async function drawMapEarly(search: string = window.location.search): Promise<void> {
  const { state } = parseQuery(search);
  if (state.view !== 'map') return;
  let features;
  try {
    features = await readWorldOnce();
  } catch {
    return;
  }
  const start = performance.now();
  // The boxes the first render will measure too (the page is as empty then): the offer is for that box.
  const boxes = measureMapBoxes();
  if (!boxes) return;
  const height = mapHeightFor(state.region, boxes.frameWidth);
  offerDrawnShapes([drawShapes(features, state.region, boxes.frameWidth, height)]);
  // An in-page measure, as the loaders' (the bench lists the "tip:" ones).
  try {
    performance.measure('tip:map-early', { start, end: performance.now() });
  } catch {
    // No User Timing Level 3 here: nothing to record.
  }
}
