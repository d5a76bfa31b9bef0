import { describe, expect, it } from 'vitest';
import { unodcValueNote } from './unodcNotes';

const unodc = {
  releases: [
    { source: 'unodc-glotip', released: '2025-04-14', firstDataYear: 2003, lastDataYear: 2022 },
    { source: 'unodc-glotip-2023-05', released: '2023-05-30', firstDataYear: 2003, lastDataYear: 2021 },
  ],
  revised: { GBR: { victims: [[2020, 10613]] as [number, number][] } },
  carried: { PRK: 'unodc-glotip-2023-05' },
};

describe('unodcValueNote', () => {
  it('says a revised value is revised and gives the earlier release’s value, naming that release', () => {
    expect(unodcValueNote(unodc, 'GBR', 'victims', 2020)).toBe('revised; 10,613 in the May 2023 release');
  });

  it('says nothing beside a value the current release did not change', () => {
    expect(unodcValueNote(unodc, 'GBR', 'victims', 2019)).toBeNull();
    expect(unodcValueNote(unodc, 'GBR', 'convicted', 2020)).toBeNull();
  });

  it('labels the values of a country the current release does not report with the release they come from', () => {
    expect(unodcValueNote(unodc, 'PRK', 'victimsForcedLabour', 2019)).toBe(
      'from the May 2023 release (not in the April 2025 release)',
    );
  });
});
