import type { CoreDataset } from '../../data/schema';
import { listJoin } from '../../shared/charts/format';
import { LICENCE_LABEL } from './sourcesSelectors';

/**
 * The Sources view in plain language, from the source registry alone: how many data tables and documents it lists,
 * which, and under what licences. The default speaker note of a pinned Sources view and its image's alt text.
 */
export function sourcesSummary(core: Pick<CoreDataset, 'sources'>): string {
  const tables = core.sources.filter((s) => s.kind === 'table');
  const documents = core.sources.filter((s) => s.kind !== 'table');
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const licences = new Map<string, number>();
  for (const s of core.sources) {
    const label = LICENCE_LABEL[s.licence];
    licences.set(label, (licences.get(label) ?? 0) + 1);
  }
  const sentences = [
    `The atlas lists ${plural(tables.length, 'data table', 'data tables')}${tables.length > 0 ? ` (${listJoin(tables.map((s) => s.title))})` : ''} and ${plural(documents.length, 'source document', 'source documents')}${documents.length > 0 ? ` (${listJoin(documents.map((s) => s.title))})` : ''}, each with its citation and licence.`,
  ];
  if (licences.size > 0)
    sentences.push(
      `Licences: ${[...licences].map(([label, n]) => `${label}, ${plural(n, 'source', 'sources')}`).join('; ')}.`,
    );
  sentences.push('Every number in the atlas names one of these sources.');
  return sentences.join(' ');
}
