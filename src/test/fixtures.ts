import { encodeCore, type CoreDataset, type FactsDataset, type UnodcDataset } from '../data/schema';

/** A tiny dataset that satisfies the schemas: three countries, two report years, two facts and one conflict. */
export const coreFixture: CoreDataset = {
  version: 'test',
  builtFrom: 'fixture',
  countries: [
    { iso3: 'BLR', isoNumeric: '112', name: 'Belarus', region: 'Europe' },
    { iso3: 'SRB', isoNumeric: '688', name: 'Serbia', region: 'Europe' },
    { iso3: 'VNM', isoNumeric: '704', name: 'Vietnam', region: 'Asia-Pacific' },
  ],
  tiers: {
    BLR: [
      {
        reportYear: 2020,
        tier: 'Tier 3',
        source: 'tip-tiers-combined',
        basis: 'stated',
        confidence: 'high',
        origin: 'CIA World Factbook',
      },
    ],
    SRB: [
      {
        reportYear: 2020,
        tier: 'Tier 2',
        source: 'tip-tiers-combined',
        basis: 'stated',
        confidence: 'medium',
        origin: 'web page',
      },
      {
        reportYear: 2021,
        tier: 'Tier 2',
        source: 'tip-tiers-combined',
        basis: 'stated',
        confidence: 'medium',
        origin: 'web page',
      },
    ],
  },
  coverage: [
    { reportYear: 2020, status: 'complete', known: 2, tier1or2: [], note: 'All tiers.' },
    { reportYear: 2021, status: 'lists-only', known: 1, tier1or2: ['VNM'], note: 'Lists only.' },
  ],
  globalLawEnforcement: [],
  sources: [
    {
      id: 'unodc-glotip',
      kind: 'table',
      title: 'UNODC Global Report on Trafficking in Persons (GLOTIP), country data',
      publisher: 'UNODC',
      author: null,
      date: '2023-05-30',
      citation: 'UNODC, data_glotip.xlsx',
      url: null,
      licence: 'attribution-required',
      attribution: 'Source: UNODC, Global Report on Trafficking in Persons',
      coverage: '2003–2021',
      caveats: ['Counts under five are published as “<5”.'],
    },
    {
      id: 'doc-001-abc',
      kind: 'document',
      title: 'Human Trafficking in Serbia',
      publisher: null,
      author: 'A. Writer',
      date: null,
      citation: 'A. Writer, Human Trafficking in Serbia',
      url: null,
      licence: 'quoted-under-fair-use',
      attribution: null,
      coverage: 'Serbia',
      caveats: [],
    },
  ],
};

export const factsFixture: FactsDataset = {
  version: 'test',
  facts: [
    {
      id: 'doc001-01',
      country: 'SRB',
      metric: 'convictions',
      year: 2020,
      yearKind: 'data',
      value: 18,
      qualifier: 'exact',
      unit: 'persons',
      document: '001_abc.txt',
      title: 'Human Trafficking in Serbia',
      quote: 'Serbian courts convicted 18 traffickers in 2020',
      confidence: 'high',
      derived: false,
      source: 'doc-001-abc',
      conflicts: [],
    },
    {
      id: 'doc001-02',
      country: 'BLR',
      metric: 'tier',
      year: 2020,
      yearKind: 'report',
      value: 'Tier 2',
      qualifier: 'exact',
      unit: 'tier',
      document: '001_abc.txt',
      title: 'Human Trafficking in Serbia',
      quote: 'Belarus was placed on Tier 2',
      confidence: 'low',
      derived: false,
      source: 'doc-001-abc',
      conflicts: ['tier-BLR-2020-doc001-02'],
    },
  ],
  conflicts: [
    {
      id: 'tier-BLR-2020-doc001-02',
      kind: 'document-vs-tier-table',
      country: 'BLR',
      metric: 'tier',
      year: 2020,
      yearKind: 'report',
      description: 'The document places BLR on Tier 2 in the 2020 report; the tier table says Tier 3.',
      values: [
        { value: 'Tier 2', source: 'doc-001-abc', factId: 'doc001-02' },
        { value: 'Tier 3', source: 'tip-tiers-combined', factId: null },
      ],
    },
  ],
};

export const unodcFixture: UnodcDataset = {
  version: 'test',
  source: 'unodc-glotip',
  indicators: {
    victims: 'Detected victims',
    victimsFemale: 'f',
    victimsMale: 'm',
    victimsChildren: 'c',
    victimsAdults: 'a',
    victimsSexualExploitation: 's',
    victimsForcedLabour: 'l',
    prosecuted: 'p',
    convicted: 'c',
  },
  countries: { SRB: { convicted: [[2020, 18]], victims: [[2019, '<5']] } },
  quirks: [],
};

type Body = unknown | ((url: string) => Response | Promise<Response>);

/** A fetch stand-in serving the fixtures by file name; pass overrides to break a file. */
export function fixtureFetch(overrides: Record<string, Body> = {}): typeof fetch {
  const files: Record<string, Body> = {
    // As the build writes it: the tier table in its compact form.
    'core.json': encodeCore(coreFixture),
    'facts.json': factsFixture,
    'unodc.json': unodcFixture,
    ...overrides,
  };
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    const name = url.split('/').pop() ?? '';
    const body = files[name];
    if (typeof body === 'function') return (body as (u: string) => Response)(url);
    if (body === undefined) return new Response('not found', { status: 404, statusText: 'Not Found' });
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  }) as typeof fetch;
}
