// Convictions per prosecution, for the two-country difference view.
import type { UnodcDataset, UnodcValue } from '../../data/schema';
import type { CountryIdentity } from '../../shared/charts/countryData';
import { formatRatio } from '../../shared/charts/format';
import type { LineSeriesSpec } from '../../shared/charts/series';

export interface RatioCell {
  prosecuted: UnodcValue | null;
  convicted: UnodcValue | null;
  /** Convicted ÷ prosecuted where both are numbers and prosecuted is not zero. */
  ratio: number | null;
}

const valueAt = (unodc: UnodcDataset, iso3: string, ind: 'prosecuted' | 'convicted', dataYear: number) =>
  unodc.countries[iso3]?.[ind]?.find(([y]) => y === dataYear)?.[1] ?? null;

export function ratioCell(unodc: UnodcDataset, iso3: string, dataYear: number): RatioCell {
  const prosecuted = valueAt(unodc, iso3, 'prosecuted', dataYear);
  const convicted = valueAt(unodc, iso3, 'convicted', dataYear);
  const ratio =
    typeof prosecuted === 'number' && typeof convicted === 'number' && prosecuted > 0
      ? convicted / prosecuted
      : null;
  return { prosecuted, convicted, ratio };
}

/** Every data year where either country has a prosecution or conviction count. */
export function ratioRows(
  unodc: UnodcDataset,
  a: string,
  b: string,
): { dataYear: number; a: RatioCell; b: RatioCell }[] {
  const years = new Set<number>();
  for (const iso3 of [a, b])
    for (const ind of ['prosecuted', 'convicted'] as const)
      for (const [y] of unodc.countries[iso3]?.[ind] ?? []) years.add(y);
  return [...years]
    .sort((x, y) => x - y)
    .map((dataYear) => ({ dataYear, a: ratioCell(unodc, a, dataYear), b: ratioCell(unodc, b, dataYear) }));
}

/** The ratio as a series, for the difference chart: only years where it is known. */
export function ratioSeries(
  rows: ReturnType<typeof ratioRows>,
  who: 'a' | 'b',
  country: CountryIdentity,
  source: string,
): LineSeriesSpec {
  return {
    id: `${country.iso3}-ratio`,
    label: country.name,
    shortLabel: country.iso3,
    colour: country.colour,
    shape: country.shape,
    source,
    points: rows.flatMap((r) =>
      r[who].ratio === null ? [] : [{ dataYear: r.dataYear, value: Number(formatRatio(r[who].ratio!)) }],
    ),
  };
}
