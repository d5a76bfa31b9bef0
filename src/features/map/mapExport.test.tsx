import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import worldTopology from 'world-atlas/countries-110m.json';
import { EXPORT_THEMES } from '../../shared/export/exportTheme';
import { joinFeatures, worldFeatures, type WorldTopology } from './mapGeometry';
import { buildCsv, parseCsvRows } from '../../shared/export/dataExport';
import { indexCore } from '../../shared/datasetSelectors';
import { coreFixture } from '../../test/fixtures';
import { mapExportSpec, type MapExportInput } from './mapExport';
import { changesBetween } from './mapSelectors';

function input(patch: Partial<MapExportInput> = {}): MapExportInput {
  const index = indexCore(coreFixture);
  const mode = patch.mode ?? 'tiers';
  const baseYear = patch.baseYear ?? null;
  const changes = changesBetween(index, baseYear, 2021, ['BLR', 'SRB', 'VNM']);
  return {
    core: coreFixture,
    index,
    mode,
    region: 'world',
    toYear: 2021,
    baseYear,
    features: [],
    places: [],
    classes: new Map(changes.map((c) => [c.iso3, mode === 'tiers' ? c.to : c.change])),
    members: null,
    outlined: null,
    legendItems: [{ cls: 'Tier 2', label: 'Tier 2', count: 1 }],
    changes,
    runs: [],
    viewSize: { width: 900, height: 460 },
    link: 'https://atlas.example/?year=2021',
    ...patch,
  };
}

describe('mapExportSpec', () => {
  it('titles the export with the report year and names the edition in the source line', () => {
    const spec = mapExportSpec(input());
    expect(spec.title).toBe('Trafficking in Persons Report tiers, 2021 report');
    expect(spec.subtitle).toContain('2021 report, April 2020 – March 2021 · World');
    // Counts only places with a tier in that report, not every country in the dataset.
    const rated = input().changes.filter((c) => c.to !== 'No data').length;
    expect(rated).toBeLessThan(input().changes.length);
    expect(spec.subtitle).toContain(`World: ${rated} countries and territories rated in the 2021 report`);
    expect(spec.sourceLines[0]).toContain('U.S. TIP Report 2021');
    expect(spec.caveat).toMatch(/not how much trafficking/);
    expect(spec.fileStem).toBe('tip-tiers_2021');
    expect(spec.datasetVersion).toBe('test');
  });

  it('lists one row per country with its tier and source id; unknown stays "No data" without a source', () => {
    const rows = parseCsvRows(buildCsv(mapExportSpec(input())));
    const header = rows[0]!;
    const byIso = new Map(rows.slice(1).map((r) => [r[header.indexOf('iso3')], r]));
    const col = (iso3: string, key: string) => byIso.get(iso3)![header.indexOf(key)];
    expect(col('SRB', 'tier')).toBe('Tier 2');
    expect(col('SRB', 'source')).toBe('tip-tiers-combined');
    expect(col('VNM', 'tier')).toBe('Tier 1 or 2');
    expect(col('BLR', 'tier')).toBe('No data');
    expect(col('BLR', 'source')).toBe('');
  });

  it('says the coverage of a lists-only report year in the image and the data', () => {
    const spec = mapExportSpec(input());
    expect(spec.sourceLines).toContain('Coverage of the 2021 report: Lists only.');
    expect(spec.data.caveats).toContain('Coverage of the 2021 report: Lists only.');
  });

  it('names both reports in Changes mode, in the title, the file name and the rows', () => {
    const spec = mapExportSpec(input({ mode: 'changes', baseYear: 2020 }));
    expect(spec.title).toBe('Changes in Trafficking in Persons Report tiers, 2020 to 2021 report');
    expect(spec.fileStem).toBe('tip-tier-changes_2020-2021');
    const blr = spec.data.rows.find((r) => r.iso3 === 'BLR')!;
    expect(blr).toMatchObject({
      fromReportYear: 2020,
      fromTier: 'Tier 3',
      tier: 'No data',
      change: 'Not comparable',
    });
  });

  it('outlines and names the country whose panel is open, in the subtitle, legend, file name and notes', () => {
    const spec = mapExportSpec(input({ selected: 'SRB' }));
    expect(spec.subtitle).toMatch(/ · Serbia \(outlined\): Tier 2$/);
    expect(spec.legend).toContainEqual({ kind: 'outline', label: 'Outlined: Serbia' });
    expect(spec.fileStem).toBe('tip-tiers_2021_SRB');
    expect(spec.description).toContain('Serbia (outlined): Tier 2 in 2021.');
    // The image's text alternative is the view's summary, which is also the default speaker note.
    expect(spec.summary).toMatch(
      /^In the 2021 TIP report \(April 2020 – March 2021\), 3 countries on the map of the world: Tier 2: 1; /,
    );
    expect(spec.description).toBe(`Map of TIP tiers (World). ${spec.summary}`);
    expect(spec.data.notes).toEqual(['Country in focus (outlined on the map): Serbia (SRB).']);
    const changes = mapExportSpec(input({ selected: 'BLR', mode: 'changes', baseYear: 2020 }));
    expect(changes.subtitle).toContain('Belarus (outlined): Tier 3 in 2020, No data in 2021');
    expect(changes.fileStem).toBe('tip-tier-changes_2020-2021_BLR');
  });

  it('ignores an open country outside the mapped scope', () => {
    const spec = mapExportSpec(input({ selected: 'FRA' }));
    expect(spec.fileStem).toBe('tip-tiers_2021');
    expect(spec.legend.some((i) => i.kind === 'outline')).toBe(false);
  });

  it('names the countries a slide is about on the map when asked, and only then', () => {
    const features = joinFeatures(
      indexCore(coreFixture),
      worldFeatures(worldTopology as unknown as WorldTopology),
    );
    const draw = (labels: MapExportInput['labels']) =>
      renderToStaticMarkup(
        <>
          {mapExportSpec(input({ features, labels })).renderChart({
            width: 1200,
            height: 600,
            theme: EXPORT_THEMES.white,
          })}
        </>,
      );
    const labelled = draw({ must: ['SRB', 'VNM'], fitting: false });
    expect(labelled).toMatch(/<text[^>]*data-label="SRB"[^>]*>Serbia<\/text>/);
    expect(labelled).toMatch(/<text[^>]*data-label="VNM"[^>]*>Vietnam<\/text>/);
    expect(labelled).not.toContain('data-label="BLR"');
    expect(draw(null)).not.toContain('data-label=');
  });
});
