import { describe, expect, it } from 'vitest';
import { coreFixture, factsFixture } from '../../test/fixtures';
import { factsTableModel, sourceCards, type FactsTableState } from './sourcesModel';

const all: FactsTableState = { query: '', conflictsOnly: false, sortKey: 'country', direction: 'ascending' };

describe('sourceCards', () => {
  it('writes each source’s card with its licence in words and leaves out what the registry does not give', () => {
    const doc = sourceCards(coreFixture).find((c) => c.id === 'doc-001-abc')!;
    const terms = Object.fromEntries(doc.fields.map((f) => [f.term, f.value]));
    expect(terms).toMatchObject({
      Kind: 'Source document',
      Author: 'A. Writer',
      Licence: 'Short quotes only, as evidence',
      'Source id': 'doc-001-abc',
    });
    expect(terms).not.toHaveProperty('Publisher');
    expect(terms).not.toHaveProperty('Address');
  });
});

describe('factsTableModel', () => {
  it('counts every fact and those in a conflict, and lists each conflict with the facts on its sides', () => {
    const model = factsTableModel(coreFixture, factsFixture, all);
    expect(model.total).toBe(2);
    expect(model.inConflict).toBe(1);
    expect(model.conflicts).toEqual([
      {
        id: 'tier-BLR-2020-doc001-02',
        kind: 'Document against the tier table',
        description: 'The document places BLR on Tier 2 in the 2020 report; the tier table says Tier 3.',
        factIds: ['doc001-02'],
      },
    ]);
  });

  it('sorts the rows by country name and reverses them on request', () => {
    const up = factsTableModel(coreFixture, factsFixture, all).rows.map((r) => r.placeName);
    expect(up).toEqual(['Belarus', 'Serbia']);
    const down = factsTableModel(coreFixture, factsFixture, { ...all, direction: 'descending' }).rows;
    expect(down.map((r) => r.placeName)).toEqual(['Serbia', 'Belarus']);
  });

  it('keeps only the facts the search finds, or those in a conflict', () => {
    expect(
      factsTableModel(coreFixture, factsFixture, { ...all, query: 'belarus' }).rows.map((r) => r.id),
    ).toEqual(['doc001-02']);
    expect(
      factsTableModel(coreFixture, factsFixture, { ...all, conflictsOnly: true }).rows.map((r) => r.id),
    ).toEqual(['doc001-02']);
  });

  it('writes each row as the table reads: year kind, value with its unit, document and conflict text', () => {
    const rows = factsTableModel(coreFixture, factsFixture, all).rows;
    const serbia = rows.find((r) => r.id === 'doc001-01')!;
    expect(serbia).toMatchObject({
      placeName: 'Serbia',
      onMap: true,
      year: '2020',
      isDataYear: true,
      article: 'Human Trafficking in Serbia',
      author: null,
      document: 'document 001, doc001-01',
      quote: 'Serbian courts convicted 18 traffickers in 2020',
      conflicts: [],
    });
    expect(serbia.value).toMatch(/^18\b/);
    const belarus = rows.find((r) => r.id === 'doc001-02')!;
    expect(belarus.isDataYear).toBe(false);
    expect(belarus.conflicts).toEqual([
      'The document places BLR on Tier 2 in the 2020 report; the tier table says Tier 3.',
    ]);
  });
});
