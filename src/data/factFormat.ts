import { PERCENT_UNIT, rateBase, type DocumentFact, type Qualifier } from './schema';

export type FactValueFields = Pick<DocumentFact, 'value' | 'valueEnd' | 'qualifier' | 'unit'>;

const QUALIFIER_WORD: Record<Qualifier, string> = {
  exact: '',
  approximately: 'about ',
  at_least: 'at least ',
  more_than: 'more than ',
  up_to: 'up to ',
  less_than: 'fewer than ',
};

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * A document's number with its qualifier, range and unit when the unit is not a count: "80%", "17 per 1,000",
 * "80,000–120,000", "more than 1,100", "Tier 3". Counts carry no unit here (callers that need "persons" add it).
 */
export function formatFactNumber(f: FactValueFields): string {
  if (typeof f.value === 'string') return f.value;
  const span =
    f.valueEnd !== undefined
      ? `${numberFormat.format(f.value)}–${numberFormat.format(f.valueEnd)}`
      : numberFormat.format(f.value);
  const base = rateBase(f.unit);
  const withUnit =
    f.unit === PERCENT_UNIT ? `${span}%` : base !== null ? `${span} per ${numberFormat.format(base)}` : span;
  return `${QUALIFIER_WORD[f.qualifier]}${withUnit}`;
}

/** Whether the unit is already part of formatFactNumber's text (a share or a rate), or the value is a tier. */
export const unitInNumber = (f: Pick<DocumentFact, 'value' | 'unit'>): boolean =>
  typeof f.value === 'string' || f.unit === PERCENT_UNIT || rateBase(f.unit) !== null;
