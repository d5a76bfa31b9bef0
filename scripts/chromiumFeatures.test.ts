import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_DISABLED_FEATURES, PLAYWRIGHT_DISABLED_FEATURES } from './chromiumFeatures';

/** The feature names in playwright-core's own `disabledFeatures = [...]` list, read from the installed bundle. */
function playwrightsOwnList(): string[] {
  const root = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
  const bundle = readFileSync(join(root, 'lib', 'coreBundle.js'), 'utf8');
  const block = /disabledFeatures = \[([\s\S]*?)\]/.exec(bundle);
  if (!block)
    throw new Error(
      `No "disabledFeatures = [" list in ${root}/lib/coreBundle.js: read how it builds --disable-features now.`,
    );
  return [...block[1]!.matchAll(/^\s*"([A-Za-z0-9]+)",?\s*$/gm)].map((m) => m[1]!);
}

describe('the --disable-features switch the tests pass to Chromium', () => {
  it("keeps every feature Playwright itself turns off (Chromium keeps only the last switch, so ours replaces Playwright's)", () => {
    const own = playwrightsOwnList();
    expect(own.length).toBeGreaterThan(5);
    expect([...PLAYWRIGHT_DISABLED_FEATURES].sort()).toEqual(expect.arrayContaining(own.sort()));
  });

  it("also turns off the address bar's popup page and the spare renderer, and names each feature once", () => {
    expect(CHROMIUM_DISABLED_FEATURES).toEqual(
      expect.arrayContaining(['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'SpareRendererForSitePerProcess']),
    );
    expect(new Set(CHROMIUM_DISABLED_FEATURES).size).toBe(CHROMIUM_DISABLED_FEATURES.length);
  });
});
