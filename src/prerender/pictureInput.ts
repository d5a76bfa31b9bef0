import { PICTURE_ACTIVE_ATTRIBUTE, PICTURE_OPEN_ATTRIBUTE, PRERENDER_ELEMENT_ID } from './prerenderConstants';

/** What the user did on the picture's map before the app took over (picture-input.js). */
export interface PictureInput {
  /** The country clicked or opened with Enter: the app opens its panel. */
  open: string | null;
  /** The country the keyboard is on. */
  active: string | null;
  /** Whether the picture's map had the focus: the live map takes it. */
  focused: boolean;
}

const ISO3 = /^[A-Z]{3}$/;

/**
 * Reads what was asked of the picture's map while the app's code loaded, so the live map carries it on: the
 * panel asked for opens, the keyboard stays on its country and the focus on the map. Null when nothing was asked (or
 * there is no picture: it leaves the page in the live map's first commit). Attributes only; nothing laid out.
 */
export function takePictureInput(): PictureInput | null {
  if (typeof document === 'undefined') return null;
  const picture = document.getElementById(PRERENDER_ELEMENT_ID);
  if (!picture) return null;
  const read = (name: string) => {
    const value = picture.getAttribute(name);
    return value && ISO3.test(value) ? value : null;
  };
  const open = read(PICTURE_OPEN_ATTRIBUTE);
  const active = read(PICTURE_ACTIVE_ATTRIBUTE);
  const focused = !!document.activeElement?.closest(`#${PRERENDER_ELEMENT_ID} .map-frame`);
  return open || active || focused ? { open, active, focused } : null;
}
