import { scaleLinear, scaleLog } from 'd3-scale';
import { LESS_THAN_FIVE } from '../../data/wire';
import type { UnodcValue } from '../../data/schema';
import {
  LESS_THAN_FIVE_NOMINAL,
  MIN_LINEAR_DOMAIN_MAX,
  MAX_VALUE_TICKS,
  MIN_VALUE_TICKS,
  VALUE_TICKS_PER_200PX,
} from './chartConstants';
import { formatTicks } from './format';

export const VALUE_SCALES = ['linear', 'log'] as const;
export type ValueScaleKind = (typeof VALUE_SCALES)[number];

export interface ValueTick {
  value: number;
  y: number;
  label: string;
}

export interface ValueAxis {
  kind: ValueScaleKind;
  domain: [number, number];
  /** Pixel y of the domain's bottom and top. */
  bottom: number;
  top: number;
  ticks: ValueTick[];
  /**
   * Where a value sits. "<5" sits at a nominal position (linear: 2.5, log: the baseline) and zero on a log axis
   * sits on the baseline; both come back with nominal: true so the chart labels them instead of implying a value.
   */
  place: (value: UnodcValue | number) => { y: number; nominal: boolean };
}

const tickCount = (height: number) =>
  Math.min(MAX_VALUE_TICKS, Math.max(MIN_VALUE_TICKS, Math.round((height / 200) * VALUE_TICKS_PER_200PX)));

/**
 * The value domain for these numbers. "<5" values must not be passed in: they are excluded from domain maths.
 * Linear axes start at zero (counts are ratio data). Log axes span whole decades of the positive values.
 */
export function valueDomain(kind: ValueScaleKind, values: readonly number[]): [number, number] {
  switch (kind) {
    case 'linear': {
      const max = Math.max(MIN_LINEAR_DOMAIN_MAX, ...values.filter(Number.isFinite));
      const nice = scaleLinear().domain([0, max]).nice().domain();
      return [0, nice[1] ?? max];
    }
    case 'log': {
      const positive = values.filter((v) => Number.isFinite(v) && v > 0);
      if (positive.length === 0) return [1, 10];
      const lo = 10 ** Math.floor(Math.log10(Math.min(...positive)));
      let hi = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
      if (hi <= lo) hi = lo * 10;
      return [lo, hi];
    }
  }
}

/** A linear domain from zero for small quantities such as ratios, reaching at least `atLeast`. */
export function ratioDomain(values: readonly number[], atLeast = 1): [number, number] {
  const max = Math.max(atLeast, ...values.filter(Number.isFinite));
  const nice = scaleLinear().domain([0, max]).nice().domain();
  return [0, nice[1] ?? max];
}

function logTicks(domain: [number, number], maxTicks: number): number[] {
  const [lo, hi] = domain;
  const decades: number[] = [];
  for (let d = lo; d <= hi * 1.0001; d *= 10) decades.push(d);
  const withSubs = decades.flatMap((d) => [d, d * 2, d * 5]).filter((v) => v <= hi * 1.0001);
  if (withSubs.length <= maxTicks) return withSubs;
  if (decades.length <= maxTicks) return decades;
  const step = Math.ceil(decades.length / maxTicks);
  return decades.filter((_, i) => i % step === 0);
}

export function valueAxis(
  kind: ValueScaleKind,
  domain: [number, number],
  bottom: number,
  top: number,
): ValueAxis {
  const maxTicks = tickCount(bottom - top);
  switch (kind) {
    case 'linear': {
      const scale = scaleLinear().domain(domain).range([bottom, top]);
      const values = scale.ticks(maxTicks);
      const labels = formatTicks(values);
      const ticks = values.map((value, i) => ({ value, y: scale(value), label: labels[i]! }));
      return {
        kind,
        domain,
        bottom,
        top,
        ticks,
        place: (value) =>
          value === LESS_THAN_FIVE
            ? { y: scale(LESS_THAN_FIVE_NOMINAL), nominal: true }
            : { y: scale(value), nominal: false },
      };
    }
    case 'log': {
      const scale = scaleLog().domain(domain).range([bottom, top]).clamp(true);
      const values = logTicks(domain, maxTicks);
      const labels = formatTicks(values);
      const ticks = values.map((value, i) => ({ value, y: scale(value), label: labels[i]! }));
      return {
        kind,
        domain,
        bottom,
        top,
        ticks,
        place: (value) =>
          value === LESS_THAN_FIVE || value <= 0
            ? { y: bottom, nominal: true }
            : { y: scale(value), nominal: false },
      };
    }
  }
}
