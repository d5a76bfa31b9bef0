import { create } from 'zustand';
import { useViewStore } from '../../state/viewStore';
import { decodePack, encodePack, moveSlide, readStoredPack, type Slide } from './packState';
import { PACK_STORAGE_KEY } from './presentConstants';

interface PackStore {
  slides: Slide[];
  /** Index of the slide on screen while presenting; null when not presenting. */
  presenting: number | null;
  /** A plain-language summary the current view offers as a default speaker note (Compare sets one). */
  currentSummary: string | null;
  add: (slide: Slide) => void;
  update: (index: number, patch: Partial<Pick<Slide, 't' | 'n'>>) => void;
  remove: (index: number) => void;
  move: (index: number, delta: -1 | 1) => void;
  setPresenting: (index: number | null) => void;
  setCurrentSummary: (summary: string | null) => void;
  /** Loads the pack from the link, or else from local storage. Returns a notice when the link's pack was unusable. */
  hydrate: (packParam: string | null) => string | null;
}

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

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
    currentSummary: null,
    add: (slide) => change([...get().slides, slide]),
    update: (index, patch) => change(get().slides.map((s, i) => (i === index ? { ...s, ...patch } : s))),
    remove: (index) => change(get().slides.filter((_, i) => i !== index)),
    move: (index, delta) => change(moveSlide(get().slides, index, delta)),
    setPresenting: (index) => set({ presenting: index }),
    setCurrentSummary: (summary) => set({ currentSummary: summary }),
    hydrate: (packParam) => {
      const fromLink = decodePack(packParam);
      if (fromLink.status === 'valid') {
        change(fromLink.slides);
        return null;
      }
      const store = storage();
      const stored = store ? readStoredPack(store, PACK_STORAGE_KEY) : [];
      change(stored);
      return fromLink.status === 'invalid' ? `The link's ${fromLink.reason}; it was ignored.` : null;
    },
  };
});
