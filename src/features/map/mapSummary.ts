/**
 * The map in plain language, from the data alone: how many countries in scope sit on each tier of the report shown
 * (inferred tiers counted as inferred, countries with no tier as having none) and which moved since the report it is
 * compared with. It is the default speaker note of a pinned map, and the text alternative of its exported image.
 */
import { listJoin } from '../../shared/charts/words';
import { reportPeriod, TIER_CLASSES, TIER_CLASS_LABEL, type TierClass } from '../../shared/tierConstants';
import type { MapMode, RegionPreset } from '../../state/urlState';
import { REGION_LABEL } from './mapConstants';
import { notComparableSummary } from './changeSummary';
import type { CountryChange } from './mapSelectors';
import { formatNumber } from '../../data/englishText';

export interface MapSummaryInput {
  mode: MapMode;
  region: RegionPreset;
  toYear: number;
  /** The report compared with: the previous report (Tiers mode) or the chosen baseline (Changes mode). */
  baseYear: number | null;
  /** Every country the map draws in scope, with its change between the two reports. */
  scopeChanges: readonly CountryChange[];
  /** The country whose panel is open. */
  country: string | null;
}

/** Movers named one by one up to this many per direction; the rest are counted. */
const MAX_NAMED_MOVERS = 12;

const countries = (n: number) => `${formatNumber(n)} ${n === 1 ? 'country' : 'countries'}`;

const tierWords = (cls: TierClass, inferred: string | null | undefined): string =>
  cls === 'No data' ? 'no tier in the data' : `${TIER_CLASS_LABEL[cls]}${inferred ? ' (inferred)' : ''}`;

function moverList(movers: readonly CountryChange[]): string {
  const named = movers
    .slice(0, MAX_NAMED_MOVERS)
    .map((c) => `${c.name}, ${tierWords(c.from, c.fromInferred)} to ${tierWords(c.to, c.toInferred)}`);
  const rest = movers.length - named.length;
  return `${named.join('; ')}${rest > 0 ? `; and ${rest} more` : ''}`;
}

export function mapSummary(input: MapSummaryInput): string {
  const { toYear, baseYear, scopeChanges } = input;
  const where = input.region === 'world' ? 'the world' : REGION_LABEL[input.region];
  const sentences: string[] = [];

  const tierCounts = TIER_CLASSES.flatMap((cls) => {
    const on = scopeChanges.filter((c) => c.to === cls);
    if (on.length === 0) return [];
    if (cls === 'No data') {
      const names = on.length <= 5 ? ` (${listJoin(on.map((c) => c.name))})` : '';
      return [`${countries(on.length)} ${on.length === 1 ? 'has' : 'have'} no tier in the data${names}`];
    }
    const inferred = on.filter((c) => c.toInferred).length;
    const label = cls === 'Tier 1 or 2' ? '“Tier 1 or 2” (the sources do not separate them)' : cls;
    return [`${label}: ${on.length}${inferred > 0 ? ` (${inferred} inferred, not stated by a source)` : ''}`];
  });
  sentences.push(
    `In the ${toYear} TIP report (${reportPeriod(toYear)}), ${countries(scopeChanges.length)} on the map of ${where}: ${tierCounts.join('; ')}.`,
  );

  if (baseYear === null) {
    sentences.push('The data hold no earlier report to compare with.');
  } else {
    const up = scopeChanges.filter((c) => c.change === 'upgraded');
    const down = scopeChanges.filter((c) => c.change === 'downgraded');
    const since = input.mode === 'changes' ? `From the ${baseYear} report` : `Since the ${baseYear} report`;
    if (up.length === 0 && down.length === 0) sentences.push(`${since}, no country moved up or down a tier.`);
    else {
      const parts = [
        up.length > 0 ? `${countries(up.length)} moved up (${moverList(up)})` : null,
        down.length > 0 ? `${countries(down.length)} moved down (${moverList(down)})` : null,
      ].filter(Boolean);
      sentences.push(`${since}, ${parts.join('; ')}.`);
    }
    const notComparable = notComparableSummary(scopeChanges, baseYear, toYear).sentence;
    if (notComparable) sentences.push(notComparable);
  }

  const focus = scopeChanges.find((c) => c.iso3 === input.country);
  if (focus)
    sentences.push(`${focus.name} (outlined): ${tierWords(focus.to, focus.toInferred)} in ${toYear}.`);
  sentences.push('Tiers rate government efforts, not how much trafficking there is.');
  return sentences.join(' ');
}
