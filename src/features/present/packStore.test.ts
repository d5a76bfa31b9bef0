// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_STATE } from '../../state/urlState';
import { useViewStore } from '../../state/viewStore';
import { decodePackLink, encodePackLink, encodePackLinkV1 } from './packCodec';
import type { Slide } from './packState';
import { loadPackCodec, usePackStore } from './packStore';
import {
  PACK_BACKUP_STORAGE_KEY,
  PACK_PREVIOUS_STORAGE_KEY,
  PACK_STORAGE_KEY,
  PACK_V1_STORAGE_KEY,
} from './presentConstants';

const mine: Slide[] = [
  { q: '?year=2020', t: 'My map', n: 'Mine.' },
  { q: '?view=trends&countries=SRB', t: 'My trends', n: '' },
];
const theirs: Slide[] = [{ q: '?view=compare&countries=BLR,SRB', t: 'Their comparison', n: 'Theirs.' }];

const stored = (key: string): unknown => JSON.parse(window.localStorage.getItem(key) ?? 'null');
const v2 = (slides: Slide[]) => JSON.stringify({ version: 2, slides });
const link = (slides: Slide[]) => decodePackLink(encodePackLink(slides));
const texts = (notices: { text: string }[]) => notices.map((n) => n.text);

beforeAll(async () => {
  await loadPackCodec();
});
beforeEach(() => {
  window.localStorage.clear();
  vi.restoreAllMocks();
  usePackStore.setState({
    slides: [],
    previous: [],
    presenting: null,
    setAside: [],
    storage: 'ok',
    linkTooLong: null,
    backup: null,
  });
  useViewStore.setState({ ...DEFAULT_STATE, notices: [], pack: null });
});

describe('usePackStore.hydrate', () => {
  it('loads the pack saved in this browser when the link has none', () => {
    window.localStorage.setItem(PACK_STORAGE_KEY, v2(mine));
    expect(usePackStore.getState().hydrate({ status: 'missing' })).toEqual([]);
    expect(usePackStore.getState().slides).toEqual(mine);
    expect(decodePackLink(useViewStore.getState().pack)).toEqual(link(mine));
  });

  it('migrates a version 1 pack, keeping its text as the backup', () => {
    const old = JSON.stringify(mine);
    window.localStorage.setItem(PACK_V1_STORAGE_KEY, old);
    expect(usePackStore.getState().hydrate({ status: 'missing' })).toEqual([]);
    expect(usePackStore.getState().slides).toEqual(mine);
    expect(stored(PACK_STORAGE_KEY)).toEqual({ version: 2, slides: mine });
    expect(window.localStorage.getItem(PACK_V1_STORAGE_KEY)).toBeNull();
    expect(stored(PACK_BACKUP_STORAGE_KEY)).toMatchObject({ text: old });
  });

  it('keeps every slide of a stored pack whose slide 2 has a 195-character title (issue 16, defect 1)', () => {
    const long = [mine[0]!, { ...mine[1]!, t: 'x'.repeat(195) }, theirs[0]!];
    window.localStorage.setItem(PACK_V1_STORAGE_KEY, JSON.stringify(long));
    const notices = usePackStore.getState().hydrate({ status: 'missing' });
    expect(usePackStore.getState().slides.map((s) => s.t)).toEqual([
      'My map',
      'x'.repeat(140),
      'Their comparison',
    ]);
    expect(texts(notices)[0]).toMatch(
      /^The briefing pack saved in this browser needed repair: Slide 2 .*title was longer than 140/,
    );
    expect(usePackStore.getState().setAside.map((a) => a.text)).toEqual(['x'.repeat(195)]);
  });

  it('sets an unreadable stored pack aside instead of writing over it without a copy', () => {
    window.localStorage.setItem(PACK_STORAGE_KEY, '{"version":2,"slides":[{"q":"?year=2012","t":"A"');
    const notices = usePackStore.getState().hydrate({ status: 'missing' });
    expect(texts(notices)[0]).toMatch(/needed repair: it could not be read/);
    expect(stored(PACK_BACKUP_STORAGE_KEY)).toMatchObject({
      text: '{"version":2,"slides":[{"q":"?year=2012","t":"A"',
    });
    expect(usePackStore.getState().setAside[0]!.text).toContain('"t":"A"');
  });

  it('opens a pack link without losing a different pack saved in this browser', () => {
    window.localStorage.setItem(PACK_STORAGE_KEY, v2(mine));
    const notices = usePackStore.getState().hydrate(link(theirs));
    expect(usePackStore.getState().slides).toEqual(theirs);
    expect(stored(PACK_STORAGE_KEY)).toEqual({ version: 2, slides: theirs });
    expect(usePackStore.getState().previous).toEqual(mine);
    expect(stored(PACK_PREVIOUS_STORAGE_KEY)).toEqual({ version: 2, slides: mine });
    expect(texts(notices)).toEqual([
      'Opened the briefing pack in the link (1 slide). The pack this browser had (2 slides) is kept: “Briefing pack” can restore it.',
    ]);
  });

  it('opens a version 1 link (made before 2026-12-05) and rewrites the address in version 2', () => {
    usePackStore.getState().hydrate(decodePackLink(encodePackLinkV1(theirs)));
    expect(usePackStore.getState().slides).toEqual(theirs);
    expect(useViewStore.getState().pack).toMatch(/^2\./);
  });

  it('says nothing when the link holds the pack already saved', () => {
    window.localStorage.setItem(PACK_STORAGE_KEY, v2(mine));
    expect(usePackStore.getState().hydrate(link(mine))).toEqual([]);
    expect(usePackStore.getState().previous).toEqual([]);
  });

  it('keeps the saved pack when the link holds a broken one, and says so in one sentence', () => {
    window.localStorage.setItem(PACK_STORAGE_KEY, v2(mine));
    expect(texts(usePackStore.getState().hydrate(decodePackLink('not-a-pack')))).toEqual([
      'The briefing pack in the link could not be read; it was ignored.',
    ]);
    expect(texts(usePackStore.getState().hydrate(decodePackLink(encodePackLinkV1([{ q: 1 }]))))).toEqual([
      'The briefing pack in the link is not in the expected form (slide 1 could not be read and was set aside); it was ignored.',
    ]);
    expect(usePackStore.getState().slides).toEqual(mine);
  });
});

