import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SourcesView from './SourcesView';
import { fixtureFetch } from '../../test/fixtures';
import { renderWithData } from '../../test/render';
import { useViewStore } from '../../state/viewStore';

afterEach(() => vi.unstubAllGlobals());

describe('SourcesView', () => {
  it('lists each source with its licence and the UNODC attribution', async () => {
    vi.stubGlobal('fetch', fixtureFetch());
    renderWithData(<SourcesView />);
    const card = (await screen.findByRole('heading', { name: /UNODC Global Report/ })).closest('li')!;
    expect(within(card).getByText('Reuse with attribution')).toBeInTheDocument();
    expect(
      within(card).getByText('Source: UNODC, Global Report on Trafficking in Persons'),
    ).toBeInTheDocument();
  });

  it('shows each fact with its quote and marks conflicts', async () => {
    vi.stubGlobal('fetch', fixtureFetch());
    renderWithData(<SourcesView />);
    expect(await screen.findByText('“Serbian courts convicted 18 traffickers in 2020”')).toBeInTheDocument();
    const row = screen.getByText('“Belarus was placed on Tier 2”').closest('tr')!;
    expect(within(row).getByText('Conflict')).toBeInTheDocument();
    expect(within(row).getByText(/the tier table says Tier 3/)).toBeInTheDocument();
  });

  it('filters facts by the search text', async () => {
    vi.stubGlobal('fetch', fixtureFetch());
    renderWithData(<SourcesView />);
    await screen.findByText('2 of 2 facts shown');
    await userEvent.type(screen.getByLabelText('Search facts'), 'belarus');
    expect(screen.getByText('1 of 2 facts shown')).toBeInTheDocument();
    expect(screen.queryByText('“Serbian courts convicted 18 traffickers in 2020”')).not.toBeInTheDocument();
  });

  it('sorts by a column and says so to assistive technology', async () => {
    vi.stubGlobal('fetch', fixtureFetch());
    renderWithData(<SourcesView />);
    await screen.findByText('2 of 2 facts shown');
    const country = () => screen.getByRole('columnheader', { name: /Country/ });
    expect(country()).toHaveAttribute('aria-sort', 'ascending');
    const firstCountry = () => within(screen.getAllByRole('row')[1]!).getAllByRole('cell')[0]!.textContent;
    expect(firstCountry()).toBe('Belarus');
    await userEvent.click(within(country()).getByRole('button'));
    expect(country()).toHaveAttribute('aria-sort', 'descending');
    expect(firstCountry()).toBe('Serbia');
  });

  it('links a fact to its country on the map', async () => {
    vi.stubGlobal('fetch', fixtureFetch());
    renderWithData(<SourcesView />);
    await userEvent.click(await screen.findByRole('link', { name: 'Serbia' }));
    expect(useViewStore.getState()).toMatchObject({ view: 'map', country: 'SRB' });
  });

  it('shows an error naming the file, with a retry, when facts.json is corrupt', async () => {
    vi.stubGlobal(
      'fetch',
      fixtureFetch({ 'facts.json': () => new Response('{"facts": [', { status: 200 }) }),
    );
    renderWithData(<SourcesView />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The document facts (facts.json) could not be loaded. facts.json is not valid JSON',
    );
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
    // The source registry comes from core.json and still shows.
    expect(screen.getByRole('heading', { name: 'Tables and documents' })).toBeInTheDocument();
  });
});
