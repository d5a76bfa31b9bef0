/**
 * The tier map at 1366×768, one page through named steps: tiers, years, legend, Changes mode, tooltips, keyboard,
 * search, the country panel, reload, axe and screenshots. Its other cases are in map-cases.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resetPage, screenshotPath, watchConsole } from './helpers';
import { mapSvg, openMap, shape } from './mapHelpers';

/** The dataset the app serves, read independently of the app. */
const core = JSON.parse(readFileSync('public/data/core.json', 'utf8')) as {
  countries: { iso3: string; region: string }[];
};

/** Every fill on the map in document order: changes when any country's colour changes. */
const fillSignature = (page: Page) =>
  mapSvg(page)
    .locator('[data-iso3]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('fill')).join('|'));

test.describe('Tier map', () => {
  test('the map at 1366×768: tiers, years, legend, changes mode, tooltips, keyboard, search, panel, reload, axe and screenshots', async ({
    page,
  }) => {
    test.setTimeout(300000);
    await test.step('draws at least 170 countries, with the caveat on the map, and no console errors', async () => {
      const console = watchConsole(page);
      await openMap(page);
      const iso3s = await mapSvg(page)
        .locator('[data-iso3]')
        .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-iso3')))]);
      expect(iso3s.length).toBeGreaterThanOrEqual(170);
      // Rated places without a shape at this scale are circles, so Hong Kong and Malta do not disappear.
      await expect(mapSvg(page).locator('circle[data-iso3="HKG"]')).toHaveCount(1);
      await expect(mapSvg(page).locator('circle[data-iso3="MLT"]')).toHaveCount(1);
      await expect(mapSvg(page).locator('text[data-note]')).toHaveText(
        'Tiers rate government efforts, not how much trafficking there is.',
      );
      expect(console.errors).toEqual([]);
    });
    await test.step('moving the report year changes the fills and the subtitle', async () => {
      await resetPage(page);
      await openMap(page, '?year=2020');
      await expect(page.getByTestId('map-subtitle')).toHaveText('2020 report, April 2019 – March 2020');
      const before = await fillSignature(page);
      const slider = page.getByRole('slider', { name: 'Report year' });
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveAttribute('aria-valuenow', '2021');
      await expect(page).toHaveURL(/year=2021/);
      await expect(page.getByTestId('map-subtitle')).toHaveText('2021 report, April 2020 – March 2021');
      expect(await fillSignature(page)).not.toBe(before);
      await page.keyboard.press('Home');
      await expect(slider).toHaveAttribute('aria-valuenow', '2001');
      await page.keyboard.press('PageUp');
      await expect(slider).toHaveAttribute('aria-valuenow', '2006');
      await page.keyboard.press('End');
      await expect(slider).toHaveAttribute('aria-valuenow', '2025');
    });
    await test.step('shows Belarus on Tier 3 in the 2020 report, on the map, in the tooltip and in the table', async () => {
      await resetPage(page);
      await openMap(page, '?year=2020');
      await expect(shape(page, 'BLR')).toHaveAttribute('data-class', 'Tier 3');
      await shape(page, 'BLR').hover();
      const tooltip = page.getByRole('tooltip');
      await expect(tooltip).toContainText('Belarus');
      await expect(tooltip).toContainText('2020 report: Tier 3');
      await expect(tooltip).toContainText('Same as the 2019 report');
      await expect(tooltip).toContainText('What the documents say');
      await page.keyboard.press('Escape');
      await expect(tooltip).toBeHidden();
      await page.getByText(/Table: every country’s tier in the 2020 report/).click();
      await expect(page.locator('.map-table-details tr[data-iso3="BLR"] td[data-col="to"]')).toHaveText(
        /^Tier 3/,
      );
    });
    await test.step('the 2025 report is complete: 33 / 106 / 25 / 20 / 4, no "Tier 1 or 2", inferred cells say so', async () => {
      await resetPage(page);
      await openMap(page, '?year=2025');
      const legend = page.locator('.map-legend');
      for (const [cls, n] of [
        ['Tier 1', 33],
        ['Tier 2', 106],
        ['Tier 2 Watch List', 25],
        ['Tier 3', 20],
        ['Special Case', 4],
      ] as const) {
        await expect(legend.locator(`[data-class="${cls}"] .legend-count`)).toHaveText(String(n));
      }
      await expect(legend.getByRole('button', { name: /Tier 1 or 2/ })).toHaveCount(0);
      await expect(mapSvg(page).locator('[data-class="Tier 1 or 2"]')).toHaveCount(0);
      await expect(page.getByTestId('coverage-note')).toHaveCount(0);
      await expect(page.locator('.year-tick[data-year="2025"]')).toHaveAttribute('data-status', 'complete');
      await expect(page.getByTestId('legend-inferred-Tier 2')).toHaveText('72 inferred');
      await expect(page.getByTestId('legend-inferred-Tier 1')).toHaveText('9 inferred');
      // Austria's 2025 tier is inferred from the published count: the table says so in words.
      await page.getByText(/Table: every country’s tier in the 2025 report/).click();
      await expect(page.locator('.map-table-details tr[data-iso3="AUT"] td[data-col="to"]')).toHaveText(
        'Tier 1 (inferred)',
      );
      await expect(page.locator('.map-table-details tr[data-iso3="AUT"]')).toContainText(
        'inferred from the published count of 33 Tier 1 countries',
      );
    });
    await test.step('the footer says how current the data is, from the data', async () => {
      await resetPage(page);
      await openMap(page);
      await expect(page.getByTestId('data-currency')).toHaveText(
        'What the atlas holds: TIP Report 2025 (released 29 September 2025); UNODC GLOTIP, April 2025 release (data to 2022); TIP global law-enforcement data to 2024.',
      );
      await expect(page.getByRole('slider', { name: 'Report year' })).toHaveAttribute(
        'aria-valuenow',
        '2025',
      );
    });
    await test.step('Changes 2024 → 2025 names Colombia as downgraded and says what cannot be compared', async () => {
      await resetPage(page);
      await openMap(page, '?year=2025&mode=changes&from=2024');
      await expect(shape(page, 'COL')).toHaveAttribute('data-class', 'downgraded');
      const movers = page.getByRole('table', { name: /changed tier between the 2024 and 2025 reports/ });
      const colombia = movers.locator('tr[data-iso3="COL"]');
      await expect(colombia.locator('td[data-col="from"]')).toHaveText('Tier 1');
      await expect(colombia.locator('td[data-col="to"]')).toHaveText(/^Tier 2/);
      await expect(colombia).toContainText('Downgraded');
      const notComparable = await page
        .locator('.legend-item[data-class="not comparable"] .legend-count')
        .innerText();
      await expect(page.getByTestId('changes-note')).toContainText(
        `${notComparable} countries cannot be compared`,
      );
      await expect(page.getByTestId('movers-not-comparable')).toContainText(
        `${notComparable} countries cannot be compared`,
      );
      await expect(page.getByTestId('legend-notes')).toContainText('not a Watch List hatch');
    });
    await test.step('every legend count equals the places of that class drawn on the map', async () => {
      await resetPage(page);
      /** Distinct places per class on the map, and per class in the legend. */
      const compare = async (region?: string) => {
        await expect(mapSvg(page).locator('[data-iso3]').first()).toBeAttached();
        // Shapes outside a region preset are drawn plain for context; the legend counts the region's own.
        const members = region ? core.countries.filter((c) => c.region === region).map((c) => c.iso3) : null;
        const onMap = await mapSvg(page)
          .locator('[data-iso3]')
          .evaluateAll((els, inRegion) => {
            const byIso3 = new Map(
              els
                .filter((e) => !inRegion || inRegion.includes(e.getAttribute('data-iso3')!))
                .map((e) => [e.getAttribute('data-iso3'), e.getAttribute('data-class')]),
            );
            const counts: Record<string, number> = {};
            for (const cls of byIso3.values()) counts[cls!] = (counts[cls!] ?? 0) + 1;
            return counts;
          }, members);
        const inLegend = await page
          .locator('.map-legend button[data-class]')
          .evaluateAll((els) =>
            Object.fromEntries(
              els.map((e) => [
                e.getAttribute('data-class'),
                Number(e.querySelector('.legend-count')!.textContent),
              ]),
            ),
          );
        for (const [cls, n] of Object.entries(inLegend)) expect([cls, onMap[cls] ?? 0]).toEqual([cls, n]);
        for (const [cls, n] of Object.entries(onMap)) expect([cls, inLegend[cls] ?? 0]).toEqual([cls, n]);
      };
      // Andorra, Monaco and other places the data never rate have no shape or circle, so no count either.
      await openMap(page, '?year=2020');
      await compare();
      await expect(page.getByTestId('never-rated')).toContainText('Andorra');
      await openMap(page, '?year=2020&region=europe');
      await compare('Europe');
      await openMap(page, '?year=2021&mode=changes&from=2020');
      await compare();
    });
    await test.step('hovering a legend class highlights its countries', async () => {
      await resetPage(page);
      await openMap(page, '?year=2020');
      await page.getByRole('button', { name: /^Tier 3\s*\d+$/ }).hover();
      await expect(shape(page, 'BLR')).toHaveAttribute('opacity', '1');
      await expect(shape(page, 'SRB')).not.toHaveAttribute('opacity', '1');
    });
    await test.step('Changes mode lists a known mover and flags consecutive Watch List years', async () => {
      await resetPage(page);
      await openMap(page, '?year=2021&mode=changes&from=2020');
      await expect(page.getByTestId('map-subtitle')).toContainText('From the 2020 report to the 2021 report');
      await expect(shape(page, 'BLR')).toHaveAttribute('data-class', 'upgraded');
      const movers = page.getByRole('table', { name: /changed tier between the 2020 and 2021 reports/ });
      const belarus = movers.locator('tr[data-iso3="BLR"]');
      await expect(belarus).toContainText('Tier 3');
      await expect(belarus).toContainText('Tier 2 Watch List');
      await expect(belarus).toContainText('Upgraded');
      await movers.getByRole('button', { name: /^Country/ }).click();
      await expect(movers.getByRole('columnheader', { name: /Country/ })).toHaveAttribute(
        'aria-sort',
        'ascending',
      );
      await expect(
        page.getByRole('heading', { name: 'On the Watch List in consecutive reports' }),
      ).toBeVisible();
      await expect(page.locator('.streak-list li').first()).toBeVisible();
    });
    await test.step('keyboard only: tab to the map, arrows, type-ahead, Enter opens the panel, Esc closes it', async () => {
      await resetPage(page);
      await openMap(page, '?year=2020');
      const map = page.getByRole('application');
      for (let i = 0; i < 40 && !(await map.evaluate((el) => el === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await expect(map).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('map-announcer')).toHaveText(/^Angola: .+, 2020 report$/);
      await page.keyboard.type('belarus');
      await expect(page.getByTestId('map-announcer')).toHaveText('Belarus: Tier 3, 2020 report');
      await expect(page.getByRole('tooltip')).toContainText('Belarus');
      await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('map-announcer')).toHaveText(/^Belgium: /);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');
      const heading = page.getByRole('heading', { level: 2, name: 'Belarus' });
      await expect(heading).toBeFocused();
      await expect(page).toHaveURL(/country=BLR/);
      const panel = page.getByRole('complementary', { name: 'Belarus' });
      await expect(panel.locator('.tier-strip-svg')).toBeVisible();
      await expect(panel.getByText('Detected victims')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(map).toBeFocused();
      await expect(page).not.toHaveURL(/country=/);
    });
    await test.step('a tall tooltip is never cut off by the map frame', async () => {
      await resetPage(page);
      // Vietnam in 2020: two quotes and a Watch List run; its anchor is in the upper half, so the card goes below.
      for (const query of ['?year=2020', '?year=2025&region=asia-pacific']) {
        await openMap(page, query);
        await page.getByRole('application').focus();
        await page.keyboard.type('vietnam');
        const tooltip = page.getByRole('tooltip');
        await expect(tooltip).toContainText('What the documents say');
        const clipped = await tooltip.evaluate((tip) => {
          const r = tip.getBoundingClientRect();
          const out: string[] = [];
          for (let el = tip.parentElement; el; el = el.parentElement) {
            const cs = getComputedStyle(el);
            if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
            const a = el.getBoundingClientRect();
            if (
              r.top < a.top - 0.5 ||
              r.bottom > a.bottom + 0.5 ||
              r.left < a.left - 0.5 ||
              r.right > a.right + 0.5
            )
              out.push(
                `${el.className || el.tagName}: tooltip ${Math.round(r.top)}–${Math.round(r.bottom)}, box ${Math.round(a.top)}–${Math.round(a.bottom)}`,
              );
          }
          return out;
        });
        expect(clipped).toEqual([]);
      }
    });
    await test.step('the country search opens a country', async () => {
      await resetPage(page);
      await openMap(page, '?year=2020&region=africa');
      await page.getByRole('combobox', { name: 'Find a country' }).fill('Serb');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 2, name: 'Serbia' })).toBeFocused();
      // Serbia is outside Africa, so the map goes back to the world.
      await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('world');
    });
    await test.step('the country panel shows latest UNODC counts with their data years and "<5" as published', async () => {
      await resetPage(page);
      await openMap(page, '?year=2020&country=GHA');
      const panel = page.getByRole('complementary', { name: 'Ghana' });
      // The tier history's year labels, first and last included, are not cut off by the strip's edges.
      const strip = panel.locator('.tier-strip-svg');
      const labels = await strip.evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')].map((t) => {
          const r = t.getBoundingClientRect();
          return { text: t.textContent, inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 };
        });
      });
      expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(['2001', '2025']));
      expect(labels.filter((l) => !l.inside)).toEqual([]);
      const convicted = panel.locator('[data-indicator="convicted"]');
      await expect(convicted).toContainText('<5');
      await expect(convicted).toContainText(/data year \d{4}/);
      await expect(panel).toContainText('Source: UNODC, Global Report on Trafficking in Persons');
      await panel.getByRole('button', { name: 'Add to compare' }).click();
      await expect(page).toHaveURL(/countries=GHA/);
    });
    await test.step('the view survives a reload through the URL', async () => {
      await resetPage(page);
      await openMap(page, '?year=2015&mode=changes&from=2010&region=europe&country=BLR');
      const check = async () => {
        await expect(page.getByRole('slider', { name: 'Report year to compare' })).toHaveAttribute(
          'aria-valuenow',
          '2015',
        );
        await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('europe');
        await expect(page.getByRole('combobox', { name: 'Compare with' })).toHaveValue('2010');
        await expect(page.getByRole('button', { name: 'Changes' })).toHaveAttribute('aria-pressed', 'true');
        await expect(page.getByRole('heading', { level: 2, name: 'Belarus' })).toBeVisible();
      };
      await check();
      await page.getByRole('combobox', { name: 'Region' }).selectOption('mekong');
      await expect(page).toHaveURL(/region=mekong/);
      await page.reload();
      await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('mekong');
      await page.getByRole('combobox', { name: 'Region' }).selectOption('europe');
      // The address follows the view within a frame (useUrlSync writes it after the repaint).
      await expect(page).toHaveURL(/region=europe/);
      await page.reload();
      await check();
    });
    await test.step('has no accessibility violations with the panel and the table open', async () => {
      await resetPage(page);
      await openMap(page, '?year=2021&mode=changes&region=europe&country=BLR');
      await page.getByText(/Table: every country’s tier/).click();
      await expect(page.locator('.map-table-details table')).toBeVisible();
      const result = await new AxeBuilder({ page }).setLegacyMode(true).include('main').analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
    await test.step('looks right at 1366×768', async () => {
      await resetPage(page);
      await openMap(page, '?year=2020');
      const box = await mapSvg(page).boundingBox();
      expect(box!.width).toBeGreaterThan(900);
      // The whole map fits in the first screen.
      expect(box!.y + box!.height).toBeLessThanOrEqual(768);
      await page.screenshot({ path: screenshotPath('map-1366') });
      await openMap(page, '?year=2021&mode=changes');
      await page.screenshot({ path: screenshotPath('map-changes-1366') });
      await openMap(page, '?year=2020&region=europe&country=SRB');
      await page.screenshot({ path: screenshotPath('map-europe-panel-1366') });
    });
  });
});
