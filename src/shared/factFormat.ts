import { formatFactNumber, type FactValueFields } from '../data/factFormat';
import type { DocumentFact } from '../data/schema';

// How a document fact's value, year and measure read, wherever a fact is shown (Sources, Trends, Compare, exports).

/** "1,234", "more than 1,234", "Tier 3", "20%", "17 per 1,000", "80,000–120,000". */
export const formatFactValue = (fact: FactValueFields): string => formatFactNumber(fact);

export const formatFactYear = (fact: Pick<DocumentFact, 'year' | 'yearEnd' | 'yearKind'>): string => {
  const span =
    fact.yearEnd !== undefined && fact.yearEnd !== fact.year
      ? `${fact.year}–${fact.yearEnd}`
      : String(fact.year);
  return fact.yearKind === 'report' ? `${span} report` : span;
};

export const metricLabel = (fact: Pick<DocumentFact, 'metric' | 'metricLabel'>): string =>
  fact.metric === 'other' ? (fact.metricLabel ?? 'other') : fact.metric.replace(/_/g, ' ');
