import { createHash } from 'node:crypto';
import {
  REGION_CODES,
  REGION_CODE_LABEL,
  isRegionCode,
  coreDatasetSchema,
  factsDatasetSchema,
  unodcDatasetSchema,
  type CoreDataset,
  type Country,
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
import { SOURCE_IDS, TABLE_SOURCES, documentSources } from './sources';
import { computeCoverage, mergeTierTables, parseTierTable } from './tiers';
import { parseGlotip } from './unodc';

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
  globalLawEnforcement: InputFile;
  glotip: InputFile;
  facts: InputFile;
  documents: InputFile;
  /** Source documents by file name, or null when ../shared/seeds is absent. */
  seedTexts: Map<string, string> | null;
}

export interface BuiltDataset {
  core: CoreDataset;
  unodc: UnodcDataset;
  facts: FactsDataset;
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
    parseTierTable(
      { ...inputs.tiersDerived, sourceId: SOURCE_IDS.tiersDerived, basis: 'inferred' },
      iso,
      problems,
    ),
  ];
  const tiers = mergeTierTables(tierTables, problems);
  const coverage = computeCoverage(tiers);
  const globalLawEnforcement = parseGlobalLawEnforcement(
    inputs.globalLawEnforcement.text,
    inputs.globalLawEnforcement.file,
    SOURCE_IDS.globalLawEnforcement,
    problems,
  );
  const glotip = parseGlotip(inputs.glotip.text, inputs.glotip.file, iso, problems);
  const documents = parseDocuments(parseJson(inputs.documents, problems), inputs.documents.file, problems);
  const facts = validateFacts(
    parseJson(inputs.facts, problems),
    { file: inputs.facts.file, iso, documents, seedTexts: inputs.seedTexts },
    problems,
  );

  // Every country that has a tier, a UNODC series or a document fact.
  const countryCodes = new Set<string>([
    ...tiers.keys(),
    ...Object.keys(glotip.countries),
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
    unodc: glotip.countries,
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
        inputs.globalLawEnforcement,
        inputs.glotip,
        inputs.facts,
        inputs.documents,
      ]
        .map((f) => f.text)
        .join('\u0000'),
    )
    .digest('hex')
    .slice(0, 12);

  const core = {
    version,
    builtFrom: 'data/raw/* and data/document-facts.json by scripts/build-data.ts',
    countries,
    tiers: Object.fromEntries([...tiers.entries()].sort(([a], [b]) => a.localeCompare(b))),
    coverage,
    globalLawEnforcement,
    sources: [...TABLE_SOURCES, ...documentSources(documents)],
  };
  const unodc = {
    version,
    source: SOURCE_IDS.unodc,
    indicators: UNODC_INDICATOR_LABELS,
    countries: glotip.countries,
    quirks: glotip.quirks,
  };
  const factsOut = {
    version,
    facts: facts.map((f) => ({ ...f, conflicts: conflictIdsByFact.get(f.id) ?? [] })),
    conflicts,
  };

  // The same schemas the app reads with: a build that writes what the app would reject is a bug.
  const checked = [
    ['core', coreDatasetSchema.safeParse(core)],
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
  return { core: checked[0][1].data!, unodc: checked[1][1].data!, facts: checked[2][1].data!, warnings };
}
