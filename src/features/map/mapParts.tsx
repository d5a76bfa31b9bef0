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

export function prefetchMapParts(): void {
  for (const load of [loadCountryPanel, loadMapTooltip, loadCountryTable]) load().catch(() => undefined);
}
