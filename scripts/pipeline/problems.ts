/** A reason the data build refuses its input: which file, which record, and why. */
export interface BuildProblem {
  file: string;
  record: string;
  reason: string;
}

export const formatProblem = (p: BuildProblem): string => `${p.file} [${p.record}]: ${p.reason}`;

export class DataBuildError extends Error {
  constructor(readonly problems: readonly BuildProblem[]) {
    super(`The data build found ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DataBuildError';
  }
}

/** Collects every problem of a build so that one run reports all of them, not only the first. */
export class Problems {
  readonly list: BuildProblem[] = [];

  add(file: string, record: string, reason: string): void {
    this.list.push({ file, record, reason });
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new DataBuildError(this.list);
  }
}
