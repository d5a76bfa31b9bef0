import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useViewStore } from '../../state/viewStore';
import { coreFixture, factsFixture, fixtureFetch, unodcFixture } from '../../test/fixtures';
import { renderWithData } from '../../test/render';
import { renderCompareChart } from './compareChart';
import CompareView from './CompareView';

afterEach(() => vi.unstubAllGlobals());

const start = (countries: string[]) => {
  vi.stubGlobal('fetch', fixtureFetch());
  renderWithData(<CompareView />);
  useViewStore.setState({ countries });
};

describe('CompareView', () => {
  it('asks for a second country and offers a comparison to start with', async () => {
    start(['SRB']);
    expect(
      await screen.findByText('Add at least one more country to compare with Serbia.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Compare Belarus, Serbia, Vietnam/ }));
    expect(useViewStore.getState().countries).toEqual(['BLR', 'SRB', 'VNM']);
  });

  it('shows one column per country with its latest tier and three measures', async () => {
    start(['BLR', 'SRB']);
    const serbia = await screen.findByRole('region', { name: 'Serbia' });
    expect(within(serbia).getByText('Tier 2', { selector: 'strong' })).toBeInTheDocument();
    expect(within(serbia).getByRole('group', { name: 'Persons convicted, Serbia' })).toBeInTheDocument();
    expect(
      within(serbia).getByRole('img', { name: /Tier history of Serbia by report year/ }),
    ).toBeInTheDocument();
  });

  it('writes a summary from the data', async () => {
    start(['BLR', 'SRB']);
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(summary).toHaveTextContent(
      'In the 2020 report, the latest with every tier, Belarus was on Tier 3 and Serbia was on Tier 2.',
    );
  });

  it('switches between a shared and a per-country y-scale', async () => {
    start(['BLR', 'SRB']);
    await userEvent.click(await screen.findByRole('radio', { name: 'Each country its own' }));
    expect(useViewStore.getState().compareScale).toBe('independent');
  });

  it('reorders and removes countries', async () => {
    start(['BLR', 'SRB', 'VNM']);
    await userEvent.click(await screen.findByRole('button', { name: 'Move Vietnam earlier' }));
    expect(useViewStore.getState().countries).toEqual(['BLR', 'VNM', 'SRB']);
    await userEvent.click(screen.getByRole('button', { name: 'Remove Belarus' }));
    expect(useViewStore.getState().countries).toEqual(['VNM', 'SRB']);
  });

  it('shows the tier history alone for show=tiers: aligned strips, legend, summary and table, and switches back', async () => {
    vi.stubGlobal('fetch', fixtureFetch());
    renderWithData(<CompareView />);
    useViewStore.setState({ countries: ['BLR', 'SRB'], compareShow: 'tiers' });
    const history = await screen.findByRole('region', { name: /^Tier history to the 2021 report/ });
    const strips = within(history).getAllByRole('img', { name: /^Tier history of/ });
    expect(strips.map((s) => s.getAttribute('aria-label'))).toEqual([
      expect.stringContaining('Tier history of Belarus by report year: '),
      expect.stringContaining('Tier history of Serbia by report year: '),
    ]);
    // One axis: every strip is as wide and spans the same report years.
    expect(new Set(strips.map((s) => s.getAttribute('width'))).size).toBe(1);
    expect(within(history).getByText(/assesses April 2020 – March 2021/)).toBeInTheDocument();
    expect(within(history).getByRole('region', { name: 'Summary' })).toHaveTextContent(/Belarus/);
    expect(within(history).getByText('Table: tiers by report year')).toBeInTheDocument();
    // The charts of counts and their scales are not drawn in this mode.
    expect(screen.queryByRole('region', { name: 'Serbia' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Y-scale' })).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: 'Everything' }));
    expect(useViewStore.getState().compareShow).toBe('all');
    expect(await screen.findByRole('region', { name: 'Serbia' })).toBeInTheDocument();
  });

  it('shows the difference of two countries: tier years and convictions per prosecution', async () => {
    start(['BLR', 'SRB']);
    const diff = await screen.findByRole('region', { name: 'Difference: Belarus and Serbia' });
    expect(within(diff).getByTestId('tier-difference-text')).toHaveTextContent(
      'Their tiers differed in 1 of 1 report years where both are known: 2020.',
    );
    expect(
      within(diff).getByText(/UNODC does not give both counts as numbers for Belarus/),
    ).toBeInTheDocument();
  });
});

describe('renderCompareChart', () => {
  it('draws a column per country in one SVG of the requested size', () => {
    const svg = renderToStaticMarkup(
      renderCompareChart({
        width: 1920,
        height: 1080,
        core: coreFixture,
        unodc: unodcFixture,
        facts: factsFixture,
        countries: ['BLR', 'SRB'],
        scale: 'linear',
        compareScale: 'shared',
      }),
    );
    expect(svg).toMatch(/^<svg width="1920" height="1080"/);
    expect(svg).toContain('>Belarus</text>');
    expect(svg).toContain('>Serbia</text>');
    expect(svg.match(/data-tier-row=/g)).toHaveLength(2);
  });
});
