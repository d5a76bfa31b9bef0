import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EXPORT_THEMES } from '../../shared/export/exportTheme';
import { coreFixture, factsFixture, unodcFixture } from '../../test/fixtures';
import { compareExportSpec } from './compareExport';
import { compareTiersExportSpec } from './compareTiersExport';

const spec = (reportYear: number | null) =>
  compareTiersExportSpec({
    core: coreFixture,
    countries: ['BLR', 'SRB', 'VNM'],
    reportYear,
    viewSize: { width: 1200, height: 675 },
    link: 'https://atlas.example/?view=compare&countries=BLR,SRB,VNM&show=tiers',
  });

describe('compareTiersExportSpec', () => {
  it('draws one aligned strip per country up to the report the user chose', () => {
    const s = spec(2020);
    expect(s.title).toBe('Belarus, Serbia and Vietnam: TIP tier history to the 2020 report');
    expect(s.subtitle).toContain('the 2020 report assesses April 2019 – March 2020');
    const svg = renderToStaticMarkup(
      <>{s.renderChart({ width: 1000, height: 400, theme: EXPORT_THEMES.white })}</>,
    );
    expect(svg.match(/class="tier-strip"/g)).toHaveLength(3);
    // Only report years up to the one chosen: the fixture's 2021 report is left out.
    expect(svg).toContain('data-year="2020"');
    expect(svg).not.toContain('data-year="2021"');
    expect(s.data.rows.every((r) => (r.reportYear as number) <= 2020)).toBe(true);
  });

  it('reads the latest report when none is chosen, and says what the tiers were there, missing as no tier', () => {
    const s = spec(null);
    expect(s.title).toContain('to the 2021 report');
    expect(s.summary).toMatch(/^Tiers: In the 2021 report, /);
    expect(s.summary).toContain('the data hold no tier for Belarus');
    expect(s.description).toContain(s.summary);
    expect(s.data.rows.find((r) => r.iso3 === 'BLR' && r.reportYear === 2021)!.tier).toBe('No data');
  });
});

describe('compareExportSpec and the report year', () => {
  it('reads the tiers in the report the user chose, not the latest', () => {
    const full = (reportYear: number | null) =>
      compareExportSpec({
        core: coreFixture,
        unodc: unodcFixture,
        facts: factsFixture,
        countries: ['BLR', 'SRB'],
        scale: 'linear',
        compareScale: 'shared',
        reportYear,
        viewSize: { width: 1200, height: 675 },
        link: 'https://atlas.example/?view=compare&countries=BLR,SRB&year=2020',
      });
    expect(full(2020).summary).toMatch(
      /^Tiers: In the 2020 report, Belarus was on Tier 3 and Serbia was on Tier 2\./,
    );
    expect(full(null).summary).toMatch(/^Tiers: In the 2021 report, /);
  });
});
