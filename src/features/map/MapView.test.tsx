import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import worldTopology from 'world-atlas/countries-110m.json';
import { encodeCore } from '../../data/schema';
import { coreFixture, fixtureFetch } from '../../test/fixtures';
import { renderWithData } from '../../test/render';
import type { ViewState } from '../../state/urlState';
import { useViewStore } from '../../state/viewStore';
import { MapView } from './MapView';

beforeEach(() => vi.stubGlobal('fetch', fixtureFetch({ 'countries-110m.json': worldTopology })));
// The country panel's, the tooltip's and the tables' code loads lazily (mapParts.ts); load it before the tests, so
// that compiling it on the first open (in the browser, a prefetched chunk) does not count against a test's wait on
// a busy machine.
beforeAll(async () => {
  await Promise.all([import('./CountryPanel'), import('./MapTooltip'), import('./CountryTable')]);
});
afterEach(() => vi.unstubAllGlobals());

/** The fixture has Belarus, Serbia and Vietnam; 2020 is complete, 2021 lists the Watch List and Tier 3 only. */
async function renderMap(state: Partial<ViewState> = {}) {
  const view = renderWithData(<MapView />);
  act(() => useViewStore.getState().set(state));
  await screen.findByRole('application');
  return view;
}

const shape = (container: HTMLElement, iso3: string) =>
  container.querySelector(`.map-frame path[data-iso3="${iso3}"]`);

