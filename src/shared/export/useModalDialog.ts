import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal's behaviour: the page behind (#root) is inert while it is open, focus goes to its checked radio, Esc closes
 * it from anywhere unless it is busy, and Tab cycles inside it. Returns the ref for the dialog element and its
 * keydown handler.
 *
 * Layout effects, not passive ones: the dialog's code loads on the first click, so React commits it outside that
 * click, and a passive effect then runs only after the browser has painted and handled pending input. An Esc
 * pressed the instant the dialog showed went unheard and focus stayed on the page behind.
 */
export function useModalDialog(busy: boolean, onClose: () => void) {
  const dialogRef = useRef<HTMLDivElement>(null);

  // The page behind is inert while the dialog is open, and focus goes in.
  useLayoutEffect(() => {
    const root = document.getElementById('root');
    root?.setAttribute('inert', '');
    const first = dialogRef.current?.querySelector<HTMLElement>('input[type="radio"]:checked');
    first?.focus();
    return () => root?.removeAttribute('inert');
  }, []);

  // Esc closes from anywhere while the dialog is open (focus may sit on the preview after a click).
  useLayoutEffect(() => {
    const onEscape = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || busy) return;
      e.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', onEscape);
    return () => document.removeEventListener('keydown', onEscape);
  }, [busy, onClose]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Tab' || !dialogRef.current) return;
    const items = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) =>
        !el.matches(':disabled') && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
    );
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return { dialogRef, onKeyDown };
}
