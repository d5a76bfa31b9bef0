import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../../state/urlState';
import { useViewStore } from '../../state/viewStore';
import { usePackStore } from './packStore';
import { PinDialog } from './PinDialog';

// jsdom has <dialog> but not its modal methods: open it as the browser would.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};

beforeEach(() => {
  useViewStore.setState({ ...DEFAULT_STATE, view: 'compare', countries: ['BLR', 'SRB'], notices: [] });
  usePackStore.setState({ slides: [], currentSummary: null });
});

describe('PinDialog', () => {
  it('fills the speaker note with Compare’s summary when it arrives after the dialog opened', () => {
    render(<PinDialog latestReportYear={2025} onClose={() => undefined} />);
    const note = screen.getByLabelText('Speaker note (optional)');
    expect(note).toHaveValue('');
    act(() => usePackStore.getState().setCurrentSummary('In the 2025 report Belarus was on Tier 3.'));
    expect(note).toHaveValue('In the 2025 report Belarus was on Tier 3.');
  });

  it('keeps a note the presenter has written', async () => {
    render(<PinDialog latestReportYear={2025} onClose={() => undefined} />);
    const note = screen.getByLabelText('Speaker note (optional)');
    await userEvent.type(note, 'My own words');
    act(() => usePackStore.getState().setCurrentSummary('In the 2025 report Belarus was on Tier 3.'));
    expect(note).toHaveValue('My own words');
  });

  it('offers no summary for views other than Compare', () => {
    useViewStore.setState({ view: 'map' });
    usePackStore.setState({ currentSummary: 'A summary of another view' });
    render(<PinDialog latestReportYear={2025} onClose={() => undefined} />);
    expect(screen.getByLabelText('Speaker note (optional)')).toHaveValue('');
  });
});

describe('PinDialog limits', () => {
  it('cuts a pasted title to 140 characters, replaces its control characters and says so', async () => {
    useViewStore.setState({ view: 'map' });
    render(<PinDialog latestReportYear={2025} onClose={() => undefined} />);
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
