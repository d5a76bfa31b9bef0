import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { autoType, csvParse } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import { openApp, resetPage, screenshotPath } from './helpers';
import {
  core,
  download,
  facts,
  inspectSvg,
  openExport,
  pngSize,
  readDownload,
  saveCopy,
  textLayoutProblems,
  TODAY,
  unodc,
} from './exportHelpers';
import { parseCsvRows } from '../../src/shared/export/dataExport';
import { readPngText } from '../../src/shared/export/png';

test.describe('export', () => {
  test('Compare, every chart and the Sources view export their files, metadata and data; the copy buttons; and the dialog', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(480_000);
    await test.step('the Compare view downloads a ZIP whose data.csv loads strictly, typed, and matches the dataset', async () => {
      await resetPage(page);
      await openApp(page, '?view=compare&countries=BLR,SRB,VNM');
      const view = page.locator('.compare-view');
      await expect(view.locator('.compare-column')).toHaveCount(3);
      const dialog = await openExport(page, view);
      const zipFile = await download(page, dialog.getByRole('button', { name: 'Download ZIP' }));
      expect(zipFile.suggestedFilename()).toMatch(
        new RegExp(`^tip-compare_BLR-SRB-VNM_${TODAY.source}\\.zip$`),
      );
      const files = unzipSync(new Uint8Array(await readDownload(zipFile)));
      expect(Object.keys(files).sort()).toEqual(['README.md', 'chart.png', 'data.csv', 'metadata.json']);
      expect(pngSize(Buffer.from(files['chart.png']!)).width).toBeGreaterThan(500);
      const meta = JSON.parse(strFromU8(files['metadata.json']!));
      expect(meta.title).toBe(
        'Belarus, Serbia and Vietnam compared: TIP tiers, detected victims, prosecutions and convictions',
      );
      expect(meta.link).toBe(page.url());
      expect(meta.datasetVersion).toBe(core.version);
      expect(meta.caveats.some((c: string) => c.startsWith('Tiers rate a government'))).toBe(true);
      const readme = strFromU8(files['README.md']!);
      expect(readme).toContain(page.url());
      const registry = new Map<string, { citation: string; licence: string }>(
        meta.sources.map((s: { id: string; citation: string; licence: string }) => [s.id, s]),
      );
      for (const s of registry.values()) expect(s.licence).toBeTruthy();

      // UTF-8 with a byte-order mark (TextDecoder drops it when decoding).
      expect([...files['data.csv']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = `\uFEFF${new TextDecoder().decode(files['data.csv']!)}`;
      saveCopy('export-compare.csv', csv);
      // A strict parser (d3-dsv, RFC 4180), with types inferred as pandas.read_csv would: one type per column.
      const rows = csvParse(csv.slice(1), autoType) as unknown as Record<string, string | number | null>[];
      expect(csv.slice(1).split('\r\n')[0]).toMatch(/^iso3,country,kind,measure,/);
      for (const key of ['dataYear', 'reportYear', 'value'])
        expect(
          rows.filter((r) => r[key] !== null && typeof r[key] !== 'number').map((r) => r[key]),
          `${key} holds only numbers`,
        ).toEqual([]);
      expect(new Set(rows.map((r) => r.valueFlag).filter((f) => f !== null))).toEqual(new Set(['<5']));
      // One vocabulary: the document rows use the same measure names as UNODC's.
      expect(new Set(rows.map((r) => r.measure))).toEqual(
        new Set(['Detected victims', 'Persons prosecuted', 'Persons convicted', 'TIP tier']),
      );
      // No row twice (Serbia's 18 convictions in 2020, quoted by two articles, are one row crediting both).
      const keys = rows.map((r) => JSON.stringify(r));
      expect(new Set(keys).size).toBe(keys.length);
      const srb2020 = rows.filter(
        (r) =>
          r.iso3 === 'SRB' &&
          r.kind === 'Document figure' &&
          r.dataYear === 2020 &&
          r.measure === 'Persons convicted',
      );
      expect(srb2020).toHaveLength(1);
      expect(String(srb2020[0]!.author)).toContain(' | ');
      for (const r of rows)
        if (r.source)
          expect(registry.has(String(r.source)), `source ${r.source} is in metadata.json`).toBe(true);
      expect(new Set(rows.map((r) => r.iso3))).toEqual(new Set(['BLR', 'SRB', 'VNM']));

      // UNODC counts: every published value, exactly as unodc.json has it ("<5" as an empty value and its flag).
      const counts = rows.filter((r) => r.kind === 'UNODC count');
      for (const iso3 of ['BLR', 'SRB', 'VNM'])
        for (const indicator of ['victims', 'prosecuted', 'convicted']) {
          const expected = (unodc.countries[iso3]?.[indicator] ?? []).map(([y, v]) => `${y}:${v}`);
          const got = counts
            .filter((r) => r.iso3 === iso3 && r.indicator === indicator)
            .map((r) => `${r.dataYear}:${r.valueFlag ?? r.value}`);
          expect(got, `${iso3} ${indicator}`).toEqual(expected);
        }
      expect(counts.every((r) => r.source === 'unodc-glotip')).toBe(true);

      // Tiers: one row per report year; a stated tier with its source, else "Tier 1 or 2" or "No data", never carried.
      const tiers = rows.filter((r) => r.kind === 'TIP tier');
      expect(tiers).toHaveLength(3 * core.coverage.length);
      for (const r of tiers) {
        const cell = core.tiers[String(r.iso3)]?.find((c) => c.reportYear === r.reportYear);
        if (cell) expect([r.tier, r.source]).toEqual([cell.tier, cell.source]);
        else {
          const listed = core.coverage
            .find((c) => c.reportYear === r.reportYear)!
            .tier1or2.includes(String(r.iso3));
          expect([r.tier, r.source]).toEqual([listed ? 'Tier 1 or 2' : 'No data', null]);
        }
      }

      // Document figures: each row is one or more facts of facts.json, quoted and credited as they are there.
      const docs = rows.filter((r) => r.kind === 'Document figure');
      expect(docs.length).toBeGreaterThan(0);
      for (const r of docs) {
        const ids = String(r.factId).split(' | ');
        for (const id of ids) {
          const fact = facts.facts.find((f) => f.id === id);
          expect(fact, id).toBeDefined();
          expect([r.iso3, r.dataYear, r.value, r.source]).toEqual([
            fact!.country,
            fact!.year,
            fact!.value,
            fact!.source,
          ]);
          expect(String(r.quote)).toContain(fact!.quote);
        }
        expect(r.article).toBeTruthy();
        expect(r.sourceCitation).toContain(String(r.article).split(' | ')[0]);
      }

      const plain = (
        await readDownload(await download(page, dialog.getByRole('button', { name: 'Download CSV' })))
      ).toString('utf8');
      expect(plain).toBe(csv);

      const json = JSON.parse(
        (
          await readDownload(await download(page, dialog.getByRole('button', { name: 'Download JSON' })))
        ).toString('utf8'),
      );
      expect(json.rows).toHaveLength(rows.length);
      expect(json.link).toBe(page.url());
      expect(json.datasetVersion).toBe(core.version);

      await dialog.getByRole('radio', { name: 'PNG' }).check();
      await dialog.getByRole('radio', { name: 'White' }).check();
      await dialog.getByRole('radio', { name: '16:9 slide' }).check();
      await dialog.getByRole('radio', { name: /^1×/ }).check();
      const png = await readDownload(
        await download(page, dialog.getByRole('button', { name: 'Download PNG' })),
      );
      expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
      saveCopy('export-compare-16x9-1x.png', png);
    });
    await test.step('every chart exports: the breakdowns, the documents’ investigations and the difference view', async () => {
      await resetPage(page);
      await openApp(page, '?view=trends&countries=SRB,VNM&metric=victims');
      const trends = page.locator('.trends-countries');
      await expect(trends.locator('svg path').first()).toBeVisible();
      // The country chart, the investigations and arrests panels, and each country's breakdowns.
      await expect(trends.getByRole('button', { name: /^Export/ })).toHaveText([
        'Export',
        'Export',
        'Export Serbia',
        'Export Vietnam',
      ]);
      const cases = [
        {
          button: trends.getByRole('button', { name: 'Export Serbia' }),
          title: 'Detected victims of Serbia by sex, age and form of exploitation',
          file: /^tip-victims-breakdown_SRB_/,
          row: /\r\nSRB,Serbia,By sex,Female,victimsFemale,\d{4},(\d+,|,<5),persons,unodc-glotip,/,
        },
        {
          button: trends.getByRole('button', { name: 'Export', exact: true }).nth(1),
          title: 'Investigations and arrests in the source documents: Serbia and Vietnam',
          file: /^tip-investigations-arrests_SRB-VNM_/,
          row: /\r\nSRB,Serbia,investigations,2020,22,/,
        },
      ];
      for (const c of cases) {
        await c.button.click();
        const dialog = page.getByRole('dialog', { name: 'Export and share' });
        await dialog.getByRole('radio', { name: 'SVG' }).check();
        await dialog.getByRole('radio', { name: '16:9 slide' }).check();
        const svgFile = await download(page, dialog.getByRole('button', { name: 'Download SVG' }));
        expect(svgFile.suggestedFilename()).toMatch(c.file);
        const svg = (await readDownload(svgFile)).toString('utf8');
        const info = await inspectSvg(page, svg);
        expect(info.titleText).toBe(c.title);
        expect(info.external).toEqual([]);
        expect(await textLayoutProblems(page, svg)).toEqual([]);
        const csv = (
          await readDownload(await download(page, dialog.getByRole('button', { name: 'Download CSV' })))
        ).toString('utf8');
        expect(csv).toMatch(c.row);
        await page.keyboard.press('Escape');
      }

      await openApp(page, '?view=compare&countries=BLR,SRB');
      const difference = page.locator('.difference-view');
      await expect(difference.locator('.ts-run').first()).toBeVisible();
      const dialog = await openExport(page, difference);
      await dialog.getByRole('radio', { name: 'PNG' }).check();
      await dialog.getByRole('radio', { name: '16:9 slide' }).check();
      await dialog.getByRole('radio', { name: /^1×/ }).check();
      const png = await readDownload(
        await download(page, dialog.getByRole('button', { name: 'Download PNG' })),
      );
      expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
      expect(readPngText(png).Title).toBe('Convictions per prosecution: Belarus and Serbia');
      saveCopy('export-compare-ratio-16x9-1x.png', png);
      const csv = (
        await readDownload(await download(page, dialog.getByRole('button', { name: 'Download CSV' })))
      ).toString('utf8');
      // Each ratio beside the two counts it comes from, as unodc.json has them.
      const [header, ...body] = parseCsvRows(csv);
      const rows = body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        const at = (ind: string) =>
          unodc.countries[r.iso3!]?.[ind]?.find(([y]) => y === Number(r.dataYear))?.[1] ?? '';
        const shown = (key: string) => r[`${key}Flag`] || r[key];
        expect([shown('prosecuted'), shown('convicted')]).toEqual([
          String(at('prosecuted')),
          String(at('convicted')),
        ]);
        if (r.convictionsPerProsecution)
          expect(Number(r.convictionsPerProsecution)).toBeCloseTo(
            Number(r.convicted) / Number(r.prosecuted),
            2,
          );
      }
    });
    await test.step('the Sources view exports a slide of every source and the registry as data', async () => {
      await resetPage(page);
      await openApp(page, '?view=sources');
      const view = page.locator('.sources-view');
      await expect(view.locator('.source-card').first()).toBeVisible();
      const dialog = await openExport(page, view);
      await dialog.getByRole('radio', { name: 'SVG' }).check();
      await dialog.getByRole('radio', { name: '16:9 slide' }).check();
      const file = await download(page, dialog.getByRole('button', { name: 'Download SVG' }));
      expect(file.suggestedFilename()).toMatch(
        new RegExp(`^tip-sources_${core.version}_${TODAY.source}\\.svg$`),
      );
      const svg = (await readDownload(file)).toString('utf8');
      expect(await textLayoutProblems(page, svg)).toEqual([]);
      const registry = JSON.parse(readFileSync('public/data/core.json', 'utf8')).sources as {
        id: string;
        title: string;
        citation: string;
      }[];
      // Every source is on the slide, with its id.
      const slideText = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return [...doc.querySelectorAll('.source-list-slide text')].map((t) => t.textContent).join(' ');
      }, svg);
      for (const s of registry) expect(slideText).toContain(`id ${s.id}`);
      const csv = (
        await readDownload(await download(page, dialog.getByRole('button', { name: 'Download CSV' })))
      ).toString('utf8');
      const [header, ...rows] = parseCsvRows(csv);
      expect(rows.map((r) => [r[header!.indexOf('id')], r[header!.indexOf('citation')]])).toEqual(
        registry.map((s) => [s.id, s.citation]),
      );
    });
    await test.step('copies the image, and a link that reopens the same view', async () => {
      await resetPage(page);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
      await openApp(page, '?view=map&year=2015&mode=changes&from=2012&region=europe');
      await expect(page.locator('.tier-map-svg path[data-iso3]').first()).toBeVisible();
      const dialog = await openExport(page, page.locator('.map-view'));
      await dialog.getByRole('radio', { name: 'PNG' }).check();
      await dialog.getByRole('radio', { name: '16:9 slide' }).check();
      await dialog.getByRole('radio', { name: /^2×/ }).check();
      await dialog.getByRole('button', { name: 'Copy image' }).click();
      await expect(dialog.getByText('Copied the image (3840 × 2160 px PNG) to the clipboard.')).toBeVisible();
      const pasted = await page.evaluate(async () => {
        const items = await navigator.clipboard.read();
        const item = items.find((i) => i.types.includes('image/png'));
        if (!item) return null;
        const bitmap = await createImageBitmap(await item.getType('image/png'));
        return { width: bitmap.width, height: bitmap.height };
      });
      expect(pasted).toEqual({ width: 3840, height: 2160 });

      await dialog.getByRole('button', { name: 'Copy link' }).click();
      await expect(dialog.getByText('Link copied. It reopens this exact view.')).toBeVisible();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toBe(page.url());
      expect(link).toContain('mode=changes');

      const other = await context.newPage();
      await other.goto(link);
      await expect(other.getByRole('heading', { level: 1 })).toHaveText(
        'Changes in Trafficking in Persons Report tiers',
      );
      await expect(other.getByTestId('map-subtitle')).toContainText(
        'From the 2012 report to the 2015 report',
      );
      await expect(other.getByRole('combobox', { name: 'Region' })).toHaveValue('europe');
      expect(other.url()).toBe(link);
    });
    // Last: it ends at the phone size.
    await test.step('the dialog is an accessible modal: focus inside, Tab trapped, Esc closes and returns focus', async () => {
      await resetPage(page);
      await openApp(page, '?year=2020');
      await expect(page.locator('.tier-map-svg path[data-iso3]').first()).toBeVisible();
      const opener = page.locator('.map-view').getByRole('button', { name: 'Export', exact: true });
      const dialog = await openExport(page, page.locator('.map-view'));
      await expect(dialog).toHaveAttribute('aria-modal', 'true');
      await expect(dialog.getByRole('radio', { name: 'PNG' })).toBeFocused();
      const results = await new AxeBuilder({ page }).setLegacyMode(true).include('.export-dialog').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      }
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(opener).toBeFocused();
      await page.setViewportSize({ width: 390, height: 844 });
      await opener.click();
      await expect(page.getByRole('dialog')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath('export-dialog-390') });
    });
  });
});
