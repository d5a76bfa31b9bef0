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

let crcTable: Uint32Array | null = null;

/** CRC-32 of a PNG chunk's type and data (ISO 3309, as the PNG specification gives it). */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = crcTable[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** An uncompressed iTXt chunk: a keyword and UTF-8 text (tEXt is Latin-1 only; titles have "–" and "’"). */
function itxtChunk(keyword: string, text: string): Uint8Array {
  const enc = new TextEncoder();
  // keyword \0, compression flag 0, method 0, empty language tag \0, empty translated keyword \0, text.
  const data = new Uint8Array([...enc.encode(keyword), 0, 0, 0, 0, 0, ...enc.encode(text)]);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(enc.encode('iTXt'), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/** PNG text keywords the specification registers, the ones an export fills. */
export type PngTextKey = 'Title' | 'Description' | 'Source' | 'Comment' | 'Creation Time' | 'Software';

/**
 * Writes text metadata into a PNG right after its header chunk, so the file itself says what it shows, the link
 * that reopens it and how to cite it (image viewers and `exiftool` show these).
 */
export function withPngText(
  png: Uint8Array,
  entries: Partial<Record<PngTextKey, string>>,
): Uint8Array<ArrayBuffer> {
  if (!readPngSize(png)) throw new Error('Not a PNG.');
  const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
  const chunks = Object.entries(entries)
    .filter(([, text]) => text)
    .map(([key, text]) => itxtChunk(key, text!));
  const out = new Uint8Array(png.length + chunks.reduce((n, c) => n + c.length, 0));
  out.set(png.subarray(0, ihdrEnd), 0);
  let at = ihdrEnd;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(ihdrEnd), at);
  return out;
}

/** The iTXt entries of a PNG, for tests and for reading an export back. */
export function readPngText(png: Uint8Array): Record<string, string> {
  const dec = new TextDecoder();
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found: Record<string, string> = {};
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = dec.decode(png.subarray(at + 4, at + 8));
    if (type === 'iTXt') {
      const data = png.subarray(at + 8, at + 8 + length);
      const keyEnd = data.indexOf(0);
      let textStart = keyEnd + 3;
      textStart = data.indexOf(0, textStart) + 1; // language tag
      textStart = data.indexOf(0, textStart) + 1; // translated keyword
      found[dec.decode(data.subarray(0, keyEnd))] = dec.decode(data.subarray(textStart));
    }
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return found;
}
