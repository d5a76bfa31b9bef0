import { expect, test, type Locator, type Page } from '@playwright/test';
import { clippedSvgText, openApp, resetPage, screenshotPath, watchConsole } from './helpers';

const chart = (page: Page) => page.locator('.trends-countries .chart-figure');

async function pick(page: Page, name: string) {
  const box = page.getByRole('combobox', { name: /Add a country/ });
  await box.fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
}

/** The empty-chart messages on the page, each as one line (the chart may wrap it into several). */
const emptyMessages = (within: Page | Locator) =>
  within
    .locator('.ts-empty')
    .evaluateAll((els) =>
      els.map((e) => [...e.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')),
    );

test.describe('Trends view', () => {
  test("Trends at 1366×768: picking, documents' figures, gaps, empty charts, log scale, tables, keyboard, links and the global series", async ({
    page,
  }) => {
    test.setTimeout(180000);
    await test.step('picks Serbia and Vietnam with the search box; the URL keeps them', async () => {
      const console = watchConsole(page);
      await openApp(page, '?view=trends');
      await expect(page.getByRole('heading', { level: 1, name: 'Trends' })).toBeVisible();
      await pick(page, 'Serbia');
      await pick(page, 'Vietnam');
      await expect(page).toHaveURL(/countries=SRB,VNM/);
      await expect(
        page.getByRole('heading', { name: 'Detected victims by data year: Serbia and Vietnam' }),
      ).toBeVisible();
      await expect(chart(page).locator('.ts-series')).toHaveCount(2);
      await expect(chart(page).locator('[data-tier-row="SRB"]')).toBeVisible();
      await expect(chart(page).getByText('data year', { exact: true })).toBeVisible();
      // A report year is not a data year: the strip says which period a report assesses.
      await expect(
        chart(page).locator('svg text', {
          hasText:
            'TIP tier by report year; the 2020 report, drawn above data year 2020, assesses April 2019 – March 2020',
        }),
      ).toBeVisible();
      await page.screenshot({ path: screenshotPath('trends-1366'), fullPage: false });
      expect(console.errors).toEqual([]);
    });
    await test.step('shows the documents’ figures, e.g. Serbia’s 18 convictions in 2020, with quotes on hover', async () => {
      await resetPage(page);
      await openApp(page, '?view=trends&countries=SRB,VNM&metric=convicted');
      const mark = chart(page).locator('.ts-mark[data-year="2020"][data-value="18"]');
      await expect(mark).toHaveCount(1);
      await mark.hover();
      const tooltip = page.locator('.chart-tooltip');
      await expect(tooltip).toContainText('Serbia: 18 convictions');
      await expect(tooltip).toContainText('courts convicted 16 traffickers compared with 18 in 2020');
      await expect(tooltip).toContainText('Human Trafficking in Serbia');
      // The crosshair lists every visible series, with "no data" where UNODC has nothing.
      await expect(tooltip.locator('tr', { hasText: 'Vietnam' }).first()).toContainText('no data');
      await page.screenshot({ path: screenshotPath('trends-quote-1366'), fullPage: false });
      await page.keyboard.press('Escape');
      await expect(tooltip).toHaveCount(0);
      // The same quotes are listed under the chart, a click away from each country's summary.
      const serbia = page.locator('details.facts-country', { hasText: 'Serbia' });
      await serbia.getByRole('button', { name: /^Show all \d+ figures$/ }).click();
      await expect(
        serbia
          .locator('.fact-list')
          .getByText('“courts convicted 16 traffickers compared with 18 in 2020”')
          .first(),
      ).toBeVisible();
    });
    await test.step('a data year with no UNODC figure draws no line segment', async () => {
      await resetPage(page);
      await openApp(page, '?view=trends&countries=SRB&metric=prosecuted');
      const serbia = chart(page).locator('.ts-series[data-series="SRB-prosecuted"]');
      // UNODC has Serbia's prosecutions for 2005 and 2007 but not 2006.
      await expect(serbia.locator('.ts-point[data-year="2005"]')).toHaveCount(1);
      await expect(serbia.locator('.ts-point[data-year="2007"]')).toHaveCount(1);
      await expect(serbia.locator('.ts-run').first()).toBeAttached();
      await expect(serbia.locator('.ts-point[data-year="2006"]')).toHaveCount(0);
      const runs = await serbia
        .locator('.ts-run')
        .evaluateAll((els) =>
          els.map((e) => [Number(e.getAttribute('data-from')), Number(e.getAttribute('data-to'))]),
        );
      expect(runs.length).toBeGreaterThan(0);
      for (const [from, to] of runs) expect(from! > 2006 || to! < 2006).toBe(true);
      // "<5" is drawn and labelled, never as zero.
      await expect(serbia.locator('.ts-point[data-value="<5"]').first()).toBeVisible();
      await expect(serbia.locator('.ts-lt5-label').first()).toHaveText('<5');
    });
    await test.step('empty charts say what is missing', async () => {
      await resetPage(page);
      await openApp(page, '?view=trends&countries=HKG,PRK');
      await expect(chart(page).locator('.ts-empty')).toHaveCount(1);
      expect(await emptyMessages(chart(page))).toEqual([
        'Neither UNODC nor the source documents give detected victims for Hong Kong and North Korea',
      ]);
      // Hong Kong has no breakdown; North Korea only victims by form of exploitation (all "<5").
      expect(await emptyMessages(page.locator('.breakdown-country'))).toEqual([
        'UNODC publishes no breakdown by sex for Hong Kong',
        'UNODC publishes no breakdown by age for Hong Kong',
        'UNODC publishes no breakdown by form of exploitation for Hong Kong',
        'UNODC publishes no breakdown by sex for North Korea',
        'UNODC publishes no breakdown by age for North Korea',
      ]);
      // UNODC has Vietnam's victims by age and by form, but none by sex.
      await openApp(page, '?view=trends&countries=VNM');
      await expect(page.locator('.ts-empty')).toHaveCount(1);
      expect(await emptyMessages(page)).toEqual(['UNODC publishes no breakdown by sex for Vietnam']);
    });
    await test.step('the log toggle changes the value axis and the URL', async () => {
      await resetPage(page);
      await openApp(page, '?view=trends&countries=SRB,VNM');
      const ticks = () =>
        chart(page)
          .locator('.ts-y-tick')
          .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      await expect(chart(page).locator('.ts-y-tick').first()).toBeAttached();
      const linear = await ticks();
      expect(linear).toContain('0');
      await page.locator('.trends-countries').getByText('Log', { exact: true }).click();
      await expect(page).toHaveURL(/scale=log/);
      await expect(chart(page).getByText(/\(log scale\)/)).toBeVisible();
      const log = await ticks();
      expect(log).not.toEqual(linear);
      expect(log).not.toContain('0');
      // Decades up to Vietnam's 1,206 victims of 2012, in one style (the axis reaches 10k, so "1k", not "1,000").
      expect(log).toEqual(['10', '100', '1k', '10k']);
    });
    await test.step('a value the April 2025 release revised shows its earlier value in the table', async () => {
      await resetPage(page);
      await openApp(page, '?view=trends&countries=GBR&metric=victims');
      await expect(chart(page).locator('.ts-point').first()).toBeAttached();
      await page.getByText('Table: detected victims by data year').click();
      const table = page.getByRole('table', { name: /Detected victims by data year: UNODC/ });
      const row = table.locator('tbody tr', { has: page.locator('th:text-is("2020")') });
      await expect(row.locator('td').nth(0)).toHaveText('10,582 (revised; 10,613 in the May 2023 release)');
    });
    await test.step('the table shows the same numbers as the chart', async () => {
      await resetPage(page);
      await openApp(page, '?view=trends&countries=SRB,VNM&metric=convicted');
      await expect(chart(page).locator('.ts-point').first()).toBeAttached();
      const points = await chart(page)
        .locator('.ts-series[data-series="SRB-convicted"] .ts-point')
        .evaluateAll((els) => els.map((e) => [e.getAttribute('data-year')!, e.getAttribute('data-value')!]));
      expect(points.length).toBeGreaterThan(5);
      await page.getByText('Table: persons convicted by data year').click();
      const table = page.getByRole('table', { name: /Persons convicted by data year: UNODC/ });
      await expect(table).toBeVisible();
      for (const [year, value] of points) {
        const row = table.locator('tbody tr', { has: page.locator(`th:text-is("${year}")`) });
        const serbiaUnodc = row.locator('td').nth(0);
        const shown = value === '<5' ? '<5' : Number(value).toLocaleString('en-US');
        // A value the current release revised says so after the number.
        await expect(serbiaUnodc).toHaveText(
          new RegExp(`^${shown}( \\(revised; [0-9,<]+ in the \\w+ \\d{4} release\\))?$`),
        );
      }
      await expect(
        table
          .locator('tbody tr', { has: page.locator('th:text-is("2020")') })
          .locator('td')
          .nth(1),
      ).toHaveText('18');
    });
    await test.step('reaches every point from the keyboard with one tab stop', async () => {
      await resetPage(page);
      await openApp(page, '?view=trends&countries=SRB&metric=convicted');
      const area = chart(page).getByRole('group', { name: /Persons convicted by data year/ });
      await area.press('Home');
      await expect(page.locator('.chart-tooltip')).toContainText('Data year 2003');
      // The last point: 2021, where UNODC (9) and a document (16) both give a figure.
      await area.press('End');
      await expect(page.locator('.chart-tooltip')).toContainText('Data year 2021');
      await expect(page.locator('.chart-tooltip')).toContainText('Human Trafficking in Serbia');
    });
    await test.step('a shared link restores the selection, measure and scale', async () => {
      await resetPage(page);
      await openApp(page, '?view=trends&countries=SRB,VNM&metric=prosecuted&scale=log');
      await page.reload();
      const chips = page.getByRole('list', { name: 'Selected countries' });
      await expect(chips.getByText('Serbia')).toBeVisible();
      await expect(chips.getByText('Vietnam')).toBeVisible();
      await expect(page.getByRole('radio', { name: 'Persons prosecuted' })).toBeChecked();
      await expect(
        page.getByRole('heading', { name: 'Persons prosecuted by data year: Serbia and Vietnam' }),
      ).toBeVisible();
      await expect(chart(page).getByText(/\(log scale\)/)).toBeVisible();
    });
    await test.step('the global series names the edition of each point', async () => {
      await resetPage(page);
      await openApp(page, '?view=trends');
      const global = page.locator('.trends-global');
      await expect(global.getByText(/Each TIP Report edition reprints/)).toBeVisible();
      const panel = global.getByRole('group', { name: 'Prosecutions worldwide by data year' });
      await panel.press('Home');
      await expect(page.locator('.chart-tooltip')).toContainText('TIP Report 2007/2016 editions');
      await panel.press('End');
      await expect(page.locator('.chart-tooltip')).toContainText('TIP Report 2025 edition');
      await global.getByText('Table: global law-enforcement data by data year').click();
      await expect(global.getByRole('row', { name: /^2017/ })).toContainText('TIP Report 2024 edition');
      await global.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath('trends-global-1366'), fullPage: false });
    });
  });

  test('looks right at a narrow width', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, '?view=trends&countries=SRB,VNM&metric=convicted');
    await expect(chart(page).locator('.ts-series')).toHaveCount(2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The measure switch wraps onto two rows here; each row fills the switch, leaving no empty box.
    const rows = await page
      .locator('.trends-countries fieldset', { hasText: 'Measure' })
      .locator('.segmented-options')
      .evaluate((box) => {
        const b = box.getBoundingClientRect();
        const ends = new Map<number, number>();
        for (const l of box.querySelectorAll('label')) {
          const r = l.getBoundingClientRect();
          ends.set(Math.round(r.top), Math.max(ends.get(Math.round(r.top)) ?? 0, r.right));
        }
        return [...ends.values()].map((right) => Math.round(b.right - right));
      });
    expect(rows.length).toBeGreaterThan(1);
    for (const gap of rows) expect(gap).toBeLessThanOrEqual(2);
    // Direct labels ("VNM") and panel titles (the documents' investigations) stay inside their charts.
    await expect(page.locator('.trends-countries .ts-title').first()).toBeAttached();
    expect(await clippedSvgText(page)).toEqual([]);
    await chart(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('trends-390'), fullPage: false });
  });
});
