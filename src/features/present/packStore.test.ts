import { beforeEach, describe, expect, it } from 'vitest';
import { encodePack, type Slide } from './packState';
import { usePackStore } from './packStore';
import { PACK_PREVIOUS_STORAGE_KEY, PACK_STORAGE_KEY } from './presentConstants';

const mine: Slide[] = [
  { q: '?year=2020', t: 'My map', n: 'Mine.' },
  { q: '?view=trends&countries=SRB', t: 'My trends', n: '' },
];
const theirs: Slide[] = [{ q: '?view=compare&countries=BLR,SRB', t: 'Their comparison', n: 'Theirs.' }];

const stored = (key: string): unknown => JSON.parse(window.localStorage.getItem(key) ?? 'null');

beforeEach(() => {
  window.localStorage.clear();
  usePackStore.setState({ slides: [], previous: [], presenting: null });
});

describe('usePackStore.hydrate', () => {
  it('loads the pack saved in this browser when the link has none', () => {
    window.localStorage.setItem(PACK_STORAGE_KEY, JSON.stringify(mine));
    expect(usePackStore.getState().hydrate(null)).toBeNull();
    expect(usePackStore.getState().slides).toEqual(mine);
  });

  it('opens a pack link without losing a different pack saved in this browser', () => {
    window.localStorage.setItem(PACK_STORAGE_KEY, JSON.stringify(mine));
    const notice = usePackStore.getState().hydrate(encodePack(theirs));
    expect(usePackStore.getState().slides).toEqual(theirs);
    expect(stored(PACK_STORAGE_KEY)).toEqual(theirs);
    expect(usePackStore.getState().previous).toEqual(mine);
    expect(stored(PACK_PREVIOUS_STORAGE_KEY)).toEqual(mine);
    expect(notice).toEqual({
      kind: 'replaced',
      text: 'Opened the briefing pack in the link (1 slide). The pack this browser had (2 slides) is kept: “Briefing pack” can restore it.',
    });
  });

  it('says nothing when the link holds the pack already saved', () => {
    window.localStorage.setItem(PACK_STORAGE_KEY, JSON.stringify(mine));
    expect(usePackStore.getState().hydrate(encodePack(mine))).toBeNull();
    expect(usePackStore.getState().previous).toEqual([]);
  });

  it('keeps the saved pack when the link holds a broken one, and says it was ignored', () => {
    window.localStorage.setItem(PACK_STORAGE_KEY, JSON.stringify(mine));
    expect(usePackStore.getState().hydrate('not-a-pack')?.kind).toBe('ignored');
    expect(usePackStore.getState().slides).toEqual(mine);
  });
});

describe('usePackStore.restorePrevious', () => {
  it('swaps the pack from the link with the one kept, so either can come back', () => {
    window.localStorage.setItem(PACK_STORAGE_KEY, JSON.stringify(mine));
    usePackStore.getState().hydrate(encodePack(theirs));
    usePackStore.getState().restorePrevious();
    expect(usePackStore.getState().slides).toEqual(mine);
    expect(stored(PACK_STORAGE_KEY)).toEqual(mine);
    expect(usePackStore.getState().previous).toEqual(theirs);
    expect(stored(PACK_PREVIOUS_STORAGE_KEY)).toEqual(theirs);
  });
});
