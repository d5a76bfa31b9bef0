import { describe, expect, it } from 'vitest';
import { exportFileName, fileStem, localDateStamp, safeStem } from './fileName';

describe('localDateStamp', () => {
  it('uses the local calendar date, zero-padded', () => {
    expect(localDateStamp(new Date(2026, 10, 2, 23, 59))).toBe('2026-11-02');
  });
});

describe('exportFileName', () => {
  it('appends the date and extension to the stem', () => {
    expect(exportFileName('tip-tiers_2020_BLR-SRB', 'png', new Date(2026, 10, 22))).toBe(
      'tip-tiers_2020_BLR-SRB_2026-11-22.png',
    );
  });

  it('makes stems with spaces, accents or slashes safe for any file system', () => {
    expect(exportFileName('Côte d’Ivoire / victims', 'csv', new Date(2026, 0, 5))).toBe(
      'Cote-d-Ivoire-victims_2026-01-05.csv',
    );
  });
});

describe('safeStem', () => {
  it('falls back to a name when nothing usable is left', () => {
    expect(safeStem('///')).toBe('tip-atlas');
  });
});

describe('fileStem', () => {
  it('joins parts with underscores and country lists with hyphens, skipping empty parts', () => {
    expect(fileStem('tip-tiers', 2020, ['BLR', 'SRB'], null, '')).toBe('tip-tiers_2020_BLR-SRB');
  });
});
