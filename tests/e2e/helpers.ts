import { expect, type Page } from '@playwright/test';

/** Fails the test on any console error or uncaught exception the page produces. */
export function watchConsole(page: Page): { errors: string[] } {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return { errors };
}

export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  // The build's page holds a picture for laptops and one for phones (src/prerender): one of them, or the app, shows.
  // A CSS query, not getByText: a text query walks every node of the page (thousands of map paths) on each poll.
  await expect(page.locator('.brand-name').filter({ visible: true })).toHaveText('TIP Atlas');
  // The default link first shows the build's still picture of the map (src/prerender): wait for the live app.
  await expect(page.locator('#prerender')).toHaveCount(0);
  // The briefing pack is read from storage in the task after the first view's frame: a step that writes storage
  // next must not race it (the page would read, migrate and clear what the step meant for the next load).
  await expect(page.locator('html[data-pack="loaded"]')).toHaveCount(1);
}

/**
 * Puts a page back as a new test finds it, for a step of a merged test that opens the app again: nothing stored
 * by the app (the briefing pack, the export dialog's last choices) and the pointer off every control. A new page
 * costs more than the app's load, so one page serves several steps.
 */
export async function resetPage(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  if (page.url().startsWith('http'))
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
}

export const screenshotPath = (name: string): string => `test-results/screens/${name}.png`;

/**
 * SVG text that sticks out of its own <svg> is cut off on screen and in exports. Returns each such text with
 * how far it sticks out, so a test can expect an empty list.
 */
export function clippedSvgText(page: Page, within = 'main'): Promise<string[]> {
  return page.locator(within).evaluate((root) => {
    const out: string[] = [];
    for (const t of root.querySelectorAll('svg text')) {
      const svg = t.closest('svg')!;
      const s = svg.getBoundingClientRect();
      const r = t.getBoundingClientRect();
      if (s.width === 0 || r.width === 0) continue;
      const over = Math.max(s.left - r.left, r.right - s.right, s.top - r.top, r.bottom - s.bottom);
      if (over > 1) out.push(`"${(t.textContent ?? '').slice(0, 50)}" by ${Math.round(over)} px`);
    }
    return [...new Set(out)];
  });
}

/** Init script: adds up the page's layout shifts (entries without recent input), as Lighthouse's CLS does. */
export const recordLayoutShift = () => {
  const w = window as unknown as { __shift: number };
  w.__shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
      if (!e.hadRecentInput) w.__shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

/** The layout shift so far (after `recordLayoutShift`), read after the next painted frame. */
export const layoutShift = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      new Promise<number>((ok) =>
        requestAnimationFrame(() =>
          setTimeout(() => ok((window as unknown as { __shift: number }).__shift), 0),
        ),
      ),
  );

/** Console errors except the browser's own line for a failed request (asserted on separately). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('dialog', (d) => {
    errors.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  return errors;
}
