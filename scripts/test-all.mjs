// Runs every suite of the project and ends with one line "N passed, N failed" over all of them.
// The single-threaded checks run in two lanes at once, one per core of the CI machine (typecheck, format and
// data:check; lint, layers, knip and the build); then the unit tests and the end-to-end tests, which use both cores
// themselves. A step's output is printed whole when it ends, so the two lanes never interleave their lines.
import { spawn } from 'node:child_process';
import { e2eFailures, unitFailures } from './testFailures.mjs';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });

/** Runs one step to its end; its output is held and printed at once, after the step's header. */
function step(name, command, args, env = {}, { stream = false } = {}) {
  const header = `\n=== ${name}: ${command} ${args.join(' ')}`;
  const started = Date.now();
  if (stream) console.log(header);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0', ...env },
    });
    const out = [];
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr?.on('data', (d) => out.push(d));
    const finish = (ok, why) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (!stream) {
        console.log(header);
        process.stdout.write(Buffer.concat(out));
      }
      console.log(`=== ${name}: ${ok ? 'ok' : `FAILED (${why})`} in ${seconds} s`);
      resolve(ok);
    };
    child.on('error', (e) => finish(false, e.message));
    child.on('close', (code, signal) => finish(code === 0, signal ? `signal ${signal}` : `exit ${code}`));
  });
}

/** A step counted as one passed or one failed check. */
async function check(name, command, args) {
  const ok = await step(name, command, args);
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
}

async function lane(steps) {
  const done = [];
  for (const [name, command, args] of steps) done.push(await check(name, command, args));
  return done;
}

const [laneA, laneB] = await Promise.all([
  lane([
    ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
    ['format', 'npx', ['prettier', '--check', '.']],
    ['data:check', 'npx', ['tsx', 'scripts/build-data.ts', '--check']],
  ]),
  lane([
    ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
    ['layers', 'npx', ['depcruise', 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err']],
    ['knip', 'npx', ['knip']],
    ['build', 'npx', ['vite', 'build']],
  ]),
]);
const results = [...laneA, ...laneB];
const built = laneB.at(-1).failed === 0;

const unitJson = 'test-results/vitest.json';
rmSync(unitJson, { force: true });
const unitOk = await step(
  'unit',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`],
  {},
  { stream: true },
);
if (existsSync(unitJson)) {
  const j = JSON.parse(readFileSync(unitJson, 'utf8'));
  const failedSuites = (j.testResults ?? []).filter(
    (s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0,
  ).length;
  results.push({
    name: 'unit',
    passed: j.numPassedTests,
    failed: j.numFailedTests + failedSuites,
    failures: unitFailures(j),
  });
} else {
  results.push({ name: 'unit', passed: 0, failed: 1 });
}
if (!unitOk && results.at(-1).failed === 0) results.at(-1).failed = 1;

if (built) {
  const e2eJson = 'test-results/playwright.json';
  rmSync(e2eJson, { force: true });
  const e2eOk = await step('e2e', 'npx', ['playwright', 'test'], { PW_JSON: e2eJson }, { stream: true });
  if (existsSync(e2eJson)) {
    const report = JSON.parse(readFileSync(e2eJson, 'utf8'));
    const s = report.stats ?? {};
    results.push({
      name: 'e2e',
      passed: (s.expected ?? 0) + (s.flaky ?? 0),
      failed: s.unexpected ?? 0,
      failures: e2eFailures(report),
    });
  } else {
    results.push({ name: 'e2e', passed: 0, failed: 1 });
  }
  if (!e2eOk && results.at(-1).failed === 0) results.at(-1).failed = 1;
} else {
  results.push({ name: 'e2e', passed: 0, failed: 1 });
}

console.log('\nSummary:');
for (const r of results) {
  console.log(`  ${r.name.padEnd(11)} ${r.passed} passed, ${r.failed} failed`);
  // The failures again, named, just above the last line: a CI log is often read from its end only.
  for (const f of r.failures ?? []) console.log(`    ✗ ${f}`);
}
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
