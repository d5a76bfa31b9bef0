import { describe, expect, it } from 'vitest';
import { embedLink, embedSnippet, isEmbed } from './embed';

describe('embedSnippet', () => {
  it('gives an iframe of the view’s link with embed=1, titled with the view’s title', () => {
    expect(
      embedSnippet('https://atlas.example/?view=trends&countries=SRB', 'Serbia: "convictions" <2020>'),
    ).toBe(
      '<iframe src="https://atlas.example/?view=trends&amp;countries=SRB&amp;embed=1" title="Serbia: &quot;convictions&quot; &lt;2020&gt;" width="100%" height="640" style="border:0" loading="lazy"></iframe>',
    );
  });
});

describe('embedLink', () => {
  it('adds embed=1 once', () => {
    expect(embedLink('https://atlas.example/?embed=1&year=2020')).toBe(
      'https://atlas.example/?embed=1&year=2020',
    );
  });
});

describe('isEmbed', () => {
  it('is on only for embed=1', () => {
    expect([isEmbed('?embed=1'), isEmbed('?embed=0'), isEmbed('?year=2020'), isEmbed('')]).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});
