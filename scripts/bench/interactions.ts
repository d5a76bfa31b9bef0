/** What the bench does on a live page: year changes, the 2× 16:9 PNG export, and opening another view. */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG_EXPECTED_SIZE, PNG_SAMPLE_FILE, STEP_TIMEOUT_MS, YEAR_CHANGES_PER_RUN } from './benchConstants';
import { sleep } from './loadPage';
import type { YearChangeTiming } from './pageProbe';

export interface Timed {
  ms: number | null;
  note: string | null;
}

async function awaitYearChange(page: Page): Promise<YearChangeTiming | null> {
  return page.evaluate(
    (timeout) =>
      Promise.race([
        window.__tipBench!.yearChange!,
        new Promise<null>((ok) => setTimeout(() => ok(null), timeout)),
      ]),
    STEP_TIMEOUT_MS / 4,
  );
}

/** The app: ArrowLeft / ArrowRight on the year slider, keydown → the frame after the map's fills changed. */
export async function appYearChanges(
  page: Page,
): Promise<{ timings: YearChangeTiming[]; note: string | null }> {
  const slider = page.getByRole('slider', { name: /year/i }).first();
  if ((await slider.count()) === 0)
    return { timings: [], note: 'no year slider (role=slider, name ~ /year/)' };
  const timings: YearChangeTiming[] = [];
  for (let i = 0; i < YEAR_CHANGES_PER_RUN; i++) {
    await slider.focus();
    await page.evaluate(() => window.__tipBench!.armYearChange('fills'));
    // The default view shows the latest report, so go back one year first, then forward again.
    await page.keyboard.press(i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
    const timing = await awaitYearChange(page);
    if (!timing) return { timings, note: 'the map fills did not change after a year-slider key press' };
    timings.push(timing);
    await sleep(150);
  }
  return { timings, note: null };
}

/**
 * The minimal stack: its year buttons (nav "Year"), click on the neighbour of the pressed one → the frame after the
 * page changed (../shared/bench/README.md: "the next year button").
 */
export async function minimalYearChanges(
  page: Page,
): Promise<{ timings: YearChangeTiming[]; note: string | null }> {
  const buttons = page.getByRole('navigation', { name: 'Year' }).getByRole('button');
  const count = await buttons.count();
  if (count < 2) return { timings: [], note: 'no year buttons (nav "Year")' };
  const timings: YearChangeTiming[] = [];
  for (let i = 0; i < YEAR_CHANGES_PER_RUN; i++) {
    const pressed = await buttons.evaluateAll((els) =>
      els.findIndex((e) => e.getAttribute('aria-pressed') === 'true'),
    );
    const next = pressed > 0 ? pressed - 1 : pressed + 1;
    await page.evaluate(() => window.__tipBench!.armYearChange('any'));
    await buttons.nth(next).click();
    const timing = await awaitYearChange(page);
    if (!timing) return { timings, note: 'the page did not change after a year-button click' };
    timings.push(timing);
    await sleep(150);
  }
  return { timings, note: null };
}

/** PNG width and height from the IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** The map's export dialog, 16:9 preset at 2×: click on the PNG button → the download event. */
export async function exportPng(page: Page, keepSample: boolean): Promise<Timed> {
  const open = page.getByRole('button', { name: /export|download/i }).first();
  if ((await open.count()) === 0) return { ms: null, note: 'no export button on the map' };
  await open.click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ timeout: STEP_TIMEOUT_MS / 4 }).catch(() => undefined);
  const scope = (await dialog.count()) > 0 ? dialog : page.locator('body');
  const preset = scope.getByRole('radio', { name: /16\s*:\s*9/ }).first();
  if ((await preset.count()) > 0) await preset.check();
  else {
    const select = scope.locator('select').filter({ has: page.locator('option', { hasText: /16\s*:\s*9/ }) });
    if ((await select.count()) === 0) return { ms: null, note: 'export dialog has no 16:9 preset' };
    const label = await select
      .first()
      .locator('option', { hasText: /16\s*:\s*9/ })
      .first()
      .textContent();
    await select.first().selectOption({ label: label ?? '' });
  }
  const scale = scope.getByRole('radio', { name: /^2\s*[×x]/ }).first();
  if ((await scale.count()) > 0) await scale.check();
  const button = scope.getByRole('button', { name: /png/i }).first();
  if ((await button.count()) === 0) return { ms: null, note: 'export dialog has no PNG button' };
  const started = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: STEP_TIMEOUT_MS }),
    button.click(),
  ]);
  const path = await download.path();
  const ms = performance.now() - started;
  const png = readFileSync(path);
  const size = pngSize(png);
  if (keepSample) writeFileSync(PNG_SAMPLE_FILE, png);
  await page.keyboard.press('Escape');
  // The dialog is modal (the page behind it is inert): the next step needs it gone.
  await dialog.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS / 4 }).catch(() => undefined);
  const expected = PNG_EXPECTED_SIZE;
  const note =
    size.width === expected.width && size.height === expected.height
      ? null
      : `PNG is ${size.width}×${size.height}, expected ${expected.width}×${expected.height}`;
  return { ms, note };
}

/**
 * Opens a view for the first time from the header's navigation: click → the frame after the view's h1 is in the
 * page and nothing in it says "Loading" (its code and data are in), timed in the page.
 */
export async function openView(page: Page, label: 'Trends' | 'Compare'): Promise<Timed> {
  const link = page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: label });
  if ((await link.count()) === 0) return { ms: null, note: `no ${label} link in the header` };
  await page.evaluate((name) => {
    const bench = window as unknown as { __tipViewOpen?: Promise<number> };
    bench.__tipViewOpen = new Promise<number>((resolve) => {
      let t0: number | null = null;
      window.addEventListener('click', (e) => (t0 = e.timeStamp), { capture: true, once: true });
      const done = () =>
        t0 !== null &&
        [...document.querySelectorAll('main h1')].some((h) => h.textContent?.trim() === name) &&
        !document.querySelector('main .state-loading');
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        const start = t0!;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - start);
          channel.port2.postMessage(0);
        });
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, label);
  await link.click();
  const ms = await page
    .evaluate(
      (timeout) =>
        Promise.race([
          (window as unknown as { __tipViewOpen: Promise<number> }).__tipViewOpen,
          new Promise<null>((ok) => setTimeout(() => ok(null), timeout)),
        ]),
      STEP_TIMEOUT_MS,
    )
    .catch(() => null);
  return ms === null ? { ms: null, note: `${label} did not open` } : { ms, note: null };
}
