import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useViewStore } from '../../state/viewStore';
import { coreFixture, factsFixture, fixtureFetch, unodcFixture } from '../../test/fixtures';
import { renderWithData } from '../../test/render';
import { renderTrendsChart } from './trendsChart';
import TrendsView from './TrendsView';

afterEach(() => vi.unstubAllGlobals());

const start = (countries: string[] = []) => {
  vi.stubGlobal('fetch', fixtureFetch());
  const ui = renderWithData(<TrendsView />);
  useViewStore.setState({ countries, metric: 'convicted' });
  return ui;
};

describe('TrendsView', () => {
  it('draws the global section only with the countries’ section, so nothing moves when unodc.json arrives', async () => {
    let arrive: (r: Response) => void = () => {};
    const slowUnodc = () => new Promise<Response>((ok) => (arrive = ok));
    vi.stubGlobal('fetch', fixtureFetch({ 'unodc.json': slowUnodc }));
    renderWithData(<TrendsView />);
    useViewStore.setState({ countries: ['SRB'], metric: 'convicted' });
    expect(await screen.findByText('Loading UNODC country data (unodc.json)…')).toBeInTheDocument();
    expect(document.querySelector('.trends-global')).toBeNull();
    arrive(new Response(JSON.stringify(unodcFixture), { headers: { 'Content-Type': 'application/json' } }));
    expect(
      await screen.findByRole('heading', { name: 'Persons convicted by data year: Serbia' }),
    ).toBeInTheDocument();
    expect(document.querySelector('.trends-global')).not.toBeNull();
  });

  it('offers countries to start with when none is selected', async () => {
    start();
    await userEvent.click(await screen.findByRole('button', { name: 'Serbia' }));
    expect(useViewStore.getState().countries).toEqual(['SRB']);
  });

  it('draws the selected countries with the documents’ figures and a table of the same numbers', async () => {
    start(['SRB', 'VNM']);
    expect(
      await screen.findByRole('heading', { name: 'Persons convicted by data year: Serbia and Vietnam' }),
    ).toBeInTheDocument();
    expect(document.querySelector('.ts-mark[data-year="2020"][data-value="18"]')).not.toBeNull();
    const table = screen.getByRole('table', { name: /Persons convicted by data year: UNODC/ });
    const row = within(table).getByRole('row', { name: /^2020/ });
    expect(row).toHaveTextContent('18');
  });

  it('says what UNODC lacks for each country', async () => {
    start(['SRB', 'VNM']);
    expect(
      await screen.findByText('Vietnam: UNODC publishes no persons convicted figures.'),
    ).toBeInTheDocument();
  });

  it('switches the measure and the scale through the shared view state', async () => {
    start(['SRB']);
    await userEvent.click(await screen.findByRole('radio', { name: 'Detected victims' }));
    expect(useViewStore.getState().metric).toBe('victims');
    await userEvent.click(screen.getAllByRole('radio', { name: 'Log' })[0]!);
    expect(useViewStore.getState().scale).toBe('log');
  });

  it('removes a country from the selection', async () => {
    start(['SRB', 'VNM']);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Vietnam' }));
    expect(useViewStore.getState().countries).toEqual(['SRB']);
  });

  it('shows the documents’ quotes under the chart', async () => {
    start(['SRB']);
    expect(await screen.findByText('“Serbian courts convicted 18 traffickers in 2020”')).toBeInTheDocument();
  });
});

describe('renderTrendsChart', () => {
  const props = {
    core: coreFixture,
    unodc: unodcFixture,
    facts: factsFixture,
    metric: 'convicted' as const,
    scale: 'linear' as const,
  };

  it('renders the country chart at any size, as a standalone SVG', () => {
    const svg = renderToStaticMarkup(
      renderTrendsChart({ ...props, width: 1920, height: 1080, countries: ['SRB'] }),
    );
    expect(svg).toMatch(/^<svg width="1920" height="1080"/);
    expect(svg).toContain('data year');
    expect(svg).toContain('Serbia');
  });
});
