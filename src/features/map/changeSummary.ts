/**
 * What Changes mode says in words: why countries cannot be compared between two reports, what each swatch of
 * the legend means, and how many cells of a report are inferred. Pure functions, shared by the view, the movers
 * table and the export.
 */
import { TIER_CLASSES, TIER_CLASS_LABEL, type TierClass } from '../../shared/tierConstants';
import { CHANGE_CLASSES, CHANGE_LABEL, type ChangeClass } from './mapConstants';
import type { LegendItem } from './mapModel';
import { changeCounts, countClasses, type CountryChange } from './mapSelectors';
import type { MapClass } from './mapConstants';

export const NOT_COMPARABLE_REASONS = [
  'no tier in either report',
  'no tier in the earlier report',
  'no tier in the later report',
  'Tier 1 or 2',
  'Special Case',
] as const;
export type NotComparableReason = (typeof NOT_COMPARABLE_REASONS)[number];

/** Why one country's move cannot be told; null when it can. */
export function notComparableReason(
  c: Pick<CountryChange, 'from' | 'to' | 'change'>,
): NotComparableReason | null {
  if (c.change !== 'not comparable') return null;
  if (c.from === 'No data' && c.to === 'No data') return 'no tier in either report';
  if (c.from === 'No data') return 'no tier in the earlier report';
  if (c.to === 'No data') return 'no tier in the later report';
  if (c.from === 'Tier 1 or 2' || c.to === 'Tier 1 or 2') return 'Tier 1 or 2';
  return 'Special Case';
}

const reasonText = (reason: NotComparableReason, fromYear: number, toYear: number, n: number): string => {
  const have = n === 1 ? 'has' : 'have';
  const is = n === 1 ? 'is' : 'are';
  switch (reason) {
    case 'no tier in either report':
      return `${have} no tier in either report`;
    case 'no tier in the earlier report':
      return `${have} no tier in the ${fromYear} report`;
    case 'no tier in the later report':
      return `${have} no tier in the ${toYear} report`;
    case 'Tier 1 or 2':
      return `${is} known only as “Tier 1 or 2” in one of the reports, which does not tell Tier 1 from Tier 2`;
    case 'Special Case':
      return `${is} a Special Case (not ranked) in one of the reports`;
  }
};

export interface NotComparableSummary {
  count: number;
  parts: { reason: NotComparableReason; count: number; text: string }[];
  /** "12 countries cannot be compared: 10 have no tier in the 2024 report; 2 are a Special Case …". Empty if none. */
  sentence: string;
}

export function notComparableSummary(
  changes: readonly Pick<CountryChange, 'from' | 'to' | 'change'>[],
  fromYear: number,
  toYear: number,
): NotComparableSummary {
  const counts = new Map<NotComparableReason, number>();
  for (const c of changes) {
    const reason = notComparableReason(c);
    if (reason) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  const parts = NOT_COMPARABLE_REASONS.filter((r) => counts.has(r)).map((reason) => {
    const count = counts.get(reason)!;
    return { reason, count, text: `${count} ${reasonText(reason, fromYear, toYear, count)}` };
  });
  const count = parts.reduce((n, p) => n + p.count, 0);
  return {
    count,
    parts,
    sentence:
      count === 0
        ? ''
        : `${count} ${count === 1 ? 'country cannot' : 'countries cannot'} be compared: ${parts.map((p) => p.text).join('; ')}.`,
  };
}

/**
 * What each swatch of the Changes legend means, in words. The downgraded swatch is striped so that it reads
 * without colour; the legend says so, since in Tiers mode a hatch means the Watch List.
 */
export function changeLegendNotes(fromYear: number, toYear: number): Record<ChangeClass, string> {
  return {
    upgraded: `a better tier in the ${toYear} report than in the ${fromYear} report`,
    downgraded: `a worse tier than in ${fromYear} (a move onto the Watch List counts); striped so it reads without colour, not a Watch List hatch`,
    unchanged: 'the same tier in both reports',
    'not comparable':
      'no tier, a Special Case or “Tier 1 or 2” in one of the reports; the movers table says how many',
  };
}

/** How many countries of each class hold an inferred tier, for "Tier 2 106 (72 inferred)". */
export function inferredCounts(
  classes: ReadonlyMap<string, TierClass>,
  isInferred: (iso3: string) => boolean,
  members: Iterable<string>,
): Partial<Record<TierClass, number>> {
  const out: Partial<Record<TierClass, number>> = {};
  for (const iso3 of members) {
    const cls = classes.get(iso3);
    if (cls !== undefined && isInferred(iso3)) out[cls] = (out[cls] ?? 0) + 1;
  }
  return out;
}

export interface LegendArgs {
  mode: 'tiers' | 'changes';
  /** The countries in scope with their classes and changes between the two reports. */
  scopeChanges: readonly CountryChange[];
  fromYear: number | null;
  toYear: number;
  /** Tier classes listed even at zero. */
  alwaysListed: ReadonlySet<MapClass>;
}

/**
 * The legend of the map: each class with its count, how many of them are inferred (Tiers mode), and what the
 * swatch means (Changes mode).
 */
export function legendItemsFor({
  mode,
  scopeChanges,
  fromYear,
  toYear,
  alwaysListed,
}: LegendArgs): LegendItem[] {
  if (mode === 'changes') {
    const counts = changeCounts(scopeChanges);
    const notes = fromYear === null ? null : changeLegendNotes(fromYear, toYear);
    return CHANGE_CLASSES.map((cls) => ({
      cls,
      label: CHANGE_LABEL[cls],
      count: counts[cls],
      ...(notes ? { note: notes[cls] } : {}),
    }));
  }
  const classes = new Map(scopeChanges.map((c) => [c.iso3, c.to]));
  const counts = countClasses(classes, TIER_CLASSES);
  const inferredSet = new Set(scopeChanges.filter((c) => c.toInferred).map((c) => c.iso3));
  const inferred = inferredCounts(classes, (iso3) => inferredSet.has(iso3), classes.keys());
  return TIER_CLASSES.filter((cls) => alwaysListed.has(cls) || counts[cls] > 0).map((cls) => ({
    cls,
    label: cls === 'Tier 1 or 2' ? 'Tier 1 or 2' : TIER_CLASS_LABEL[cls],
    count: counts[cls],
    ...(inferred[cls] ? { inferred: inferred[cls] } : {}),
  }));
}
