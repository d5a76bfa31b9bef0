import { describe, expect, it } from 'vitest';
import { e2eFailures, unitFailures } from './testFailures.mjs';

// Shapes cut down from real reports: Vitest 4.1's JSON reporter and Playwright's, with one test failing, one file
// that could not run, one test that passed on its retry.
const ESC = '\u001b';

describe('unitFailures', () => {
  const report = {
    testResults: [
      {
        name: '/repo/src/a.test.ts',
        status: 'failed',
        message: '',
        assertionResults: [
          {
            fullName: 'outer inner adds',
            status: 'failed',
            failureMessages: [`AssertionError: expected 2 to be 3\n    at /repo/src/a.test.ts:2:86`],
          },
          { fullName: 'outer ok', status: 'passed', failureMessages: [] },
        ],
      },
      {
        name: '/repo/src/b.test.ts',
        status: 'failed',
        message: "Cannot find module './missing' imported from /repo/src/b.test.ts",
        assertionResults: [],
      },
      { name: '/repo/src/c.test.ts', status: 'passed', message: '', assertionResults: [] },
    ],
  };

  it('names each failed test with its file and the first line of its message, and each file that did not run', () => {
    expect(unitFailures(report, '/repo')).toEqual([
      'src/a.test.ts › outer inner adds: AssertionError: expected 2 to be 3',
      "src/b.test.ts: Cannot find module './missing' imported from /repo/src/b.test.ts",
    ]);
  });

  it('gives nothing for a report with no failure, or no report at all', () => {
    expect(unitFailures({ testResults: [report.testResults[2]] }, '/repo')).toEqual([]);
    expect(unitFailures({}, '/repo')).toEqual([]);
  });
});

describe('e2eFailures', () => {
  const result = (message?: string) => ({
    status: message ? 'failed' : 'passed',
    error: message && { message },
  });
  const report = {
    suites: [
      {
        title: 'c.spec.ts',
        file: 'c.spec.ts',
        specs: [
          {
            title: 'flaky',
            file: 'c.spec.ts',
            tests: [{ status: 'flaky', results: [result('Error: once'), result()] }],
          },
          { title: 'passes', file: 'c.spec.ts', tests: [{ status: 'expected', results: [result()] }] },
        ],
        suites: [
          {
            title: 'group',
            file: 'c.spec.ts',
            specs: [
              {
                title: 'fails',
                file: 'c.spec.ts',
                tests: [
                  {
                    status: 'unexpected',
                    results: [
                      result(`Error: first try\n\n${ESC}[2mexpect(${ESC}[22m`),
                      result(`Error: ${ESC}[31mthe text${ESC}[39m ${'x'.repeat(300)}\n\nmore`),
                    ],
                  },
                ],
              },
            ],
            suites: [],
          },
        ],
      },
    ],
  };

  it('names each test that failed on its last try, under its describe, with that try’s first line, uncoloured and cut', () => {
    const lines = e2eFailures(report);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^c\.spec\.ts › group › fails: Error: the text x+…$/);
    expect(lines[0]!.length).toBeLessThan(220);
  });

  it('leaves out a test that passed on its retry', () => {
    expect(e2eFailures({ suites: [{ ...report.suites[0]!, suites: [] }] })).toEqual([]);
  });
});
