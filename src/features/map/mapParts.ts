/**
 * Parts of the map page that nobody needs before the map is live: the country panel (with its fact lists), the
 * tooltip and the sortable tables. They load after the live map's first paint (MapView), not with the page, so
 * they are already there by the time anyone points, clicks or opens a table.
 */
export const loadCountryPanel = () => import('./CountryPanel');
export const loadMapTooltip = () => import('./MapTooltip');
export const loadCountryTable = () => import('./CountryTable');

export function prefetchMapParts(): void {
  for (const load of [loadCountryPanel, loadMapTooltip, loadCountryTable]) load().catch(() => undefined);
}
