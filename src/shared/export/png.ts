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
  return chunk('iTXt', new Uint8Array([...enc.encode(keyword), 0, 0, 0, 0, 0, ...enc.encode(text)]));
}

/** A chunk of the given type and data, with its length and CRC. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const METRES_PER_INCH = 0.0254;
/** CSS's reference resolution: a 1× export is 96 dpi, 2× 192 and 3× 288, so it lands at its logical size. */
export const CSS_DPI = 96;

/** A pHYs chunk: pixels per metre on both axes, unit metre (the PNG specification's only physical unit). */
function physChunk(dpi: number): Uint8Array {
  const perMetre = Math.round(dpi / METRES_PER_INCH);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, perMetre);
  view.setUint32(4, perMetre);
  data[8] = 1;
  return chunk('pHYs', data);
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
  options: { dpi?: number } = {},
): Uint8Array<ArrayBuffer> {
  if (!readPngSize(png)) throw new Error('Not a PNG.');
  const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
  // A pHYs chunk the encoder wrote is replaced (a PNG may hold only one), so the export's resolution wins.
  const rest = withoutChunk(png.subarray(ihdrEnd), 'pHYs');
  const chunks = [
    ...(options.dpi ? [physChunk(options.dpi)] : []),
    ...Object.entries(entries)
      .filter(([, text]) => text)
      .map(([key, text]) => itxtChunk(key, text!)),
  ];
  const out = new Uint8Array(ihdrEnd + rest.length + chunks.reduce((n, c) => n + c.length, 0));
  out.set(png.subarray(0, ihdrEnd), 0);
  let at = ihdrEnd;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(rest, at);
  return out;
}

/** The chunks in `bytes` (a run of whole chunks) without those of one type. */
function withoutChunk(bytes: Uint8Array, type: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [];
  for (let at = 0; at + 12 <= bytes.length;) {
    const end = at + 12 + view.getUint32(at);
    if (new TextDecoder().decode(bytes.subarray(at + 4, at + 8)) !== type) kept.push(bytes.subarray(at, end));
    at = end;
  }
  const out = new Uint8Array(kept.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of kept) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The resolution a PNG's pHYs chunk gives, in dots per inch (null without one, or in unknown units). */
export function readPngDpi(png: Uint8Array): { x: number; y: number } | null {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = new TextDecoder().decode(png.subarray(at + 4, at + 8));
    if (type === 'pHYs' && length === 9 && png[at + 16] === 1)
      return {
        x: view.getUint32(at + 8) * METRES_PER_INCH,
        y: view.getUint32(at + 12) * METRES_PER_INCH,
      };
    if (type === 'IDAT' || type === 'IEND') return null;
    at += 12 + length;
  }
  return null;
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
