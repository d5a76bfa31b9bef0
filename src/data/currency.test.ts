import { describe, expect, it } from 'vitest';
import { currencyLine } from './currency';

describe('currencyLine', () => {
  it('says what the atlas holds, every part read from the data', () => {
    expect(
      currencyLine({
        tipReport: { reportYear: 2025, released: '2025-09-29', status: 'complete' },
        unodc: { source: 'unodc-glotip', released: '2025-04-14', lastDataYear: 2022 },
        globalLawEnforcement: { lastDataYear: 2024, reportYear: 2025 },
      }),
    ).toBe(
      'TIP Report 2025 (released 29 September 2025); UNODC GLOTIP, April 2025 release (data to 2022); TIP global law-enforcement data to 2024',
    );
  });

  it('leaves out a release date the data does not give', () => {
    expect(
      currencyLine({
        tipReport: { reportYear: 2026, released: null, status: 'lists-only' },
        unodc: { source: 'unodc-glotip', released: '2025-04-14', lastDataYear: 2022 },
        globalLawEnforcement: { lastDataYear: 2024, reportYear: 2025 },
      }),
    ).toMatch(/^TIP Report 2026; UNODC GLOTIP/);
  });
});
