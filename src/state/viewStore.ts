import { create } from 'zustand';
import { DEFAULT_STATE, MAX_COUNTRIES, type ViewState } from './urlState';

export interface Notice {
  id: number;
  text: string;
}

interface ViewStore extends ViewState {
  notices: Notice[];
  /** The encoded briefing pack carried in the link (`pack` parameter); null when there is none. */
  pack: string | null;
  set: (patch: Partial<ViewState> & { pack?: string | null }) => void;
  replace: (state: ViewState) => void;
  addCountry: (iso3: string) => void;
  removeCountry: (iso3: string) => void;
  moveCountry: (iso3: string, delta: -1 | 1) => void;
  notify: (texts: string[]) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const useViewStore = create<ViewStore>((set) => ({
  ...DEFAULT_STATE,
  notices: [],
  pack: null,
  set: (patch) => set(patch),
  replace: (state) => set({ ...state }),
  addCountry: (iso3) =>
    set((s) =>
      s.countries.includes(iso3) || s.countries.length >= MAX_COUNTRIES
        ? s
        : { countries: [...s.countries, iso3] },
    ),
  removeCountry: (iso3) => set((s) => ({ countries: s.countries.filter((c) => c !== iso3) })),
  moveCountry: (iso3, delta) =>
    set((s) => {
      const i = s.countries.indexOf(iso3);
      const j = i + delta;
      if (i < 0 || j < 0 || j >= s.countries.length) return s;
      const next = [...s.countries];
      [next[i], next[j]] = [next[j]!, next[i]!];
      return { countries: next };
    }),
  notify: (texts) =>
    set((s) => ({ notices: [...s.notices, ...texts.map((text) => ({ id: nextNoticeId++, text }))] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

export function selectViewState(s: ViewState): ViewState {
  return {
    view: s.view,
    reportYear: s.reportYear,
    fromYear: s.fromYear,
    mode: s.mode,
    region: s.region,
    country: s.country,
    countries: s.countries,
    metric: s.metric,
    scale: s.scale,
    compareScale: s.compareScale,
    compareShow: s.compareShow,
  };
}
