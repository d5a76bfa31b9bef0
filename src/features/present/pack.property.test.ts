// @vitest-environment jsdom
/**
 * Property test of the briefing pack's codec and storage (issue 16): any sequence of pins, edits, reorders, removals,
 * reloads, links, files and hostile input, with arbitrary Unicode, never loses a valid slide and never throws.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type ViewState } from '../../state/urlState';
import { useViewStore } from '../../state/viewStore';
import { decodePackLink, encodePackLink } from './packCodec';
import { packFileText, readPackFile } from './packFile';
import { makeSlide, readSlides, type Slide } from './packState';
import { loadPackCodec, usePackStore } from './packStore';
import { cleanText } from './packText';
import {
  MAX_PACK_PARAM_LENGTH,
  MAX_SLIDES,
  PACK_BACKUP_STORAGE_KEY,
  PACK_STORAGE_KEY,
} from './presentConstants';

const VIEWS: ViewState[] = [
  { ...DEFAULT_STATE },
  { ...DEFAULT_STATE, reportYear: 2012 },
  { ...DEFAULT_STATE, view: 'sources' },
  { ...DEFAULT_STATE, view: 'trends', countries: ['SRB', 'VNM'] },
  { ...DEFAULT_STATE, view: 'compare', countries: ['BLR', 'SRB', 'VNM'], compareScale: 'independent' },
  { ...DEFAULT_STATE, mode: 'changes', reportYear: 2020, country: 'BLR' },
];

/** Pieces a hostile or clumsy text is made of: control characters, lone surrogates, line breaks, RTL, emoji. */
const nasty = fc.constantFrom(
  '\u0000',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001f',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
  '\n',
  '\r\n',
  '\u2028',
  '\\',
  '"',
  '👋',
  'مرحبا',
  '中文',
  'Link: https://evil.example/',
  'a',
);
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(nasty, { maxLength: 40 }).map((parts) => parts.join('')),
  // Past the limits: long enough to be cut.
  fc
    .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), fc.integer({ min: 130, max: 420 }))
    .map(([unit, times]) => unit.repeat(times)),
);
const hostileQuery = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    'javascript:alert(1)',
    'data:text/html,x',
    'https://evil.example/?year=2012',
    '?year=2012\nLink: x',
  ),
);

type Op =
  | { kind: 'pin'; view: number; title: string; note: string }
  | { kind: 'edit'; index: number; field: 't' | 'n'; value: string }
  | { kind: 'move'; index: number; delta: -1 | 1 }
  | { kind: 'remove'; index: number }
  | { kind: 'reload' }
  | { kind: 'link' }
  | { kind: 'file' }
  | { kind: 'hostileLink'; raw: string }
  | { kind: 'hostileSlides'; data: unknown[] }
  | { kind: 'strayStored'; at: number; item: unknown };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('pin' as const),
      view: fc.nat(VIEWS.length - 1),
      title: text,
      note: text,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      index: fc.nat(50),
      field: fc.constantFrom('t' as const, 'n' as const),
      value: text,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      index: fc.nat(50),
      delta: fc.constantFrom(-1 as const, 1 as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), index: fc.nat(50) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'reload' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'link' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'file' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('hostileLink' as const), raw: fc.string({ maxLength: 200 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('hostileSlides' as const),
      data: fc.array(
        fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.record({ q: hostileQuery, t: text, n: text })),
        { maxLength: 5 },
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('strayStored' as const),
      at: fc.nat(50),
      item: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.record({ q: hostileQuery, t: text, n: text })),
    }),
  },
);

const store = () => usePackStore.getState();

/** A new page in the same browser: nothing in memory, only what storage holds. */
function reload(link: Parameters<ReturnType<typeof store>['hydrate']>[0] = { status: 'missing' }) {
  usePackStore.setState({ slides: [], previous: [], setAside: [], storage: 'ok', linkTooLong: null });
  useViewStore.setState({ ...DEFAULT_STATE, notices: [], pack: null });
  return store().hydrate(link);
}

const isClean = (s: Slide) =>
  cleanText(s.t, 'title').text === s.t && cleanText(s.n, 'note').text === s.n && /^(\?.*)?$/.test(s.q);

/** Every slide of `kept` is in `slides`, in order (slides may hold more: a hostile pack's valid slides). */
const keepsAll = (slides: readonly Slide[], kept: readonly Slide[]) => {
  let i = 0;
  for (const s of slides) if (i < kept.length && JSON.stringify(s) === JSON.stringify(kept[i])) i++;
  return i === kept.length;
};

