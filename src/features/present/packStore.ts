import { create } from 'zustand';
import { useViewStore } from '../../state/viewStore';
import { decodePack, encodePack, moveSlide, readStoredPack, type Slide } from './packState';
import { PACK_PREVIOUS_STORAGE_KEY, PACK_STORAGE_KEY } from './presentConstants';

export interface PackNotice {
  kind: 'ignored' | 'replaced';
  text: string;
}

interface PackStore {
  slides: Slide[];
  /** Index of the slide on screen while presenting; null when not presenting. */
  presenting: number | null;
  /** The pack this browser had before a pack link replaced it (empty: none kept). */
  previous: Slide[];
  add: (slide: Slide) => void;
  update: (index: number, patch: Partial<Pick<Slide, 't' | 'n'>>) => void;
  remove: (index: number) => void;
  move: (index: number, delta: -1 | 1) => void;
  setPresenting: (index: number | null) => void;
  /** Swaps the pack on screen with the one kept from before a pack link replaced it. */
  restorePrevious: () => void;
  /**
   * Loads the pack from the link, or else from local storage. Returns a notice when the link's pack was unusable
   * (ignored) or replaced a different pack saved in this browser (which is kept, to restore).
   */
  hydrate: (packParam: string | null) => PackNotice | null;
}

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

function storePrevious(slides: Slide[]): void {
  try {
    if (slides.length > 0) storage()?.setItem(PACK_PREVIOUS_STORAGE_KEY, JSON.stringify(slides));
    else storage()?.removeItem(PACK_PREVIOUS_STORAGE_KEY);
  } catch {
    // As above: nothing more can be kept.
  }
}

const samePack = (a: readonly Slide[], b: readonly Slide[]) => JSON.stringify(a) === JSON.stringify(b);
const slidesWord = (n: number) => `${n} slide${n === 1 ? '' : 's'}`;

/** The pack lives in the link (to share) and in local storage (to survive a closed tab). */
function persist(slides: Slide[]): void {
  useViewStore.getState().set({ pack: slides.length > 0 ? encodePack(slides) : null });
  try {
    storage()?.setItem(PACK_STORAGE_KEY, JSON.stringify(slides));
  } catch {
    // Storage full or blocked (private mode): the link still holds the pack.
  }
}

export const usePackStore = create<PackStore>((set, get) => {
  const change = (slides: Slide[]) => {
    set({ slides });
    persist(slides);
  };
  return {
    slides: [],
    presenting: null,
    previous: [],
    add: (slide) => change([...get().slides, slide]),
    update: (index, patch) => change(get().slides.map((s, i) => (i === index ? { ...s, ...patch } : s))),
    remove: (index) => change(get().slides.filter((_, i) => i !== index)),
    move: (index, delta) => change(moveSlide(get().slides, index, delta)),
    setPresenting: (index) => set({ presenting: index }),
    restorePrevious: () => {
      const { slides, previous } = get();
      if (previous.length === 0) return;
      set({ previous: slides });
      storePrevious(slides);
      change(previous);
    },
    hydrate: (packParam) => {
      const fromLink = decodePack(packParam);
      const store = storage();
      const stored = store ? readStoredPack(store, PACK_STORAGE_KEY) : [];
      set({ previous: store ? readStoredPack(store, PACK_PREVIOUS_STORAGE_KEY) : [] });
      if (fromLink.status === 'valid') {
        const replaced = stored.length > 0 && !samePack(stored, fromLink.slides);
        if (replaced) {
          set({ previous: stored });
          storePrevious(stored);
        }
        change(fromLink.slides);
        return replaced
          ? {
              kind: 'replaced',
              text: `Opened the briefing pack in the link (${slidesWord(fromLink.slides.length)}). The pack this browser had (${slidesWord(stored.length)}) is kept: “Briefing pack” can restore it.`,
            }
          : null;
      }
      change(stored);
      return fromLink.status === 'invalid'
        ? { kind: 'ignored', text: `The link's ${fromLink.reason}; it was ignored.` }
        : null;
    },
  };
});
