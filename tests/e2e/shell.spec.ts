import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp, resetPage, screenshotPath, watchConsole } from './helpers';

/** Every source the dataset registers gets a card: tables, releases and documents. */
const sourceCount = (JSON.parse(readFileSync('public/data/core.json', 'utf8')) as { sources: unknown[] })
  .sources.length;

test.describe('app shell', () => {
  test('the header, the four views, shared links and broken data files', async ({ page }) => {
    test.setTimeout(120000);
    await test.step('shows the header and navigates among the four views', async () => {
      const console = watchConsole(page);
      await openApp(page);
      const nav = page.getByRole('navigation', { name: 'Views' });
      for (const name of ['Map', 'Trends', 'Compare', 'Sources']) {
        await expect(nav.getByRole('link', { name })).toBeVisible();
      }
      await nav.getByRole('link', { name: 'Sources' }).click();
      await expect(page).toHaveURL(/view=sources/);
      await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
      await expect(nav.getByRole('link', { name: 'Sources' })).toHaveAttribute('aria-current', 'page');
      await page.goBack();
      await expect(page).not.toHaveURL(/view=sources/);
      expect(console.errors).toEqual([]);
    });
    await test.step('a shared link restores the view, and survives a reload', async () => {
      await resetPage(page);
      await openApp(page, '?view=sources');
      await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
      await expect(page).toHaveURL(/view=sources/);
    });
    await test.step('invalid link parameters are dropped with a visible notice, never injected', async () => {
      await resetPage(page);
      await openApp(page, '?view=nowhere&year=abcd&countries=SRB,SRB,<img src=x onerror=alert(1)>&zzz=1');
      const notices = page.locator('.notice');
      await expect(notices.filter({ hasText: 'view "nowhere" is not one of' })).toBeVisible();
      await expect(notices.filter({ hasText: 'year "abcd" is not a year' })).toBeVisible();
      await expect(notices.filter({ hasText: 'country SRB was listed twice' })).toBeVisible();
      await expect(notices.filter({ hasText: 'unknown parameter "zzz"' })).toBeVisible();
      expect(await page.locator('main img[src="x"]').count()).toBe(0);
      await expect(page).toHaveURL(/countries=SRB(&|$)/);
      await expect(page).not.toHaveURL(/view=nowhere/);
    });
    await test.step('a broken data file shows the error state with a retry that recovers', async () => {
      await resetPage(page);
      let broken = true;
      await page.route('**/data/facts.json', async (route) => {
        if (broken)
          await route.fulfill({
            status: 200,
            contentType: 'application/json',
            body: '{"version": "x", "facts": [',
          });
        else await route.continue();
      });
      await openApp(page, '?view=sources');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('The document facts (facts.json) could not be loaded.');
      await expect(alert).toContainText('not valid JSON');
      // The rest of the view still works: the source registry comes from another file.
      await expect(page.getByRole('heading', { name: 'Tables and documents' })).toBeVisible();
      broken = false;
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByRole('heading', { name: 'Facts from the source documents' })).toBeVisible();
    });
    await test.step('a missing data file or one of the wrong shape names the file', async () => {
      await resetPage(page);
      await page.route('**/data/core.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
      await openApp(page, '?view=sources');
      await expect(page.getByRole('alert')).toContainText('core.json the server answered 404');
      await page.unroute('**/data/core.json');
      await page.route('**/data/core.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 3}' }),
      );
      await page.reload();
      await expect(page.getByRole('alert')).toContainText('core.json does not have the expected shape');
    });
  });
});

