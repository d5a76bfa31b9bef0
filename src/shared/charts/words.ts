/**
 * Joining words, with no number formatting: the map's summary needs it in the first load, and ./format (which
 * re-exports it) would bring d3-format along.
 */

/** "A, B and C" */
export function listJoin(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} ${conjunction} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
