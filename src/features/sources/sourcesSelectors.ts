import { metricLabel } from '../../shared/factFormat';
import { REGION_CODE_LABEL, isRegionCode } from '../../data/wire';
import type { ConflictKind, DocumentFact, Source } from '../../data/schema';
import { compareText } from '../../data/englishText';

export const FACT_SORT_KEYS = ['country', 'metric', 'year', 'value', 'document'] as const;
export type FactSortKey = (typeof FACT_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export const CONFLICT_KIND_LABEL: Record<ConflictKind, string> = {
  'document-vs-tier-table': 'Document against the tier table',
  'document-vs-document': 'Document against document',
  'document-vs-unodc': 'Document against UNODC',
};

/** A place a fact is about: a country's name, or a region code's label with "(region)". */
export function placeName(code: string, countryName: (c: string) => string): string {
  return isRegionCode(code) ? `${REGION_CODE_LABEL[code]} (region)` : countryName(code);
}

/** "Human Trafficking in Serbia — Josef Whitehead": the article a fact comes from, and who wrote it. */
export const articleLabel = (fact: Pick<DocumentFact, 'title' | 'author'>): string =>
  fact.author ? `${fact.title} — ${fact.author}` : fact.title;

export const LICENCE_LABEL: Record<Source['licence'], string> = {
  'public-domain': 'Public domain (U.S. government work)',
  MIT: 'MIT licence',
  CC0: 'CC0',
  'attribution-required': 'Reuse with attribution',
  'quoted-under-fair-use': 'Short quotes only, as evidence',
  unknown: 'Unknown',
};

/** Case-insensitive search over everything a user can read in the row. */
export function filterFacts(
  facts: readonly DocumentFact[],
  query: string,
  countryName: (c: string) => string,
): DocumentFact[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...facts];
  return facts.filter((f) =>
    [
      f.country,
      countryName(f.country),
      metricLabel(f),
      f.breakdown ?? '',
      String(f.value),
      String(f.year),
      f.quote,
      f.title,
      f.author ?? '',
      f.document,
      f.note ?? '',
    ]
      .join(' ')
      .toLowerCase()
      .includes(q),
  );
}

export function sortFacts(
  facts: readonly DocumentFact[],
  key: FactSortKey,
  direction: SortDirection,
  countryName: (c: string) => string,
): DocumentFact[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const value = (f: DocumentFact): string | number => {
    switch (key) {
      case 'country':
        return countryName(f.country);
      case 'metric':
        return metricLabel(f);
      case 'year':
        return f.year;
      case 'value':
        return typeof f.value === 'number' ? f.value : -1;
      case 'document':
        return `${f.document} ${articleLabel(f)}`;
    }
  };
  return [...facts].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const cmp =
      typeof va === 'number' && typeof vb === 'number' ? va - vb : compareText(String(va), String(vb));
    return cmp === 0 ? compareText(a.id, b.id) : cmp * sign;
  });
}
