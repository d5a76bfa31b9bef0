import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SourcesView from './SourcesView';
import { factsFixture, fixtureFetch } from '../../test/fixtures';
import type { FactsDataset } from '../../data/schema';
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

  /** Two articles of one compiled document, by different authors, and a regional figure. */
  const twoArticles: FactsDataset = {
    ...factsFixture,
    facts: [
      { ...factsFixture.facts[0]!, author: 'Josef Whitehead', title: 'Human Trafficking in Serbia' },
      {
        ...factsFixture.facts[1]!,
        author: undefined,
        title: 'Protecting citizens from the “claws” of human trafficking criminals',
      },
      {
        ...factsFixture.facts[0]!,
        id: 'doc002-01',
        country: 'ASIA_PACIFIC',
        metric: 'estimated_victims',
        value: 9490000,
        quote: 'the ILO estimated that 9.49 million people were in forced labor (2005)',
        author: 'Matthew Friedman',
        title: 'Human Trafficking in the Mekong Region',
      },
    ],
  };

  it('names each fact’s article and author, not the compiled document’s title', async () => {
    vi.stubGlobal('fetch', fixtureFetch({ 'facts.json': twoArticles }));
    renderWithData(<SourcesView />);
    const serbia = (await screen.findByText('“Serbian courts convicted 18 traffickers in 2020”')).closest(
      'tr',
    )!;
    expect(within(serbia).getByText('Human Trafficking in Serbia')).toBeInTheDocument();
    expect(within(serbia).getByText('— Josef Whitehead')).toBeInTheDocument();
    const belarus = screen.getByText('“Belarus was placed on Tier 2”').closest('tr')!;
    expect(within(belarus).getByText('— no byline')).toBeInTheDocument();
  });

  it('names a region in words and says which kind of year each fact is keyed by', async () => {
    vi.stubGlobal('fetch', fixtureFetch({ 'facts.json': twoArticles }));
    renderWithData(<SourcesView />);
    const region = (await screen.findByText('Asia-Pacific (region)')).closest('tr')!;
    expect(within(region).queryByRole('link')).not.toBeInTheDocument();
    expect(within(region).getAllByRole('cell')[2]).toHaveTextContent('2020 data year');
    const tier = screen.getByText('“Belarus was placed on Tier 2”').closest('tr')!;
    expect(within(tier).getAllByRole('cell')[2]).toHaveTextContent(/^2020 report$/);
  });

  it('lists every conflict, and a fact link shows that fact even when the search hides it', async () => {
    vi.stubGlobal('fetch', fixtureFetch());
    renderWithData(<SourcesView />);
    const list = await screen.findByRole('list', { name: /Where sources disagree/ });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(list).toHaveTextContent(
      'Document against the tier table: The document places BLR on Tier 2 in the 2020 report; the tier table says Tier 3.',
    );
    await userEvent.type(screen.getByLabelText('Search facts'), 'serbian courts');
    expect(screen.getByText('1 of 2 facts shown')).toBeInTheDocument();
    await userEvent.click(within(list).getByRole('link', { name: 'fact doc001-02' }));
    expect(screen.getByText('2 of 2 facts shown')).toBeInTheDocument();
    expect(screen.getByText('“Belarus was placed on Tier 2”')).toBeVisible();
  });

  it('shows only the facts in a conflict when asked', async () => {
    vi.stubGlobal('fetch', fixtureFetch());
    renderWithData(<SourcesView />);
    await userEvent.click(await screen.findByLabelText('Only facts in a conflict'));
    expect(screen.getByText('1 of 2 facts shown')).toBeInTheDocument();
    expect(screen.getByText('“Belarus was placed on Tier 2”')).toBeInTheDocument();
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
