import type { DocumentFact, FactMetric } from '../../data/schema';
import { compareText } from '../../data/englishText';

/** A measure as a reader names it in a filter. Every other figure (shares, rates, money…) is "Other figures". */
export const MEASURE_LABEL: Record<FactMetric, string> = {
  tier: 'Tier',
  victims_identified: 'Victims identified',
  victims_assisted: 'Victims assisted',
  prosecutions: 'Prosecutions',
  convictions: 'Convictions',
  investigations: 'Investigations',
  arrests: 'Arrests',
  suspects: 'Suspects',
  estimated_victims: 'Estimated victims',
  migrant_workers: 'Migrant workers',
  other: 'Other figures',
};

export const ALL_MEASURES = 'all' as const;
export type MeasureFilter = FactMetric | typeof ALL_MEASURES;

export interface MeasureCount {
  metric: FactMetric;
  label: string;
  count: number;
}

/** How many facts each measure has, most first; "Other figures" last whatever its count. */
export function measureCounts(facts: readonly Pick<DocumentFact, 'metric'>[]): MeasureCount[] {
  const counts = new Map<FactMetric, number>();
  for (const f of facts) counts.set(f.metric, (counts.get(f.metric) ?? 0) + 1);
  return [...counts]
    .map(([metric, count]) => ({ metric, label: MEASURE_LABEL[metric], count }))
    .sort(
      (a, b) =>
        Number(a.metric === 'other') - Number(b.metric === 'other') ||
        b.count - a.count ||
        compareText(a.label, b.label),
    );
}

/** The facts of one measure, or all of them. */
export const byMeasure = <T extends Pick<DocumentFact, 'metric'>>(
  facts: readonly T[],
  measure: MeasureFilter,
): T[] => (measure === ALL_MEASURES ? [...facts] : facts.filter((f) => f.metric === measure));

/** "By measure: Victims identified 5 · Convictions 3 · Other figures 4" (the total is in the button). */
export function measureSummary(facts: readonly Pick<DocumentFact, 'metric'>[]): string {
  const parts = measureCounts(facts).map((m) => `${m.label} ${m.count}`);
  return parts.length ? `By measure: ${parts.join(' · ')}` : 'No figures';
}

/** Lists with at least this many facts open as a summary, with the full list a click away. */
export const SUMMARISE_FROM = 4;
