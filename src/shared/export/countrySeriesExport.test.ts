import { describe, expect, it } from 'vitest';
import { factsFixture } from '../../test/fixtures';
import { mergeSameFigures } from './countrySeriesExport';

describe('mergeSameFigures', () => {
  const base = factsFixture.facts[0]!;
  const other = { ...base, id: 'doc001-64', title: 'Another article', author: 'Caterina Rossi' };

  it('gives two articles quoting the same figure one group, so the download has one row crediting both', () => {
    expect(mergeSameFigures([base, other]).map((g) => g.map((f) => f.id))).toEqual([[base.id, 'doc001-64']]);
  });

  it('keeps figures apart that differ in value, year or source', () => {
    const groups = mergeSameFigures([
      base,
      { ...other, value: (base.value as number) + 1 },
      { ...other, year: base.year + 1 },
      { ...other, source: 'doc-002-x' },
    ]);
    expect(groups).toHaveLength(4);
  });
});
