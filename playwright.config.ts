import { defineConfig } from '@playwright/test';
import { CHROMIUM_DISABLED_FEATURES } from './scripts/chromiumFeatures';

/** Debian's Chromium: browser downloads cannot work on these machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** Built app to serve; parallel workers on one machine each build into their own folder. */
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two workers, one per core of the CI machine. The suite is bound by CPU: one worker kept 1.6–1.9 cores busy
  // inside each test but left the second idle between steps and tests (7.9 min against 6.2 with two). Tests wait
  // on what the user sees, never on timing, so a slower test under load is still a passing one.
  workers: 2,
  retries: 0,
  reporter: process.env.PW_JSON ? [['list'], ['json', { outputFile: process.env.PW_JSON }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--disable-features=${CHROMIUM_DISABLED_FEATURES.join(',')}`,
      ],
    },
  },
  webServer: {
    command: `npx vite preview --outDir ${DIST} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
