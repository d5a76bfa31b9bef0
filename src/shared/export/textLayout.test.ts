import { describe, expect, it } from 'vitest';
import { wrapText } from './textLayout';

/** Every character 10 px wide at any size: easy to reason about. */
const mono = (text: string) => text.length * 10;

describe('wrapText', () => {
  it('keeps text that fits on one line', () => {
    expect(wrapText('Tier 1 and Tier 2', 200, 12, 400, Infinity, mono)).toEqual(['Tier 1 and Tier 2']);
  });

  it('breaks between words at the width', () => {
    expect(wrapText('one two three four', 90, 12, 400, Infinity, mono)).toEqual(['one two', 'three', 'four']);
  });

  it('breaks a long link at its punctuation rather than mid-word', () => {
    const lines = wrapText(
      'https://atlas.example/?view=compare&countries=BLR,SRB',
      300,
      12,
      400,
      Infinity,
      mono,
    );
    expect(lines.join('')).toBe('https://atlas.example/?view=compare&countries=BLR,SRB');
    expect(lines.every((l) => l.length <= 30)).toBe(true);
    expect(lines[0]).toMatch(/[/?&=]$/);
  });

  it('ends the last allowed line with an ellipsis when text is cut', () => {
    const lines = wrapText('one two three four five six', 90, 12, 400, 2, mono);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(mono(lines[1]!)).toBeLessThanOrEqual(90);
  });
});
