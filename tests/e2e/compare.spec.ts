import { expect, test, type Locator, type Page } from '@playwright/test';
import { readCore } from './coreData';
import { clippedSvgText, openApp, resetPage, screenshotPath, watchConsole } from './helpers';

/** The dataset the app serves, read independently of the app, so the test checks the app's words against it. */
const core = readCore();

/** What the summary must say of a country's tier in a report year. */
function tierWords(iso3: string, reportYear: number): string {
  const name = core.countries.find((c) => c.iso3 === iso3)!.name;
  const tier = core.tiers[iso3]?.find((t) => t.reportYear === reportYear)?.tier;
  if (tier === 'Special Case') return `${name} was a Special Case`;
  if (tier) return `${name} was on ${tier}`;
  if (core.coverage.find((c) => c.reportYear === reportYear)?.tier1or2.includes(iso3))
    return `${name} was on Tier 1 or Tier 2 (the data for that report list only the Watch List and Tier 3)`;
  return `the data hold no tier for ${name}`;
}

const sentence = (reportYear: number, lead: string) => {
  const words = ['BLR', 'SRB', 'VNM'].map((iso3) => tierWords(iso3, reportYear));
  return `${lead}${words.slice(0, -1).join(', ')} and ${words.at(-1)}.`;
};

const QUERY = '?view=compare&countries=BLR,SRB,VNM';
const columns = (page: Page) => page.locator('.compare-column');

/** The left edge of a report year's strip cell, relative to the strip's own SVG. */
async function stripCell(column: Locator, year: number) {
  const svg = column.locator('.compare-strip svg');
  const cell = svg.locator(`g[data-year="${year}"] rect`);
  // The cell's geometry without its stroke: an inferred tier is outlined (dashed), which widens its painted box.
  const [s, c] = await Promise.all([
    svg.boundingBox(),
    cell.evaluate((e) => {
      const b = (e as SVGGraphicsElement).getBBox();
      const m = (e as SVGGraphicsElement).getScreenCTM()!;
      return { x: b.x * m.a + m.e, width: b.width * m.a };
    }),
  ]);
  return { relX: c.x - s!.x, absX: c.x, width: c.width };
}

const yTicks = (panel: Locator) =>
  panel.locator('.ts-y-tick').evaluateAll((els) => els.map((e) => e.textContent ?? ''));

