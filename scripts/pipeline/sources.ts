import type { Source } from '../../src/data/schema';
import { documentSourceId, type DocumentEntry } from './facts';

export const SOURCE_IDS = {
  tiersCombined: 'tip-tiers-combined',
  tiersGapfill: 'tip-tiers-gapfill',
  tiersDerived: 'tip-tiers-gapfill-derived',
  globalLawEnforcement: 'tip-global-le',
  unodc: 'unodc-glotip',
  iso: 'iso-codes',
} as const;

export const UNODC_ATTRIBUTION = 'Source: UNODC, Global Report on Trafficking in Persons';
export const TIERS_CAVEAT =
  'Tiers rate a government’s efforts against the minimum standards of the Trafficking Victims Protection Act, not how much trafficking a country has.';
export const REPORT_YEAR_CAVEAT =
  'A report year is the TIP Report edition: the report published in June of year N assesses April of N−1 to March of N.';

export const TABLE_SOURCES: Source[] = [
  {
    id: SOURCE_IDS.tiersCombined,
    kind: 'table',
    title: 'TIP Report tier placements, combined panel 2001–2025',
    publisher:
      'U.S. Department of State, Trafficking in Persons Report (tiers); panel compiled from Kelley & Heiss, the CIA World Factbook and web reproductions of the report',
    author: null,
    date: null,
    citation:
      'U.S. Department of State, Trafficking in Persons Report, editions 2001–2025; Kelley & Heiss tier panel (MIT); CIA World Factbook (public domain). data/raw/tip-tiers-combined/PROVENANCE.md',
    url: null,
    licence: 'public-domain',
    attribution: 'U.S. Department of State, Trafficking in Persons Report',
    coverage:
      'Report years 2001–2015 and 2020–2025; 2022, 2024 and 2025 list only the Watch List and Tier 3 (and 2025 Special Cases); nothing for 2016–2019.',
    caveats: [TIERS_CAVEAT, REPORT_YEAR_CAVEAT],
  },
  {
    id: SOURCE_IDS.tiersGapfill,
    kind: 'table',
    title: 'TIP Report tier placements, gap fill 2016–2025',
    publisher:
      'U.S. Department of State, Trafficking in Persons Report (tiers); cells compiled from report narratives, datasets and news',
    author: null,
    date: null,
    citation:
      'Gap fill for the combined panel; each row names its source. data/raw/tip-tiers-gapfill/PROVENANCE.md',
    url: null,
    licence: 'public-domain',
    attribution: 'U.S. Department of State, Trafficking in Persons Report',
    coverage:
      'Report years 2016–2019 (about 186 countries each); the Tier 1 and Tier 2 countries of 2022 (all 129), of 2024 (70 of 131; the other 61 are inferred, see the next source) and of 2025 (41; the other 98 are known only as “Tier 1 or 2”); Special Cases 2020–2024.',
    caveats: [
      TIERS_CAVEAT,
      REPORT_YEAR_CAVEAT,
      'Some cells rest on news reports or the following year’s narrative (confidence medium or low).',
    ],
  },
  {
    id: SOURCE_IDS.tiersDerived,
    kind: 'table',
    title: 'TIP Report tier placements inferred by elimination',
    publisher: 'Derived from the gap-fill sources and published counts',
    author: null,
    date: null,
    citation:
      'data/raw/tip-tiers-gapfill/tip_tiers_gapfill_derived.csv; method in data/raw/tip-tiers-gapfill/PROVENANCE.md',
    url: null,
    licence: 'public-domain',
    attribution: null,
    coverage:
      '65 cells: Tier 2 for 61 countries in the 2024 report, Namibia and Singapore 2019, New Zealand and Slovakia 2016.',
    caveats: [
      'No source states these placements directly; they follow from complete lists and published counts. Shown as inferred.',
    ],
  },
  {
    id: SOURCE_IDS.globalLawEnforcement,
    kind: 'table',
    title: 'TIP Report “Global Law Enforcement Data”, data years 2003–2024',
    publisher: 'U.S. Department of State, Trafficking in Persons Report',
    author: null,
    date: null,
    citation:
      'TIP Report editions 2007 and 2016 (via Heiss & Kelley 2017, MIT), 2017, 2024 and 2025 (via web reproductions). data/raw/tip-global-law-enforcement/PROVENANCE.md',
    url: null,
    licence: 'public-domain',
    attribution: 'U.S. Department of State, Trafficking in Persons Report',
    coverage:
      'Worldwide prosecutions and convictions 2003–2024, victims identified 2008–2024, labour-trafficking subsets from 2007 (victims from 2011).',
    caveats: [
      'Each report edition reprints and may revise earlier years; each number names the edition it comes from.',
      'The State Department calls these figures estimates, given the lack of uniformity in national reporting.',
    ],
  },
  {
    id: SOURCE_IDS.unodc,
    kind: 'table',
    title: 'UNODC Global Report on Trafficking in Persons (GLOTIP), country data',
    publisher: 'United Nations Office on Drugs and Crime',
    author: null,
    date: '2023-05-30',
    citation:
      'UNODC, data_glotip.xlsx, release of 30 May 2023 (UNODC data portal, Trafficking in Persons). data/raw/unodc-glotip/PROVENANCE.md',
    url: 'https://dataunodc.un.org/dp-trafficking-persons',
    licence: 'attribution-required',
    attribution: UNODC_ATTRIBUTION,
    coverage:
      'Data years 2003–2021, about 190 countries: detected victims (by sex, age, form of exploitation), persons prosecuted, persons convicted.',
    caveats: [
      'Counts under five are published as “<5”.',
      'National counts of detected victims, not estimates of prevalence; coverage changes from year to year and 2021 is thin.',
    ],
  },
  {
    id: SOURCE_IDS.iso,
    kind: 'table',
    title: 'ISO 3166-1 country codes',
    publisher: 'ISO 3166 Maintenance Agency (codes); table from MilkMp/CIA-World-Factbooks-Archive-1990-2025',
    author: null,
    date: null,
    citation: 'data/raw/iso-country-codes/PROVENANCE.md',
    url: null,
    licence: 'MIT',
    attribution: null,
    coverage: '250 codes; Kosovo as XKX.',
    caveats: [],
  },
];

export function documentSources(documents: readonly DocumentEntry[]): Source[] {
  return documents.map((d) => ({
    id: documentSourceId(d.file),
    kind: 'document',
    title: d.title,
    publisher: d.publisher,
    author: d.author,
    date: d.date,
    citation:
      [d.author, d.title, d.publisher, d.date].filter(Boolean).join(', ') + ` (source document ${d.file})`,
    url: d.url,
    licence: 'quoted-under-fair-use',
    attribution: null,
    coverage: d.summary,
    caveats: ['Only short quotes of the document are kept, as evidence for each fact.'],
  }));
}
