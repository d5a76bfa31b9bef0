import type { DocumentFact } from '../data/schema';

// How a document fact's value, year and measure read, wherever a fact is shown (Sources, Trends, Compare, exports).

/** "1,234", "more than 1,234", "Tier 3", "20%". */
export function formatFactValue(fact: Pick<DocumentFact, 'value' | 'qualifier' | 'unit'>): string {
  if (typeof fact.value === 'string') return fact.value;
  const n = fact.value.toLocaleString('en-US');
  const v = fact.unit === 'percent' ? `${n}%` : n;
  switch (fact.qualifier) {
    case 'exact':
      return v;
    case 'approximately':
      return `about ${v}`;
    case 'at_least':
      return `at least ${v}`;
    case 'more_than':
      return `more than ${v}`;
    case 'up_to':
      return `up to ${v}`;
    case 'less_than':
      return `less than ${v}`;
  }
}

export const formatFactYear = (fact: Pick<DocumentFact, 'year' | 'yearEnd' | 'yearKind'>): string => {
  const span =
    fact.yearEnd !== undefined && fact.yearEnd !== fact.year
      ? `${fact.year}–${fact.yearEnd}`
      : String(fact.year);
  return fact.yearKind === 'report' ? `${span} report` : span;
};

export const metricLabel = (fact: Pick<DocumentFact, 'metric' | 'metricLabel'>): string =>
  fact.metric === 'other' ? (fact.metricLabel ?? 'other') : fact.metric.replace(/_/g, ' ');
