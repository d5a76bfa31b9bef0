import { describe, expect, it } from 'vitest';
import { cleanText, cleanTextMessage, oneLine } from './packText';

describe('cleanText', () => {
  it('turns PowerPoint’s soft line break (U+000B) into a space in a title and a line break in a note', () => {
    expect(cleanText('Tier map\u000b2012', 'title').text).toBe('Tier map 2012');
    expect(cleanText('First\u000bsecond', 'note').text).toBe('First\nsecond');
  });

  it('removes the control characters an SVG cannot hold, U+FFFE/U+FFFF and lone surrogates', () => {
    const raw = 'a\u0000b\u0008c\u000cd\u000ee\u001ff\ufffeg\uffffh\ud800i\udc00j';
    const result = cleanText(raw, 'note');
    expect(result.text).toBe('abcdefghij');
    expect(result.replaced).toBe(9);
  });

  it('keeps emoji, Arabic, tabs in notes and ordinary line breaks in notes', () => {
    expect(cleanText('مرحبا 👋\tok\r\nnext', 'note').text).toBe('مرحبا 👋\tok\nnext');
  });

  it('cuts to the limit without splitting an emoji, and says it did', () => {
    const title = cleanText(`${'a'.repeat(139)}👋`, 'title');
    expect(title).toEqual({ text: 'a'.repeat(139), cut: true, replaced: 0 });
    expect(cleanTextMessage(title, 'title')).toBe('Cut to 140 characters, the most a title can hold.');
    expect(cleanText('n'.repeat(2_001), 'note').text).toHaveLength(2_000);
  });

  it('says nothing about text it did not change', () => {
    expect(cleanTextMessage(cleanText('Belarus', 'title'), 'title')).toBeNull();
  });
});

describe('oneLine', () => {
  it('escapes line breaks and backslashes so text cannot start a line of its own', () => {
    expect(oneLine('Title\nLink: https://evil.example\\n')).toBe('Title\\nLink: https://evil.example\\\\n');
    expect(oneLine('a\r\nb\u2028c')).toBe('a\\nb\\nc');
  });
});
