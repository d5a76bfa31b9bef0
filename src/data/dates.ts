/**
 * English month names for the dates the data carries. A table, not `toLocaleString`: the first Intl date format of a
 * page loads the ICU locale data, 25–55 ms of the main thread on the 2-core bench machine, and the footer's "What
 * the atlas holds" line is drawn with the first live map.
 */
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;

const monthName = (month: string): string | null => MONTH_NAMES[Number(month) - 1] ?? null;

/** Month and year ("April 2025") from an ISO date ("2025-04-14"); null when the date is missing or not a date. */
export function monthYear(isoDate: string | null | undefined): string | null {
  const m = ISO_DATE.exec(isoDate ?? '');
  const month = m ? monthName(m[2]!) : null;
  return m && month ? `${month} ${m[1]}` : null;
}

/** Day, month and year ("29 September 2025") from an ISO date; null when it is not a full date. */
export function longDate(isoDate: string | null | undefined): string | null {
  const m = ISO_DATE.exec(isoDate ?? '');
  const month = m ? monthName(m[2]!) : null;
  return m && m[3] && month ? `${Number(m[3])} ${month} ${m[1]}` : null;
}
