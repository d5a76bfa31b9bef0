import { describe, expect, it } from 'vitest';
import { longDate, monthYear } from './dates';

describe('dates', () => {
  it('names every month as the browser’s English date format does', () => {
    for (let month = 1; month <= 12; month++) {
      const iso = `2025-${String(month).padStart(2, '0')}-09`;
      const intl = new Date(Date.UTC(2025, month - 1, 9)).toLocaleString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      expect(longDate(iso)).toBe(intl);
      expect(monthYear(iso)).toBe(
        new Date(Date.UTC(2025, month - 1, 1)).toLocaleString('en-US', {
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }),
      );
    }
  });

  it('gives null for what is not a date, and no day for a month', () => {
    for (const bad of [null, undefined, '', 'April 2025', '2025-13-01', '2025-00-10'])
      expect([monthYear(bad), longDate(bad)]).toEqual([null, null]);
    expect(monthYear('2025-04')).toBe('April 2025');
    expect(longDate('2025-04')).toBeNull();
  });
});
