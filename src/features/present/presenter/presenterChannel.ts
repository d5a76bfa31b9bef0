import { PRESENTER_PARAM } from '../presentConstants';

/**
 * The presenter view and the audience window talk over one BroadcastChannel (same origin only). The audience
 * window owns the slide index and says what is showing; the presenter window asks it to move.
 */
export const PRESENTER_CHANNEL = 'tip-atlas-presenter';

export interface SlideShown {
  type: 'shown';
  index: number;
  count: number;
  title: string;
  note: string;
  nextTitle: string | null;
  /** The slide as the audience sees it, an SVG image (data: URL), or null while it is still drawing. */
  image: string | null;
}

export type PresenterMessage =
  SlideShown | { type: 'hello' } | { type: 'go'; index: number } | { type: 'ended' };

/** Messages come from any same-origin page: anything not of the expected shape is ignored. */
export function readMessage(data: unknown): PresenterMessage | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'hello':
    case 'ended':
      return { type: m.type };
    case 'go':
      return Number.isInteger(m.index) ? { type: 'go', index: m.index as number } : null;
    case 'shown':
      if (
        Number.isInteger(m.index) &&
        Number.isInteger(m.count) &&
        typeof m.title === 'string' &&
        typeof m.note === 'string' &&
        (m.nextTitle === null || typeof m.nextTitle === 'string') &&
        (m.image === null || (typeof m.image === 'string' && m.image.startsWith('data:image/svg+xml')))
      )
        return m as unknown as SlideShown;
      return null;
    default:
      return null;
  }
}

export const openChannel = (): BroadcastChannel | null =>
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(PRESENTER_CHANNEL);

/** The presenter view's address: this app with ?presenter. */
export const presenterUrl = (): string =>
  `${window.location.origin}${window.location.pathname}?${PRESENTER_PARAM}=1`;

/** The slide on screen as an image the presenter window can show: its SVG, serialized. */
export function slideImage(root: ParentNode): string | null {
  const svg = root.querySelector('.present-slide > svg');
  if (!svg) return null;
  const clone = svg.cloneNode(true) as Element;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
}
