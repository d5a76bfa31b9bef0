import { autoType, csvParse } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDataZip, buildReadme } from './dataPackage';
import { fixtureSpec } from './exportSpec.fixture';

describe('buildDataZip', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
  const files = unzipSync(buildDataZip(fixtureSpec(), '2026-11-22', png));

  it('holds data.csv, metadata.json, README.md and the chart', () => {
    expect(Object.keys(files).sort()).toEqual(['README.md', 'chart.png', 'data.csv', 'metadata.json']);
    expect([...files['chart.png']!]).toEqual([...png]);
  });

  it('resolves every row’s source in metadata.json, with citation and licence', () => {
    const meta = JSON.parse(strFromU8(files['metadata.json']!));
    const rows = csvParse(strFromU8(files['data.csv']!).replace(/^\uFEFF/, ''), autoType) as Record<
      string,
      unknown
    >[];
    const ids = new Map(meta.sources.map((s: { id: string }) => [s.id, s]));
    expect(rows.length).toBe(2);
    for (const r of rows) expect(ids.get(r.source as string)).toMatchObject({ citation: expect.any(String) });
    expect(meta).toMatchObject({
      title: 'Belarus and Serbia on the TIP tiers, 2020 report',
      link: 'https://atlas.example/?year=2020&countries=BLR,SRB',
      exportedOn: '2026-11-22',
      caveats: ['Tiers rate government efforts, not prevalence.'],
    });
  });
});

describe('buildReadme', () => {
  it('names the title, link, citation, each source and each column', () => {
    const readme = buildReadme(fixtureSpec(), '2026-11-22');
    expect(readme).toMatch(/^# Belarus and Serbia on the TIP tiers, 2020 report\n/);
    expect(readme).toContain('https://atlas.example/?year=2020&countries=BLR,SRB');
    expect(readme).toContain('**tip-tiers-combined**: U.S. Department of State, TIP Report 2020');
    expect(readme).toContain('| `victimsFlag` |');
    expect(readme).toContain('- Tiers rate government efforts, not prevalence.');
  });
});
