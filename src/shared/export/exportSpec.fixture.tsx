/** A small export spec drawn with the shared tier strip, for the export path's own tests. */
import { TierPatterns } from '../TierPatterns';
import { TierStripGroup } from '../TierStrip';
import { type TierStripCell } from '../tierHistory';
import type { ExportSpec } from './exportTypes';
import type { ChartBox } from './exportTypes';

export const FIXTURE_CELLS: TierStripCell[] = [
  { reportYear: 2019, cls: 'Tier 2' },
  { reportYear: 2020, cls: 'Tier 3' },
  { reportYear: 2021, cls: 'Tier 2 Watch List', inferred: true },
  { reportYear: 2022, cls: 'No data' },
];

export function FixtureChart({ width, height, theme }: ChartBox) {
  const cellWidth = width / FIXTURE_CELLS.length;
  return (
    <g className="fixture-chart">
      <TierPatterns prefix="fx" />
      <TierStripGroup
        cells={FIXTURE_CELLS}
        xOf={(y) => (y - 2019) * cellWidth}
        cellWidth={cellWidth}
        height={height - 20}
        patternPrefix="fx"
      />
      <text className="fixture-caption" x={0} y={height - 4} fontSize={12} fill={theme.inkMuted}>
        Belarus, report years 2019–2022
      </text>
    </g>
  );
}

export function fixtureSpec(overrides: Partial<ExportSpec> = {}): ExportSpec {
  return {
    title: 'Belarus and Serbia on the TIP tiers, 2020 report',
    subtitle: 'Tier placement by report year, 2019–2022 · Belarus, Serbia',
    legend: [
      { kind: 'tier', tierClass: 'Tier 2', label: 'Tier 2' },
      { kind: 'tier', tierClass: 'Tier 2 Watch List', label: 'Tier 2 Watch List' },
      { kind: 'tier', tierClass: 'Tier 3', label: 'Tier 3' },
      { kind: 'tier', tierClass: 'No data', label: 'No data' },
    ],
    sourceLines: ['Source: U.S. Department of State, Trafficking in Persons Report (U.S. TIP Report 2020).'],
    caveat: 'Tiers rate government efforts, not how much trafficking there is.',
    link: 'https://atlas.example/?year=2020&countries=BLR,SRB',
    datasetVersion: 'test-v1',
    citation: 'TIP Atlas (dataset test-v1). https://atlas.example/?year=2020&countries=BLR,SRB',
    fileStem: 'tip-tiers_2020_BLR-SRB',
    viewSize: { width: 800, height: 300 },
    renderChart: (box) => <FixtureChart {...box} />,
    chartSupportsDark: true,
    description: 'Belarus: Tier 2 in 2019, Tier 3 in 2020.',
    data: {
      columns: [
        { key: 'iso3', label: 'ISO3' },
        { key: 'country', label: 'Country' },
        { key: 'reportYear', label: 'Report year' },
        { key: 'tier', label: 'Tier' },
        { key: 'victims', label: 'Victims' },
        { key: 'source', label: 'Source id' },
      ],
      rows: [
        {
          iso3: 'BLR',
          country: 'Belarus',
          reportYear: 2020,
          tier: 'Tier 3',
          victims: '<5',
          source: 'tip-tiers-combined',
        },
        {
          iso3: 'SRB',
          country: 'Serbia',
          reportYear: 2020,
          tier: 'Tier 2',
          victims: null,
          source: 'tip-tiers-combined',
        },
      ],
      sources: [
        {
          id: 'tip-tiers-combined',
          citation: 'U.S. Department of State, TIP Report 2020',
          attribution: null,
        },
      ],
      caveats: ['Tiers rate government efforts, not prevalence.'],
    },
    ...overrides,
  };
}
