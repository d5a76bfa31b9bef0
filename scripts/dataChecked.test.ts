import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDataFiles } from './dataChecked';

const SHIPPED = 'public/data';
const FILES = ['core.json', 'unodc.json', 'facts.json'];
let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
/** A copy of the shipped data files, with `edit` applied to one of them. */
function copyWith(file: string, edit: (json: Record<string, unknown>) => unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'tip-data-'));
  dirs.push(dir);
  for (const f of FILES) copyFileSync(join(SHIPPED, f), join(dir, f));
  const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, file), JSON.stringify(edit(json)));
  return dir;
}

describe('checkDataFiles (the build’s check of the data it ships)', () => {
  it('vouches for every shipped file by the SHA-256 of its bytes', async () => {
    const { checked, notes } = await checkDataFiles(SHIPPED);
    expect(notes).toEqual([]);
    for (const [key, file] of [
      ['core', 'core.json'],
      ['unodc', 'unodc.json'],
      ['facts', 'facts.json'],
    ] as const)
      expect(checked[key]).toBe(
        createHash('sha256')
          .update(readFileSync(join(SHIPPED, file)))
          .digest('hex'),
      );
  });

  it('stops the build on a file the schema rejects, naming the file and where it breaks', async () => {
    const dir = copyWith('core.json', (core) => ({ ...core, countries: [{ iso3: 'x' }] }));
    await expect(checkDataFiles(dir)).rejects.toThrow(
      /core\.json does not have the expected shape at countries\.0\./,
    );
  });

  it('leaves to the app a file the schema reads differently (a default it fills in), and says so', async () => {
    const dir = copyWith('facts.json', (facts) => {
      const [first, ...rest] = facts.facts as Record<string, unknown>[];
      const { derived: _dropped, ...withoutDefault } = first!;
      return { ...facts, facts: [withoutDefault, ...rest] };
    });
    const { checked, notes } = await checkDataFiles(dir);
    expect(checked.facts).toBeUndefined();
    expect(checked.core).toBeDefined();
    expect(notes).toEqual([expect.stringMatching(/^facts\.json: .*checked on every load$/)]);
  });
});
