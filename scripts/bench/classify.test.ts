import { describe, expect, it } from 'vitest';
import { classifyUrl } from './classify';

const at = (path: string) => `http://127.0.0.1:4000${path}`;

describe('classifyUrl', () => {
  it('puts the dataset files under data', () => {
    expect(classifyUrl(at('/data/core.json'))).toBe('data');
    expect(classifyUrl(at('/data/facts.json?x=1'))).toBe('data');
  });

  it('recognises map geometry shipped as its own asset', () => {
    expect(classifyUrl(at('/assets/countries-110m-Ab12.json'))).toBe('geometry');
    expect(classifyUrl(at('/assets/world.topojson'))).toBe('geometry');
  });

  it('separates scripts, styles, fonts and the page itself', () => {
    expect(classifyUrl(at('/assets/index-x.js'))).toBe('js');
    expect(classifyUrl(at('/assets/index-x.css'))).toBe('css');
    expect(classifyUrl(at('/assets/inter-latin-400-normal-x.woff2'))).toBe('fonts');
    expect(classifyUrl(at('/'))).toBe('document');
    expect(classifyUrl(at('/favicon.svg'))).toBe('other');
  });
});
