import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodePackLink, encodePackLink, encodePackLinkV1 } from './packCodec';
import type { Slide } from './packState';

const slides: Slide[] = [
  { q: '?year=2020', t: 'Tiers in 2020', n: 'Belarus on Tier 3 — “note”\nsecond line' },
  { q: '?view=compare&countries=BLR,SRB', t: 'مقارنة 👋', n: '' },
];
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('encodePackLink', () => {
  it('round-trips slides, including non-ASCII text, through a URL-safe, versioned string', () => {
    const encoded = encodePackLink(slides);
    expect(encoded).toMatch(/^2\.[A-Za-z0-9_-]+$/);
    expect(decodePackLink(encoded)).toEqual({ status: 'valid', data: slides });
  });

  it('compresses: ten slides of 2,000-character prose notes fit in a link a quarter the length of version 1', () => {
    const prose = 'Serbia moved to the Watch List while prosecutions fell and identified victims rose. ';
    const long = Array.from({ length: 10 }, (_, i) => ({
      q: `?year=${2010 + i}`,
      t: `Slide ${i}`,
      n: prose.repeat(25).slice(0, 2_000),
    }));
    expect(encodePackLink(long).length * 4).toBeLessThan(encodePackLinkV1(long).length);
  });
});

describe('decodePackLink', () => {
  it('reads a version 1 link (made before 2026-12-05)', () => {
    expect(decodePackLink(encodePackLinkV1(slides))).toEqual({ status: 'valid', data: slides });
  });

  it('reports a missing pack as missing and unreadable text with a reason', () => {
    expect(decodePackLink(null)).toEqual({ status: 'missing' });
    expect(decodePackLink('%%%')).toEqual({
      status: 'invalid',
      reason: 'The briefing pack in the link could not be read',
    });
    expect(decodePackLink('2.AAAA')).toMatchObject({ status: 'invalid' });
  });

  it('refuses a very long link and one that unpacks into megabytes', () => {
    expect(decodePackLink('a'.repeat(30_000))).toMatchObject({ status: 'invalid' });
    const bomb = `2.${b64(deflateSync(new TextEncoder().encode(`[${'0,'.repeat(2_000_000)}0]`)))}`;
    expect(bomb.length).toBeLessThan(20_000);
    expect(decodePackLink(bomb)).toEqual({
      status: 'invalid',
      reason: 'The briefing pack in the link unpacks to more than a pack can hold',
    });
  });
});
