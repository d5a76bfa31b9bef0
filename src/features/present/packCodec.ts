/**
 * The briefing pack in a link (`?pack=`). Loaded on demand (it brings the deflate code of fflate): when a link holds
 * a pack, or when the first slide is pinned.
 *
 * Version 2 (since 2026-12-05): "2." + base64url of the raw-deflated UTF-8 JSON `[[q, t, n], …]`.
 * Version 1 (links made before 2026-12-05): base64url of the UTF-8 JSON `[{ "q", "t", "n" }, …]`, uncompressed. Such
 * links keep opening; the app rewrites the address in version 2 once it has read them.
 */
import { deflateSync, inflateSync } from 'fflate';
import type { Slide } from './packState';
import { MAX_PACK_JSON_BYTES, MAX_PACK_PARAM_LENGTH } from './presentConstants';
import { formatNumber } from '../../data/englishText';

const V2_PREFIX = '2.';

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Uint8Array => {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};

/** The pack as a link parameter (version 2, compressed). */
export function encodePackLink(slides: readonly Slide[]): string {
  const json = JSON.stringify(slides.map((s) => [s.q, s.t, s.n]));
  return V2_PREFIX + toBase64Url(deflateSync(new TextEncoder().encode(json), { level: 9 }));
}

/** The version 1 encoding, kept to test that old links still open. */
export function encodePackLinkV1(slides: readonly unknown[]): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(slides)));
}

export type PackLinkParse =
  { status: 'valid'; data: unknown } | { status: 'invalid'; reason: string } | { status: 'missing' };

const fromTuple = (item: unknown): unknown =>
  Array.isArray(item) && item.length === 3 ? { q: item[0], t: item[1], n: item[2] } : item;

/** Reads a pack parameter into raw data for `readSlides` (which checks it slide by slide). Never throws. */
export function decodePackLink(raw: string | null): PackLinkParse {
  if (raw === null || raw === '') return { status: 'missing' };
  if (raw.length > MAX_PACK_PARAM_LENGTH)
    return {
      status: 'invalid',
      reason: `The briefing pack in the link is too long (${formatNumber(raw.length)} characters)`,
    };
  try {
    if (raw.startsWith(V2_PREFIX)) {
      // A bound on the inflated size: a small link must not unpack into megabytes.
      const out = inflateSync(fromBase64Url(raw.slice(V2_PREFIX.length)), {
        out: new Uint8Array(MAX_PACK_JSON_BYTES + 1),
      });
      if (out.length > MAX_PACK_JSON_BYTES)
        return {
          status: 'invalid',
          reason: 'The briefing pack in the link unpacks to more than a pack can hold',
        };
      const data: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(out));
      return { status: 'valid', data: Array.isArray(data) ? data.map(fromTuple) : data };
    }
    const text = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(raw));
    return { status: 'valid', data: JSON.parse(text) as unknown };
  } catch {
    return { status: 'invalid', reason: 'The briefing pack in the link could not be read' };
  }
}
