import {
  DEFAULT_SCALE,
  EXPORT_BACKGROUNDS,
  EXPORT_PRESETS,
  EXPORT_SCALES,
  IMAGE_FORMATS,
  type ExportBackground,
  type ExportPreset,
  type ExportScale,
  type ImageFormat,
} from './exportConstants';

export interface ExportOptions {
  format: ImageFormat;
  scale: ExportScale;
  preset: ExportPreset;
  background: ExportBackground;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  format: 'png',
  scale: DEFAULT_SCALE,
  preset: 'slide-16x9',
  background: 'white',
};

const STORAGE_KEY = 'tip-atlas.export-options';

const oneOf = <T>(values: readonly T[], value: unknown, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;

/**
 * The last choices, kept for the browser tab's session (sessionStorage): someone exporting several charts for one
 * deck wants the same ones. Anything unreadable falls back to the defaults.
 */
export function readExportOptions(): ExportOptions {
  let stored: Partial<Record<keyof ExportOptions, unknown>> = {};
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object') stored = parsed;
  } catch {
    // Storage blocked or unparsable: the defaults.
  }
  const d = DEFAULT_EXPORT_OPTIONS;
  return {
    format: oneOf(IMAGE_FORMATS, stored.format, d.format),
    scale: oneOf(EXPORT_SCALES, stored.scale, d.scale),
    preset: oneOf(EXPORT_PRESETS, stored.preset, d.preset),
    background: oneOf(EXPORT_BACKGROUNDS, stored.background, d.background),
  };
}

export function writeExportOptions(options: ExportOptions): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(options));
  } catch {
    // Storage full or blocked: the choices last as long as the dialog.
  }
}
