import { useRef, type KeyboardEvent } from 'react';
import { REGIONS } from '../../data/wire';
import type { CoreIndex } from '../../shared/datasetSelectors';
import { TYPEAHEAD_RESET_MS } from './mapConstants';
import { typeaheadMatch } from './mapSelectors';

interface MapKeyboard {
  index: CoreIndex;
  /** Keyboard order of the countries on the map (by region, then name). */
  order: readonly string[];
  /** The country the keyboard is on, and the one whose panel is open. */
  active: string | null;
  country: string | null;
  keyTipShown: boolean;
  moveTo: (iso3: string) => void;
  open: (iso3: string) => void;
  dismissKeyTip: () => void;
  closePanel: () => void;
}

/**
 * The map frame's keys (one tab stop): arrows, Home and End move through the countries, Page Up/Down jump a region,
 * letters jump to a name, Enter or Space opens the panel, Esc hides the key tip and then closes the panel.
 */
export function useMapKeyboard(k: MapKeyboard) {
  const typeahead = useRef({ text: '', at: 0 });
  return (e: KeyboardEvent<HTMLElement>) => {
    const { order, index, active, country } = k;
    const n = order.length;
    if (n === 0) return;
    const start =
      active && order.includes(active) ? active : country && order.includes(country) ? country : null;
    const i = start ? order.indexOf(start) : -1;
    const regionOf = (iso3: string) => index.countries.get(iso3)?.region;
    const go = (iso3: string) => {
      e.preventDefault();
      k.moveTo(iso3);
    };
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        return go(order[i < 0 ? 0 : (i + 1) % n]!);
      case 'ArrowLeft':
      case 'ArrowUp':
        return go(order[i < 0 ? n - 1 : (i - 1 + n) % n]!);
      case 'Home':
        return go(order[0]!);
      case 'End':
        return go(order[n - 1]!);
      case 'PageDown':
      case 'PageUp': {
        e.preventDefault();
        const here = start ? REGIONS.indexOf(regionOf(start)!) : -1;
        const step = e.key === 'PageDown' ? 1 : -1;
        for (let s = 1; s <= REGIONS.length; s++) {
          const r = REGIONS[(((here + step * s) % REGIONS.length) + REGIONS.length) % REGIONS.length];
          const first = order.find((c) => regionOf(c) === r);
          if (first) return k.moveTo(first);
        }
        return;
      }
      case 'Enter':
      case ' ':
        if (start) {
          e.preventDefault();
          k.open(start);
        }
        return;
      case 'Escape':
        if (k.keyTipShown) {
          e.preventDefault();
          k.dismissKeyTip();
        } else if (country) {
          e.preventDefault();
          k.closePanel();
        }
        return;
      default:
        if (e.key.length === 1 && /\S/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
          const now = Date.now();
          const t = typeahead.current;
          t.text = now - t.at > TYPEAHEAD_RESET_MS ? e.key : t.text + e.key;
          t.at = now;
          const hit = typeaheadMatch(index, order, t.text, start);
          if (hit) go(hit);
        }
    }
  };
}
