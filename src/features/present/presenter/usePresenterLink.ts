import { useEffect, useRef } from 'react';
import type { Slide } from '../packState';
import { openChannel, readMessage, slideImage, type SlideShown } from './presenterChannel';

/**
 * The audience side of the presenter view: tells the presenter window which slide is showing (and sends the
 * slide's picture once it is drawn), and moves when the presenter window asks.
 */
export function usePresenterLink(
  index: number | null,
  slides: readonly Slide[],
  go: (index: number) => void,
): void {
  const channelRef = useRef<BroadcastChannel | null>(null);
  const goRef = useRef(go);
  goRef.current = go;
  const shownRef = useRef<() => void>(() => undefined);

  shownRef.current = () => {
    const channel = channelRef.current;
    if (!channel || index === null || !slides[index]) return;
    const slide = slides[index];
    const message: SlideShown = {
      type: 'shown',
      index,
      count: slides.length,
      title: slide.t,
      note: slide.n,
      nextTitle: slides[index + 1]?.t ?? null,
      image: slideImage(document),
    };
    channel.postMessage(message);
  };

  const presenting = index !== null;
  useEffect(() => {
    if (!presenting) return;
    const channel = openChannel();
    channelRef.current = channel;
    if (!channel) return;
    channel.onmessage = (e) => {
      const m = readMessage(e.data);
      if (m?.type === 'hello') shownRef.current();
      else if (m?.type === 'go') goRef.current(m.index);
    };
    return () => {
      channel.postMessage({ type: 'ended' });
      channel.close();
      channelRef.current = null;
    };
  }, [presenting]);

  // Say what is showing at once (title, note), then again once the slide's picture is drawn or redrawn.
  useEffect(() => {
    if (index === null) return;
    shownRef.current();
    const stage = document.querySelector('.present-stage');
    if (!stage) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => shownRef.current(), 150);
    });
    observer.observe(stage, { childList: true, subtree: true, attributes: true });
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [index, slides]);
}
