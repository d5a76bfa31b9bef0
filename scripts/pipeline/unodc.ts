import {
  LESS_THAN_FIVE,
  MAX_YEAR,
  MIN_YEAR,
  type UnodcIndicator,
  type UnodcPoint,
  type UnodcValue,
} from '../../src/data/schema';
import { parseCsv, rowRef } from './csv';
import type { IsoEntry } from './iso';
import type { Problems } from './problems';

/**
 * Codes in the GLOTIP file that are not countries: UNODC's regional aggregates, a combined entity and
 * Sark, which has no ISO code. They are left out of the country series on purpose.
 */
export const UNODC_NON_COUNTRY_CODES: Record<string, string> = {
  SAM: 'South America (regional aggregate)',
  SAF: 'Sub-Saharan Africa (regional aggregate)',
  CAR: 'Caribbean (regional aggregate)',
  CAS: 'Central Asia (regional aggregate)',
  EEU: 'Eastern Europe (regional aggregate)',
  MCA: 'Central America (regional aggregate)',
  MCN: 'Central America and Caribbean (regional aggregate)',
  'Aruba/Curacao': 'Aruba and Curaçao reported together',
  '': 'Sark (no ISO code)',
};

/**
 * The sex totals a release prints twice. For several countries the file has two "Sex = Female (or Male), Age =
 * Total" rows for one data year; they are the adult and the child counts, not two copies of the total
 * (unodc-glotip/PROVENANCE.md and unodc-glotip-2024/PROVENANCE.md, "Quirks": 72 such cells in the April 2025
 * release, e.g. Bulgaria 2017 female 407 and 36). Rule: such a sex total is left out, for any country. It is not
 * summed: the release does not publish the sum, and a "<5" part cannot be added (two counts under five can make
 * anything from 2 to 8). Any other key printed twice with different values stops the build.
 */
export const INDICATORS_PRINTED_TWICE_AS_PARTS: readonly UnodcIndicator[] = ['victimsFemale', 'victimsMale'];

export interface GlotipRow {
  Iso3_code: string;
  Country: string;
  Region: string;
  Subregion: string;
  Indicator: string;
  Dimension: string;
  Category: string;
  Sex: string;
  Age: string;
  Year: string;
  txtVALUE: string;
}

const REQUIRED = [
  'Iso3_code',
  'Country',
  'Region',
  'Subregion',
  'Indicator',
  'Dimension',
  'Category',
  'Sex',
  'Age',
  'Year',
  'txtVALUE',
] as const;

/** Which published cell feeds which series. Everything else (citizenship, repatriation, sub-totals) is not used. */
export function indicatorOf(row: GlotipRow): UnodcIndicator | null {
  const total = row.Dimension === 'Total' && row.Category === 'Total';
  switch (row.Indicator) {
    case 'Detected trafficking victims':
      if (total && row.Sex === 'Total' && row.Age === 'Total') return 'victims';
      if (total && row.Sex === 'Female' && row.Age === 'Total') return 'victimsFemale';
      if (total && row.Sex === 'Male' && row.Age === 'Total') return 'victimsMale';
      if (total && row.Sex === 'Total' && row.Age === '0 to 17 years') return 'victimsChildren';
      if (total && row.Sex === 'Total' && row.Age === '18 years or over') return 'victimsAdults';
      if (row.Dimension === 'by form of exploitation' && row.Sex === 'Total' && row.Age === 'Total') {
        if (row.Category === 'Sexual exploitation') return 'victimsSexualExploitation';
        if (row.Category === 'Forced labour') return 'victimsForcedLabour';
      }
      return null;
    case 'Persons prosecuted':
      return total && row.Sex === 'Total' && row.Age === 'Total' ? 'prosecuted' : null;
    case 'Persons convicted':
      return total && row.Sex === 'Total' && row.Age === 'Total' ? 'convicted' : null;
    default:
      return null;
  }
}

/** "1,282" → 1282; "<5" stays "<5" (UNODC suppresses counts under five); anything else is refused. */
export function parseUnodcValue(text: string): UnodcValue | string {
  const trimmed = text.trim();
  if (trimmed === LESS_THAN_FIVE) return LESS_THAN_FIVE;
  if (/^-/.test(trimmed)) return `negative count "${text}"`;
  if (!/^[0-9]{1,3}(,[0-9]{3})*$|^[0-9]+$/.test(trimmed)) return `"${text}" is not a whole count`;
  return Number(trimmed.replace(/,/g, ''));
}

