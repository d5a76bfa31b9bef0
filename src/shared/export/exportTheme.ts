import type { ExportBackground } from './exportConstants';

/**
 * Colours a chart draws with for an export background. Charts take this as their `theme` so text and axes stay
 * readable on white, on a dark slide, and on a transparent background whatever is behind it.
 */
export interface ExportTheme {
  background: ExportBackground;
  /** Fill of the frame's background rect; null leaves the image transparent. */
  paper: string | null;
  /** Main text and marks. */
  ink: string;
  /** Secondary text (subtitle, axis labels, footer). */
  inkMuted: string;
  /** Gridlines and light rules. */
  grid: string;
  /** Axis lines and country borders. */
  axis: string;
  /** Outline drawn behind text (paint-order stroke) so it stays legible over marks or an unknown backdrop. */
  halo: string;
  /** Whether charts should prefer light-on-dark variants (e.g. lighter borders). */
  dark: boolean;
}

export const EXPORT_THEMES: Record<ExportBackground, ExportTheme> = {
  white: {
    background: 'white',
    paper: '#ffffff',
    ink: '#1a1a1a',
    inkMuted: '#555555',
    grid: '#e2e5e9',
    axis: '#767676',
    halo: '#ffffff',
    dark: false,
  },
  // Dark text with a white halo: readable on the light slides transparent images usually land on, and still
  // legible if someone drops it onto a dark one.
  transparent: {
    background: 'transparent',
    paper: null,
    ink: '#1a1a1a',
    inkMuted: '#4a4a4a',
    grid: '#cfd3d8',
    axis: '#6b6b6b',
    halo: '#ffffff',
    dark: false,
  },
  dark: {
    background: 'dark',
    paper: '#16181d',
    ink: '#f2f2f2',
    inkMuted: '#c4c7cc',
    grid: '#3a3e46',
    axis: '#9aa0a8',
    halo: '#16181d',
    dark: true,
  },
};

export const themeFor = (background: ExportBackground): ExportTheme => EXPORT_THEMES[background];
