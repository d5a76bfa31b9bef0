/**
 * The small inputs the data build's tests start from (a few countries, tier tables, UNODC rows and one document),
 * and helpers to vary them and read the problems a build reports.
 */
import { buildDataset, type BuildInputs } from './build';
import { DataBuildError } from './problems';

export const ISO = `ISOAlpha2,ISOAlpha3,ISONumeric,Name,OfficialName
BY,BLR,112,Belarus,
RS,SRB,688,Serbia,
VN,VNM,704,Viet Nam,
XK,XKX,,Kosovo,
`;
export const TIER_HEADER = 'iso3,iso_numeric,country,report_year,tier,tier_code,source,note\n';
export const COMBINED =
  TIER_HEADER +
  `BLR,112,Belarus,2019,Tier 3,3,cia_factbook,
BLR,112,Belarus,2020,Tier 3,3,cia_factbook,
SRB,688,Serbia,2020,Tier 2,2,web_page:https://example.org/list,
VNM,704,Viet Nam,2020,Tier 2 Watch List,2.5,cia_factbook,
SRB,688,Serbia,2021,Tier 2,2,web_page:https://example.org/list,
VNM,704,Viet Nam,2021,Tier 2 Watch List,2.5,cia_factbook,
BLR,112,Belarus,2021,Tier 3,3,cia_factbook,
`;
export const CHECK_HEADER =
  'iso3,iso_numeric,country,report_year,tier_derived,check,kind,confirming_sources,evidence\n';
export const TIERS_2025_HEADER =
  'iso3,iso_numeric,country,report_year,tier,tier_code,basis,confidence,source,note\n';
export const GLOBAL = `data_year,report_year,prosecutions,prosecutions_labor,convictions,convictions_labor,victims_identified,victims_identified_labor,new_or_amended_legislation,source,confidence
2019,2024,11841,1024,9548,498,118932,13875,7,example,high
`;
export const GLOTIP_HEADER =
  'Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source\n';
export const GLOTIP =
  GLOTIP_HEADER +
  `SRB,Serbia,Europe,Southern Europe,Persons convicted,Total,Total,Total,Total,2020,Counts,18,GLOTIP
SRB,Serbia,Europe,Southern Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,"1,282",GLOTIP
VNM,Viet Nam,Asia,South-eastern Asia,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,<5,GLOTIP
BLR,Belarus,Europe,Eastern Europe,Persons prosecuted,Total,Total,Total,Total,2018,Counts,40,GLOTIP
SAM,,,,Persons prosecuted,Total,Total,Total,Total,2018,Counts,40,GLOTIP
`;
export const DOC = '001_abc.txt';
export const DOC_TEXT =
  'In the 2020 report Belarus remained on Tier 3. Serbia convicted 18 traffickers in 2020. Police found 1,500 victims.';
export const DOCUMENTS = [
  {
    file: DOC,
    title: 'A test article',
    author: null,
    publisher: null,
    date: '2021',
    kind: 'article',
    url: null,
    countries: ['BLR'],
    summary: 'Test.',
  },
];
export const fact = (over: Record<string, unknown> = {}) => ({
  id: 'doc001-01',
  country: 'SRB',
  metric: 'convictions',
  year: 2020,
  yearKind: 'data',
  value: 18,
  unit: 'persons',
  document: DOC,
  title: 'A test article',
  quote: 'Serbia convicted 18 traffickers in 2020.',
  confidence: 'high',
  ...over,
});

export function inputs(
  over: Partial<Record<keyof BuildInputs, string>> & { factsList?: unknown[] } = {},
): BuildInputs {
  return {
    iso: { file: 'iso.csv', text: over.iso ?? ISO },
    tiersCombined: { file: 'combined.csv', text: over.tiersCombined ?? COMBINED },
    tiersGapfill: { file: 'gapfill.csv', text: over.tiersGapfill ?? TIER_HEADER },
    tiersDerived: { file: 'derived.csv', text: over.tiersDerived ?? TIER_HEADER },
    tiers2024Check: { file: 'check2024.csv', text: over.tiers2024Check ?? CHECK_HEADER },
    tiers2025: { file: 'tiers2025.csv', text: over.tiers2025 ?? TIERS_2025_HEADER },
    tiers2025Provenance: {
      file: 'PROVENANCE.md',
      text: over.tiers2025Provenance ?? '# TIP Report 2025 (released 29 Sept 2025): full tier placements\n',
    },
    globalLawEnforcement: { file: 'global.csv', text: over.globalLawEnforcement ?? GLOBAL },
    glotip: { file: 'glotip.csv', text: over.glotip ?? GLOTIP },
    glotipPrevious: { file: 'glotip-2023.csv', text: over.glotipPrevious ?? over.glotip ?? GLOTIP },
    facts: { file: 'facts.json', text: JSON.stringify(over.factsList ?? [fact()]) },
    documents: { file: 'documents.json', text: JSON.stringify(DOCUMENTS) },
    seedTexts: new Map([[DOC, DOC_TEXT]]),
  };
}

/**
 * Inputs with `first`, a fact of the fixture document, and a second fact from a second document (002_def.txt,
 * "Another"), which gives 1,500 where the first gives 18: the fixture of every document-against-document check.
 */
export function twoDocuments(first: Record<string, unknown>, second: Record<string, unknown>): BuildInputs {
  const i = inputs({
    factsList: [
      fact(first),
      fact({
        id: 'doc002-01',
        value: 1500,
        document: '002_def.txt',
        title: 'Another',
        quote: 'Police found 1,500 victims.',
        ...second,
      }),
    ],
  });
  i.documents.text = JSON.stringify([
    DOCUMENTS[0],
    { ...DOCUMENTS[0], file: '002_def.txt', title: 'Another' },
  ]);
  i.seedTexts!.set('002_def.txt', DOC_TEXT);
  return i;
}

export function problemsOf(i: BuildInputs): string[] {
  try {
    buildDataset(i);
  } catch (e) {
    if (e instanceof DataBuildError) return e.problems.map((p) => `${p.file} [${p.record}]: ${p.reason}`);
    throw e;
  }
  return [];
}
