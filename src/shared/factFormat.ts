import { formatFactNumber, unitInNumber, type FactValueFields } from '../data/factFormat';
import type { DocumentFact } from '../data/schema';

// How a document fact's value, year and measure read, wherever a fact is shown (Sources, Trends, Compare, the map's
// tooltip and panel, exports).

/**
 * "1,234", "more than 1,234", "Tier 3", "20%", "17 per 1,000", "80,000–120,000". With `withUnit`, any unit the
 * number does not already say follows it ("more than 1,000 persons"), as the map's tooltip and panel write it.
 */
export const formatFactValue = (fact: FactValueFields, { withUnit = false } = {}): string => {
  const n = formatFactNumber(fact);
  return withUnit && !unitInNumber(fact) ? `${n} ${fact.unit}` : n;
};

/**
 * "2020 report", "2016", "2012–2017". With `sayKind`, a data year says so ("data year 2016", "data years
 * 2012–2017"), where nothing else beside it does.
 */
export const formatFactYear = (
  fact: Pick<DocumentFact, 'year' | 'yearEnd' | 'yearKind'>,
  { sayKind = false } = {},
): string => {
  const several = fact.yearEnd !== undefined && fact.yearEnd !== fact.year;
  const span = several ? `${fact.year}–${fact.yearEnd}` : String(fact.year);
  if (fact.yearKind === 'report') return `${span} report`;
  return sayKind ? `${several ? 'data years' : 'data year'} ${span}` : span;
};
export const metricLabel = (fact: Pick<DocumentFact, 'metric' | 'metricLabel'>): string =>
  fact.metric === 'other' ? (fact.metricLabel ?? 'other') : fact.metric.replace(/_/g, ' ');
