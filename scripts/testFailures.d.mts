/** Each failed unit test (or file that failed to run) as "file › test: first line of the message". */
export function unitFailures(report: unknown, root?: string): string[];
/** Each end-to-end test that failed (not one that passed on its retry) as "file › title: first line". */
export function e2eFailures(report: unknown): string[];
