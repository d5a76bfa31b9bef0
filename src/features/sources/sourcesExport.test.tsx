import { describe, expect, it } from 'vitest';
import { buildCsv, parseCsvRows } from '../../shared/export/dataExport';
import { coreFixture } from '../../test/fixtures';
import { layoutSourceList, sourcesExportSpec } from './sourcesExport';

const spec = () =>
  sourcesExportSpec({
    core: coreFixture,
    viewSize: { width: 1200, height: 672 },
    link: 'https://atlas.example/?view=sources',
  });

describe('sourcesExportSpec', () => {
  it('titles the slide and counts the tables and documents', () => {
    const tables = coreFixture.sources.filter((s) => s.kind === 'table').length;
    expect(spec().title).toBe('Where the numbers come from: the sources of TIP Atlas');
    expect(spec().subtitle).toContain(`${tables} data tables`);
    expect(spec().fileStem).toBe('tip-sources_test');
  });

  it('exports one row per source with its citation, licence and id', () => {
    const rows = parseCsvRows(buildCsv(spec()));
    const header = rows[0]!;
    expect(rows.slice(1).map((r) => r[header.indexOf('id')])).toEqual(coreFixture.sources.map((s) => s.id));
    for (const [i, s] of coreFixture.sources.entries())
      expect(rows[i + 1]![header.indexOf('citation')]).toBe(s.citation);
  });
});

describe('layoutSourceList', () => {
  it('places every source inside the box', () => {
    const lines = layoutSourceList(coreFixture.sources, 1400, 700)!;
    // A title may wrap onto two lines; read back, each title is whole (not cut with "…").
    const titles = lines
      .filter((l) => l.bold)
      .map((l) => l.text)
      .join(' ');
    for (const s of coreFixture.sources) expect(titles).toContain(s.title);
    for (const l of lines) expect(l.y).toBeLessThanOrEqual(700);
  });

  it('gives up rather than overflow a box too small for the list', () => {
    expect(layoutSourceList(coreFixture.sources, 200, 20)).toBeNull();
  });
});
