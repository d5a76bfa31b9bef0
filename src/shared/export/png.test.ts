import { describe, expect, it } from 'vitest';
import { crc32, readPngDpi, readPngSize, readPngText, withPngText } from './png';

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

  it.each([
    [1, 96],
    [2, 192],
    [3, 288],
  ])('marks a %i× export as %i dpi in a pHYs chunk before the image data, keeping the text', (scale, dpi) => {
    const png = withPngText(ONE_PIXEL, { Title: 'Tiers' }, { dpi: 96 * scale });
    const read = readPngDpi(png)!;
    // Pixels per metre are whole numbers: 96 dpi is 3780 px/m, which reads back as 96.01 dpi.
    expect(read.x).toBeCloseTo(dpi, 1);
    expect(read.y).toBeCloseTo(dpi, 1);
    expect(readPngText(png)).toEqual({ Title: 'Tiers' });
    expect(readPngSize(png)).toEqual({ width: 1, height: 1 });
  });

  it('keeps a single pHYs chunk when the encoder already wrote one', () => {
    const twice = withPngText(withPngText(ONE_PIXEL, {}, { dpi: 72 }), {}, { dpi: 192 });
    const text = new TextDecoder('latin1').decode(twice);
    expect(text.split('pHYs')).toHaveLength(2);
    expect(readPngDpi(twice)!.x).toBeCloseTo(192, 1);
  });

  it('has no resolution without a pHYs chunk', () => {
    expect(readPngDpi(ONE_PIXEL)).toBeNull();
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => withPngText(new Uint8Array(30), { Title: 'x' })).toThrow('Not a PNG.');
  });
});
