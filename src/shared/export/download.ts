import { REVOKE_DELAY_MS } from './exportConstants';

/** Saves a blob under a file name through a temporary link (works for blob: URLs under the app's CSP). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}

export type CopyResult = { ok: true } | { ok: false; reason: string };

const explain = (e: unknown): string => {
  const name = e instanceof DOMException ? e.name : '';
  if (name === 'NotAllowedError')
    return 'The browser did not allow copying to the clipboard (permission denied or the page is not focused).';
  return `The browser could not copy to the clipboard${e instanceof Error ? ` (${e.message})` : ''}.`;
};

/**
 * Copies a PNG to the clipboard. The blob is passed as a promise so the click's user activation still counts when
 * the image takes a while to render (Chrome, Safari).
 */
export async function copyImage(png: Promise<Blob>): Promise<CopyResult> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    png.catch(() => undefined);
    return {
      ok: false,
      reason: 'This browser does not let web pages copy images. Download the PNG and paste it from the file.',
    };
  }
  if (typeof ClipboardItem.supports === 'function' && !ClipboardItem.supports('image/png')) {
    png.catch(() => undefined);
    return {
      ok: false,
      reason: 'This browser cannot put PNG images on the clipboard. Download the PNG instead.',
    };
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: `${explain(e)} Download the PNG instead.` };
  }
}

export async function copyText(text: string): Promise<CopyResult> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard access');
    await navigator.clipboard.writeText(text);
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: `${explain(e)} Select the link and copy it by hand.` };
  }
}
