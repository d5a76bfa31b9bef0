/**
 * The URL is a contract: every view's state round-trips through the query string.
 * Each parameter has a small parser returning valid / invalid-with-reason / missing.
 * Defaults are not written into the URL. If a parameter's meaning ever changes, add a dated migration here.
 */
import { MAX_YEAR, MIN_YEAR } from '../data/wire';

export const VIEWS = ['map', 'trends', 'compare', 'sources'] as const;
export type View = (typeof VIEWS)[number];

export const MAP_MODES = ['tiers', 'changes'] as const;
export type MapMode = (typeof MAP_MODES)[number];

export const METRICS = ['victims', 'prosecuted', 'convicted'] as const;
export type Metric = (typeof METRICS)[number];

export const SCALES = ['linear', 'log'] as const;
export type Scale = (typeof SCALES)[number];

export const COMPARE_SCALES = ['shared', 'independent'] as const;
export type CompareScale = (typeof COMPARE_SCALES)[number];

/** What a Compare view or slide shows: the full grid, or only the aligned tier strips (2–6 countries). */
export const COMPARE_SHOWS = ['all', 'tiers'] as const;
export type CompareShow = (typeof COMPARE_SHOWS)[number];

export const REGION_PRESETS = [
  'world',
  'africa',
  'americas',
  'asia-pacific',
  'europe',
  'mena',
  'mekong',
] as const;
export type RegionPreset = (typeof REGION_PRESETS)[number];

/** Up to six countries overlay in Trends; Compare shows the first four. */
export const MAX_COUNTRIES = 6;
/** Longer parameter values are refused outright: no legitimate link needs them. */
export const MAX_PARAM_LENGTH = 200;

export interface ViewState {
  view: View;
  /** TIP report year shown on the map; null means the latest report in the data. */
  reportYear: number | null;
  /** Baseline report year of the Changes mode; null means the report before `reportYear`. */
  fromYear: number | null;
  mode: MapMode;
  region: RegionPreset;
  /** The country whose panel is open on the map. */
  country: string | null;
  /** Countries picked for Trends and Compare (ISO3, in the user's order). */
  countries: string[];
  metric: Metric;
  scale: Scale;
  compareScale: CompareScale;
  /** Compare: the full grid, or the tier history alone. */
  compareShow: CompareShow;
}

export const DEFAULT_STATE: ViewState = {
  view: 'map',
  reportYear: null,
  fromYear: null,
  mode: 'tiers',
  region: 'world',
  country: null,
  countries: [],
  metric: 'victims',
  scale: 'linear',
  compareScale: 'shared',
  compareShow: 'all',
};

export type ParseResult<T> =
  { status: 'valid'; value: T } | { status: 'invalid'; reason: string } | { status: 'missing' };

const valid = <T>(value: T): ParseResult<T> => ({ status: 'valid', value });
const invalid = <T>(reason: string): ParseResult<T> => ({ status: 'invalid', reason });

/** Shows a user what they typed without letting it become markup or flood the notice. */
export const quoteForNotice = (raw: string): string =>
  JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

export function parseEnum<T extends string>(allowed: readonly T[], name: string) {
  return (raw: string | null): ParseResult<T> => {
    if (raw === null) return { status: 'missing' };
    const v = raw.trim().toLowerCase();
    return (allowed as readonly string[]).includes(v)
      ? valid(v as T)
      : invalid(`${name} ${quoteForNotice(raw)} is not one of ${allowed.join(', ')}`);
  };
}

export function parseYear(name: string) {
  return (raw: string | null): ParseResult<number> => {
    if (raw === null) return { status: 'missing' };
    if (!/^\d{4}$/.test(raw.trim())) return invalid(`${name} ${quoteForNotice(raw)} is not a year`);
    const year = Number(raw);
    if (year < MIN_YEAR || year > MAX_YEAR)
      return invalid(`${name} ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`);
    return valid(year);
  };
}

export function parseCountry(raw: string | null): ParseResult<string> {
  if (raw === null) return { status: 'missing' };
  const code = raw.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code)
    ? valid(code)
    : invalid(`country ${quoteForNotice(raw)} is not an ISO 3166 alpha-3 code`);
}

