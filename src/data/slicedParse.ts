/**
 * Checks a data file against its schema in slices, so a large file does not hold the page for one long task (the
 * shared Trends and Compare links check unodc.json while their charts are being drawn: 50–100 ms in one task on
 * the 2-core machine). The file's top level is checked first, then each of its large fields whole and each entry of
 * its large records, yielding to the browser whenever a slice has taken SLICE_MS, then the schema's transform is
 * applied. Any problem, and any entry keyed `__proto__`, ends the slicing: the caller then checks the whole file
 * with the whole schema, which gives the result and names the first problem exactly as before. A success here is
 * that schema's success, with the same data (property-tested).
 */
import type { SlicedSchema } from './schema';

/** A slice's budget: well under the 50 ms that makes a task "long". */
export const SLICE_MS = 8;

/** Lets the browser run input and rendering between slices; absent where there is no scheduler.yield. */
export type YieldFn = () => Promise<void>;

/** The browser's scheduler.yield (Chromium), or null: elsewhere the file is checked in one task, as before. */
export function browserYield(): YieldFn | null {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? () => scheduler.yield!() : null;
}

const isPlainRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The checked data, or null when the file has any problem (or a key this path does not handle): the whole schema
 * then decides. `now` and `sliceMs` are for tests.
 */
export async function parseSliced(
  { shallow, entries = {}, fields = {}, read }: SlicedSchema,
  json: unknown,
  yieldToBrowser: YieldFn,
  sliceMs = SLICE_MS,
  now: () => number = () => performance.now(),
): Promise<unknown> {
  const top = shallow.safeParse(json);
  if (!top.success || !isPlainRecord(top.data)) return null;
  const out: Record<string, unknown> = { ...top.data };
  let sliceStart = now();
  const slice = async () => {
    if (now() - sliceStart < sliceMs) return;
    await yieldToBrowser();
    sliceStart = now();
  };
  for (const [field, fieldSchema] of Object.entries(fields)) {
    if (!Object.hasOwn(out, field)) return null;
    const checked = fieldSchema.safeParse(out[field]);
    if (!checked.success) return null;
    out[field] = checked.data;
    await slice();
  }
  for (const [field, entrySchema] of Object.entries(entries)) {
    const record = out[field];
    if (record === undefined) continue;
    if (!isPlainRecord(record)) return null;
    const checked: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      if (key === '__proto__') return null;
      const entry = entrySchema.safeParse(value);
      if (!entry.success) return null;
      checked[key] = entry.data;
      await slice();
    }
    out[field] = checked;
  }
  return read ? read(out as never) : out;
}
