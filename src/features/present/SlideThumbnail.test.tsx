import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATASET_QUERY_KEY } from '../../data/loaders';
import { coreFixture, factsFixture, unodcFixture } from '../../test/fixtures';
import { SlideThumbnail } from './SlideThumbnail';
import { thumbnailAlt } from './thumbnailExport';

function renderThumbnail(q: string, withData = true) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  if (withData) {
    client.setQueryData(DATASET_QUERY_KEY('core'), coreFixture);
    client.setQueryData(DATASET_QUERY_KEY('unodc'), unodcFixture);
    client.setQueryData(DATASET_QUERY_KEY('facts'), factsFixture);
  }
  return render(
    <QueryClientProvider client={client}>
      <SlideThumbnail slide={{ q, t: 'A slide', n: '' }} number={3} />
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('SlideThumbnail', () => {
  it('says so when the slide’s view has nothing to draw (Compare with one country)', async () => {
    renderThumbnail('?view=compare&countries=BLR');
    expect(screen.getByText('Drawing slide 3…')).toBeInTheDocument();
    expect(
      await screen.findByText('No picture: this view has nothing to draw as a slide'),
    ).toBeInTheDocument();
  });

  it('says so when the data a slide needs cannot be loaded', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    renderThumbnail('?view=compare&countries=SRB,VNM&scale=log', false);
    expect(await screen.findByText('No picture: its data could not be loaded')).toBeInTheDocument();
  });
});

describe('thumbnailAlt', () => {
  it('names the chart and says what it shows', () => {
    expect(
      thumbnailAlt({
        title: 'Trafficking in Persons Report tiers',
        subtitle: '2020 report, April 2019 – March 2020',
        description: 'Tier 1: 3 countries.',
      }),
    ).toBe('Trafficking in Persons Report tiers, 2020 report, April 2019 – March 2020. Tier 1: 3 countries.');
    expect(thumbnailAlt({ title: 'Sources', subtitle: 'Every source' })).toBe('Sources, Every source.');
  });
});
