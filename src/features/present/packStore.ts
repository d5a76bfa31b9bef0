import { create } from 'zustand';
import type { ViewState } from '../../state/urlState';
import { toQuery } from '../../state/urlState';
import { selectViewState, useViewStore } from '../../state/viewStore';
import type { PackLinkParse } from './packCodec';
import {
  moveSlide,
  readSlides,
  samePack,
  slidesWord,
  type ReadSlides,
  type SetAside,
  type Slide,
} from './packState';
import {
  browserStorage,
  keepBackup,
  readBackup,
  readSetAside,
  readStoredPack,
  removeItem,
  serialisePack,
  setItem,
  writeSetAside,
  writeStoredPack,
  type PackBackup,
  type StorageStatus,
  type StoredSetAside,
} from './packStorage';
import { cleanText } from './packText';
import {
  PACK_PARAM,
  PACK_PREVIOUS_STORAGE_KEY,
  PACK_STORAGE_KEY,
  PACK_V1_PREVIOUS_STORAGE_KEY,
  PACK_V1_STORAGE_KEY,
  MAX_SLIDES,
  SAFE_LINK_LENGTH,
} from './presentConstants';

export interface PackNotice {
  kind: 'ignored' | 'replaced' | 'repaired' | 'storage';
  text: string;
}

type Codec = typeof import('./packCodec');
let codec: Codec | null = null;
let codecLoading: Promise<Codec> | null = null;
/** The link codec (and fflate's deflate) load when a link holds a pack or the first slide is pinned. */
export function loadPackCodec(): Promise<Codec> {
  codecLoading ??= import('./packCodec').then((m) => (codec = m));
  return codecLoading;
}

interface PackStore {
  slides: Slide[];
  /** Index of the slide on screen while presenting; null when not presenting. */
  presenting: number | null;
  /** The view the presenter was on before presenting, restored when the presentation ends. */
  returnTo: ViewState | null;
  /** The pack this browser had before a pack link or file replaced it (empty: none kept). */
  previous: Slide[];
  /** Whether the last save to local storage worked. */
  storage: StorageStatus;
  /** The length of the link this pack would make, when that is over the safe length (the link then has no pack). */
  linkTooLong: number | null;
  /** Text that could not stay in the pack, kept for the presenter to copy. */
  setAside: StoredSetAside[];
  /** The pack as it was before fewer slides were last saved over it (a removal, a repair), from storage. */
  backup: PackBackup | null;
  add: (slide: Slide) => void;
  update: (index: number, patch: Partial<Pick<Slide, 't' | 'n'>>) => void;
  remove: (index: number) => void;
  move: (index: number, delta: -1 | 1) => void;
  /** Starts (from the view on screen), moves or (null) ends a presentation; ending returns to that view. */
  setPresenting: (index: number | null) => void;
  /** Swaps the pack on screen with the one kept from before a pack link or file replaced it. */
  restorePrevious: () => void;
  /** Puts back the pack kept in storage before slides were last removed; the pack on screen can be restored after. */
  restoreBackup: () => void;
  /** Opens slides read from a pack file, keeping the pack on screen to restore. Returns what to tell the user. */
  openPack: (read: ReadSlides, from: string) => PackNotice;
  discardSetAside: (index: number) => void;
  /**
   * Loads the pack from the link, or else from local storage, migrating and repairing what is stored. Returns the
   * notices to show: a link's pack unusable (ignored) or replacing a different saved pack (kept, to restore), slides
   * repaired or set aside.
   */
  hydrate: (link: PackLinkParse) => PackNotice[];
  /**
   * Whether the pack has been read (hydrate ran). It is read after the first view's frame: until then the dialogs
   * that change it wait, so nothing is saved over a stored pack not yet read.
   */
  loaded: boolean;
}

const SET_ASIDE_HINT = 'Their full text is kept under “Set aside” in Briefing pack.';

const storageMessage: Record<Exclude<StorageStatus, 'ok'>, string> = {
  full: 'This browser’s storage is full, so the briefing pack could not be saved in it: closing the tab would lose the latest changes. Use “Save pack as file” in Briefing pack to keep it.',
  unavailable:
    'This browser does not let the app store data (private browsing or a setting), so the briefing pack is not saved in it: closing the tab would lose it. Use “Save pack as file” in Briefing pack to keep it.',
};

