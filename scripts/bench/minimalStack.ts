/**
 * The minimal stack of ../shared/bench/minimal-map (see ../shared/bench/README.md): what a user might throw together
 * instead of TIP Atlas with the same toolchain. Built outside the read-only shared folder, as that README says: copied
 * to a work folder keyed by its lockfile, `npm ci` there once, then `vite build` on every bench run.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where the shared folder sits relative to the repository (the project's convention: ../shared). */
export const MINIMAL_STACK_SOURCE = resolve(process.cwd(), '..', 'shared', 'bench', 'minimal-map');

export type MinimalStackBuild = { dist: string; workDir: string } | { skipped: string };

export function buildMinimalStack(
  source = process.env.BENCH_MINIMAL_SOURCE ?? MINIMAL_STACK_SOURCE,
): MinimalStackBuild {
  if (!existsSync(join(source, 'package.json')))
    return { skipped: `${source} is absent: the minimal stack is not measured` };
  const lock = readFileSync(join(source, 'package-lock.json'));
  const key = createHash('sha256')
    .update(lock)
    .update(readFileSync(join(source, 'package.json')))
    .digest('hex');
  const workDir = join(tmpdir(), `tip-bench-minimal-${key.slice(0, 12)}`);
  const installed = existsSync(join(workDir, 'node_modules', '.bin', 'vite'));
  // Copy the sources afresh each time (the shared folder is read-only: copies keep its modes, so make them writable).
  for (const entry of [
    'src',
    'public',
    'index.html',
    'vite.config.ts',
    'tsconfig.json',
    'package.json',
    'package-lock.json',
  ])
    rmSync(join(workDir, entry), { recursive: true, force: true });
  cpSync(source, workDir, {
    recursive: true,
    filter: (p) => !p.includes('node_modules') && !p.endsWith('/dist'),
  });
  execFileSync('chmod', ['-R', 'u+w', workDir]);
  // Run as in a shell in that folder: `npm run bench` passes its own npm_* settings (npm_config_local_prefix would
  // point npm ci at this repository), and the app's build has set NODE_ENV=production (npm ci would then leave out
  // the dev dependencies, Vite among them), so leave them out.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE_ENV'),
  );
  const run = (args: string[]) =>
    execFileSync('npx', args, { cwd: workDir, stdio: ['ignore', 'ignore', 'inherit'], env });
  if (!installed)
    execFileSync('npm', ['ci', '--include=dev', '--no-audit', '--no-fund'], {
      cwd: workDir,
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
  run(['vite', 'build', '--logLevel', 'error']);
  return { dist: join(workDir, 'dist'), workDir };
}
