import { describe, expect, it } from 'vitest';
import { packFileText, readPackFile } from './packFile';
import type { Slide } from './packState';

const slides: Slide[] = [
  { q: '?year=2012', t: 'The 2012 map', n: 'Line one\nline two\tand a tab 👋' },
  { q: '', t: 'مقارنة', n: '' },
];

describe('packFileText', () => {
  it('writes a small versioned JSON file that reads back slide for slide', () => {
    const text = packFileText(slides, new Date('2026-12-05T08:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({
      format: 'tip-atlas-briefing-pack',
      version: 2,
      saved: '2026-12-05T08:00:00.000Z',
    });
    expect(readPackFile(text)).toEqual({ status: 'valid', slides, setAside: [], problems: [] });
  });
});

describe('readPackFile', () => {
  it('refuses what is not a pack file, saying why', () => {
    expect(readPackFile('not json')).toEqual({
      status: 'invalid',
      reason: 'The file is not a briefing pack (it is not JSON)',
    });
    expect(readPackFile('{"format":"other"}')).toMatchObject({
      reason: 'The file is not a TIP Atlas briefing pack',
    });
    expect(readPackFile('{"format":"tip-atlas-briefing-pack","version":9,"slides":[]}')).toMatchObject({
      reason: expect.stringMatching(/version 9, which this app does not read/),
    });
  });

  it('keeps the readable slides of a damaged file and names the others', () => {
    const text = JSON.stringify({
      format: 'tip-atlas-briefing-pack',
      version: 2,
      slides: [
        { view: '?year=2012', title: 'Good', note: '' },
        { view: 'javascript:alert(1)', title: 'Bad', note: '' },
        7,
      ],
    });
    const read = readPackFile(text);
    expect(read).toMatchObject({ status: 'valid', slides: [{ q: '?year=2012', t: 'Good', n: '' }] });
    expect(read.status === 'valid' && read.problems).toEqual([
      'slide 2 was set aside: its link is a “javascript:” link, not a view of TIP Atlas',
      'slide 3 could not be read and was set aside',
    ]);
  });
});