export type UnodcSeriesByCountry = Record<string, Partial<Record<UnodcIndicator, UnodcPoint[]>>>;

export interface UnodcResult {
  countries: UnodcSeriesByCountry;
  /** Country|indicator|data year keys left out because the release prints the sex total twice. */
  ambiguous: string[];
  /** UNODC region and subregion per ISO3, used to place countries in the map's region presets. */
  regions: Map<string, { region: string; subregion: string }>;
  quirks: string[];
}

export function parseGlotip(
  text: string,
  file: string,
  iso: Map<string, IsoEntry>,
  problems: Problems,
): UnodcResult {
  const rows = parseCsv(text, file, REQUIRED) as unknown as GlotipRow[];
  const values = new Map<string, { value: UnodcValue; record: string }>();
  const ambiguous = new Set<string>();
  const regions = new Map<string, { region: string; subregion: string }>();
  const skippedCodes = new Set<string>();

  rows.forEach((row, i) => {
    const record = `${rowRef(i)} ${row.Iso3_code} ${row.Indicator} ${row.Year}`;
    const code = row.Iso3_code;
    if (code in UNODC_NON_COUNTRY_CODES) {
      skippedCodes.add(code);
      return;
    }
    if (!iso.has(code)) {
      problems.add(file, record, `unknown country code "${code}"`);
      return;
    }
    if (row.Region && !regions.has(code)) regions.set(code, { region: row.Region, subregion: row.Subregion });
    const indicator = indicatorOf(row);
    if (!indicator) return;
    const dataYear = Number(row.Year);
    if (!Number.isInteger(dataYear) || dataYear < MIN_YEAR || dataYear > MAX_YEAR) {
      problems.add(file, record, `year "${row.Year}" is outside ${MIN_YEAR}..${MAX_YEAR}`);
      return;
    }
    const value = parseUnodcValue(row.txtVALUE);
    if (typeof value === 'string' && value !== LESS_THAN_FIVE) {
      problems.add(file, record, value);
      return;
    }
    const key = `${code}|${indicator}|${dataYear}`;
    const earlier = values.get(key);
    if (!earlier) {
      values.set(key, { value, record });
    } else if (INDICATORS_PRINTED_TWICE_AS_PARTS.includes(indicator)) {
      // The two rows are the child and adult parts, not two copies of the total, even when they print the same
      // value: Uruguay's male victims 2018–2020 are "<5" twice, and two counts under five can add up to eight.
      ambiguous.add(key);
    } else if (earlier.value !== value) {
      problems.add(
        file,
        record,
        `${code} ${indicator} ${dataYear} appears twice with different values (${earlier.value} at ${earlier.record}, ${value})`,
      );
    }
  });

  const countries: UnodcResult['countries'] = {};
  const sortedKeys = [...values.keys()].filter((k) => !ambiguous.has(k)).sort();
  for (const key of sortedKeys) {
    const [code, indicator, year] = key.split('|') as [string, UnodcIndicator, string];
    const series = (countries[code] ??= {});
    (series[indicator] ??= []).push([Number(year), values.get(key)!.value]);
  }
  for (const series of Object.values(countries)) {
    for (const points of Object.values(series)) points.sort((a, b) => a[0] - b[0]);
  }

  const quirks = [
    'Counts under five are published by UNODC as "<5" and kept as such.',
    `Left out as not countries: ${[...skippedCodes]
      .sort()
      .map((c) => `${c === '' ? '(blank)' : c} = ${UNODC_NON_COUNTRY_CODES[c]}`)
      .join('; ')}.`,
  ];
  if (ambiguous.size > 0) {
    quirks.push(
      `Left out as ambiguous (the release prints these sex totals twice: they are the adult and child counts, and the release does not give their sum): ${[...ambiguous].sort().join(', ').replace(/\|/g, ' ')}.`,
    );
  }
  quirks.push(
    '"Other forms of exploitation" collapses several sub-forms under one label in the release and is not shown.',
  );
  return { countries, regions, quirks, ambiguous: [...ambiguous].sort() };
}
