/**
 * SVG → PNG in the browser: the SVG (fonts embedded) is decoded as an image from a blob: URL, which the app's CSP
 * allows, drawn onto a canvas at the target pixel size and encoded.
 */

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The browser could not draw the exported SVG.'));
    img.src = url;
  });
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

export async function svgToPng(svg: string, pixelWidth: number, pixelHeight: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = await loadImage(url);
    // Fonts inside an SVG image are decoded with it; decode() plus a frame lets them settle before drawing.
    await img.decode().catch(() => undefined);
    await nextFrame();
    const canvas = document.createElement('canvas');
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser has no canvas to draw the image on.');
    ctx.drawImage(img, 0, 0, pixelWidth, pixelHeight);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob)
      throw new Error(`The browser could not encode a ${pixelWidth}×${pixelHeight} PNG (too large?).`);
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.slice(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
