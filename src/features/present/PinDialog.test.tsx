import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATASET_QUERY_KEY } from '../../data/loaders';
import { coreFixture, factsFixture, unodcFixture } from '../../test/fixtures';
import { DEFAULT_STATE } from '../../state/urlState';
import { useViewStore } from '../../state/viewStore';
import { loadPackCodec, usePackStore } from './packStore';
import { PinDialog } from './PinDialog';

// A pin writes the pack into the link with the lazily loaded codec: load it first, so that write happens while the
// test runs, not after its environment is gone.
beforeAll(() => loadPackCodec());

// react-query tells its observers on a later task by default; here at once, so a test knows when the data is in.
notifyManager.setScheduler((callback) => callback());

function renderDialog() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  // Core is in hand; the counts and facts Compare's summary needs arrive when the test says.
  client.setQueryData(DATASET_QUERY_KEY('core'), coreFixture);
  const view = render(
    <QueryClientProvider client={client}>
      <PinDialog latestReportYear={2021} onClose={() => undefined} />
    </QueryClientProvider>,
  );
  const loadCounts = () =>
    act(() => {
      client.setQueryData(DATASET_QUERY_KEY('unodc'), unodcFixture);
      client.setQueryData(DATASET_QUERY_KEY('facts'), factsFixture);
    });
  return { ...view, loadCounts };
}

beforeEach(() => {
  useViewStore.setState({ ...DEFAULT_STATE, view: 'compare', countries: ['BLR', 'SRB'], notices: [] });
  usePackStore.setState({ slides: [] });
  // Data the test has not handed over stays pending.
  vi.stubGlobal('fetch', () => new Promise(() => undefined));
});

afterEach(() => vi.unstubAllGlobals());

describe('PinDialog', () => {
  it('fills the speaker note with Compare’s summary when the data arrives after the dialog opened', () => {
    const { loadCounts } = renderDialog();
    const note = screen.getByLabelText('Speaker note (optional)');
    expect(note).toHaveValue('');
    loadCounts();
    expect((note as HTMLTextAreaElement).value).toMatch(
      /^Tiers: In the 2021 report, the data hold no tier for Belarus and Serbia was on Tier 2\./,
    );
  });

  it('keeps a note the presenter has written', async () => {
    const { loadCounts } = renderDialog();
    const note = screen.getByLabelText('Speaker note (optional)');
    await userEvent.type(note, 'My own words');
    loadCounts();
    expect(note).toHaveValue('My own words');
  });

  it('offers the Sources view’s summary of what it lists', () => {
    useViewStore.setState({ view: 'sources' });
    renderDialog();
    expect((screen.getByLabelText('Speaker note (optional)') as HTMLTextAreaElement).value).toMatch(
      /^The atlas lists 1 data table \(UNODC Global Report .*\) and 1 source document \(Human Trafficking in Serbia\)/,
    );
  });

  it('leaves the map’s note empty until its geometry has loaded, rather than guessing', () => {
    useViewStore.setState({ view: 'map' });
    const { loadCounts } = renderDialog();
    loadCounts();
    expect(screen.getByLabelText('Speaker note (optional)')).toHaveValue('');
  });
});

describe('PinDialog limits', () => {
  it('cuts a pasted title to 140 characters, replaces its control characters and says so', async () => {
    useViewStore.setState({ view: 'map' });
    renderDialog();
    const title = screen.getByLabelText('Slide title');
    await userEvent.clear(title);
    await userEvent.click(title);
    await userEvent.paste(`Soft\u000bbreak ${'x'.repeat(200)}`);
    expect(title).toHaveValue(`Soft break ${'x'.repeat(129)}`);
    expect(
      screen.getByText(
        'Cut to 140 characters, the most a title can hold; 1 control character replaced by spaces or removed.',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Pin slide 1' }));
    expect(usePackStore.getState().slides[0]!.t).toBe(`Soft break ${'x'.repeat(129)}`);
  });
});