function run(ops: Op[]) {
  window.localStorage.clear();
  reload();
  let model: Slide[] = [];
  for (const o of ops) {
    const n = model.length;
    switch (o.kind) {
      case 'pin': {
        const slide = makeSlide(VIEWS[o.view]!, o.title, o.note);
        store().add(slide);
        if (n < MAX_SLIDES) model = [...model, slide];
        break;
      }
      case 'edit':
        if (n === 0) break;
        store().update(o.index % n, { [o.field]: o.value });
        model = model.map((s, i) =>
          i === o.index % n
            ? { ...s, [o.field]: cleanText(o.value, o.field === 't' ? 'title' : 'note').text }
            : s,
        );
        break;
      case 'move': {
        if (n === 0) break;
        const i = o.index % n;
        store().move(i, o.delta);
        const j = i + o.delta;
        if (j >= 0 && j < n) {
          model = [...model];
          [model[i], model[j]] = [model[j]!, model[i]!];
        }
        break;
      }
      case 'remove':
        if (n === 0) break;
        {
          const before = window.localStorage.getItem(PACK_STORAGE_KEY);
          store().remove(o.index % n);
          // Fewer slides are never written over the stored ones without keeping them.
          expect(JSON.parse(window.localStorage.getItem(PACK_BACKUP_STORAGE_KEY) ?? '{}')).toMatchObject({
            text: before,
          });
        }
        model = model.filter((_, i) => i !== o.index % n);
        break;
      case 'reload':
        reload();
        break;
      case 'link': {
        const encoded = encodePackLink(model);
        const read = decodePackLink(encoded);
        expect(read.status).toBe('valid');
        if (read.status === 'valid') expect(readSlides(read.data).slides).toEqual(model);
        // What the address carries is either the whole pack or, over the safe length, nothing (and it says so).
        const pack = useViewStore.getState().pack;
        if (pack !== null) {
          expect(pack.length).toBeLessThanOrEqual(MAX_PACK_PARAM_LENGTH);
          const fromAddress = decodePackLink(pack);
          if (fromAddress.status === 'valid') expect(readSlides(fromAddress.data).slides).toEqual(model);
          else throw new Error('the address holds a pack the app cannot read');
        } else if (model.length > 0) expect(store().linkTooLong).not.toBeNull();
        break;
      }
      case 'file': {
        const read = readPackFile(packFileText(model));
        expect(read).toMatchObject({ status: 'valid', slides: model, problems: [] });
        if (read.status === 'valid') store().openPack(read, 'a file');
        break;
      }
      case 'hostileLink':
      case 'hostileSlides': {
        const link =
          o.kind === 'hostileLink' ? decodePackLink(o.raw) : { status: 'valid' as const, data: o.data };
        reload(link);
        const now = store();
        // Either the link was ignored, or it replaced the pack and the pack is kept to restore.
        if (JSON.stringify(now.slides) !== JSON.stringify(model)) {
          if (model.length > 0) expect(now.previous).toEqual(model);
          model = now.slides;
        }
        break;
      }
      case 'strayStored': {
        // Something else wrote into the stored pack: the next load keeps every slide that was there.
        const raw = JSON.parse(
          window.localStorage.getItem(PACK_STORAGE_KEY) ?? '{"version":2,"slides":[]}',
        ) as {
          slides: unknown[];
        };
        raw.slides.splice(o.at % (raw.slides.length + 1), 0, o.item);
        window.localStorage.setItem(PACK_STORAGE_KEY, JSON.stringify(raw));
        reload();
        expect(keepsAll(store().slides, model.slice(0, MAX_SLIDES - 1))).toBe(true);
        model = store().slides;
        break;
      }
    }
    const { slides } = store();
    expect(slides).toEqual(model);
    expect(slides.length).toBeLessThanOrEqual(MAX_SLIDES);
    expect(slides.every(isClean)).toBe(true);
  }
  // And the pack survives one more reload as it is.
  reload();
  expect(store().slides).toEqual(model);
}

beforeAll(async () => {
  await loadPackCodec();
});

describe('the briefing pack under any sequence of edits, reloads, links and files', () => {
  it('never loses a valid slide and never throws', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => run(ops)),
      { numRuns: 150 },
    );
  });

  it('reads any text as a pack link without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        const read = decodePackLink(raw);
        if (read.status === 'valid') readSlides(read.data);
      }),
    );
  });

  it('reads any text as a pack file without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc
            .jsonValue()
            .map((v) => JSON.stringify({ format: 'tip-atlas-briefing-pack', version: 2, slides: v })),
        ),
        (raw) => {
          readPackFile(raw);
        },
      ),
    );
  });
});
