import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DATASET_QUERY_KEY } from '../../data/loaders';
import { coreFixture } from '../../test/fixtures';
import { DEFAULT_STATE } from '../../state/urlState';
import { useViewStore } from '../../state/viewStore';
import { BriefingControls } from './BriefingControls';
import { loadPackCodec, usePackStore } from './packStore';
import { PACK_V1_STORAGE_KEY } from './presentConstants';

// The dialog's and the codec's code in first, so a dialog not shown is held back by the pack, not by a download.
beforeAll(async () => {
  await Promise.all([loadPackCodec(), import('./PinDialog')]);
});

beforeEach(() => {
  useViewStore.setState({ ...DEFAULT_STATE, view: 'sources', notices: [] });
  usePackStore.setState({ slides: [], loaded: false });
  // A pack saved by an earlier visit, not yet read: the app reads it in the task after the first view's frame.
  localStorage.setItem(
    PACK_V1_STORAGE_KEY,
    JSON.stringify([
      { q: '?year=2012', t: 'The 2012 map', n: '' },
      { q: '?view=trends', t: 'Trends', n: 'Kept.' },
    ]),
  );
});

function renderControls() {
  const client = new QueryClient();
  client.setQueryData(DATASET_QUERY_KEY('core'), coreFixture);
  render(
    <QueryClientProvider client={client}>
      <BriefingControls latestReportYear={2021} />
    </QueryClientProvider>,
  );
}

const settle = () => act(() => new Promise((r) => setTimeout(r, 100)));

describe('BriefingControls', () => {
  it('opens a pin asked for before the saved pack is read once it is read, and the pin joins that pack', async () => {
    renderControls();
    await userEvent.click(screen.getByRole('button', { name: 'Pin view' }));
    await settle();
    // A pin saved now would be written over the pack the browser holds, unread.
    expect(screen.queryByRole('button', { name: /^Pin slide/ })).toBeNull();
    act(() => void usePackStore.getState().hydrate({ status: 'missing' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Pin slide 3' }));
    expect(usePackStore.getState().slides.map((s) => s.t)).toEqual([
      'The 2012 map',
      'Trends',
      expect.any(String),
    ]);
    expect(screen.getByRole('button', { name: 'Briefing pack (3)' })).toBeInTheDocument();
  });

  it('opens the pack panel asked for before the pack is read once it is read, with the saved slides', async () => {
    renderControls();
    await userEvent.click(screen.getByRole('button', { name: 'Briefing pack (0)' }));
    await settle();
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => void usePackStore.getState().hydrate({ status: 'missing' }));
    expect(await screen.findByDisplayValue('The 2012 map')).toBeInTheDocument();
    expect(screen.getByDisplayValue('Trends')).toBeInTheDocument();
  });
});
