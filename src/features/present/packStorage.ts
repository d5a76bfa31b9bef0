/**
 * The briefing pack in local storage, in a versioned format, read slide by slide, and never overwritten with fewer
 * slides without the previous text kept as a backup. Every function takes the storage (or null when the browser has
 * none) and never throws: a full or blocked storage is reported, not raised.
 */
import { readSlides, type ReadSlides, type SetAside, type Slide } from './packState';
import {
  MAX_SET_ASIDE,
  PACK_BACKUP_STORAGE_KEY,
  PACK_SET_ASIDE_STORAGE_KEY,
  PACK_STORAGE_VERSION,
} from './presentConstants';

export type PackStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
/** ok: saved; full: the browser's storage quota is used up; unavailable: storage is blocked or missing. */
export type StorageStatus = 'ok' | 'full' | 'unavailable';

export function browserStorage(): PackStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function statusOf(e: unknown): StorageStatus {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  const code = e instanceof DOMException ? e.code : 0;
  // Firefox names it NS_ERROR_DOM_QUOTA_REACHED; old WebKit throws code 22.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22
    ? 'full'
    : 'unavailable';
}

function getItem(storage: PackStorage | null, key: string): string | null {
  try {
    return storage ? storage.getItem(key) : null;
  } catch {
    return null;
  }
}

export function setItem(storage: PackStorage | null, key: string, value: string): StorageStatus {
  if (!storage) return 'unavailable';
  try {
    storage.setItem(key, value);
    return 'ok';
  } catch (e) {
    return statusOf(e);
  }
}

export function removeItem(storage: PackStorage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing more can be done; the next write says whether storage works.
  }
}

export const serialisePack = (slides: readonly Slide[]): string =>
  JSON.stringify({ version: PACK_STORAGE_VERSION, slides });

export interface StoredPack extends ReadSlides {
  /** The stored text as found, when it was not already a clean version 2 pack (migrated or repaired). */
  replacedText: string | null;
}

/** Reads a pack from `key`, or, when that is empty, from the version 1 key (before 2026-12-05: a bare array). */
export function readStoredPack(storage: PackStorage | null, key: string, v1Key?: string): StoredPack {
  let raw = getItem(storage, key);
  let migrated = false;
  if (raw === null && v1Key) {
    raw = getItem(storage, v1Key);
    migrated = raw !== null;
  }
  if (raw === null) return { slides: [], setAside: [], problems: [], replacedText: null };
  return readPackText(raw, migrated);
}

/** A stored pack's text read slide by slide: version 2 (`{ version, slides }`) or version 1 (a bare array). */
function readPackText(raw: string, migrated: boolean): StoredPack {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {
      slides: [],
      setAside: [{ label: 'The saved pack, which could not be read', text: raw }],
      problems: ['it could not be read'],
      replacedText: raw,
    };
  }
  const record =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : null;
  const read =
    record && record.version === PACK_STORAGE_VERSION ? readSlides(record.slides) : readSlides(data);
  const clean = !migrated && read.problems.length === 0 && raw === serialisePack(read.slides);
  return { ...read, replacedText: clean ? null : raw };
}

/** How many slides a stored text holds, counting unreadable ones (so a repair never counts as "fewer"). */
function storedCount(raw: string): number {
  try {
    const data: unknown = JSON.parse(raw);
    const slides = Array.isArray(data) ? data : (data as { slides?: unknown } | null)?.slides;
    return Array.isArray(slides) ? slides.length : Number.POSITIVE_INFINITY;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** The pack kept under the backup key: its slides and when it was kept (an ISO time). */
export interface PackBackup {
  slides: Slide[];
  saved: string;
}

/**
 * The pack kept under the backup key for `key` (the text stored before fewer slides were written over it), read as
 * the stored pack is read; null when there is none, it belongs to another key, or it holds no readable slide.
 */
export function readBackup(storage: PackStorage | null, key: string): PackBackup | null {
  const raw = getItem(storage, PACK_BACKUP_STORAGE_KEY);
  if (raw === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { key: keptFor, saved, text } = data as Record<string, unknown>;
  if (keptFor !== key || typeof saved !== 'string' || typeof text !== 'string') return null;
  const { slides } = readPackText(text, false);
  return slides.length > 0 ? { slides, saved } : null;
}

/** Keeps a text about to be overwritten under the backup key. */
export const keepBackup = (storage: PackStorage | null, key: string, text: string): StorageStatus =>
  setItem(storage, PACK_BACKUP_STORAGE_KEY, JSON.stringify({ key, saved: new Date().toISOString(), text }));

/**
 * Saves the pack under `key`. Writing fewer slides than are stored (or over a text that cannot be read) first keeps
 * the stored text as the backup; if that cannot be kept, nothing is overwritten.
 */
export function writeStoredPack(
  storage: PackStorage | null,
  key: string,
  slides: readonly Slide[],
): StorageStatus {
  if (!storage) return 'unavailable';
  const next = serialisePack(slides);
  const before = getItem(storage, key);
  // Nothing stored and nothing to store: no key is written for an empty pack.
  if (before === next || (before === null && slides.length === 0)) return 'ok';
  if (before !== null && storedCount(before) > slides.length) {
    const kept = keepBackup(storage, key, before);
    if (kept !== 'ok') return kept;
  }
  return setItem(storage, key, next);
}

export interface StoredSetAside extends SetAside {
  /** When it was set aside (ISO date). */
  at: string;
}

export function readSetAside(storage: PackStorage | null): StoredSetAside[] {
  try {
    const data: unknown = JSON.parse(getItem(storage, PACK_SET_ASIDE_STORAGE_KEY) ?? '[]');
    if (!Array.isArray(data)) return [];
    return data.filter(
      (d): d is StoredSetAside =>
        typeof d === 'object' &&
        d !== null &&
        typeof (d as StoredSetAside).label === 'string' &&
        typeof (d as StoredSetAside).text === 'string' &&
        typeof (d as StoredSetAside).at === 'string',
    );
  } catch {
    return [];
  }
}

export function writeSetAside(storage: PackStorage | null, items: readonly StoredSetAside[]): StorageStatus {
  if (items.length === 0) {
    removeItem(storage, PACK_SET_ASIDE_STORAGE_KEY);
    return storage ? 'ok' : 'unavailable';
  }
  return setItem(storage, PACK_SET_ASIDE_STORAGE_KEY, JSON.stringify(items.slice(-MAX_SET_ASIDE)));
}
