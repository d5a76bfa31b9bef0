/**
 * Source lines, citations and caveats every view's export spec uses, so all exports name editions the same way.
 */
import type { CoreDataset } from '../../data/schema';
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
