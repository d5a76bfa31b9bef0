/**
 * Prints what the built dataset holds (npm run data:stats): facts by metric and country, countries with a tier per
 * report year, countries with UNODC detected-victim counts per data year, conflicts, and the size of public/data.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { coreDatasetSchema, factsDatasetSchema, unodcDatasetSchema } from '../src/data/schema';

const dir = join(import.meta.dirname, '..', 'public', 'data');
const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const core = coreDatasetSchema.parse(read('core.json'));
const facts = factsDatasetSchema.parse(read('facts.json'));
const unodc = unodcDatasetSchema.parse(read('unodc.json'));

const count = <T>(items: readonly T[], key: (t: T) => string): string =>
  Object.entries(
    items.reduce<Record<string, number>>((acc, item) => {
      const k = key(item);
      acc[k] = (acc[k] ?? 0) + 1;
      return acc;
    }, {}),
  )
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(' · ');

console.log(`Document facts: ${facts.facts.length}`);
console.log(`  by metric: ${count(facts.facts, (f) => f.metric)}`);
console.log(`  by unit: ${count(facts.facts, (f) => f.unit)}`);
console.log(
  `  by kind of number: ${count(facts.facts, (f) =>
    typeof f.value === 'string'
      ? 'tier'
      : f.valueEnd !== undefined
        ? 'range'
        : f.qualifier === 'exact'
          ? 'exact'
          : `bound or rounded (${f.qualifier})`,
  )}`,
);
console.log(
  `  with the body named: ${facts.facts.filter((f) => f.attributedTo).length}; shares and rates saying what of: ${
    facts.facts.filter((f) => f.shareOf).length
  }; counts naming their TIP edition: ${facts.facts.filter((f) => f.reportYear !== undefined).length}; derived: ${
    facts.facts.filter((f) => f.derived).length
  }`,
);
console.log(`  by country: ${count(facts.facts, (f) => f.country)}`);
console.log(`  by document: ${count(facts.facts, (f) => f.document)}`);
console.log(`Conflicts: ${facts.conflicts.length} (${count(facts.conflicts, (c) => c.kind)})`);
console.log('Countries with a tier, per report year (+ "Tier 1 or 2" only):');
console.log(
  '  ' +
    core.coverage
      .map(
        (c) => `${c.reportYear}: ${c.known}${c.tier1or2.length ? `+${c.tier1or2.length}` : ''} (${c.status})`,
      )
      .join(' · '),
);
const inferred = Object.values(core.tiers)
  .flat()
  .filter((c) => c.basis === 'inferred').length;
console.log(
  `  tier cells: ${Object.values(core.tiers).flat().length}, of which inferred by elimination: ${inferred}`,
);
const perYear: Record<number, { n: number; lt5: number }> = {};
for (const series of Object.values(unodc.countries)) {
  for (const [year, value] of series.victims ?? []) {
    perYear[year] ??= { n: 0, lt5: 0 };
    perYear[year].n++;
    if (value === '<5') perYear[year].lt5++;
  }
}
console.log('Countries with a UNODC detected-victims count, per data year (of which "<5"):');
console.log(
  '  ' +
    Object.entries(perYear)
      .map(([y, v]) => `${y}: ${v.n}${v.lt5 ? ` (${v.lt5})` : ''}`)
      .join(' · '),
);
console.log(`Countries: ${core.countries.length}; UNODC countries: ${Object.keys(unodc.countries).length}`);
let raw = 0;
let gz = 0;
for (const name of readdirSync(dir)) {
  const buf = readFileSync(join(dir, name));
  const g = gzipSync(buf, { level: 9 }).length;
  raw += buf.length;
  gz += g;
  console.log(`  ${name}: ${(buf.length / 1024).toFixed(1)} KB raw, ${(g / 1024).toFixed(1)} KB gzip`);
}
console.log(`public/data: ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`);
