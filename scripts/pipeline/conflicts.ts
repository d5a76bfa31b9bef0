import { compareFactWithUnodc, disagreesWithUnodc } from '../../src/data/factComparison';
import type {
  Conflict,
  ReportYearCoverage,
  TierCell,
  UnodcIndicator,
  UnodcPoint,
} from '../../src/data/schema';
import type { ValidFact } from './facts';

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

  // 1. A document's tier against the tier table for the same country and report year.
  for (const fact of facts) {
    if (fact.metric !== 'tier' || typeof fact.value !== 'string') continue;
    const cell = tiers.get(fact.country)?.find((c) => c.reportYear === fact.year);
    const onLists = coverageByYear.get(fact.year)?.tier1or2.includes(fact.country) ?? false;
    const docSaysListed = fact.value === 'Tier 2 Watch List' || fact.value === 'Tier 3';
    if (cell && cell.tier !== fact.value) {
      conflicts.push({
        id: `tier-${fact.country}-${fact.year}-${fact.id}`,
        kind: 'document-vs-tier-table',
        country: fact.country,
        metric: 'tier',
        year: fact.year,
        yearKind: 'report',
        description: `The document places ${nameOf(fact.country)} on ${fact.value} in the ${fact.year} report; the tier table says ${cell.tier}.`,
        values: [
          { value: fact.value, source: fact.source, factId: fact.id },
          { value: cell.tier, source: cell.source, factId: null },
        ],
      });
    } else if (!cell && onLists && docSaysListed) {
      conflicts.push({
        id: `tier-${fact.country}-${fact.year}-${fact.id}`,
        kind: 'document-vs-tier-table',
        country: fact.country,
        metric: 'tier',
        year: fact.year,
        yearKind: 'report',
        description: `The document places ${nameOf(fact.country)} on ${fact.value} in the ${fact.year} report; the tier table's complete Watch List and Tier 3 lists for that year do not include it (so Tier 1 or 2).`,
        values: [
          { value: fact.value, source: fact.source, factId: fact.id },
          { value: 'not on the list', source: 'tip-tiers-combined', factId: null },
        ],
      });
    }
  }

  // 2. Two documents giving different values for the same country, metric, year and breakdown.
  const groups = new Map<string, ValidFact[]>();
  for (const fact of facts) {
    const key = [
      fact.country,
      fact.metric,
      fact.metricLabel ?? '',
      fact.year,
      fact.yearEnd ?? '',
      fact.breakdown ?? '',
      fact.unit,
    ].join('|');
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  for (const group of groups.values()) {
    const documents = new Set(group.map((f) => f.document));
    const values = new Set(group.map((f) => String(f.value)));
    if (documents.size < 2 || values.size < 2) continue;
    const first = group[0]!;
    conflicts.push({
      id: `docs-${first.country}-${first.metric}-${first.year}-${group.map((f) => f.id).join('-')}`,
      kind: 'document-vs-document',
      country: first.country,
      metric: first.metric,
      year: first.year,
      yearKind: first.yearKind,
      description: `The documents disagree on ${first.metricLabel ?? first.metric.replace(/_/g, ' ')}${first.breakdown ? ` (${first.breakdown})` : ''} for ${nameOf(first.country)}, ${first.yearKind === 'report' ? `${first.year} report` : first.year}: ${group.map((f) => `${f.value} (${f.id})`).join(' vs ')}.`,
      values: group.map((f) => ({ value: f.value, source: f.source, factId: f.id })),
    });
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
