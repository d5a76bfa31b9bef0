/**
 * Source lines, citations and caveats every view's export spec uses, so all exports name editions the same way.
 */
import type { CoreDataset } from '../../data/schema';
import { VIEWS, type View } from '../../state/urlState';
import type { ExportSource } from './exportTypes';

export const TIP_PUBLISHER = 'U.S. Department of State';

/** "Source: U.S. Department of State, Trafficking in Persons Report 2020 (U.S. TIP Report 2020)." */
export function tipSourceLine(reportYears: readonly number[]): string {
  const years = [...new Set(reportYears)].sort((a, b) => a - b);
  if (years.length === 0) return `Source: ${TIP_PUBLISHER}, Trafficking in Persons (TIP) Report.`;
  const label =
    years.length === 1 ? `U.S. TIP Report ${years[0]}` : `U.S. TIP Reports ${years[0]}–${years.at(-1)}`;
  return `Source: ${TIP_PUBLISHER}, Trafficking in Persons Report (${label}); tiers by report year.`;
}

/** The TIP Report's global law-enforcement table, naming the editions the shown numbers come from. */
export function tipGlobalSourceLine(editions: readonly (number | null)[]): string {
  const known = [...new Set(editions.filter((e): e is number => e !== null))].sort((a, b) => a - b);
  const unknown = editions.some((e) => e === null);
  const parts = [
    ...(known.length ? [`U.S. TIP Report ${known.join(', ')}`] : []),
    ...(unknown ? ['2007 and 2016 TIP Reports (via Heiss & Kelley 2017)'] : []),
  ];
  return `Source: ${TIP_PUBLISHER}, TIP Report “Global Law Enforcement Data” (${parts.join('; ') || 'editions as stated'}).`;
}

export const TIERS_NOT_PREVALENCE =
  'Tiers rate a government’s efforts against the minimum standards of the U.S. Trafficking Victims Protection Act, not how much trafficking a country has.';

/** How to cite an export: the app, its dataset version, the underlying publishers and the link. */
export function atlasCitation(datasetVersion: string, link: string, exportedOn?: string): string {
  return `TIP Atlas (dataset ${datasetVersion}), compiled from the ${TIP_PUBLISHER} Trafficking in Persons Reports and UNODC, Global Report on Trafficking in Persons (country data; each figure names its release). ${link}${exportedOn ? ` (accessed ${exportedOn})` : ''}`;
}

/** Registry entries of the given source ids, as the data files list them. Unknown ids are kept, marked. */
export function exportSources(core: CoreDataset, ids: Iterable<string>): ExportSource[] {
  const byId = new Map(core.sources.map((s) => [s.id, s]));
  return [...new Set(ids)].sort().map((id) => {
    const s = byId.get(id);
    return s
      ? {
          id,
          citation: s.citation,
          attribution: s.attribution,
          licence: s.licence,
          url: s.url,
          caveats: s.caveats,
        }
      : { id, citation: 'not in the source registry', attribution: null };
  });
}

/** Caveats of the given sources, each once. */
export function sourceCaveats(core: CoreDataset, ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  return [...new Set(core.sources.filter((s) => wanted.has(s.id)).flatMap((s) => s.caveats))];
}

/**
 * The link parameters each view reads (src/state/urlState.ts names them). The address bar keeps the others, so
 * switching views back and forth loses nothing; a link baked into an image, a slide or a download holds only
 * these, so a map export does not carry `countries=…&metric=…` from an earlier visit to Trends.
 */
export const VIEW_LINK_PARAMS: Record<View, readonly string[]> = {
  map: ['view', 'year', 'mode', 'from', 'region', 'country'],
  trends: ['view', 'countries', 'metric', 'scale'],
  compare: ['view', 'year', 'countries', 'scale', 'cscale', 'show'],
  sources: ['view'],
};

/**
 * The address that reopens one view, from the address of the page: only that view's parameters (`from` only in
 * Changes mode), so the briefing pack (`pack=`) and other views' state stay out of an image of one view.
 */
export function viewLink(href: string): string {
  const url = new URL(href);
  const view = (VIEWS as readonly string[]).includes(url.searchParams.get('view') ?? '')
    ? (url.searchParams.get('view') as View)
    : 'map';
  const kept = new Set(VIEW_LINK_PARAMS[view]);
  if (view === 'map' && url.searchParams.get('mode') !== 'changes') kept.delete('from');
  for (const name of [...new Set(url.searchParams.keys())])
    if (!kept.has(name)) url.searchParams.delete(name);
  return url.toString().replace(/%2C/g, ',');
}

/** The address that reopens the view now on screen (viewLink of the page's address). */
export function currentLink(): string {
  if (typeof window === 'undefined') return '';
  return viewLink(window.location.href);
}
