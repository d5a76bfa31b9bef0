import { describe, expect, it } from 'vitest';
import { prefixIds } from './prerenderHtml';

describe('prefixIds', () => {
  it('prefixes ids and the fills that point at them', () => {
    const html =
      '<svg><defs><pattern id="tm-wl"></pattern></defs><path fill="url(#tm-wl)" d="M0,0"></path></svg>';
    expect(prefixIds(html, 'pre-')).toBe(
      '<svg><defs><pattern id="pre-tm-wl"></pattern></defs><path fill="url(#pre-tm-wl)" d="M0,0"></path></svg>',
    );
  });

  it('prefixes every id of an ARIA id list, label targets and in-page links', () => {
    const html =
      '<a href="#main">Skip</a><section aria-labelledby="map-title note"><label for="q">Find</label></section>';
    expect(prefixIds(html, 'pre-')).toBe(
      '<a href="#pre-main">Skip</a><section aria-labelledby="pre-map-title pre-note"><label for="pre-q">Find</label></section>',
    );
  });

  it('leaves attributes that only end in "id" and links to other pages alone', () => {
    const html = '<p data-testid="map-subtitle"><a href="?view=trends">Trends</a></p>';
    expect(prefixIds(html, 'pre-')).toBe(html);
  });
});