describe('usePackStore writes', () => {
  it('keeps the stored pack as the backup before writing one with fewer slides', () => {
    window.localStorage.setItem(PACK_STORAGE_KEY, v2(mine));
    usePackStore.getState().hydrate({ status: 'missing' });
    usePackStore.getState().remove(0);
    expect(stored(PACK_STORAGE_KEY)).toEqual({ version: 2, slides: [mine[1]] });
    expect(stored(PACK_BACKUP_STORAGE_KEY)).toMatchObject({ text: v2(mine) });
  });

  it('cleans and cuts what the pack panel types, like the pin dialog does', () => {
    usePackStore.getState().add(mine[0]!);
    usePackStore.getState().update(0, { t: `A\u000bB${'c'.repeat(200)}`, n: 'n'.repeat(2_500) });
    const slide = usePackStore.getState().slides[0]!;
    expect(slide.t).toBe(`A B${'c'.repeat(137)}`);
    expect(slide.n).toHaveLength(2_000);
  });

  it('says when storage is full, and keeps the pack on screen and in the link', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    usePackStore.getState().add(mine[0]!);
    expect(usePackStore.getState().storage).toBe('full');
    expect(usePackStore.getState().slides).toEqual([mine[0]]);
    expect(useViewStore.getState().notices.map((n) => n.text)).toEqual([
      expect.stringMatching(/^This browser’s storage is full.*Save pack as file/),
    ]);
    expect(decodePackLink(useViewStore.getState().pack)).toEqual(link([mine[0]!]));
  });

  it('leaves a pack too long for a safe link out of the address and says how long it would be', () => {
    const random = (seed: number) =>
      Array.from({ length: 2_000 }, (_, i) =>
        String.fromCharCode(0x4e00 + ((seed * 7919 + i * 104729) % 20000)),
      ).join('');
    for (let i = 0; i < 10; i++)
      usePackStore.getState().add({ q: `?year=${2001 + i}`, t: `Slide ${i}`, n: random(i) });
    expect(usePackStore.getState().linkTooLong).toBeGreaterThan(8_000);
    expect(useViewStore.getState().pack).toBeNull();
    expect(stored(PACK_STORAGE_KEY)).toMatchObject({ version: 2 });
  });
});

