/**
 * Lighthouse (pinned 12.2.3, the last release that runs on Node 20) on the app's pages, with its desktop preset and its
 * default mobile preset (simulated slow 4G and a 4× slower CPU), in Debian's Chromium launched by chrome-launcher.
 * Each run starts a fresh Chromium with an empty profile; Lighthouse clears the origin's storage before it loads.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';

export const LIGHTHOUSE_PAGES = [
  { name: 'default view', path: '/' },
  { name: 'shared Trends link', path: '/?view=trends&countries=VNM,SRB&metric=convicted' },
  { name: 'shared Compare link', path: '/?view=compare&countries=BLR,SRB,VNM' },
] as const;
export const LIGHTHOUSE_PRESETS = ['desktop', 'mobile'] as const;
export type LighthousePreset = (typeof LIGHTHOUSE_PRESETS)[number];

export interface LighthouseResult {
  page: string;
  path: string;
  preset: LighthousePreset;
  scores: { performance: number | null; accessibility: number | null; bestPractices: number | null };
  /** Milliseconds, except layout shift (unitless). */
  metrics: Record<'fcp' | 'lcp' | 'tbt' | 'cls' | 'si' | 'tti', number | null>;
  error?: string;
}

const AUDITS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
  tti: 'interactive',
} as const;

export async function runLighthouse(
  origin: string,
  chromePath: string,
  preset: LighthousePreset,
  page: (typeof LIGHTHOUSE_PAGES)[number],
): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  const empty: LighthouseResult = {
    page: page.name,
    path: page.path,
    preset,
    scores: { performance: null, accessibility: null, bestPractices: null },
    metrics: { fcp: null, lcp: null, tbt: null, cls: null, si: null, tti: null },
  };
  try {
    const result = await lighthouse(
      `${origin}${page.path}`,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) return { ...empty, error: 'Lighthouse returned no result' };
    const { categories, audits, runtimeError } = result.lhr;
    const score = (id: string) => {
      const s = categories[id]?.score;
      return s == null ? null : Math.round(s * 100);
    };
    const metric = (id: string) => audits[id]?.numericValue ?? null;
    return {
      ...empty,
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
      },
      metrics: Object.fromEntries(
        Object.entries(AUDITS).map(([k, id]) => {
          const v = metric(id);
          return [k, v === null ? null : k === 'cls' ? Number(v.toFixed(3)) : Math.round(v)];
        }),
      ) as LighthouseResult['metrics'],
      ...(runtimeError ? { error: `${runtimeError.code}: ${runtimeError.message}` } : {}),
    };
  } catch (e) {
    return { ...empty, error: (e as Error).message.split('\n')[0] };
  } finally {
    chrome.kill();
  }
}
