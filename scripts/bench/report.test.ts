import { describe, expect, it } from 'vitest';
import { emptyBytes, type LoadResult } from './loadPage';
import {
  markdownTables,
  perRunRatio,
  summarizeSubject,
  targetsOf,
  type LoadRecord,
  type SubjectId,
} from './report';

const load = (paintedMs: number | null, liveMs: number | null): LoadResult => ({
  paintedMs,
  liveMs,
  appLiveMs: liveMs,
  layoutShift: 0,
  marks: {},
  bytes: emptyBytes(),
  bytesAfter: emptyBytes(),
  foreignRequests: [],
  consoleErrors: [],
});
const record = (run: number, subject: SubjectId, live: number | null, years: number[] = []): LoadRecord => ({
  run,
  viewport: 'laptop',
  subject,
  loadavg: 1,
  load: load(live, live),
  yearChanges: years.map((repaintMs) => ({ repaintMs, updateMs: repaintMs / 2 })),
  notes: [],
  pngMs: null,
  trendsMs: null,
  compareMs: null,
});

describe('perRunRatio', () => {
  it('divides each run by the same run of the base, and takes the median of those ratios', () => {
    const records = [
      record(0, 'app', 100),
      record(0, 'minimal', 200),
      record(1, 'app', 300),
      record(1, 'minimal', 100),
      record(2, 'app', 90),
      record(2, 'minimal', 100),
    ];
    // 0.5, 3, 0.9 → median 0.9 (the ratio of the medians would be 100 / 100 = 1).
    // Three ratios are too few for a 90 % interval of their median.
    expect(perRunRatio(records, 'laptop', 'app', 'minimal', 'live')).toEqual({
      median: 0.9,
      min: 0.5,
      max: 3,
      n: 3,
      interval: null,
    });
  });

  it('skips runs where either side has no figure, and compares year changes by each load’s median', () => {
    const records = [
      record(0, 'app', null, [10, 20, 30]),
      record(0, 'minimal', 100, [10, 10, 10]),
      record(1, 'app', 100, [8]),
    ];
    expect(perRunRatio(records, 'laptop', 'app', 'minimal', 'live')).toBeNull();
    expect(perRunRatio(records, 'laptop', 'app', 'minimal', 'yearChange')?.median).toBe(2);
    expect(perRunRatio(records, 'phone', 'app', 'minimal', 'yearChange')).toBeNull();
  });
});

describe('summarizeSubject', () => {
  it('pools every year change of every load, and leaves missing figures out', () => {
    const s = summarizeSubject([record(0, 'app', 50, [1, 2]), record(1, 'app', null, [3])]);
    expect(s.live).toEqual({ median: 50, min: 50, max: 50, n: 1 });
    expect(s.yearChange?.n).toBe(3);
    expect(s.png).toBeNull();
  });
});

describe('targetsOf', () => {
  const bytes = {
    js: { raw: 0, gzip: 100 * 1024, files: [] },
    data: { raw: 0, gzip: 10 * 1024, files: [] },
  } as unknown as Parameters<typeof targetsOf>[2];
  const consoleTarget = (errors: number | null) =>
    targetsOf({}, { laptop: {}, phone: {} }, bytes, [], errors).find((t) =>
      t.name.startsWith('console errors'),
    );

  it('gives a ratio target the interval of its median, and says when the target lies inside it', () => {
    const shared = (interval: [number, number]) =>
      targetsOf(
        { 'laptop.live.appShared/minimal': { median: 1.02, min: 0.9, max: 1.2, n: 15, interval } },
        { laptop: {}, phone: {} },
        bytes,
        [],
        0,
      ).find((t) => t.name === 'live, shared map link / minimal stack, laptop');
    expect(shared([0.97, 1.06])).toMatchObject({
      value: '1.02×',
      pass: false,
      interval: '90 % interval 0.97–1.06×, holds the target: not settled by this run',
    });
    expect(shared([1.01, 1.06])).toMatchObject({ pass: false, interval: '90 % interval 1.01–1.06×' });
  });

  it('judges the phone on a phone’s network by the same targets as the other screens, only when it was measured', () => {
    const ratio = { median: 0.92, min: 0.8, max: 1.1, n: 15, interval: [0.88, 0.97] as [number, number] };
    const names = (subjects: Parameters<typeof targetsOf>[1]) =>
      targetsOf({ 'phone4g.live.appShared/minimal': ratio }, subjects, bytes, [], 0).map((t) => t.name);
    const phone4gTargets = (list: string[]) =>
      list.filter((n) => n.endsWith('phone4g') || n.endsWith('phone4g (max)'));
    expect(phone4gTargets(names({ laptop: {}, phone: {} }))).toEqual([]);
    expect(phone4gTargets(names({ laptop: {}, phone: {}, phone4g: {} }))).toEqual([
      'live, app / minimal stack, phone4g',
      'live, shared map link / minimal stack, phone4g',
      'painted, app / minimal stack, phone4g',
      'year change, app / minimal stack, phone4g',
      'layout shift, default view, phone4g (max)',
      'layout shift, shared map link, phone4g (max)',
    ]);
    const withPhone4g = targetsOf(
      { 'phone4g.live.appShared/minimal': ratio },
      { laptop: {}, phone: {}, phone4g: {} },
      bytes,
      [],
      0,
    );
    expect(
      withPhone4g.find((t) => t.name === 'live, shared map link / minimal stack, phone4g'),
    ).toMatchObject({
      value: '0.92×',
      pass: true,
      interval: '90 % interval 0.88–0.97×',
    });
    expect(markdownTables(15, { phone4g: {} }, { 'phone4g.live.appShared/minimal': ratio }, [])).toContain(
      '| phone4g: shared map link live | | | n/a | **0.92×** |',
    );
  });

  it('misses when the app’s loads logged a console error, and says when they were not counted', () => {
    expect(consoleTarget(0)).toMatchObject({ value: '0', pass: true });
    expect(consoleTarget(1)).toMatchObject({ value: '1', pass: false });
    expect(consoleTarget(null)).toMatchObject({ value: 'not measured', pass: null });
  });
});