describe('usePackStore.setPresenting', () => {
  it('returns to the exact view the presentation started from', () => {
    useViewStore.setState({ view: 'sources' });
    usePackStore.getState().add({ q: '?year=2012', t: 'Map 2012', n: '' });
    usePackStore.getState().setPresenting(0);
    useViewStore.getState().replace({ ...DEFAULT_STATE, reportYear: 2012 });
    usePackStore.getState().setPresenting(null);
    expect(useViewStore.getState().view).toBe('sources');
    expect(useViewStore.getState().reportYear).toBeNull();
  });
});

describe('usePackStore.restorePrevious', () => {
  it('swaps the pack from the link with the one kept, so either can come back', () => {
    window.localStorage.setItem(PACK_STORAGE_KEY, v2(mine));
    usePackStore.getState().hydrate(link(theirs));
    usePackStore.getState().restorePrevious();
    expect(usePackStore.getState().slides).toEqual(mine);
    expect(stored(PACK_STORAGE_KEY)).toEqual({ version: 2, slides: mine });
    expect(usePackStore.getState().previous).toEqual(theirs);
    expect(stored(PACK_PREVIOUS_STORAGE_KEY)).toEqual({ version: 2, slides: theirs });
  });
});

describe('usePackStore.restoreBackup', () => {
  it('offers the pack kept before a removal, also after a reload, and puts it back with its slide', () => {
    window.localStorage.setItem(PACK_STORAGE_KEY, v2(mine));
    usePackStore.getState().hydrate({ status: 'missing' });
    expect(usePackStore.getState().backup).toBeNull();
    usePackStore.getState().remove(1);
    expect(usePackStore.getState().backup?.slides).toEqual(mine);
    // A reload reads it from storage.
    usePackStore.setState({ slides: [], backup: null });
    usePackStore.getState().hydrate({ status: 'missing' });
    expect(usePackStore.getState().slides).toEqual([mine[0]]);
    expect(usePackStore.getState().backup?.slides).toEqual(mine);
    usePackStore.getState().restoreBackup();
    expect(usePackStore.getState().slides).toEqual(mine);
    expect(stored(PACK_STORAGE_KEY)).toEqual({ version: 2, slides: mine });
    // The pack it replaced can come back too.
    expect(usePackStore.getState().previous).toEqual([mine[0]]);
  });

  it('ignores a backup kept for another key, one that cannot be read, and one with no readable slide', () => {
    window.localStorage.setItem(PACK_STORAGE_KEY, v2(theirs));
    for (const backup of [
      JSON.stringify({ key: 'another-key', saved: '2026-12-05T10:00:00Z', text: v2(mine) }),
      '{not json',
      JSON.stringify({
        key: PACK_STORAGE_KEY,
        saved: '2026-12-05T10:00:00Z',
        text: '{"version":2,"slides":[1]}',
      }),
      JSON.stringify({ key: PACK_STORAGE_KEY, text: v2(mine) }),
    ]) {
      window.localStorage.setItem(PACK_BACKUP_STORAGE_KEY, backup);
      usePackStore.getState().hydrate({ status: 'missing' });
      expect(usePackStore.getState().backup).toBeNull();
    }
  });
});

describe('the pack store and the browser’s storage', () => {
  it('does not touch localStorage as its module loads, only when the pack is first read', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    let reads = 0;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        reads++;
        return original.get ? original.get.call(window) : original.value;
      },
    });
    try {
      vi.resetModules();
      const fresh = await import('./packStore');
      expect(reads).toBe(0);
      fresh.usePackStore.getState().hydrate({ status: 'missing' });
      expect(reads).toBeGreaterThan(0);
    } finally {
      Object.defineProperty(window, 'localStorage', original);
      vi.resetModules();
    }
  });
});
