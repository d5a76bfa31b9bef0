import { describe, expect, it } from 'vitest';
import { buildDeck, containBox, sourcePages } from './buildDeck';
import { deckInput, deckSlide } from './deck.fixture';
import { readDeck } from './readDeck';
import type { DeckSource } from './deckTypes';

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('buildDeck', () => {
  it('writes a title slide, one slide per view and a closing sources slide', async () => {
    const slides = await bytesOf(await buildDeck(deckInput([deckSlide(1), deckSlide(2), deckSlide(3)])));
    const deck = readDeck(slides);
    expect(deck).toHaveLength(5);
    expect(deck[0]!.text).toContain('Mekong briefing');
    expect(deck.at(-1)!.title).toBe('Sources');
  });

  it('puts the pack title, date, dataset version, data-as-of line and pack link on the title slide', async () => {
    const [cover] = readDeck(await bytesOf(await buildDeck(deckInput([deckSlide(1)]))));
    expect(cover!.text).toContain('2026-12-05');
    expect(cover!.text).toContain('dataset version 2da89c53a726');
    expect(cover!.text).toContain(
      'Data as of: U.S. TIP Report 2025 (tiers); UNODC GLOTIP country data, release of 30 May 2023',
    );
    expect(cover!.hyperlinks).toEqual(['https://atlas.example/?pack=abc']);
  });

  it('writes each slide title as the title placeholder’s text, markup characters kept as text', async () => {
    const deck = readDeck(await bytesOf(await buildDeck(deckInput([deckSlide(1), deckSlide(2)]))));
    expect(deck.slice(1, 3).map((s) => s.title)).toEqual([
      'Slide title 1 & <Belarus>',
      'Slide title 2 & <Belarus>',
    ]);
  });

  it('embeds each chart PNG with its alt text', async () => {
    const deck = readDeck(await bytesOf(await buildDeck(deckInput([deckSlide(1), deckSlide(2)]))));
    for (const [i, s] of deck.slice(1, 3).entries()) {
      expect(s.images).toHaveLength(1);
      expect(s.images[0]!.target).toMatch(/^ppt\/media\/.+\.png$/);
      expect(s.images[0]!.bytes).toBeGreaterThan(60);
      expect(s.images[0]!.altText).toBe(`World map of TIP tiers, 202${i + 1} report.`);
    }
  });

  it('writes the speaker note to the notes pane and the source, caveat and link as text at the foot', async () => {
    const [, slide] = readDeck(await bytesOf(await buildDeck(deckInput([deckSlide(4)]))));
    expect(slide!.notes).toBe('Speaker note 4: say what the tiers measure.');
    expect(slide!.text).toContain(
      'Source: U.S. Department of State, Trafficking in Persons Report (U.S. TIP Report 2024)',
    );
    expect(slide!.text).toContain(
      'Note: Tiers rate a government’s efforts, not how much trafficking a country has.',
    );
    expect(slide!.hyperlinks).toEqual(['https://atlas.example/?view=map&year=2024']);
    expect(slide!.text).not.toContain('Speaker note');
  });

  it('writes a slide without a chart as text that says so, with its link', async () => {
    const [, slide] = readDeck(
      await bytesOf(await buildDeck(deckInput([deckSlide(1, { png: null, caveat: null, note: '' })]))),
    );
    expect(slide!.images).toHaveLength(0);
    expect(slide!.text).toContain('This view has no chart image');
    expect(slide!.hyperlinks).toEqual(['https://atlas.example/?view=map&year=2021']);
    expect(slide!.notes).toBe('');
  });

  it('cites every source with its licence and attribution on the closing slide', async () => {
    const deck = readDeck(await bytesOf(await buildDeck(deckInput([deckSlide(1)]))));
    const sources = deck.at(-1)!.text;
    expect(sources).toContain(
      'U.S. Department of State, Trafficking in Persons Report, editions 2001–2025 — Licence: Public domain (U.S. government work)',
    );
    expect(sources).toContain(
      'UNODC, data_glotip.xlsx, release of 30 May 2023 — Licence: Reuse with attribution. Attribution: Source: UNODC, Global Report on Trafficking in Persons',
    );
  });

  it('continues the sources on further slides when they do not fit on one, losing none', async () => {
    const many: DeckSource[] = Array.from({ length: 30 }, (_, i) => ({
      citation: `Source number ${i} ${'with a long citation '.repeat(8)}`,
      licence: 'MIT licence',
      attribution: null,
    }));
    const deck = readDeck(await bytesOf(await buildDeck(deckInput([deckSlide(1)], { sources: many }))));
    const closing = deck.slice(2);
    expect(closing.length).toBeGreaterThan(1);
    expect(closing.map((s) => s.title)).toEqual([
      'Sources',
      ...closing.slice(1).map(() => 'Sources (continued)'),
    ]);
    for (let i = 0; i < 30; i++)
      expect(closing.some((s) => s.text.includes(`Source number ${i} `))).toBe(true);
  });
});

describe('containBox', () => {
  it('fits a 16:9 image to a 16:9 box exactly and centres a square one', () => {
    expect(containBox(3840, 2160, { x: 1, y: 1, w: 16, h: 9 })).toEqual({ x: 1, y: 1, w: 16, h: 9 });
    expect(containBox(100, 100, { x: 0, y: 0, w: 16, h: 9 })).toEqual({ x: 3.5, y: 0, w: 9, h: 9 });
  });
});

describe('sourcePages', () => {
  it('gives one empty page when there is no source, so the closing slide still says so', () => {
    expect(sourcePages([])).toEqual([[]]);
  });
});

describe('buildDeck without a pack link', () => {
  it('says the pack is too long for a link instead of writing a broken one', async () => {
    const [cover] = readDeck(await bytesOf(await buildDeck(deckInput([deckSlide(1)], { packLink: null }))));
    expect(cover!.hyperlinks).toEqual([]);
    expect(cover!.text).toContain('The pack is too long for a link');
  });
});
