/**
 * The schemas of the wire values every schema of the dataset is built from (tiers, years, source ids), and zod's
 * configuration; the values themselves are in wire.ts, re-exported here. src/data/schema.ts re-exports all of it.
 */
import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { MAX_YEAR, MIN_YEAR, TIERS } from './wire';

// zod/mini: the same parsers as zod's chained API, as functions a bundler can leave out when unused (zod's classic
// API carried 92 KB of minified code into the first load, most of it methods no schema here calls). It has no
// messages of its own: give it zod's English ones, so errors read as before.
z.config(en());
// zod probes `new Function` when it builds an object schema, to decide whether to compile fast parsers. Under
// the app's Content-Security-Policy (no 'unsafe-eval') that probe is reported as a CSP violation on every load,
// so turn it off before the first schema below is built (every other schema module imports this one first).
z.config({ jitless: true });

export * from './wire';

export const tierSchema = z.enum(TIERS);
export const yearSchema = z.int().check(z.gte(MIN_YEAR), z.lte(MAX_YEAR));
/** The source ids of every table row a value can come from. Documents are "doc-<file stem>". */
export const sourceIdSchema = z.string().check(z.regex(/^[a-z0-9-]+$/));
