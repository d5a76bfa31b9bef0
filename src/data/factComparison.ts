/**
 * How a document's figure stands against UNODC's count for the same country and data year. One rule with two
 * users: the data build records disagreements as conflicts (facts.json), and the charts use it to explain each mark.
 */
import { LESS_THAN_FIVE } from './wire';
import type { DocumentFactParsed, FactMetric, UnodcDataset, UnodcIndicator, UnodcValue } from './schema';

type Fact = Pick<
  DocumentFactParsed,
  | 'metric'
  | 'year'
  | 'yearEnd'
  | 'yearKind'
  | 'value'
  | 'valueEnd'
  | 'qualifier'
  | 'unit'
  | 'breakdown'
  | 'country'
>;

/** Document metrics that UNODC also counts, and the UNODC series each is compared with. */
export const FACT_INDICATOR: Partial<Record<FactMetric, UnodcIndicator>> = {
  victims_identified: 'victims',
  prosecutions: 'prosecuted',
  convictions: 'convicted',
};

/**
 * How a document's figure stands against UNODC for the same country, measure and data year.
 * - agrees / differs: a total in persons, like for like.
 * - other-scope: the document counts a part ("children", "sex traffickers") or another unit ("cases").
 * - no-unodc: UNODC publishes nothing for that year.
 * - not-comparable: a range of years, or a measure UNODC does not publish (investigations, arrests).
 */
export type FactComparison =
  | { kind: 'agrees'; unodc: UnodcValue }
  | { kind: 'differs'; unodc: UnodcValue }
  | { kind: 'other-scope'; unodc: UnodcValue }
  | { kind: 'no-unodc' }
  | { kind: 'not-comparable'; reason: string };

export const isRange = (f: Pick<Fact, 'year' | 'yearEnd'>): boolean =>
  f.yearEnd !== undefined && f.yearEnd !== f.year;

/** Whether a qualified document number is consistent with a UNODC value. */
export function consistentWithUnodc(fact: Pick<Fact, 'value' | 'qualifier'>, unodc: UnodcValue): boolean {
  if (typeof fact.value !== 'number') return false;
  const v = fact.value;
  if (unodc === LESS_THAN_FIVE) {
    // "<5" holds 1–4: a document count under five agrees with it.
    switch (fact.qualifier) {
      case 'exact':
      case 'up_to':
      case 'less_than':
        return v < 5;
      case 'approximately':
        return v <= 5;
      case 'at_least':
      case 'more_than':
        return v < 4;
    }
  }
  switch (fact.qualifier) {
    case 'exact':
      return v === unodc;
    case 'approximately':
      return Math.abs(v - unodc) <= 0.1 * Math.max(v, unodc);
    case 'at_least':
      return unodc >= v;
    case 'more_than':
      return unodc > v;
    case 'up_to':
      return unodc <= v;
    case 'less_than':
      return unodc < v;
  }
}

/**
 * A document's figure for a part of the total (a breakdown) that is larger than UNODC's total for the same year:
 * a part cannot exceed its whole, so at least one of the two counts something else. Flagged as a disagreement.
 */
export function partExceedsTotal(fact: Pick<Fact, 'value' | 'qualifier'>, unodc: UnodcValue): boolean {
  if (typeof fact.value !== 'number') return false;
  if (!['exact', 'at_least', 'more_than'].includes(fact.qualifier)) return false;
  return unodc === LESS_THAN_FIVE ? fact.value >= 5 : fact.value > unodc;
}

/** Whether the figure disagrees with UNODC: a different total, or a part larger than the total. */
export const disagreesWithUnodc = (c: FactComparison, fact: Fact): boolean =>
  c.kind === 'differs' || (c.kind === 'other-scope' && !!fact.breakdown && partExceedsTotal(fact, c.unodc));

export function compareFactWithUnodc(fact: Fact, unodc: Pick<UnodcDataset, 'countries'>): FactComparison {
  const indicator = FACT_INDICATOR[fact.metric];
  if (!indicator) return { kind: 'not-comparable', reason: 'UNODC publishes no such measure' };
  if (fact.yearKind !== 'data' || typeof fact.value !== 'number')
    return { kind: 'not-comparable', reason: 'not a count by data year' };
  if (isRange(fact))
    return { kind: 'not-comparable', reason: 'a total over several years, not one data year' };
  if (fact.valueEnd !== undefined)
    return { kind: 'not-comparable', reason: 'a range of values, not one count' };
  const point = unodc.countries[fact.country]?.[indicator]?.find(([y]) => y === fact.year);
  if (!point) return { kind: 'no-unodc' };
  const value = point[1];
  if (fact.breakdown || fact.unit !== 'persons') return { kind: 'other-scope', unodc: value };
  return consistentWithUnodc(fact, value)
    ? { kind: 'agrees', unodc: value }
    : { kind: 'differs', unodc: value };
}
