import { PERCENT_UNIT, rateBase, reportPeriod } from './wire';
import type { DocumentFact, Qualifier } from './schema';
import { formatNumber } from './englishText';

export type FactValueFields = Pick<DocumentFact, 'value' | 'valueEnd' | 'qualifier' | 'unit'>;

const QUALIFIER_WORD: Record<Qualifier, string> = {
  exact: '',
  approximately: 'about ',
  at_least: 'at least ',
  more_than: 'more than ',
  up_to: 'up to ',
  less_than: 'fewer than ',
};

/**
 * A document's number with its qualifier, range and unit when the unit is not a count: "80%", "17 per 1,000",
 * "80,000–120,000", "more than 1,100", "Tier 3". Counts carry no unit here (callers that need "persons" add it).
 */
export function formatFactNumber(f: FactValueFields): string {
  if (typeof f.value === 'string') return f.value;
  const span =
    f.valueEnd !== undefined
      ? `${formatNumber(f.value, 2)}–${formatNumber(f.valueEnd, 2)}`
      : formatNumber(f.value, 2);
  const base = rateBase(f.unit);
  const withUnit =
    f.unit === PERCENT_UNIT ? `${span}%` : base !== null ? `${span} per ${formatNumber(base, 2)}` : span;
  return `${QUALIFIER_WORD[f.qualifier]}${withUnit}`;
}

/** Whether the unit is already part of formatFactNumber's text (a share or a rate), or the value is a tier. */
export const unitInNumber = (f: Pick<DocumentFact, 'value' | 'unit'>): boolean =>
  typeof f.value === 'string' || f.unit === PERCENT_UNIT || rateBase(f.unit) !== null;

/**
 * What a reader needs beside the number: what a share is of, whose estimate it is, and which TIP edition (and
 * so which period) a count was stated in. "of 370,000 migrant workers in Hong Kong", "estimate by ILO",
 * "stated in the 2020 TIP report (April 2019–March 2020)".
 */
export function factContext(
  f: Pick<DocumentFact, 'shareOf' | 'attributedTo' | 'reportYear' | 'unit'>,
): string[] {
  const out: string[] = [];
  if (f.shareOf) out.push(`${f.unit === PERCENT_UNIT ? 'share of' : 'rate among'} ${f.shareOf}`);
  if (f.attributedTo) out.push(`according to ${f.attributedTo}`);
  if (f.reportYear !== undefined)
    out.push(`stated in the ${f.reportYear} TIP report (${reportPeriod(f.reportYear)})`);
  return out;
}

/** formatFactNumber with any unit other than persons: "15–16 hours per day", "80%", "more than 1,100". */
export const formatFactWithUnit = (f: FactValueFields): string =>
  unitInNumber(f) || f.unit === 'persons' ? formatFactNumber(f) : `${formatFactNumber(f)} ${f.unit}`;
