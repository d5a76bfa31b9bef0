import { createHash } from 'node:crypto';
import {
  REGION_CODES,
  REGION_CODE_LABEL,
  isRegionCode,
  coreDatasetSchema,
  encodeCore,
  factsDatasetSchema,
  unodcDatasetSchema,
  type CoreDataset,
  type Country,
  type DatasetFileKey,
  type FactsDataset,
  type UnodcDataset,
  type UnodcIndicator,
} from '../../src/data/schema';
import { findConflicts } from './conflicts';
import { parseDocuments, validateFacts } from './facts';
import { parseGlobalLawEnforcement } from './globalLawEnforcement';
import { parseIsoCodes } from './iso';
import { DataBuildError, Problems } from './problems';
import { REGION_FALLBACK, regionFromM49 } from './regions';
import { SOURCE_IDS, UNODC_RELEASE_DATES, documentSources, longDate, tableSources } from './sources';
import {
  computeCoverage,
  derivedRowBasis,
  mergeTierTables,
  parseTierTable,
  releaseDateFromProvenance,
  tiers2025RowBasis,
} from './tiers';
import { parseGlotip, type UnodcSeriesByCountry } from './unodc';
import { compareReleases } from './unodcReleases';

/** A named input: its path (for messages) and its text. */
export interface InputFile {
  file: string;
  text: string;
}

export interface BuildInputs {
  iso: InputFile;
  tiersCombined: InputFile;
  tiersGapfill: InputFile;
  tiersDerived: InputFile;
  /** The confirmed rows of tip_tiers_2024_tier2_check.csv. */
  tiers2024Check: InputFile;
  /** tip_tiers_2025_complete.csv and the PROVENANCE.md beside it (which gives the report's release date). */
  tiers2025: InputFile;
  tiers2025Provenance: InputFile;
  globalLawEnforcement: InputFile;
  /** The current UNODC release (data_glotip_long_2025-04.csv). */
  glotip: InputFile;
  /** The earlier UNODC release (data_glotip_long.csv, May 2023). */
  glotipPrevious: InputFile;
  facts: InputFile;
  documents: InputFile;
  /** Source documents by file name, or null when ../shared/seeds is absent. */
  seedTexts: Map<string, string> | null;
}

export interface BuiltDataset {
  core: CoreDataset;
  unodc: UnodcDataset;
  facts: FactsDataset;
  /** What public/data/*.json hold: core.json with its tier table encoded, the others as checked. */
  files: Record<DatasetFileKey, unknown>;
  warnings: string[];
}

export const UNODC_INDICATOR_LABELS: Record<UnodcIndicator, string> = {
  victims: 'Detected victims',
  victimsFemale: 'Detected victims, female',
  victimsMale: 'Detected victims, male',
  victimsChildren: 'Detected victims, children (0–17)',
  victimsAdults: 'Detected victims, adults (18+)',
  victimsSexualExploitation: 'Detected victims of sexual exploitation',
  victimsForcedLabour: 'Detected victims of forced labour',
  prosecuted: 'Persons prosecuted',
  convicted: 'Persons convicted',
};

function parseJson(input: InputFile, problems: Problems): unknown {
  try {
    return JSON.parse(input.text);
  } catch (e) {
    problems.add(input.file, 'whole file', `not valid JSON: ${(e as Error).message}`);
    return [];
  }
}

const pick = ({ firstDataYear, lastDataYear }: { firstDataYear: number; lastDataYear: number }) => ({
  firstDataYear,
  lastDataYear,
});

