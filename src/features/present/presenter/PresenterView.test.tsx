import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SlideShown } from './presenterChannel';
import PresenterView from './PresenterView';

/** A BroadcastChannel stand-in: the test plays the audience window, delivering its messages and reading the asks. */
class FakeChannel {
  static last: FakeChannel | null = null;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  sent: unknown[] = [];
  constructor() {
    FakeChannel.last = this;
  }
  postMessage(data: unknown) {
    this.sent.push(data);
  }
  close() {}
  deliver(data: unknown) {
    this.onmessage?.({ data });
  }
}

const shown = (index: number): SlideShown => ({
  type: 'shown',
  index,
  count: 3,
  title: `Slide ${index}`,
  note: `Note ${index}`,
  nextTitle: index < 2 ? `Slide ${index + 1}` : null,
  image: null,
});

const press = (key: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

beforeEach(() => {
  vi.stubGlobal('BroadcastChannel', FakeChannel);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('PresenterView', () => {
  it('says hello, then follows the audience window and asks it to move with the clicker keys', () => {
    render(<PresenterView />);
    const channel = FakeChannel.last!;
    expect(channel.sent).toEqual([{ type: 'hello' }]);
    act(() => channel.deliver(shown(0)));
    expect(screen.getByText('Slide 1 of 3')).toBeTruthy();
    act(() => press('ArrowRight'));
    expect(channel.sent.at(-1)).toEqual({ type: 'go', index: 1 });
    act(() => press('End'));
    expect(channel.sent.at(-1)).toEqual({ type: 'go', index: 2 });
    act(() => press('ArrowLeft'));
    // Nothing before the first slide.
    expect(channel.sent.at(-1)).toEqual({ type: 'go', index: 0 });
  });

  it('moves from the slide last reported even when a key comes before React has re-rendered', () => {
    render(<PresenterView />);
    const channel = FakeChannel.last!;
    act(() => channel.deliver(shown(2)));
    // The audience went Home and the presenter pressed → at once: the report and the key arrive in one batch.
    act(() => {
      channel.deliver(shown(0));
      press('ArrowRight');
    });
    expect(channel.sent.at(-1)).toEqual({ type: 'go', index: 1 });
    expect(screen.getByText('Slide 1 of 3')).toBeTruthy();
  });

  it('its Previous and Next buttons ask for the neighbouring slides, and stop at the ends', () => {
    render(<PresenterView />);
    const channel = FakeChannel.last!;
    act(() => channel.deliver(shown(1)));
    act(() => screen.getByRole('button', { name: 'Next →' }).click());
    expect(channel.sent.at(-1)).toEqual({ type: 'go', index: 2 });
    act(() => screen.getByRole('button', { name: '← Previous' }).click());
    expect(channel.sent.at(-1)).toEqual({ type: 'go', index: 0 });
    act(() => channel.deliver(shown(2)));
    expect(screen.getByRole('button', { name: 'Next →' })).toBeDisabled();
  });

  it('ignores messages of the wrong shape and says when the presentation ends', () => {
    render(<PresenterView />);
    const channel = FakeChannel.last!;
    act(() => channel.deliver({ type: 'shown', index: 'x' }));
    expect(screen.getByRole('status').textContent).toContain('Waiting for the presentation');
    act(() => press('ArrowRight'));
    expect(channel.sent).toEqual([{ type: 'hello' }]);
    act(() => channel.deliver({ type: 'ended' }));
    expect(screen.getByRole('status').textContent).toContain('The presentation has ended.');
  });
});
