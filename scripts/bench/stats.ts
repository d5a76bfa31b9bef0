export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** Median (mean of the two middle values for an even count), min and max; rounded to `digits` decimals. */
export function summarize(values: readonly number[], digits = 1): Summary {
  if (values.length === 0) throw new Error('summarize needs at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const round = (v: number) => Number(v.toFixed(digits));
  return { median: round(median), min: round(sorted[0]!), max: round(sorted.at(-1)!), n: values.length };
}

/**
 * A distribution-free confidence interval for the median of these values: the order statistics whose ranks a
 * binomial(n, ½) puts around the middle, so that the true median lies between them with at least this confidence
 * whatever the values' distribution (the sign test's interval). Null when there are too few values for one (fewer
 * than 5 at 90 %). Rounded to `digits` decimals.
 */
export function medianInterval(
  values: readonly number[],
  confidence = 0.9,
  digits = 2,
): [number, number] | null {
  const n = values.length;
  const tail = (1 - confidence) / 2;
  // P(X ≤ k) for X ~ binomial(n, ½), summed term by term.
  let term = 0.5 ** n;
  let cumulative = term;
  let k = -1;
  for (let i = 0; i < n && cumulative <= tail; i++) {
    k = i;
    term = (term * (n - i)) / (i + 1);
    cumulative += term;
  }
  // With X the number of values below the median, the interval is [x(k+1), x(n−k)] (1-based), k the largest count
  // with P(X ≤ k) ≤ tail.
  if (k < 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const round = (v: number) => Number(v.toFixed(digits));
  return [round(sorted[k]!), round(sorted[n - 1 - k]!)];
}

export const kb = (bytes: number): number => Number((bytes / 1024).toFixed(1));
