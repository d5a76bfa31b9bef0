// Runs every suite of the project and ends with one line "N passed, N failed" over all of them.
// Order: typecheck, lint, format, layers (dependency-cruiser), dead code (knip), data:check, unit tests, build,
// end-to-end tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';

const results = [];
mkdirSync('test-results', { recursive: true });

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  console.log(
    `=== ${name}: ${ok ? 'ok' : `FAILED (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return ok;
}

function check(name, command, args) {
  const ok = step(name, command, args);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
check('format', 'npx', ['prettier', '--check', '.']);
check('layers', 'npx', ['depcruise', 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err']);
check('knip', 'npx', ['knip']);
check('data:check', 'npx', ['tsx', 'scripts/build-data.ts', '--check']);

const unitJson = 'test-results/vitest.json';
rmSync(unitJson, { force: true });
const unitOk = step('unit', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitJson}`,
]);
if (existsSync(unitJson)) {
  const j = JSON.parse(readFileSync(unitJson, 'utf8'));
  const failedSuites = (j.testResults ?? []).filter(
    (s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0,
  ).length;
  results.push({ name: 'unit', passed: j.numPassedTests, failed: j.numFailedTests + failedSuites });
} else {
  results.push({ name: 'unit', passed: 0, failed: 1 });
}
if (!unitOk && results.at(-1).failed === 0) results.at(-1).failed = 1;

const built = check('build', 'npx', ['vite', 'build']);
if (built) {
  const e2eJson = 'test-results/playwright.json';
  rmSync(e2eJson, { force: true });
  const e2eOk = step('e2e', 'npx', ['playwright', 'test'], { PW_JSON: e2eJson });
  if (existsSync(e2eJson)) {
    const s = JSON.parse(readFileSync(e2eJson, 'utf8')).stats ?? {};
    results.push({ name: 'e2e', passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0 });
  } else {
    results.push({ name: 'e2e', passed: 0, failed: 1 });
  }
  if (!e2eOk && results.at(-1).failed === 0) results.at(-1).failed = 1;
} else {
  results.push({ name: 'e2e', passed: 0, failed: 1 });
}

console.log('\nSummary:');
for (const r of results) console.log(`  ${r.name.padEnd(11)} ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
