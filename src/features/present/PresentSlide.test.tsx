import { act, cleanup, render, screen } from '@testing-library/react';
import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DATASET_QUERY_KEY } from '../../data/loaders';
import { coreFixture, factsFixture, unodcFixture } from '../../test/fixtures';
import type { Slide } from './packState';
import PresentSlide from './PresentSlide';

// jsdom lays nothing out: the slide's fit check reads no overflow and keeps the largest magnification.
beforeAll(() => {
  SVGSVGElement.prototype.getScreenCTM ??= () => null;
});
notifyManager.setScheduler((callback) => callback());
afterEach(cleanup);

function renderSlide(slide: Slide, { withCounts = true } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(DATASET_QUERY_KEY('core'), coreFixture);
  if (withCounts) {
    client.setQueryData(DATASET_QUERY_KEY('unodc'), unodcFixture);
    client.setQueryData(DATASET_QUERY_KEY('facts'), factsFixture);
  }
  const onUnavailable = vi.fn();
  const view = render(
    <QueryClientProvider client={client}>
      <PresentSlide slide={slide} onUnavailable={onUnavailable} />
    </QueryClientProvider>,
  );
  return { ...view, client, onUnavailable };
}

const slideFrame = () => document.querySelector<HTMLElement>('.present-slide');

describe('PresentSlide', () => {
  it('draws the slide from its stored view alone, with no view or Export button on the page', async () => {
    renderSlide({ q: '?view=compare&countries=BLR,SRB', t: 'Two neighbours', n: '' });
    await vi.waitFor(() => expect(slideFrame()).not.toBeNull());
    expect(screen.queryByRole('button', { name: 'Export' })).toBeNull();
    expect(slideFrame()!.dataset.slideTitle).toBe('Two neighbours');
    const text = slideFrame()!.textContent ?? '';
    expect(text).toContain('Two neighbours');
    // The chart's own title leads the subtitle, so the slide still says what it shows.
    expect(text).toMatch(/Belarus.*Serbia/);
  });

  it('bakes in a link holding only the parameters of the view it shows', async () => {
    renderSlide({
      q: '?view=sources&countries=SRB&metric=convicted',
      t: 'Where the numbers come from',
      n: '',
    });
    await vi.waitFor(() => expect(slideFrame()).not.toBeNull());
    const text = slideFrame()!.textContent ?? '';
    expect(text).toContain('view=sources');
    expect(text).not.toContain('countries=');
    expect(text).not.toContain('metric=');
  });

  it('says it is loading until the data its view needs is in, then draws it', async () => {
    // The counts are not in the app's cache yet: the slide fetches them, and the server answers when the test says.
    let answer: () => void = () => undefined;
    const served = new Promise<void>((resolve) => (answer = resolve));
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(String(url));
      await served;
      const body = String(url).includes('unodc') ? unodcFixture : factsFixture;
      return new Response(JSON.stringify(body), { status: 200, statusText: 'OK' });
    });
    try {
      renderSlide({ q: '?view=trends&countries=SRB', t: 'Serbia', n: '' }, { withCounts: false });
      expect(screen.getByRole('status')).toHaveTextContent('Loading slide…');
      await vi.waitFor(() => expect(fetched).toHaveLength(2));
      expect(slideFrame()).toBeNull();
      await act(async () => answer());
      await vi.waitFor(() => expect(slideFrame()).not.toBeNull());
      expect(slideFrame()!.textContent).toContain('Serbia');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('asks for the live view when the view has nothing to draw as a slide (Compare with one country)', async () => {
    const { onUnavailable } = renderSlide({ q: '?view=compare&countries=SRB', t: 'Alone', n: '' });
    await vi.waitFor(() => expect(onUnavailable).toHaveBeenCalledTimes(1));
    expect(slideFrame()).toBeNull();
  });
});
