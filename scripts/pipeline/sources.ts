import type { Source } from '../../src/data/schema';
import { documentSourceId, type DocumentEntry } from './facts';

export const SOURCE_IDS = {
  tiersCombined: 'tip-tiers-combined',
  tiersGapfill: 'tip-tiers-gapfill',
  tiersDerived: 'tip-tiers-gapfill-derived',
  tiers2024Check: 'tip-tiers-2024-check',
  tiers2025: 'tip-tiers-2025',
  globalLawEnforcement: 'tip-global-le',
  /** The current UNODC release (April 2025). */
  unodc: 'unodc-glotip',
  /** The earlier UNODC release (May 2023), kept for what the current one revised or left out. */
  unodcPrevious: 'unodc-glotip-2023-05',
  iso: 'iso-codes',
} as const;

/**
 * Release dates of the two UNODC files, from the header rows their PROVENANCE.md quotes ("UNODC / 14/04/2025",
 * "UNODC / unodc_ddds@un.org / 30/05/2023"); the long CSVs dropped those rows, so the dates live here, once.
 */
export const UNODC_RELEASE_DATES = {
  [SOURCE_IDS.unodc]: '2025-04-14',
  [SOURCE_IDS.unodcPrevious]: '2023-05-30',
} as const;

/** What the build counted in the inputs, for the coverage lines of the registry (no count is typed by hand). */
export interface TableSourceFacts {
  /** Inferred cells from tip_tiers_gapfill_derived.csv still in use (not superseded by a stated cell). */
  derivedInUse: number;
  /** Their report years, "2016, 2019, 2024". */
  derivedYears: string;
  /** Derived 2024 cells that tip_tiers_2024_tier2_check.csv confirms from a source. */
  confirmed2024: number;
  /** Cells of tip_tiers_2025_complete.csv by basis. */
  tiers2025: { total: number; stated: number; inferredByCount: number; inferredByElimination: number };
  unodc: { firstDataYear: number; lastDataYear: number; countries: number };
  unodcPrevious: { firstDataYear: number; lastDataYear: number; countries: number };
}

export const UNODC_ATTRIBUTION = 'Source: UNODC, Global Report on Trafficking in Persons';
export const TIERS_CAVEAT =
  'Tiers rate a government’s efforts against the minimum standards of the Trafficking Victims Protection Act, not how much trafficking a country has.';
export const REPORT_YEAR_CAVEAT =
  'A report year is the TIP Report edition: the report published in June of year N assesses April of N−1 to March of N.';

export function tableSources(f: TableSourceFacts): Source[] {
  return [
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
        'Report years 2016–2019 (about 186 countries each); the Tier 1 and Tier 2 countries of 2022 (all 129), of 2024 (70 of 131; the other 61 are inferred, see the next sources) and 41 of 2025 (the rest: see the 2025 table); Special Cases 2020–2024.',
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
      coverage: `${f.derivedInUse} cells in use, report years ${f.derivedYears} (2024: Tier 2 by elimination; ${f.confirmed2024} more of the table's 2024 cells are now stated by a source, see the 2024 check).`,
      caveats: [
        'No source states these placements directly; they follow from complete lists and published counts. Shown as inferred, each with how it was inferred.',
      ],
    },
    {
      id: SOURCE_IDS.tiers2024Check,
      kind: 'table',
      title: 'TIP Report 2024: check of the Tier 2 placements inferred by elimination',
      publisher: 'News pages on the 2024 report and the 2025 narratives',
      author: null,
      date: null,
      citation:
        'data/raw/tip-tiers-2024-tier2-check/tip_tiers_2024_tier2_check.csv; each row names its confirming pages (PROVENANCE.md there)',
      url: null,
      licence: 'public-domain',
      attribution: 'U.S. Department of State, Trafficking in Persons Report',
      coverage: `${f.confirmed2024} of the inferred 2024 Tier 2 placements stated by a source; none contradicted.`,
      caveats: [TIERS_CAVEAT, REPORT_YEAR_CAVEAT],
    },
    {
      id: SOURCE_IDS.tiers2025,
      kind: 'table',
      title: 'TIP Report 2025: tier placements of every assessed country',
      publisher:
        'U.S. Department of State, Trafficking in Persons Report 2025 (tiers); compiled from the CIA World Factbook lists, news and published counts',
      author: null,
      date: null,
      citation:
        'data/raw/tip-tiers-2025/tip_tiers_2025_complete.csv; each row names its source; method in PROVENANCE.md there',
      url: null,
      licence: 'public-domain',
      attribution: 'U.S. Department of State, Trafficking in Persons Report',
      coverage: `All ${f.tiers2025.total} countries assessed in the 2025 report: ${f.tiers2025.stated} stated by a source, ${f.tiers2025.inferredByCount} Tier 1 inferred from the published count of Tier 1 countries, ${f.tiers2025.inferredByElimination} Tier 2 inferred by elimination.`,
      caveats: [
        TIERS_CAVEAT,
        REPORT_YEAR_CAVEAT,
        'Inferred placements are shown as inferred; if a Tier 1 inference failed, that country and an unnamed one would swap between Tier 1 and Tier 2.',
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
      date: UNODC_RELEASE_DATES[SOURCE_IDS.unodc],
      citation: `UNODC, data_glotip.xlsx, release of ${longDate(UNODC_RELEASE_DATES[SOURCE_IDS.unodc])} (UNODC data portal, Trafficking in Persons; the data of the Global Report 2024). data/raw/unodc-glotip-2024/PROVENANCE.md`,
      url: 'https://dataunodc.un.org/dp-trafficking-persons',
      licence: 'attribution-required',
      attribution: UNODC_ATTRIBUTION,
      coverage: `Data years ${f.unodc.firstDataYear}–${f.unodc.lastDataYear}, ${f.unodc.countries} countries: detected victims (by sex, age, form of exploitation), persons prosecuted, persons convicted.`,
      caveats: [
        'Counts under five are published as “<5”.',
        `National counts of detected victims, not estimates of prevalence; coverage changes from year to year and ${f.unodc.lastDataYear} is thin.`,
        'Where this release revised a value of the earlier one, the value shown is the current one and says so.',
      ],
    },
    {
      id: SOURCE_IDS.unodcPrevious,
      kind: 'table',
      title: 'UNODC GLOTIP country data, earlier release',
      publisher: 'United Nations Office on Drugs and Crime',
      author: null,
      date: UNODC_RELEASE_DATES[SOURCE_IDS.unodcPrevious],
      citation: `UNODC, data_glotip.xlsx, release of ${longDate(UNODC_RELEASE_DATES[SOURCE_IDS.unodcPrevious])} (UNODC data portal, Trafficking in Persons). data/raw/unodc-glotip/PROVENANCE.md`,
      url: 'https://dataunodc.un.org/dp-trafficking-persons',
      licence: 'attribution-required',
      attribution: UNODC_ATTRIBUTION,
      coverage: `Data years ${f.unodcPrevious.firstDataYear}–${f.unodcPrevious.lastDataYear}, ${f.unodcPrevious.countries} countries. Used for the values the current release revised or no longer holds, and for countries it does not report.`,
      caveats: ['Superseded: a value from this release is labelled with it.'],
    },
    {
      id: SOURCE_IDS.iso,
      kind: 'table',
      title: 'ISO 3166-1 country codes',
      publisher:
        'ISO 3166 Maintenance Agency (codes); table from MilkMp/CIA-World-Factbooks-Archive-1990-2025',
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
}

/** "14 April 2025" from "2025-04-14". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${d} ${month} ${y}`;
}

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
