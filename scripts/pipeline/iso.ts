import { parseCsv, rowRef } from './csv';
import type { Problems } from './problems';

export interface IsoEntry {
  iso3: string;
  isoNumeric: string | null;
  name: string;
}

/**
 * ISO short names written the way briefings write them. The ISO table keeps the formal
 * inverted forms ("Korea, Republic of"); its PROVENANCE suggests renaming in the UI.
 */
const DISPLAY_NAMES: Record<string, string> = {
  BOL: 'Bolivia',
  COD: 'DR Congo',
  COG: 'Republic of the Congo',
  FSM: 'Micronesia',
  IRN: 'Iran',
  PRK: 'North Korea',
  KOR: 'South Korea',
  LAO: 'Laos',
  MDA: 'Moldova',
  PSE: 'Palestine',
  RUS: 'Russia',
  SYR: 'Syria',
  TWN: 'Taiwan',
  TZA: 'Tanzania',
  VEN: 'Venezuela',
  VNM: 'Vietnam',
  BRN: 'Brunei',
  VAT: 'Holy See',
  VGB: 'British Virgin Islands',
  VIR: 'U.S. Virgin Islands',
  FLK: 'Falkland Islands',
  MAF: 'Saint Martin',
  SXM: 'Sint Maarten',
};

export function parseIsoCodes(text: string, file: string, problems: Problems): Map<string, IsoEntry> {
  const rows = parseCsv(text, file, ['ISOAlpha3', 'ISONumeric', 'Name']);
  const byIso3 = new Map<string, IsoEntry>();
  rows.forEach((row, i) => {
    const iso3 = row.ISOAlpha3 ?? '';
    if (!/^[A-Z]{3}$/.test(iso3)) {
      problems.add(file, rowRef(i), `"${iso3}" is not an ISO 3166-1 alpha-3 code`);
      return;
    }
    const numeric = row.ISONumeric ?? '';
    if (numeric !== '' && !/^[0-9]{3}$/.test(numeric)) {
      problems.add(file, rowRef(i), `ISO numeric "${numeric}" of ${iso3} is not three digits`);
      return;
    }
    if (byIso3.has(iso3)) {
      problems.add(file, rowRef(i), `${iso3} appears twice`);
      return;
    }
    byIso3.set(iso3, {
      iso3,
      isoNumeric: numeric === '' ? null : numeric,
      name: DISPLAY_NAMES[iso3] ?? row.Name ?? iso3,
    });
  });
  return byIso3;
}