const problemsText = (problems: readonly string[]) => problems.join('; ');

export const usePackStore = create<PackStore>((set, get) => {
  // The browser's storage, first touched when the pack is first read or saved (after the first view is drawn),
  // not as the app's code runs: a page's first localStorage access waits on the browser (~10 ms on the 2-core
  // machine, in the task that evaluates the app's code, before any view could be drawn).
  let storage: ReturnType<typeof browserStorage> | undefined;
  const packStorage = () => (storage === undefined ? (storage = browserStorage()) : storage);

  /** The storage problem last told to the user (told once, until saving works again). */
  let told: StorageStatus = 'ok';
  const reportStorage = (status: StorageStatus, slides: readonly Slide[]) => {
    set({ storage: status });
    if (status === 'ok') told = 'ok';
    else if (told !== status && slides.length > 0) {
      told = status;
      useViewStore.getState().notify([storageMessage[status]]);
    }
  };

  /** The pack goes in the link only while the whole link stays under the safe length. */
  const writeLink = (slides: Slide[]) => {
    if (slides.length === 0) {
      set({ linkTooLong: null });
      useViewStore.getState().set({ pack: null });
      return;
    }
    const apply = (c: Codec) => {
      if (get().slides !== slides) return;
      const encoded = c.encodePackLink(slides);
      const view = toQuery(selectViewState(useViewStore.getState()));
      const length = `${window.location.origin}${window.location.pathname}${view}&${PACK_PARAM}=${encoded}`
        .length;
      const tooLong = length > SAFE_LINK_LENGTH;
      set({ linkTooLong: tooLong ? length : null });
      useViewStore.getState().set({ pack: tooLong ? null : encoded });
    };
    if (codec) apply(codec);
    else void loadPackCodec().then(apply);
  };

  const change = (slides: Slide[]) => {
    set({ slides });
    reportStorage(writeStoredPack(packStorage(), PACK_STORAGE_KEY, slides), slides);
    set({ backup: readBackup(packStorage(), PACK_STORAGE_KEY) });
    writeLink(slides);
  };

  const storePrevious = (slides: Slide[]) => {
    set({ previous: slides });
    if (slides.length > 0) setItem(packStorage(), PACK_PREVIOUS_STORAGE_KEY, serialisePack(slides));
    else removeItem(packStorage(), PACK_PREVIOUS_STORAGE_KEY);
  };

  const addSetAside = (items: readonly SetAside[]) => {
    if (items.length === 0) return;
    const at = new Date().toISOString();
    const next = [...get().setAside, ...items.map((item) => ({ ...item, at }))];
    set({ setAside: next });
    writeSetAside(packStorage(), next);
  };

  /** Replaces the pack with another (from a link or a file), keeping a different pack on screen to restore. */
  const replaceWith = (slides: Slide[], current: Slide[], what: string): PackNotice | null => {
    const replaced = current.length > 0 && !samePack(current, slides);
    if (replaced) storePrevious(current);
    change(slides);
    return replaced
      ? {
          kind: 'replaced',
          text: `Opened ${what} (${slidesWord(slides.length)}). The pack this browser had (${slidesWord(current.length)}) is kept: “Briefing pack” can restore it.`,
        }
      : null;
  };

  const edit = (index: number, patch: Partial<Pick<Slide, 't' | 'n'>>): Slide[] =>
    get().slides.map((s, i) =>
      i === index
        ? {
            ...s,
            ...(patch.t !== undefined && { t: cleanText(patch.t, 'title').text }),
            ...(patch.n !== undefined && { n: cleanText(patch.n, 'note').text }),
          }
        : s,
    );

  return {
    slides: [],
    presenting: null,
    returnTo: null,
    previous: [],
    storage: 'ok',
    linkTooLong: null,
    setAside: [],
    backup: null,
    loaded: false,
    // A full pack takes no more slides (the pin dialog says so); a 41st would be set aside on the next load.
    add: (slide) => {
      if (get().slides.length < MAX_SLIDES) change([...get().slides, slide]);
    },
    update: (index, patch) => change(edit(index, patch)),
    remove: (index) => change(get().slides.filter((_, i) => i !== index)),
    move: (index, delta) => change(moveSlide(get().slides, index, delta)),
    setPresenting: (index) => {
      const { presenting, returnTo } = get();
      if (index !== null && presenting === null) {
        set({ presenting: index, returnTo: selectViewState(useViewStore.getState()) });
      } else if (index === null) {
        // Restored here, not in the presentation's own effect: the presentation unmounts as this takes effect.
        if (returnTo) useViewStore.getState().replace(returnTo);
        set({ presenting: null, returnTo: null });
      } else set({ presenting: index });
    },
    restorePrevious: () => {
      const { slides, previous } = get();
      if (previous.length === 0) return;
      storePrevious(slides);
      change(previous);
    },
    restoreBackup: () => {
      const { slides, backup } = get();
      if (!backup || samePack(slides, backup.slides)) return;
      storePrevious(slides);
      change(backup.slides);
    },
    openPack: (read, from) => {
      addSetAside(read.setAside);
      if (read.slides.length === 0)
        return {
          kind: 'ignored',
          text: `${from} holds no slide that could be opened${read.problems.length > 0 ? `: ${problemsText(read.problems)}` : ''}. The pack was not changed.`,
        };
      const notice = replaceWith(read.slides, get().slides, from);
      const problems =
        read.problems.length > 0
          ? ` Some slides needed repair: ${problemsText(read.problems)}. ${SET_ASIDE_HINT}`
          : '';
      return {
        kind: notice ? 'replaced' : 'repaired',
        text: `${notice?.text ?? `Opened ${from} (${slidesWord(read.slides.length)}).`}${problems}`,
      };
    },
    discardSetAside: (index) => {
      const next = get().setAside.filter((_, i) => i !== index);
      set({ setAside: next });
      writeSetAside(packStorage(), next);
    },
    hydrate: (link) => {
      const notices: PackNotice[] = [];
      const stored = readStoredPack(packStorage(), PACK_STORAGE_KEY, PACK_V1_STORAGE_KEY);
      const previous = readStoredPack(packStorage(), PACK_PREVIOUS_STORAGE_KEY, PACK_V1_PREVIOUS_STORAGE_KEY);
      set({ setAside: readSetAside(packStorage()), previous: previous.slides });
      // What is stored is rewritten only after its text is kept: a migration or repair never loses it.
      const kept =
        stored.replacedText === null ||
        keepBackup(packStorage(), PACK_STORAGE_KEY, stored.replacedText) === 'ok';
      addSetAside([...stored.setAside, ...previous.setAside]);
      if (stored.problems.length > 0)
        notices.push({
          kind: 'repaired',
          text: `The briefing pack saved in this browser needed repair: ${problemsText(stored.problems)}. ${SET_ASIDE_HINT}`,
        });
      if (
        previous.replacedText !== null &&
        setItem(packStorage(), PACK_PREVIOUS_STORAGE_KEY, serialisePack(previous.slides)) === 'ok'
      )
        removeItem(packStorage(), PACK_V1_PREVIOUS_STORAGE_KEY);

      const fromLink = link.status === 'valid' ? readSlides(link.data) : null;
      if (fromLink && fromLink.slides.length > 0) {
        addSetAside(fromLink.setAside);
        if (fromLink.problems.length > 0)
          notices.push({
            kind: 'repaired',
            text: `Some slides of the briefing pack in the link needed repair: ${problemsText(fromLink.problems)}. ${SET_ASIDE_HINT}`,
          });
        const replaced = replaceWith(fromLink.slides, stored.slides, 'the briefing pack in the link');
        if (replaced) notices.push(replaced);
      } else {
        if (kept) change(stored.slides);
        else set({ slides: stored.slides });
        if (fromLink) {
          addSetAside(fromLink.setAside);
          notices.push({
            kind: 'ignored',
            text: `The briefing pack in the link is not in the expected form${fromLink.problems.length > 0 ? ` (${problemsText(fromLink.problems)})` : ''}; it was ignored.`,
          });
        } else if (link.status === 'invalid')
          notices.push({ kind: 'ignored', text: `${link.reason}; it was ignored.` });
      }
      if (stored.replacedText !== null && kept && get().storage === 'ok')
        removeItem(packStorage(), PACK_V1_STORAGE_KEY);
      set({ backup: readBackup(packStorage(), PACK_STORAGE_KEY), loaded: true });
      return notices;
    },
  };
});
