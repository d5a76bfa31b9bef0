/**
 * Parts of the map page that nobody needs before the map is live: the country panel (with its fact lists), the
 * tooltip and the sortable tables. They load after the live map's first paint (MapView), not with the page, so
 * they are already there by the time anyone points, clicks or opens a table.
 */
import { lazy } from 'react';

const loadCountryPanel = () => import('./CountryPanel');
const loadMapTooltip = () => import('./MapTooltip');
const loadCountryTable = () => import('./CountryTable');

export const CountryPanel = lazy(() => loadCountryPanel().then((m) => ({ default: m.CountryPanel })));
export const MapTooltip = lazy(() => loadMapTooltip().then((m) => ({ default: m.MapTooltip })));
export const CountryTable = lazy(() => loadCountryTable().then((m) => ({ default: m.CountryTable })));

/**
 * Called after the live map's first paint; fetches at the browser's next idle moment (at most 1 s later), so the
 * parts never compete with the map's first frames nor with a first click on it.
 */
export function prefetchMapParts(): void {
  const load = () => {
    for (const part of [loadCountryPanel, loadMapTooltip, loadCountryTable]) part().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 1000 });
  else setTimeout(load, 0);
}
