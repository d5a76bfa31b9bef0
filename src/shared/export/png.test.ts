import { describe, expect, it } from 'vitest';
import { crc32, readPngSize, readPngText, withPngText } from './png';

/** A 1×1 PNG (IHDR, IDAT, IEND), as a browser's canvas writes one. */
const ONE_PIXEL = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

describe('crc32', () => {
  it('matches the check value of the PNG specification', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('withPngText', () => {
  it('writes UTF-8 text chunks a reader gets back, after the header, keeping the image', () => {
    const png = withPngText(ONE_PIXEL, {
      Title: 'Tiers, 2020 report – Côte d’Ivoire',
      Source: 'https://atlas.example/?year=2020',
    });
    expect(readPngSize(png)).toEqual({ width: 1, height: 1 });
    expect(readPngText(png)).toEqual({
      Title: 'Tiers, 2020 report – Côte d’Ivoire',
      Source: 'https://atlas.example/?year=2020',
    });
    // Every chunk's CRC is right, or viewers reject the file.
    const view = new DataView(png.buffer);
    for (let at = 8; at < png.length;) {
      const length = view.getUint32(at);
      expect(view.getUint32(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
      at += 12 + length;
    }
    expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
    expect(new TextDecoder().decode(png.subarray(-8, -4))).toBe('IEND');
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => withPngText(new Uint8Array(30), { Title: 'x' })).toThrow('Not a PNG.');
  });
});