/** Parses "SRB,VNM"; keeps the valid codes and says what it dropped. */
export function parseCountryList(raw: string | null): { value: string[] | null; problems: string[] } {
  if (raw === null) return { value: null, problems: [] };
  const problems: string[] = [];
  const out: string[] = [];
  for (const part of raw.split(',').filter((p) => p.trim() !== '')) {
    const parsed = parseCountry(part);
    if (parsed.status !== 'valid') {
      if (parsed.status === 'invalid') problems.push(parsed.reason);
      continue;
    }
    if (out.includes(parsed.value)) {
      problems.push(`country ${parsed.value} was listed twice`);
      continue;
    }
    if (out.length >= MAX_COUNTRIES) {
      problems.push(`only ${MAX_COUNTRIES} countries can be shown at once; ${parsed.value} was dropped`);
      continue;
    }
    out.push(parsed.value);
  }
  return { value: out, problems };
}

const PARAMS = {
  view: 'view',
  reportYear: 'year',
  fromYear: 'from',
  mode: 'mode',
  region: 'region',
  country: 'country',
  countries: 'countries',
  metric: 'metric',
  scale: 'scale',
  compareScale: 'cscale',
  compareShow: 'show',
} as const satisfies Record<keyof ViewState, string>;

/**
 * Parameters that are part of the link but not of one view: `pack` holds a briefing pack (see
 * src/features/present/packState.ts), bounded by its own, larger length limit; `embed=1` shows the view for an
 * iframe (src/shared/export/embed.tsx).
 */
export const EXTRA_PARAMS = ['pack', 'embed'] as const;

export interface ParsedUrl {
  state: ViewState;
  /** The raw briefing-pack parameter, decoded by the present feature. */
  pack: string | null;
  /** Plain-text reasons for every parameter that was dropped. */
  notices: string[];
}

export function parseQuery(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const state: ViewState = { ...DEFAULT_STATE, countries: [] };
  const get = (name: string): string | null => {
    const raw = params.get(name);
    if (raw !== null && raw.length > MAX_PARAM_LENGTH) {
      notices.push(`The link's "${name}" parameter is too long (${raw.length} characters) and was ignored.`);
      return null;
    }
    return raw;
  };
  const apply = <K extends keyof ViewState>(key: K, result: ParseResult<ViewState[K]>) => {
    if (result.status === 'valid') state[key] = result.value;
    else if (result.status === 'invalid') notices.push(`The link's ${result.reason}; it was ignored.`);
  };
  apply('view', parseEnum(VIEWS, 'view')(get(PARAMS.view)));
  apply('reportYear', parseYear('year')(get(PARAMS.reportYear)));
  apply('fromYear', parseYear('from year')(get(PARAMS.fromYear)));
  apply('mode', parseEnum(MAP_MODES, 'map mode')(get(PARAMS.mode)));
  apply('region', parseEnum(REGION_PRESETS, 'region')(get(PARAMS.region)));
  apply('country', parseCountry(get(PARAMS.country)));
  apply('metric', parseEnum(METRICS, 'metric')(get(PARAMS.metric)));
  apply('scale', parseEnum(SCALES, 'scale')(get(PARAMS.scale)));
  apply('compareScale', parseEnum(COMPARE_SCALES, 'compare scale')(get(PARAMS.compareScale)));
  apply('compareShow', parseEnum(COMPARE_SHOWS, 'compare show')(get(PARAMS.compareShow)));
  const list = parseCountryList(get(PARAMS.countries));
  if (list.value) state.countries = list.value;
  for (const p of list.problems) notices.push(`The link's ${p}; it was ignored.`);
  const known = new Set<string>([...Object.values(PARAMS), ...EXTRA_PARAMS]);
  for (const name of new Set(params.keys())) {
    if (!known.has(name)) notices.push(`The link's unknown parameter ${quoteForNotice(name)} was ignored.`);
  }
  return { state, notices, pack: params.get('pack') };
}

/** Writes only what differs from the defaults, in a fixed order, so equal views give equal links. */
export function toQuery(state: ViewState): string {
  const params = new URLSearchParams();
  (Object.keys(PARAMS) as (keyof ViewState)[]).forEach((key) => {
    const value = state[key];
    const fallback = DEFAULT_STATE[key];
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(PARAMS[key], value.join(','));
    } else if (value !== fallback && value !== null) {
      params.set(PARAMS[key], String(value));
    }
  });
  const qs = params.toString().replace(/%2C/g, ',');
  return qs ? `?${qs}` : '';
}
