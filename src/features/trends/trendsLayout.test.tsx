import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { gridLayout } from '../../shared/charts/smallMultiples';
import { themeFor } from '../../shared/export/exportTheme';
import { coreFixture, factsFixture, unodcFixture } from '../../test/fixtures';
import {
  BREAKDOWN_MIN_PANEL_WIDTH,
  BREAKDOWN_PANEL_HEIGHT,
  BREAKDOWNS,
  NARROW_VIEW_WIDTH,
} from './trendsConstants';
import { breakdownColumns, documentPanelColumns, panelsHeight } from './trendsLayout';
import { breakdownExportSpec, documentPanelsExportSpec } from './trendsPanelsExport';

afterEach(cleanup);

/** How many columns an exported small-multiples drawing has: the distinct x offsets of its panels. */
function drawnColumns(spec: ReturnType<typeof breakdownExportSpec>, width: number): number {
  const { container } = render(<>{spec.renderChart({ width, height: 600, theme: themeFor('white') })}</>);
  const xs = [...container.querySelectorAll('svg > g[transform]')].map(
    (g) => g.getAttribute('transform')!.match(/translate\(([\d.]+),/)![1],
  );
  cleanup();
  return new Set(xs).size;
}

describe('breakdownColumns', () => {
  it('stacks the breakdowns in a narrow box and puts them side by side where they fit', () => {
    expect(breakdownColumns(NARROW_VIEW_WIDTH - 1)).toBe(1);
    expect(breakdownColumns(1200)).toBe(BREAKDOWNS.length);
  });

  it('gives the screen’s grid and the export’s drawing the same columns at every width', () => {
    const spec = breakdownExportSpec({
      core: coreFixture,
      unodc: unodcFixture,
      country: 'SRB',
      scale: 'linear',
      xDomain: [2003, 2022],
      viewSize: { width: 700, height: 420 },
    });
    for (const width of [600, 700, 900, 1200]) {
      const screen = gridLayout(BREAKDOWNS.length, width, BREAKDOWN_PANEL_HEIGHT, {
        maxColumns: breakdownColumns(width),
        minWidth: BREAKDOWN_MIN_PANEL_WIDTH,
      }).columns;
      expect(drawnColumns(spec, width), `at ${width} px`).toBe(screen);
    }
  });
});

describe('documentPanelColumns', () => {
  // Two measures only the documents give (investigations, arrests): two panels.
  const base = factsFixture.facts[0]!;
  const facts = {
    ...factsFixture,
    facts: [
      ...factsFixture.facts,
      {
        ...base,
        id: 'doc001-90',
        metric: 'investigations' as const,
        value: 40,
        quote: '40 investigations in 2020',
      },
      { ...base, id: 'doc001-91', metric: 'arrests' as const, value: 25, quote: '25 arrests in 2020' },
    ],
  };
  const spec = documentPanelsExportSpec({
    core: coreFixture,
    unodc: unodcFixture,
    facts,
    countries: ['SRB'],
    scale: 'linear',
    xDomain: [2003, 2022],
    viewSize: { width: 560, height: 400 },
  });

  it('stacks the document panels in a box too narrow for both side by side, as the screen does', () => {
    expect(documentPanelColumns(2, 560)).toBe(1);
    expect(drawnColumns(spec, 560)).toBe(1);
  });

  it('puts them side by side where both fit', () => {
    expect(documentPanelColumns(2, 1200)).toBe(2);
    expect(drawnColumns(spec, 1200)).toBe(2);
  });
});

describe('panelsHeight', () => {
  it('is one panel height per row of the grid', () => {
    expect(panelsHeight(3, 1, 200)).toBe(600);
    expect(panelsHeight(3, 2, 200)).toBe(400);
    expect(panelsHeight(3, 3, 200)).toBe(200);
  });
});