/** Turns the raw inputs into the three dataset files, or throws a DataBuildError naming every problem. */
export function buildDataset(inputs: BuildInputs): BuiltDataset {
  const problems = new Problems();
  const warnings: string[] = [];
  if (!inputs.seedTexts) {
    warnings.push(
      'The source documents (../shared/seeds) are not present: quotes were not checked against them.',
    );
  }

  const iso = parseIsoCodes(inputs.iso.text, inputs.iso.file, problems);
  const tierTables = [
    parseTierTable(
      { ...inputs.tiersCombined, sourceId: SOURCE_IDS.tiersCombined, basis: 'stated' },
      iso,
      problems,
    ),
    parseTierTable(
      { ...inputs.tiersGapfill, sourceId: SOURCE_IDS.tiersGapfill, basis: 'stated' },
      iso,
      problems,
    ),
    // Stated cells first: a cell the 2024 check confirms from a source replaces the same cell inferred below.
    parseTierTable(
      {
        ...inputs.tiers2024Check,
        sourceId: SOURCE_IDS.tiers2024Check,
        basis: 'stated',
        tierColumn: 'tier_derived',
        sourceColumn: 'confirming_sources',
        keep: (row) => row.check === 'confirmed',
      },
      iso,
      problems,
    ),
    parseTierTable(
      { ...inputs.tiers2025, sourceId: SOURCE_IDS.tiers2025, basis: tiers2025RowBasis },
      iso,
      problems,
    ),
    parseTierTable(
      { ...inputs.tiersDerived, sourceId: SOURCE_IDS.tiersDerived, basis: derivedRowBasis },
      iso,
      problems,
    ),
  ];
  const tipReleased = releaseDateFromProvenance(inputs.tiers2025Provenance.text);
  const tiers = mergeTierTables(tierTables, problems);
  const coverage = computeCoverage(tiers);
  const globalLawEnforcement = parseGlobalLawEnforcement(
    inputs.globalLawEnforcement.text,
    inputs.globalLawEnforcement.file,
    SOURCE_IDS.globalLawEnforcement,
    problems,
  );
  const glotip = parseGlotip(inputs.glotip.text, inputs.glotip.file, iso, problems);
  const glotipPrevious = parseGlotip(inputs.glotipPrevious.text, inputs.glotipPrevious.file, iso, problems);
  for (const [iso3, r] of glotipPrevious.regions) if (!glotip.regions.has(iso3)) glotip.regions.set(iso3, r);
  for (const [input, parsed] of [
    [inputs.glotip, glotip],
    [inputs.glotipPrevious, glotipPrevious],
  ] as const) {
    if (Object.keys(parsed.countries).length === 0)
      problems.add(input.file, 'whole file', 'no country value');
  }
  const releases = compareReleases(glotip.countries, glotipPrevious.countries, SOURCE_IDS.unodcPrevious);
  const documents = parseDocuments(parseJson(inputs.documents, problems), inputs.documents.file, problems);
  const facts = validateFacts(
    parseJson(inputs.facts, problems),
    { file: inputs.facts.file, iso, documents, seedTexts: inputs.seedTexts },
    problems,
  );

  // Every country that has a tier, a UNODC series or a document fact.
  const countryCodes = new Set<string>([
    ...tiers.keys(),
    ...Object.keys(releases.countries),
    ...facts.map((f) => f.country).filter((c) => !(REGION_CODES as readonly string[]).includes(c)),
  ]);
  const countries: Country[] = [];
  for (const iso3 of [...countryCodes].sort()) {
    const entry = iso.get(iso3);
    if (!entry) continue; // already reported as an unknown code
    const m49 = glotip.regions.get(iso3);
    const region = (m49 && regionFromM49(iso3, m49.region, m49.subregion)) ?? REGION_FALLBACK[iso3];
    if (!region) {
      problems.add(
        inputs.iso.file,
        iso3,
        `no region for ${entry.name}: add it to REGION_FALLBACK in scripts/pipeline/regions.ts`,
      );
      continue;
    }
    countries.push({ iso3, isoNumeric: entry.isoNumeric, name: entry.name, region });
  }

  problems.throwIfAny();

  const conflicts = findConflicts({
    facts,
    tiers,
    coverage,
    unodc: releases.countries,
    unodcSource: SOURCE_IDS.unodc,
    nameOf: (code) => iso.get(code)?.name ?? (isRegionCode(code) ? REGION_CODE_LABEL[code] : code),
  });
  const conflictIdsByFact = new Map<string, string[]>();
  for (const c of conflicts) {
    for (const v of c.values) {
      if (v.factId) conflictIdsByFact.set(v.factId, [...(conflictIdsByFact.get(v.factId) ?? []), c.id]);
    }
  }

  const version = createHash('sha256')
    .update(
      [
        inputs.iso,
        inputs.tiersCombined,
        inputs.tiersGapfill,
        inputs.tiersDerived,
        inputs.tiers2024Check,
        inputs.tiers2025,
        inputs.tiers2025Provenance,
        inputs.globalLawEnforcement,
        inputs.glotip,
        inputs.glotipPrevious,
        inputs.facts,
        inputs.documents,
      ]
        .map((f) => f.text)
        .join('\u0000'),
    )
    .digest('hex')
    .slice(0, 12);

  const allCells = [...tiers.values()].flat();
  const cellsFrom = (source: string) => allCells.filter((c) => c.source === source);
  const derived = cellsFrom(SOURCE_IDS.tiersDerived);
  const cells2025 = allCells.filter((c) => c.reportYear === 2025);
  const spanOf = (series: UnodcSeriesByCountry) => {
    const years = Object.values(series).flatMap((s) => Object.values(s).flatMap((p) => p.map(([y]) => y)));
    return {
      firstDataYear: Math.min(...years),
      lastDataYear: Math.max(...years),
      countries: Object.keys(series).length,
    };
  };
  const unodcSpan = spanOf(glotip.countries);
  const unodcPreviousSpan = spanOf(glotipPrevious.countries);
  const sourceFacts = {
    derivedInUse: derived.length,
    derivedYears: [...new Set(derived.map((c) => c.reportYear))].sort().join(', '),
    confirmed2024: cellsFrom(SOURCE_IDS.tiers2024Check).length,
    tiers2025: {
      total: cells2025.length,
      stated: cells2025.filter((c) => c.basis === 'stated').length,
      inferredByCount: cells2025.filter((c) => c.basis === 'inferred' && c.tier === 'Tier 1').length,
      inferredByElimination: cells2025.filter((c) => c.basis === 'inferred' && c.tier !== 'Tier 1').length,
    },
    unodc: unodcSpan,
    unodcPrevious: unodcPreviousSpan,
  };
  const latest = coverage.filter((c) => c.status !== 'none').at(-1);
  const latestLawEnforcement = globalLawEnforcement.at(-1);
  if (!latest || !latestLawEnforcement) {
    throw new DataBuildError([
      {
        file: inputs.tiersCombined.file,
        record: 'whole file',
        reason: 'no report year and no data year found',
      },
    ]);
  }
  const currency = {
    tipReport: {
      reportYear: latest.reportYear,
      // The release date is known for the report whose table gives it (tip-tiers-2025/PROVENANCE.md).
      released: tipReleased?.startsWith(String(latest.reportYear)) ? tipReleased : null,
      status: latest.status,
    },
    unodc: {
      source: SOURCE_IDS.unodc,
      released: UNODC_RELEASE_DATES[SOURCE_IDS.unodc],
      lastDataYear: unodcSpan.lastDataYear,
    },
    globalLawEnforcement: {
      lastDataYear: latestLawEnforcement.dataYear,
      reportYear: latestLawEnforcement.reportYear,
    },
  };

  const core = {
    version,
    builtFrom: 'data/raw/* and data/document-facts.json by scripts/build-data.ts',
    currency,
    countries,
    tiers: Object.fromEntries([...tiers.entries()].sort(([a], [b]) => a.localeCompare(b))),
    coverage,
    globalLawEnforcement,
    sources: [...tableSources(sourceFacts), ...documentSources(documents)],
  };
  const currentDate = longDate(UNODC_RELEASE_DATES[SOURCE_IDS.unodc]);
  const previousDate = longDate(UNODC_RELEASE_DATES[SOURCE_IDS.unodcPrevious]);
  const unodc = {
    version,
    source: SOURCE_IDS.unodc,
    indicators: UNODC_INDICATOR_LABELS,
    countries: releases.countries,
    quirks: [
      ...glotip.quirks,
      ...glotipPrevious.quirks
        .filter((q) => q.startsWith('Left out as not countries'))
        .map((q) => `In the release of ${previousDate}: ${q[0]!.toLowerCase()}${q.slice(1)}`),
      ...Object.keys(releases.carried).map(
        (iso3) =>
          `${iso.get(iso3)?.name ?? iso3} has no value in the release of ${currentDate}; its values come from the release of ${previousDate} and say so.`,
      ),
    ],
    releases: [
      { source: SOURCE_IDS.unodc, released: UNODC_RELEASE_DATES[SOURCE_IDS.unodc], ...pick(unodcSpan) },
      {
        source: SOURCE_IDS.unodcPrevious,
        released: UNODC_RELEASE_DATES[SOURCE_IDS.unodcPrevious],
        ...pick(unodcPreviousSpan),
      },
    ],
    carried: releases.carried,
    revised: releases.revised,
    dropped: releases.dropped,
    added: releases.added,
  };
  const factsOut = {
    version,
    facts: facts.map((f) => ({ ...f, conflicts: conflictIdsByFact.get(f.id) ?? [] })),
    conflicts,
  };

  // core.json holds the tier table in its compact form (src/data/tierTable.ts).
  const coreJson = encodeCore(core);
  // The same schemas the app reads with: a build that writes what the app would reject is a bug.
  const checked = [
    ['core', coreDatasetSchema.safeParse(coreJson)],
    ['unodc', unodcDatasetSchema.safeParse(unodc)],
    ['facts', factsDatasetSchema.safeParse(factsOut)],
  ] as const;
  for (const [name, result] of checked) {
    if (!result.success) {
      throw new DataBuildError(
        result.error.issues.map((i) => ({
          file: `public/data/${name}.json`,
          record: i.path.join('.'),
          reason: i.message,
        })),
      );
    }
  }
  const [unodcOut, factsChecked] = [checked[1][1].data!, checked[2][1].data!];
  return {
    core: checked[0][1].data!,
    unodc: unodcOut,
    facts: factsChecked,
    files: { core: coreJson, unodc: unodcOut, facts: factsChecked },
    warnings,
  };
}