test.describe('Compare view', () => {
  test('Compare: columns, scales, summary, links, empty panels, adding, reordering, the difference view and point details', async ({
    page,
  }) => {
    test.setTimeout(180000);
    await test.step('puts Belarus, Serbia and Vietnam in aligned columns', async () => {
      const console = watchConsole(page);
      await openApp(page, QUERY);
      await expect(columns(page)).toHaveCount(3);
      await expect(page.locator('.compare-columns')).toHaveAttribute('data-layout', 'columns');
      await expect(columns(page).nth(0).getByRole('heading', { level: 2 })).toHaveText('Belarus');
      await expect(columns(page).nth(2).getByRole('heading', { level: 2 })).toHaveText('Vietnam');
      // Same x for the same report year in every column.
      for (const year of [2001, 2010, 2025]) {
        const cells = await Promise.all([0, 1, 2].map((i) => stripCell(columns(page).nth(i), year)));
        for (const c of cells.slice(1)) {
          expect(Math.abs(c.relX - cells[0]!.relX)).toBeLessThan(0.5);
          expect(Math.abs(c.width - cells[0]!.width)).toBeLessThan(0.5);
        }
      }
      // Within a column, report year N sits above data year N of the panels.
      const belarus = columns(page).nth(0);
      const cell = await belarus.locator('.compare-strip g[data-year="2010"] rect').boundingBox();
      const point = await belarus
        .getByRole('group', { name: 'Detected victims, Belarus' })
        .locator('.ts-point[data-year="2010"] path')
        .boundingBox();
      expect(Math.abs(cell!.x + cell!.width / 2 - (point!.x + point!.width / 2))).toBeLessThan(1.5);
      expect(await clippedSvgText(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath('compare-1366'), fullPage: false });
      await belarus.locator('.compare-strip').scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath('compare-columns-1366'), fullPage: false });
      expect(console.errors).toEqual([]);
    });
    await test.step('the y-scale switch changes the axes from shared to per country', async () => {
      await resetPage(page);
      await openApp(page, QUERY);
      const victims = (i: number) =>
        columns(page)
          .nth(i)
          .getByRole('group', { name: /^Detected victims, / });
      await expect(victims(0).locator('.ts-y-tick').first()).toBeAttached();
      const shared = await Promise.all([0, 1, 2].map((i) => yTicks(victims(i))));
      expect(shared[1]).toEqual(shared[0]);
      expect(shared[2]).toEqual(shared[0]);
      await page.getByText('Each country its own').click();
      await expect(page).toHaveURL(/cscale=independent/);
      await expect
        .poll(async () => JSON.stringify(await yTicks(victims(1))))
        .not.toBe(JSON.stringify(shared[1]));
      const independent = await Promise.all([0, 1, 2].map((i) => yTicks(victims(i))));
      expect(independent[1]).not.toEqual(independent[0]);
      await page.getByText('Log', { exact: true }).click();
      await expect(page).toHaveURL(/scale=log/);
      await expect(victims(0).getByText(/\(log scale\)/)).toBeVisible();
    });
    await test.step('the summary names their tiers correctly and says what is missing', async () => {
      await resetPage(page);
      await openApp(page, QUERY);
      const summary = page.getByRole('region', { name: 'Summary' });
      const latest = Math.max(...core.coverage.map((c) => c.reportYear));
      const complete = Math.max(
        ...core.coverage.filter((c) => c.status === 'complete').map((c) => c.reportYear),
      );
      await expect(summary).toContainText(sentence(latest, `In the ${latest} report, `));
      if (complete !== latest)
        await expect(summary).toContainText(
          sentence(complete, `In the ${complete} report, the latest with every tier, `),
        );
      // As the dataset stands: the complete 2025 report, and UNODC's April 2025 release (data to 2022).
      await expect(summary).toContainText(
        'In the 2025 report, Belarus was on Tier 3, Serbia was on Tier 2 and Vietnam was on Tier 2.',
      );
      await expect(summary).toContainText(
        'Latest UNODC figures for persons prosecuted: Belarus 40 in 2022, Serbia 33 in 2022 and Vietnam 385 in 2011.',
      );
      await expect(summary).toContainText('UNODC GLOTIP, April 2025 release');
      await expect(summary).toContainText(
        'UNODC gives 126 for the same year; the two disagree and both are shown.',
      );
      // The column headers agree with the summary.
      await expect(columns(page).nth(0).locator('[data-latest-tier]')).toHaveText('Tier 3');
      await expect(columns(page).nth(2).locator('[data-latest-tier]')).toHaveText('Tier 2');
    });
    await test.step('a shared link restores the comparison, its order and its scales', async () => {
      await resetPage(page);
      await openApp(page, '?view=compare&countries=VNM,BLR,SRB&cscale=independent&scale=log');
      await page.reload();
      await expect(columns(page)).toHaveCount(3);
      const names = await columns(page).getByRole('heading', { level: 2 }).allInnerTexts();
      expect(names.map((n) => n.trim())).toEqual(['Vietnam', 'Belarus', 'Serbia']);
      await expect(page.getByRole('radio', { name: 'Each country its own' })).toBeChecked();
      await expect(page.getByRole('radio', { name: 'Log' })).toBeChecked();
    });
    await test.step('a country with no figures says so in its panels, not with bare axes', async () => {
      await resetPage(page);
      await openApp(page, '?view=compare&countries=HKG,SRB');
      const hongKong = columns(page).nth(0);
      for (const measure of ['Detected victims', 'Persons prosecuted', 'Persons convicted'])
        await expect(
          hongKong.getByRole('group', { name: `${measure}, Hong Kong` }).locator('.ts-empty'),
        ).toHaveText('No figures for Hong Kong from UNODC or the source documents');
      await expect(columns(page).nth(1).locator('.ts-empty')).toHaveCount(0);
    });
    await test.step('countries added from the map and from Trends arrive in Compare', async () => {
      await resetPage(page);
      // Map: Belarus's panel → "Add to compare"; Serbia's panel → "Open Compare".
      await openApp(page, '?year=2020&country=BLR');
      await page
        .getByRole('complementary', { name: 'Belarus' })
        .getByRole('button', { name: 'Add to compare' })
        .click();
      await page.getByRole('combobox', { name: 'Find a country' }).fill('Serbia');
      await page.keyboard.press('Enter');
      await page
        .getByRole('complementary', { name: 'Serbia' })
        .getByRole('button', { name: 'Open Compare' })
        .click();
      await expect(page).toHaveURL(/view=compare/);
      await expect(page).toHaveURL(/countries=BLR,SRB/);
      await expect(columns(page).getByRole('heading', { level: 2 })).toHaveText(['Belarus', 'Serbia']);
      // Trends: five countries → "Compare the first four side by side"; the fifth waits, with a note.
      await openApp(page, '?view=trends&countries=VNM,BLR,SRB,MLT,KAZ');
      await page.getByRole('button', { name: 'Compare the first four side by side' }).click();
      await expect(page).toHaveURL(/view=compare/);
      await expect(columns(page).getByRole('heading', { level: 2 })).toHaveText([
        'Vietnam',
        'Belarus',
        'Serbia',
        'Malta',
      ]);
      await expect(page.getByRole('note')).toContainText('Compare shows the first 4 of your 5 countries');
      await page.getByRole('button', { name: 'Remove Belarus' }).click();
      await expect(columns(page).nth(3).getByRole('heading', { level: 2 })).toHaveText('Kazakhstan');
    });
    await test.step('reorders and removes countries, and the URL follows', async () => {
      await resetPage(page);
      await openApp(page, QUERY);
      await page.getByRole('button', { name: 'Move Vietnam earlier' }).click();
      await expect(page).toHaveURL(/countries=BLR,VNM,SRB/);
      await page.getByRole('button', { name: 'Remove Belarus' }).click();
      await expect(page).toHaveURL(/countries=VNM,SRB/);
      await expect(columns(page)).toHaveCount(2);
    });
    await test.step('the difference view lists the years their tiers differed and convictions per prosecution', async () => {
      await resetPage(page);
      await openApp(page, QUERY);
      const diff = page.getByRole('region', { name: 'Difference: Belarus and Serbia' });
      await expect(diff.getByTestId('tier-difference-text')).toContainText('Their tiers differed in');
      await expect(diff.locator('.tier-strip-highlight[data-year="2015"]').first()).toBeAttached();
      await diff.getByText('Table: prosecutions, convictions and their ratio by data year').click();
      const row2010 = diff.getByRole('row', { name: /^2010/ });
      // Belarus 2010: 85 convicted of 124 prosecuted; Serbia: 21 of 99.
      await expect(row2010).toContainText('0.69');
      await expect(row2010).toContainText('0.21');
      await diff.locator('select').first().selectOption('VNM');
      const after = page.getByRole('region', { name: 'Difference: Vietnam and Serbia' });
      await expect(after).toBeVisible();
      await after.getByRole('heading', { name: 'Convictions per prosecution' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath('compare-difference-1366'), fullPage: false });
    });
    // Last: it ends at the phone size.
    await test.step('the details of a point stay on screen and inside their column', async () => {
      await resetPage(page);
      for (const size of [
        { width: 1366, height: 768 },
        { width: 390, height: 844 },
      ]) {
        await page.setViewportSize(size);
        await openApp(page, QUERY);
        // Vietnam's documents: long labels ("victims identified (Vietnamese nationals exploited abroad)").
        const vietnam = columns(page).nth(2);
        const marks = vietnam.locator('.ts-mark');
        await expect(marks.first()).toBeAttached();
        for (let i = 0; i < (await marks.count()); i++) {
          await marks.nth(i).scrollIntoViewIfNeeded();
          await marks.nth(i).hover({ force: true });
          const tip = vietnam.locator('.chart-tooltip');
          await expect(tip).toBeVisible();
          const [t, c] = await Promise.all([tip.boundingBox(), vietnam.boundingBox()]);
          expect(t!.x).toBeGreaterThanOrEqual(c!.x - 0.5);
          expect(t!.x + t!.width).toBeLessThanOrEqual(Math.min(c!.x + c!.width, size.width) + 0.5);
        }
      }
    });
  });

  for (const size of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ])
    test(`a show=tiers link shows five countries' tier history on one axis, at ${size.width}×${size.height}`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      const console = watchConsole(page);
      await openApp(page, '?view=compare&countries=BLR,SRB,VNM,GBR,NGA&show=tiers&year=2012');
      const history = page.getByRole('region', { name: 'Tier history to the 2012 report' });
      const strips = history.locator('.compare-tier-rows li');
      await expect(strips).toHaveCount(5);
      await expect(strips.locator('.compare-tier-name')).toHaveText([
        'Belarus',
        'Serbia',
        'Vietnam',
        'United Kingdom',
        'Nigeria',
      ]);
      await expect(history.getByText(/the 2012 report assesses April 2011 – March 2012/)).toBeVisible();
      // One axis: the same report year starts at the same x in every strip, and no strip goes past 2012.
      const firstYear = core.coverage.map((c) => c.reportYear).sort((x, y) => x - y)[0]!;
      for (const year of [firstYear, 2012]) {
        const xs = await strips
          .locator(`g[data-year="${year}"] rect`)
          .evaluateAll((rects) => rects.map((r) => Math.round(r.getBoundingClientRect().left * 10) / 10));
        expect(xs).toHaveLength(5);
        expect(new Set(xs).size).toBe(1);
      }
      await expect(strips.locator('g[data-year="2013"]')).toHaveCount(0);
      // Each strip tells its history in words, and the table holds every report to 2012.
      await expect(strips.nth(0).getByRole('img')).toHaveAttribute(
        'aria-label',
        /^Tier history of Belarus by report year: /,
      );
      await history.getByText('Table: tiers by report year').click();
      await expect(history.locator('table tbody tr')).toHaveCount(2012 - firstYear + 1);
      await expect(page.getByRole('group', { name: 'Y-scale' })).toHaveCount(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await clippedSvgText(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`compare-tiers-${size.width}`), fullPage: false });
      // Export gives the same tier history, titled for the report shown.
      await page.locator('.compare-view').getByRole('button', { name: 'Export', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Export and share' });
      await expect(dialog).toContainText(
        'Belarus, Serbia, Vietnam, United Kingdom and Nigeria: TIP tier history to the 2012 report',
      );
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      // Back to everything: the columns of counts, four of the five countries, and the link without show=tiers.
      await page.getByRole('radio', { name: 'Everything' }).check();
      await expect(columns(page)).toHaveCount(4);
      await expect(page).not.toHaveURL(/show=tiers/);
      await page.getByRole('radio', { name: 'Tier history only' }).check();
      await expect(page).toHaveURL(/show=tiers/);
      await expect(strips).toHaveCount(5);
      expect(console.errors).toEqual([]);
    });

  test('stacks the countries on a narrow screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, QUERY);
    await expect(columns(page)).toHaveCount(3);
    await expect(page.locator('.compare-columns')).toHaveAttribute('data-layout', 'stacked');
    const boxes = await Promise.all([0, 1, 2].map((i) => columns(page).nth(i).boundingBox()));
    expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y + boxes[0]!.height - 1);
    expect(Math.abs(boxes[1]!.x - boxes[0]!.x)).toBeLessThan(1);
    const cells = await Promise.all([0, 1, 2].map((i) => stripCell(columns(page).nth(i), 2010)));
    expect(Math.abs(cells[1]!.absX - cells[0]!.absX)).toBeLessThan(0.5);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Years are ~11 px apart here: Serbia's "<5" labels (prosecutions 2003 and 2017) cover no other point.
    const collisions = await columns(page)
      .nth(1)
      .evaluate((column) => {
        const hits: string[] = [];
        for (const svg of column.querySelectorAll('svg')) {
          const markers = [...svg.querySelectorAll('.ts-point, .ts-mark')];
          for (const label of svg.querySelectorAll('.ts-lt5-label')) {
            const a = label.getBoundingClientRect();
            const own = label.closest('.ts-point');
            for (const m of markers) {
              if (m === own) continue;
              const shape = m.querySelector('path, circle, rect, polygon') ?? m;
              const b = shape.getBoundingClientRect();
              if (a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top)
                hits.push(`${own?.getAttribute('data-year')} over ${m.getAttribute('data-year')}`);
            }
          }
        }
        return hits;
      });
    expect(collisions).toEqual([]);
    expect(await clippedSvgText(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('compare-390'), fullPage: false });
    await columns(page).nth(0).locator('.compare-strip').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('compare-390-column'), fullPage: false });
  });
});
