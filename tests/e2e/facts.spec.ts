import { expect, test, type Page } from '@playwright/test';
import { openApp, resetPage, screenshotPath, watchConsole } from './helpers';

interface Fact {
  id: string;
  country: string;
  metric: string;
  unit: string;
  value: number | string;
  valueEnd?: number;
  year: number;
  yearKind: string;
  quote: string;
}

/** A share stated for a measure that Trends charts (victims identified): it must be listed, never plotted. */
const PERCENT_ON_A_CHARTED_MEASURE = {
  id: 'e2e-percent-01',
  metric: 'victims_identified',
  unit: 'percent',
  value: 80,
  shareOf: 'victims identified 2012–2017 (about 7,500)',
  qualifier: 'exact',
  year: 2016,
  yearKind: 'data',
};

/** Serves facts.json with one extra percent fact, a copy of Vietnam's "80 percent" with a charted measure. */
async function withPercentOnChartedMeasure(page: Page): Promise<void> {
  await page.route('**/data/facts.json', async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as { facts: Fact[] };
    const original = data.facts.find((f) => f.country === 'VNM' && f.unit === 'percent' && f.value === 80)!;
    data.facts.push({ ...original, ...PERCENT_ON_A_CHARTED_MEASURE, conflicts: [] } as Fact);
    await route.fulfill({ response, json: data });
  });
}

test.describe('Document figures with units', () => {
  test("document figures keep their units in Sources, the map panel, Trends' fact lists and the download, and a percent is never plotted", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await test.step('shares, rates and ranges keep their unit in Sources, the map panel and the facts download', async () => {
      await openApp(page, '?view=sources');
      await page.getByLabel('Search facts').fill('Pakistan');
      const value = (id: string) => page.locator(`#fact-${id} td[data-label="Value"]`);
      await expect(value('doc000-52')).toHaveText('about 17 per 1,000');
      await expect(value('doc000-58')).toHaveText('30–35');
      await expect(value('doc000-77')).toHaveText('more than 3,000,000 (derived)');
      await expect(page.locator('#fact-doc000-52')).toContainText('according to Global Slavery Index');

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download the facts (CSV)' }).click();
      const csv = await (await (await download).createReadStream()).toArray();
      const text = Buffer.concat(csv).toString('utf8');
      expect(text).toContain('doc000-52,PAK,Pakistan,');
      expect(text).toMatch(/doc000-52,.*,about 17 per 1,000|doc000-52,.*"about 17 per 1,000/);
      expect(text).toMatch(/doc001-42,.*,80000,120000,approximately,persons,"about 80,000–120,000/);

      await openApp(page, '?country=VNM');
      const panel = page.getByRole('complementary', { name: 'Vietnam' });
      await panel.getByRole('combobox', { name: 'Measure' }).selectOption('other');
      await expect(panel.locator('.panel-facts')).toContainText('80%');
      await expect(panel.locator('.panel-facts')).toContainText('share of victims identified 2012–2017');
    });
    await test.step('a long fact list opens as a summary, expands with the keyboard and filters by measure', async () => {
      await resetPage(page);
      await openApp(page, '?view=trends&countries=SRB,VNM,PAK');
      const serbia = page.locator('details.facts-country', { hasText: 'Serbia' });
      const summary = serbia.locator('.fact-summary');
      await expect(summary).toHaveText(/^By measure: .*Convictions \d+/);
      const list = serbia.locator('.fact-list');
      await expect(list).toBeHidden();
      const toggle = serbia.getByRole('button', { name: /^Show all \d+ figures$/ });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      // The button names the total, and the summary's counts by measure add up to it.
      const total = Number((await toggle.textContent())!.match(/(\d+)/)![1]);
      const byMeasure = [...(await summary.textContent())!.matchAll(/ (\d+)(?= ·|$)/g)].map((m) =>
        Number(m[1]),
      );
      expect(byMeasure.reduce((a, b) => a + b, 0)).toBe(total);
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(list).toBeVisible();
      await expect(serbia.getByRole('button', { name: 'Hide the figures' })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
      await expect(list.locator('.fact-item')).toHaveCount(total);
      await page.screenshot({ path: screenshotPath('facts-trends-expanded-1366'), fullPage: false });

      // Filter: only the convictions, as many as the summary counts.
      const convictions = Number((await summary.textContent())!.match(/Convictions (\d+)/)![1]);
      await serbia.getByRole('combobox', { name: 'Measure' }).selectOption('convictions');
      await expect(list.locator('.fact-item')).toHaveCount(convictions);
      for (const head of await list.locator('.fact-head strong').allTextContents())
        expect(head).toMatch(/convictions/);
      await serbia.getByRole('button', { name: 'Hide the figures' }).click();
      await expect(list).toBeHidden();
    });
    // Last: its changed facts.json stays routed to the end of the test.
    await test.step('a percent fact shows with "%" and is not on a chart’s count axis', async () => {
      await resetPage(page);
      const console = watchConsole(page);
      await withPercentOnChartedMeasure(page);
      await openApp(page, '?view=trends&countries=VNM');
      const vietnam = page.locator('details.facts-country', { hasText: 'Vietnam' });
      await vietnam.getByRole('combobox', { name: 'Measure' }).selectOption('victims_identified');
      const item = vietnam.locator(`[data-fact="${PERCENT_ON_A_CHARTED_MEASURE.id}"]`);
      await expect(item).toBeVisible();
      await expect(item.locator('.fact-head')).toContainText('80% victims identified');
      await expect(item).toContainText('share of victims identified 2012–2017');
      // Vietnam's counts of victims identified are on the chart; the share is not, in any panel.
      const marks = page.locator('.ts-mark');
      await expect(page.locator('.ts-mark[data-mark="doc-VNM-doc000-35"]')).toHaveCount(1);
      const plotted = await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-mark')));
      expect(plotted).not.toContain(`doc-VNM-${PERCENT_ON_A_CHARTED_MEASURE.id}`);
      // And it is listed under the chart as a figure that cannot sit on a count axis.
      await expect(page.locator('.unplotted')).toContainText('Vietnam: 80% victims identified');
      expect(console.errors).toEqual([]);
    });
  });
});