describe('MapView', () => {
  it('colours each country by its tier in the report shown', async () => {
    const { container } = await renderMap({ reportYear: 2020 });
    expect(shape(container, 'BLR')).toHaveAttribute('data-class', 'Tier 3');
    expect(shape(container, 'SRB')).toHaveAttribute('data-class', 'Tier 2');
    expect(screen.getByTestId('map-subtitle')).toHaveTextContent('2020 report, April 2019 – March 2020');
  });

  it('recolours the map and moves the slider at once on a year change; the legend follows after the next frame', async () => {
    const { container } = await renderMap({ reportYear: 2020 });
    const legend = () => screen.getByRole('list', { name: /Countries in the world \(3\)/ });
    expect(within(legend()).getByRole('button', { name: /Tier 3\s*1/ })).toBeInTheDocument();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    // 2021 lists only the Watch List and Tier 3: Vietnam becomes "Tier 1 or 2", Belarus "No data".
    act(() => useViewStore.getState().set({ reportYear: 2021 }));
    expect(shape(container, 'VNM')).toHaveAttribute('data-class', 'Tier 1 or 2');
    expect(shape(container, 'BLR')).toHaveAttribute('data-class', 'No data');
    expect(screen.getByRole('slider', { name: 'Report year' })).toHaveAttribute('aria-valuenow', '2021');
    expect(within(legend()).queryByRole('button', { name: /Tier 1 or 2/ })).toBeNull();
    await act(async () => {
      frames.splice(0).forEach((cb) => cb(0));
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(within(legend()).getByRole('button', { name: /Tier 1 or 2\s*1/ })).toBeInTheDocument();
    expect(screen.getByTestId('map-subtitle')).toHaveTextContent('2021 report, April 2020 – March 2021');
    expect(screen.getByTestId('coverage-note')).toHaveTextContent('Watch List and Tier 3 only');
  });

  it('counts each class in the legend', async () => {
    await renderMap({ reportYear: 2020 });
    const legend = screen.getByRole('list', { name: /Countries in the world \(3\)/ });
    expect(within(legend).getByRole('button', { name: /Tier 3\s*1/ })).toBeInTheDocument();
    expect(within(legend).getByRole('button', { name: /No data\s*1/ })).toBeInTheDocument();
    expect(within(legend).getByRole('button', { name: /Tier 1\s*0/ })).toBeInTheDocument();
  });

  it('counts only the places it draws, and names those the data never rate', async () => {
    // Monaco: in the dataset, no shape at 110m, never rated, so no circle either.
    const core = {
      ...coreFixture,
      countries: [
        ...coreFixture.countries,
        { iso3: 'MCO', isoNumeric: '492', name: 'Monaco', region: 'Europe' as const },
      ],
    };
    vi.stubGlobal(
      'fetch',
      fixtureFetch({ 'countries-110m.json': worldTopology, 'core.json': encodeCore(core) }),
    );
    const { container } = await renderMap({ reportYear: 2020 });
    expect(container.querySelector('[data-iso3="MCO"]')).toBeNull();
    const legend = screen.getByRole('list', { name: /Countries in the world \(3\)/ });
    expect(within(legend).getByRole('button', { name: /No data\s*1/ })).toBeInTheDocument();
    expect(screen.getByTestId('never-rated')).toHaveTextContent('Not on the map or in its counts: Monaco.');
    expect(
      screen.getByText(/Table: every country’s tier in the 2020 report, 3 countries/),
    ).toBeInTheDocument();
  });

  it('highlights the countries of a legend class while it is pointed at', async () => {
    const { container } = await renderMap({ reportYear: 2020 });
    fireEvent.mouseEnter(screen.getByRole('button', { name: /Tier 3\s*1/ }));
    expect(shape(container, 'BLR')).toHaveAttribute('opacity', '1');
    expect(shape(container, 'SRB')).not.toHaveAttribute('opacity', '1');
  });

  it('shows a lists-only year as "Tier 1 or 2" and carries no tier over', async () => {
    const { container } = await renderMap({ reportYear: 2021 });
    expect(shape(container, 'VNM')).toHaveAttribute('data-class', 'Tier 1 or 2');
    expect(shape(container, 'BLR')).toHaveAttribute('data-class', 'No data');
    expect(screen.getByTestId('coverage-note')).toHaveTextContent('Watch List and Tier 3 only');
  });

  it('walks the map with the keyboard and announces each country', async () => {
    await renderMap({ reportYear: 2020 });
    const map = screen.getByRole('application');
    map.focus();
    fireEvent.keyDown(map, { key: 'ArrowRight' });
    expect(screen.getByTestId('map-announcer')).toHaveTextContent('Vietnam: No data, 2020 report');
    fireEvent.keyDown(map, { key: 'ArrowRight' });
    expect(screen.getByTestId('map-announcer')).toHaveTextContent('Belarus: Tier 3, 2020 report');
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Belarus');
    fireEvent.keyDown(map, { key: 'Enter' });
    const heading = await screen.findByRole('heading', { level: 2, name: 'Belarus' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(useViewStore.getState().country).toBe('BLR');
    fireEvent.keyDown(heading, { key: 'Escape' });
    expect(useViewStore.getState().country).toBeNull();
    expect(map).toHaveFocus();
  });

  it('dismisses the keyboard tooltip with Escape', async () => {
    await renderMap({ reportYear: 2020 });
    const map = screen.getByRole('application');
    map.focus();
    fireEvent.keyDown(map, { key: 'End' });
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Serbia');
    fireEvent.keyDown(map, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('opens the country panel with the tier source, UNODC counts ("<5" kept) and document facts', async () => {
    await renderMap({ reportYear: 2020, country: 'SRB' });
    const panel = screen.getByRole('complementary', { name: 'Serbia' });
    expect(panel.querySelector('.panel-tier')).toHaveTextContent('2020 report: Tier 2');
    expect(await within(panel).findByText('<5')).toBeInTheDocument();
    expect(within(panel).getByText('data year 2019')).toBeInTheDocument();
    expect(
      await within(panel).findByText('“Serbian courts convicted 18 traffickers in 2020”'),
    ).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Add to compare' }));
    expect(useViewStore.getState().countries).toEqual(['SRB']);
    expect(within(panel).getByRole('button', { name: 'Added to compare' })).toBeDisabled();
  });

  it('marks facts that conflict with another source in the panel', async () => {
    await renderMap({ reportYear: 2020, country: 'BLR' });
    const panel = screen.getByRole('complementary', { name: 'Belarus' });
    expect(await within(panel).findByText(/the tier table says Tier 3/)).toHaveTextContent(
      'Tier 2: Human Trafficking in Serbia; Tier 3: tip-tiers-combined',
    );
    expect(within(panel).getByText('Conflict')).toBeInTheDocument();
  });

  it('moves the report year with the slider keys', async () => {
    await renderMap({ reportYear: 2020 });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Report year' }), { key: 'ArrowRight' });
    expect(useViewStore.getState().reportYear).toBe(2021);
  });

  it('lists every country with its tier in the table alternative', async () => {
    await renderMap({ reportYear: 2020 });
    await userEvent.click(screen.getByText(/Table: every country’s tier in the 2020 report/));
    const table = await screen.findByRole('table', { name: /Tier of every country in the 2020 report/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-iso3')).sort()).toEqual(['BLR', 'SRB', 'VNM']);
    expect(within(table).getByRole('row', { name: /Belarus/ })).toHaveTextContent('Tier 3');
  });

  it('in Changes mode colours by movement and says when nothing moved', async () => {
    const { container } = await renderMap({ reportYear: 2021, mode: 'changes', fromYear: 2020 });
    expect(shape(container, 'SRB')).toHaveAttribute('data-class', 'unchanged');
    expect(shape(container, 'BLR')).toHaveAttribute('data-class', 'not comparable');
    expect(screen.getByText(/No country in this region moved/)).toBeInTheDocument();
    expect(screen.getByTestId('map-subtitle')).toHaveTextContent('From the 2020 report to the 2021 report');
  });

  it('zooms to a region preset and counts only its countries', async () => {
    await renderMap({ reportYear: 2020, region: 'europe' });
    expect(screen.getByRole('list', { name: /Countries in Europe \(2\)/ })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'world');
    expect(useViewStore.getState().region).toBe('world');
  });
});
