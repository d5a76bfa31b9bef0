import { LESS_THAN_FIVE } from '../../data/wire';
import type { UnodcValue } from '../../data/schema';
import type { MarkerShape } from './chartConstants';

/** One value of a series: a count keyed by the data year it counts. */
export interface SeriesPoint {
  dataYear: number;
  value: UnodcValue;
  /**
   * Where the value comes from when a series mixes origins (the TIP edition of a global figure).
   * Neighbouring points from different groups are joined by a dashed link, not a solid one.
   */
  group?: string;
  /** Shown with the value in tooltips and tables, e.g. "TIP Report 2024 edition". */
  note?: string;
}

export interface LineSeriesSpec {
  id: string;
  /** Direct label and legend text ("Serbia"). */
  label: string;
  /** Used where space is short ("SRB"). */
  shortLabel: string;
  colour: string;
  shape: MarkerShape;
  points: SeriesPoint[];
  /** Source and release, read from the data: "UNODC GLOTIP, <month year> release". */
  source: string;
  /** A part of another series (e.g. "of which labour"): thinner, dashed line. */
  secondary?: boolean;
}

export interface TooltipQuote {
  quote: string;
  /** Title and author or publisher of the document. */
  cite: string;
}

/** A standalone marked value, e.g. a figure from a source document: no line, a distinct marker, a quote. */
export interface MarkSpec {
  id: string;
  /** Who the mark belongs to ("Serbia"); used in the crosshair list. */
  label: string;
  shortLabel: string;
  colour: string;
  shape: MarkerShape;
  dataYear: number;
  value: number;
  /** As printed: "18", "about 7,500". */
  valueText: string;
  /** Drawn hollow: a part of the total or another unit, so not directly comparable with the line. */
  hollow: boolean;
  /** Set when another source holds a different value for the same thing: drawn with a ring and a "≠". */
  conflict: string | null;
  /** How the figure relates to other sources when they measure something else (shown in the tooltip only). */
  context?: string | null;
  /** What the value is ("convictions", "victims identified, children (under 16)"). */
  what: string;
  quotes: TooltipQuote[];
  source: string;
}

export interface LineRun {
  /** Dashed when it joins points from different groups (another TIP edition). */
  dashed: boolean;
  points: SeriesPoint[];
}

const isNumber = (v: UnodcValue): v is number => v !== LESS_THAN_FIVE;

/**
 * The stretches a line may be drawn through: only between neighbouring data years that both hold a number.
 * A missing year or a "<5" breaks the line, so nothing is interpolated across a gap.
 */
export function lineRuns(points: readonly SeriesPoint[]): LineRun[] {
  const sorted = [...points].sort((a, b) => a.dataYear - b.dataYear);
  const runs: LineRun[] = [];
  let current: LineRun | null = null;
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    const joinable = b.dataYear === a.dataYear + 1 && isNumber(a.value) && isNumber(b.value);
    if (!joinable) {
      current = null;
      continue;
    }
    const dashed = (a.group ?? '') !== (b.group ?? '');
    if (current && current.dashed === dashed && current.points.at(-1) === a) current.points.push(b);
    else {
      current = { dashed, points: [a, b] };
      runs.push(current);
    }
  }
  return runs;
}

/** Points that start a run of consecutive "<5" values: the "<5" text label is printed once per run. */
export function lessThanFiveLabelYears(points: readonly SeriesPoint[]): Set<number> {
  const lt5 = new Set(points.filter((p) => p.value === LESS_THAN_FIVE).map((p) => p.dataYear));
  return new Set([...lt5].filter((y) => !lt5.has(y - 1)));
}

/** The numbers of a series (for domain maths): "<5" is left out. */
export const numericValues = (points: readonly SeriesPoint[]): number[] =>
  points.map((p) => p.value).filter(isNumber);

/** The last point holding a number, where the direct label goes; else the last point of any kind. */
export function labelAnchor(points: readonly SeriesPoint[]): SeriesPoint | undefined {
  const sorted = [...points].sort((a, b) => a.dataYear - b.dataYear);
  return sorted.filter((p) => isNumber(p.value)).at(-1) ?? sorted.at(-1);
}

/**
 * Moves labels apart vertically so none is closer than minGap to the next, keeping them within [top, bottom]
 * and as near their wanted positions as the room allows.
 */
export function dodgeLabels<T extends { y: number }>(
  items: readonly T[],
  minGap: number,
  top: number,
  bottom: number,
): (T & { labelY: number })[] {
  const sorted = [...items].sort((a, b) => a.y - b.y).map((it) => ({ ...it, labelY: it.y }));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (cur.labelY - prev.labelY < minGap) cur.labelY = prev.labelY + minGap;
  }
  const overflow = (sorted.at(-1)?.labelY ?? bottom) - bottom;
  if (overflow > 0) {
    sorted.at(-1)!.labelY -= overflow;
    for (let i = sorted.length - 2; i >= 0; i--) {
      const next = sorted[i + 1]!;
      const cur = sorted[i]!;
      if (next.labelY - cur.labelY < minGap) cur.labelY = next.labelY - minGap;
    }
  }
  for (const s of sorted) s.labelY = Math.max(top, s.labelY);
  return sorted;
}
