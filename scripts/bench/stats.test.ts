import { describe, expect, it } from 'vitest';
import { kb, summarize } from './stats';

describe('summarize', () => {
  it('takes the middle value of an odd count', () => {
    expect(summarize([5, 1, 9, 3, 7])).toEqual({ median: 5, min: 1, max: 9, n: 5 });
  });

  it('averages the two middle values of an even count', () => {
    expect(summarize([4, 1, 2, 3]).median).toBe(2.5);
  });

  it('refuses an empty list rather than reporting zeros', () => {
    expect(() => summarize([])).toThrow(/at least one/);
  });
});

describe('kb', () => {
  it('converts bytes to kibibytes with one decimal', () => {
    expect(kb(153_600)).toBe(150);
    expect(kb(1500)).toBe(1.5);
  });
});
