// The failed tests of a Vitest or Playwright JSON report, a line each, for the end of `npm test`'s output.

// A terminal colour code (ESC, "[", numbers, "m"), built from a string: a control character in a regex literal
// reads as a mistake.
const COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** One line: the first line of a failure's message, without colour codes, cut to a readable length. */
function firstLine(message) {
  const line = String(message ?? '')
    .replace(COLOUR, '')
    .split('\n')
    .find((l) => l.trim() !== '');
  const text = (line ?? '').trim();
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

/** Each failed unit test (or file that failed to run) as "file › test: first line of the message". */
export function unitFailures(report, root = process.cwd()) {
  const out = [];
  for (const suite of report.testResults ?? []) {
    const file = String(suite.name ?? '').replace(`${root}/`, '');
    const failed = (suite.assertionResults ?? []).filter((a) => a.status === 'failed');
    if (suite.status === 'failed' && failed.length === 0) out.push(`${file}: ${firstLine(suite.message)}`);
    for (const a of failed) out.push(`${file} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
  }
  return out;
}

/** Each end-to-end test that failed (not one that passed on its retry) as "file › title: first line". */
export function e2eFailures(report) {
  const out = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'unexpected') continue;
        const error = t.results?.findLast((r) => r.error)?.error?.message;
        out.push(`${spec.file} › ${[...titles, spec.title].join(' › ')}: ${firstLine(error)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return out;
}