test.describe('Sources view', () => {
  test('the Sources view lists, searches, sorts and links sources, facts and conflicts', async ({
    page,
    request,
  }) => {
    test.setTimeout(120000);
    await test.step('lists every source with licence and the UNODC attribution', async () => {
      await openApp(page, '?view=sources');
      await expect(
        page.getByRole('heading', { name: /UNODC Global Report on Trafficking in Persons/ }),
      ).toBeVisible();
      await expect(
        page.getByText('Source: UNODC, Global Report on Trafficking in Persons').first(),
      ).toBeVisible();
      await expect(page.locator('.source-card')).toHaveCount(sourceCount);
      // Both UNODC releases are listed: the current one and the May 2023 one some values are compared with.
      await expect(page.getByRole('heading', { name: /UNODC/ })).toHaveCount(2);
      await page.screenshot({ path: screenshotPath('sources-1366'), fullPage: false });
    });
    await test.step('searches and sorts the document facts, and marks conflicts', async () => {
      await resetPage(page);
      await openApp(page, '?view=sources');
      const table = page.locator('.facts-table');
      await expect(table.locator('tbody tr').first()).toBeVisible();
      const total = await table.locator('tbody tr').count();
      expect(total).toBeGreaterThan(50);
      await expect(page.locator('.conflict-badge').nth(1)).toBeVisible();

      await page.getByLabel('Search facts').fill('Serbia');
      await expect(page.getByText(/of \d+ facts shown/)).not.toHaveText(`${total} of ${total} facts shown`);
      const rows = table.locator('tbody tr');
      const n = await rows.count();
      expect(n).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) await expect(rows.nth(i)).toContainText(/Serbia/i);

      await page.getByLabel('Search facts').fill('');
      await page.getByRole('button', { name: /^Year/ }).click();
      await expect(page.getByRole('columnheader', { name: /Year/ })).toHaveAttribute(
        'aria-sort',
        'ascending',
      );
      const years = await table.locator('tbody tr td:nth-child(3)').allInnerTexts();
      const nums = years.map((y) => Number(y.slice(0, 4)));
      expect(nums).toEqual([...nums].sort((a, b) => a - b));
      await page.getByRole('button', { name: /^Year/ }).click();
      await expect(page.getByRole('columnheader', { name: /Year/ })).toHaveAttribute(
        'aria-sort',
        'descending',
      );
    });
    await test.step('a fact links to its country on the map', async () => {
      await resetPage(page);
      await openApp(page, '?view=sources');
      await page.getByLabel('Search facts').fill('Belarus');
      await page.locator('.facts-table tbody tr').first().getByRole('link', { name: 'Belarus' }).click();
      await expect(page).toHaveURL(/country=BLR/);
      await expect(page).not.toHaveURL(/view=sources/);
    });
    await test.step('names each fact’s article and author, telling two articles of one document apart', async () => {
      await resetPage(page);
      await openApp(page, '?view=sources');
      await page.getByLabel('Search facts').fill('Serbia tier');
      const cell = (id: string, label: string) => page.locator(`#fact-${id} td[data-label="${label}"]`);
      // Caterina Rossi's article states Tier 2 in the 2021 report; Josef Whitehead's implies Tier 1.
      await expect(cell('doc001-61', 'Article')).toHaveText(/^Human Trafficking in Serbia — Caterina Rossi/);
      await expect(cell('doc001-61', 'Value')).toHaveText('Tier 2');
      await expect(cell('doc001-67', 'Article')).toHaveText(/^Human Trafficking in Serbia — Josef Whitehead/);
      await expect(cell('doc001-67', 'Year')).toHaveText('2021 report');
      await expect(cell('doc001-67', 'Value')).toHaveText('Tier 1 (derived)');
      await expect(cell('doc001-67', 'Quote').locator('.conflict-badge')).toHaveCount(2);
      // The compiled document's ten-article title is not shown as the article.
      await expect(page.locator('.facts-table')).not.toContainText('Human Trafficking in Mauritania;');
    });
    await test.step('lists every conflict of facts.json, and each link shows its fact', async () => {
      await resetPage(page);
      const data = (await (await request.get('./data/facts.json')).json()) as {
        facts: { id: string; conflicts: string[] }[];
        conflicts: { id: string; description: string }[];
      };
      await openApp(page, '?view=sources');
      const list = page.getByRole('list', { name: /Where sources disagree/ });
      await expect(list.getByRole('listitem')).toHaveCount(data.conflicts.length);
      for (const c of data.conflicts) await expect(list).toContainText(c.description);
      await expect(page.getByText(`${data.conflicts.length} disagreements between sources`)).toBeVisible();

      await page.getByLabel('Search facts').fill('Belarus');
      await list.getByRole('link', { name: 'fact doc003-02' }).click();
      const row = page.locator('#fact-doc003-02');
      await expect(row).toBeFocused();
      await expect(row).toBeInViewport();
      await expect(row).toContainText('nearly 6,000 victims');
      await expect(page.getByLabel('Search facts')).toHaveValue('');

      const inConflict = data.facts.filter((f) => f.conflicts.length > 0).length;
      await page.getByLabel('Only facts in a conflict').check();
      await expect(page.locator('.facts-table tbody tr')).toHaveCount(inConflict);
      await expect(page.locator('.facts-table tbody tr.has-conflict')).toHaveCount(inConflict);
      await page.screenshot({ path: screenshotPath('sources-conflicts-1366'), fullPage: false });
    });
  });

  test('looks right at a narrow width', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, '?view=sources');
    await expect(page.locator('.facts-table tbody tr').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Each fact is a card: its article and its quote are on screen without scrolling sideways.
    const first = page.locator('.facts-table tbody tr').first();
    for (const label of ['Article', 'Quote']) {
      const box = await first.locator(`td[data-label="${label}"]`).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    }
    const sort = await page.getByRole('button', { name: /^Article/ }).boundingBox();
    expect(sort && sort.x + sort.width <= 390).toBe(true);
    await page.screenshot({ path: screenshotPath('sources-390'), fullPage: false });
  });
});
