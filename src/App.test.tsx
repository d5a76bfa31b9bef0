import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { Profiler } from 'react';
import worldTopology from 'world-atlas/countries-110m.json';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { DATASET_QUERY_KEY } from './data/loaders';
import { WORLD_QUERY_KEY, worldFeatures, type WorldTopology } from './features/map/mapGeometry';
import { coreFixture, fixtureFetch } from './test/fixtures';
import { renderWithData } from './test/render';
import { useViewStore } from './state/viewStore';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('App', () => {
  it('shows the product name and the four views', async () => {
    vi.stubGlobal('fetch', fixtureFetch());
    renderWithData(<App />);
    expect(await screen.findByText('TIP Atlas')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Views' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Map', 'Trends', 'Compare', 'Sources']);
  });

  it('opens the view named in the link and writes navigation back to the URL', async () => {
    vi.stubGlobal('fetch', fixtureFetch());
    window.history.replaceState(null, '', '/?view=sources');
    renderWithData(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sources' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Trends' }));
    await waitFor(() => expect(window.location.search).toBe('?view=trends'));
  });

  it('on a link to a view with no picture, shows its heading and lede at once and the view once the guard has seen them painted', async () => {
    vi.stubGlobal('fetch', fixtureFetch());
    window.history.replaceState(null, '', '/?view=sources');
    const html = document.documentElement;
    html.classList.add('no-prerender');
    try {
      renderWithData(<App />);
      expect(await screen.findByRole('heading', { level: 1, name: 'Sources' })).toBeInTheDocument();
      expect(
        screen.getByText(/Every number in TIP Atlas comes from one of these sources/),
      ).toBeInTheDocument();
      expect(screen.getByText('Loading the Sources view…')).toBeInTheDocument();
      await new Promise((r) => setTimeout(r, 50));
      expect(screen.getByText('Loading the Sources view…')).toBeInTheDocument();
      html.setAttribute('data-app-painted', 'true');
      await waitFor(() => expect(screen.queryByText('Loading the Sources view…')).toBeNull());
      expect(screen.getAllByRole('heading', { level: 1, name: 'Sources' })).toHaveLength(1);
    } finally {
      html.classList.remove('no-prerender');
      html.removeAttribute('data-app-painted');
    }
  });

  it('drops a country the dataset does not have, with a notice', async () => {
    vi.stubGlobal('fetch', fixtureFetch());
    window.history.replaceState(null, '', '/?view=sources&countries=SRB,ZZZ');
    renderWithData(<App />);
    expect(await screen.findByText(/countries ZZZ are not in the dataset/)).toBeInTheDocument();
    expect(useViewStore.getState().countries).toEqual(['SRB']);
    await waitFor(() => expect(window.location.search).toBe('?view=sources&countries=SRB'));
  });

  it('drops a report year that is not in the data, with a notice', async () => {
    vi.stubGlobal('fetch', fixtureFetch());
    window.history.replaceState(null, '', '/?view=sources&year=2005');
    renderWithData(<App />);
    expect(
      await screen.findByText(/year 2005 has no TIP report in the data \(2020–2021\)/),
    ).toBeInTheDocument();
  });

  it('asks for a map geometry that failed again only on Retry, not when the map view comes back', async () => {
    // react-query fetches a query with no data whenever an observer's `enabled` turns true: the app's own observer
    // of the geometry did so on the way back to the map, so the error and its Retry could vanish by themselves.
    let requests = 0;
    let available = false;
    vi.stubGlobal(
      'fetch',
      fixtureFetch({
        'countries-110m.json': () => {
          requests++;
          return available
            ? new Response(JSON.stringify(worldTopology), { status: 200 })
            : new Response('not found', { status: 404, statusText: 'Not Found' });
        },
      }),
    );
    renderWithData(<App />);
    const geometryAlert = () =>
      screen.queryAllByRole('alert').find((a) => a.textContent?.includes('countries-110m')) ?? null;
    const failed = () =>
      waitFor(() => {
        const alert = geometryAlert();
        expect(alert).not.toBeNull();
        return alert!;
      });
    expect(await failed()).toHaveTextContent('404');
    expect(requests).toBe(1);

    await userEvent.click(screen.getByRole('link', { name: 'Sources' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sources' })).toBeInTheDocument();
    available = true;
    await userEvent.click(screen.getByRole('link', { name: 'Map' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Trafficking in Persons Report tiers' }),
    ).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 20));
    expect(requests).toBe(1);
    const again = await failed();

    await userEvent.click(within(again).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(document.querySelector('svg[data-ready="true"]')).not.toBeNull());
    expect(requests).toBe(2);
    expect(geometryAlert()).toBeNull();
  });

  it('without a picture, with the map’s data already in, renders nothing after the commit that draws the map', async () => {
    // A map link with no picture is live once that commit is painted: a render after it (state set in an effect, a
    // deferred value catching up) is main-thread work between the first paint and the first input.
    const commits = renderWithDataIn('svg[data-ready="true"]');
    // render() returns once React has run everything it scheduled, effects and background renders included. (jsdom
    // lays nothing out, so the map is drawn only once its frame's width is reported: not in the first commit, as in
    // a browser.) Before: the whole page rendered once more (`firstLoad` state cleared in an effect).
    expect(document.querySelector('svg[data-ready="true"]')).not.toBeNull();
    expect(commits.findIndex((c) => c.drawn)).toBe(commits.length - 1);
  });

  it('reads the briefing pack from the browser’s storage only after the frame that shows the first view', async () => {
    // A page's first touch of localStorage waits for the browser (1-11 ms on the 2-core machine): in the effects of
    // the map's first commit, or in the entry, it delayed the map answering input on a map link.
    const reads: boolean[] = [];
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(function (this: Storage) {
      reads.push(document.querySelector('svg[data-ready="true"]') !== null);
      return null;
    });
    let frames = 0;
    const raf = window.requestAnimationFrame.bind(window);
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) =>
      raf((t) => {
        frames += 1;
        cb(t);
      }),
    );
    delete document.documentElement.dataset.pack;
    renderWithDataIn('svg[data-ready="true"]');
    expect(document.querySelector('svg[data-ready="true"]')).not.toBeNull();
    expect(reads).toEqual([]);
    expect(document.documentElement.dataset.pack).toBeUndefined();
    const framesAtDraw = frames;
    await waitFor(() => expect(reads.length).toBeGreaterThan(0));
    expect(reads.every(Boolean)).toBe(true);
    expect(frames).toBeGreaterThan(framesAtDraw);
    // What a script driving the page waits for before it writes storage itself (tests/e2e/helpers.ts, openApp).
    await waitFor(() => expect(document.documentElement.dataset.pack).toBe('loaded'));
  });

  it('under the page’s picture, with the map’s data already in, draws the view in a background render, not in its first commit', async () => {
    // The picture's map answers input while the app draws: a first commit of the whole view would be one long task.
    const picture = document.createElement('div');
    picture.id = 'prerender';
    document.body.append(picture);
    try {
      const commits = renderWithDataIn('.map-frame');
      await waitFor(() => expect(document.querySelector('.map-frame')).not.toBeNull());
      expect(commits[0]).toEqual({ phase: 'mount', drawn: false });
      expect(document.getElementById('prerender')).toBeNull();
    } finally {
      picture.remove();
    }
  });
});

/**
 * Renders the app with core.json and the geometry already in its cache (as main.tsx's early reads leave them), and
 * records each commit: its phase, and whether `drawn` (a selector) was in the page then.
 */
function renderWithDataIn(drawn: string): { phase: string; drawn: boolean }[] {
  const client = new QueryClient();
  client.setQueryData(DATASET_QUERY_KEY('core'), coreFixture);
  client.setQueryData(WORLD_QUERY_KEY, worldFeatures(worldTopology as unknown as WorldTopology));
  const commits: { phase: string; drawn: boolean }[] = [];
  render(
    <QueryClientProvider client={client}>
      <Profiler
        id="app"
        onRender={(_, phase) => commits.push({ phase, drawn: document.querySelector(drawn) !== null })}
      >
        <App />
      </Profiler>
    </QueryClientProvider>,
  );
  return commits;
}
