import { compareFactWithUnodc, disagreesWithUnodc } from '../../src/data/factComparison';
import type {
  Conflict,
  ReportYearCoverage,
  TierCell,
  UnodcIndicator,
  UnodcPoint,
} from '../../src/data/schema';
import { articleOf, type ValidFact } from './facts';

export interface ConflictInputs {
  facts: ValidFact[];
  tiers: Map<string, TierCell[]>;
  coverage: ReportYearCoverage[];
  unodc: Record<string, Partial<Record<UnodcIndicator, UnodcPoint[]>>>;
  unodcSource: string;
  /** Display name of a country or region code, for the descriptions. */
  nameOf?: (code: string) => string;
}

/**
 * Finds where the sources disagree. Nothing is settled here: every value is kept and the conflict is recorded,
 * so the app can show both.
 */
export function findConflicts({
  facts,
  tiers,
  coverage,
  unodc,
  unodcSource,
  nameOf = (c) => c,
}: ConflictInputs): Conflict[] {
  const conflicts: Conflict[] = [];
  const coverageByYear = new Map(coverage.map((c) => [c.reportYear, c]));

  // 1. A document's tier against the tier table for the same country and report year. A tier stated for a range
  // ("on the Watch List since 2017") is checked in every report year of the range.
  for (const fact of facts) {
    if (fact.metric !== 'tier' || typeof fact.value !== 'string') continue;
    for (let year = fact.year; year <= (fact.yearEnd ?? fact.year); year++) {
      const cell = tiers.get(fact.country)?.find((c) => c.reportYear === year);
      const onLists = coverageByYear.get(year)?.tier1or2.includes(fact.country) ?? false;
      const docSaysListed = fact.value === 'Tier 2 Watch List' || fact.value === 'Tier 3';
      if (cell && cell.tier !== fact.value) {
        conflicts.push({
          id: `tier-${fact.country}-${year}-${fact.id}`,
          kind: 'document-vs-tier-table',
          country: fact.country,
          metric: 'tier',
          year,
          yearKind: 'report',
          description: `The document places ${nameOf(fact.country)} on ${fact.value} in the ${year} report${fact.derived ? ' (implied, not stated)' : ''}; the tier table says ${cell.tier}${cell.basis === 'inferred' ? ' (inferred)' : ''}.`,
          values: [
            { value: fact.value, source: fact.source, factId: fact.id },
            { value: cell.tier, source: cell.source, factId: null },
          ],
        });
      } else if (!cell && onLists && docSaysListed) {
        conflicts.push({
          id: `tier-${fact.country}-${year}-${fact.id}`,
          kind: 'document-vs-tier-table',
          country: fact.country,
          metric: 'tier',
          year,
          yearKind: 'report',
          description: `The document places ${nameOf(fact.country)} on ${fact.value} in the ${year} report; the tier table's complete Watch List and Tier 3 lists for that year do not include it (so Tier 1 or 2).`,
          values: [
            { value: fact.value, source: fact.source, factId: fact.id },
            { value: 'not on the list', source: 'tip-tiers-combined', factId: null },
          ],
        });
      }
    }
  }

  // 2. Two articles giving different values for the same country, metric, year (or period) and breakdown. Two
  // articles of one compiled document count as two sources: they have different authors and may disagree.
  const keyOf = (fact: ValidFact) =>
    [fact.country, fact.metric, fact.metricLabel ?? '', fact.breakdown ?? '', fact.unit].join('|');
  const groups = new Map<string, ValidFact[]>();
  for (const fact of facts) {
    const key = [keyOf(fact), fact.year, fact.yearEnd ?? ''].join('|');
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  const label = (f: ValidFact) =>
    `${f.metricLabel ?? f.metric.replace(/_/g, ' ')}${f.breakdown ? ` (${f.breakdown})` : ''}`;
  for (const group of groups.values()) {
    const articles = new Set(group.map(articleOf));
    const values = new Set(group.map((f) => String(f.value)));
    if (articles.size < 2 || values.size < 2) continue;
    const first = group[0]!;
    conflicts.push({
      id: `docs-${first.country}-${first.metric}-${first.year}-${group.map((f) => f.id).join('-')}`,
      kind: 'document-vs-document',
      country: first.country,
      metric: first.metric,
      year: first.year,
      ...(first.yearEnd !== undefined ? { yearEnd: first.yearEnd } : {}),
      yearKind: first.yearKind,
      description: `The documents disagree on ${label(first)} for ${nameOf(first.country)}, ${formatPeriod(first)}: ${group.map((f) => `${formatValue(f)} (${f.id})`).join(' vs ')}.`,
      values: group.map((f) => ({ value: f.value, source: f.source, factId: f.id })),
    });
  }

  // 2b. A total over a period that is smaller than another article's total over a period inside it: a longer
  // period cannot hold fewer victims or cases of the same kind ("nearly 6,000 victims, 2011–2017" against "about
  // 7,500 victims, 2012–2017"). Qualifiers are respected: "about" allows 10%, "more than" has no ceiling.
  const totals = facts.filter(
    (f) => typeof f.value === 'number' && f.yearKind === 'data' && f.metric !== 'tier',
  );
  for (const outer of totals) {
    for (const inner of totals) {
      if (outer === inner || keyOf(outer) !== keyOf(inner) || articleOf(outer) === articleOf(inner)) continue;
      const [o0, o1] = [outer.year, outer.yearEnd ?? outer.year];
      const [i0, i1] = [inner.year, inner.yearEnd ?? inner.year];
      const strictlyInside = o0 <= i0 && i1 <= o1 && (o0 < i0 || i1 < o1);
      if (!strictlyInside || !smallerThan(outer, inner)) continue;
      conflicts.push({
        id: `period-${outer.country}-${outer.metric}-${o0}-${outer.id}-${inner.id}`,
        kind: 'document-vs-document',
        country: outer.country,
        metric: outer.metric,
        year: o0,
        ...(o1 !== o0 ? { yearEnd: o1 } : {}),
        yearKind: 'data',
        description: `The documents disagree on ${label(outer)} for ${nameOf(outer.country)}: ${formatValue(outer)} over ${formatPeriod(outer)} (${outer.id}) is less than ${formatValue(inner)} over ${formatPeriod(inner)} (${inner.id}), a period inside it.`,
        values: [
          { value: outer.value, source: outer.source, factId: outer.id },
          { value: inner.value, source: inner.source, factId: inner.id },
        ],
      });
    }
  }

  // 3. A document's count against UNODC's for the same country and data year: a different total in persons, or a
  // part (a breakdown) larger than UNODC's whole. The rule is shared with the charts (src/data/factComparison.ts).
  for (const fact of facts) {
    const comparison = compareFactWithUnodc(fact, { countries: unodc });
    if (!disagreesWithUnodc(comparison, fact) || !('unodc' in comparison) || typeof fact.value !== 'number')
      continue;
    const part = fact.breakdown ? ` (${fact.breakdown})` : '';
    const why =
      comparison.kind === 'differs'
        ? 'UNODC counts persons; documents may count cases or use another period'
        : 'a part cannot exceed the whole, so at least one of the two counts something else';
    conflicts.push({
      id: `unodc-${fact.country}-${fact.metric}-${fact.year}-${fact.id}`,
      kind: 'document-vs-unodc',
      country: fact.country,
      metric: fact.metric,
      year: fact.year,
      yearKind: 'data',
      description: `The document gives ${fact.value} ${fact.metric.replace(/_/g, ' ')}${part} for ${nameOf(fact.country)} in ${fact.year}; UNODC GLOTIP gives ${comparison.unodc} in all (${why}).`,
      values: [
        { value: fact.value, source: fact.source, factId: fact.id },
        { value: comparison.unodc, source: unodcSource, factId: null },
      ],
    });
  }
  return conflicts.sort((a, b) => a.id.localeCompare(b.id));
}

const formatPeriod = (f: Pick<ValidFact, 'year' | 'yearEnd' | 'yearKind'>): string =>
  `${f.yearEnd !== undefined && f.yearEnd !== f.year ? `${f.year}–${f.yearEnd}` : f.year}${f.yearKind === 'report' ? ' report' : ''}`;

const QUALIFIER_WORD: Record<ValidFact['qualifier'], string> = {
  exact: '',
  approximately: 'about ',
  at_least: 'at least ',
  more_than: 'more than ',
  up_to: 'up to ',
  less_than: 'less than ',
};
const formatValue = (f: Pick<ValidFact, 'value' | 'qualifier' | 'unit'>): string =>
  typeof f.value === 'string'
    ? f.value
    : `${QUALIFIER_WORD[f.qualifier]}${f.value.toLocaleString('en-US')}${f.unit === 'percent' ? '%' : ''}`;

/** Slack an approximate figure is allowed before two figures are said to disagree (as against UNODC). */
const APPROXIMATE_SLACK = 0.1;

/** Whether `a` is certainly smaller than `b`, given how each is qualified. */
function smallerThan(a: ValidFact, b: ValidFact): boolean {
  if (typeof a.value !== 'number' || typeof b.value !== 'number') return false;
  // The largest a can be, and the smallest b can be.
  const aMax = ['at_least', 'more_than'].includes(a.qualifier)
    ? Infinity
    : a.qualifier === 'approximately'
      ? a.value * (1 + APPROXIMATE_SLACK)
      : a.value;
  const bMin = ['up_to', 'less_than'].includes(b.qualifier)
    ? 0
    : b.qualifier === 'approximately'
      ? b.value * (1 - APPROXIMATE_SLACK)
      : b.value;
  return aMax < bMin;
}
