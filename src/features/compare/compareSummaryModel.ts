import type { CoreDataset, FactsDataset, UnodcDataset } from '../../data/schema';
import type { CoreIndex } from '../../shared/datasetSelectors';
import { compareCountries, compareSummary, compareSummaryText } from './compareSelectors';
import { COMPARE_MIN } from './compareConstants';

export interface CompareSummaryData {
  core: CoreDataset;
  index: CoreIndex;
  unodc: UnodcDataset;
  facts: FactsDataset;
}

/**
 * Compare's plain-language summary for the picked countries, as the view writes it, computed from the data and the
 * selection alone: null when fewer than two countries can be compared.
 */
export function compareSummaryFor(data: CompareSummaryData, selection: readonly string[]): string | null {
  const countries = compareCountries(data.index, selection);
  if (countries.length < COMPARE_MIN) return null;
  return compareSummaryText(compareSummary(data.core, data.index, data.unodc, data.facts.facts, countries));
}
