import './charts.css';
import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import { POINT_HIT_RADIUS } from './chartConstants';
import { ChartTooltip, describeActive } from './ChartTooltip';
import { TimeSeriesChart, type ActivePoint } from './TimeSeriesChart';
import type { PlacedPoint, TimeSeriesLayout } from './timeSeriesTypes';

interface Props {
  layout: TimeSeriesLayout;
  /** Names the chart for screen readers, e.g. "Persons convicted, Serbia and Vietnam". */
  label: string;
  /** A summary read with the chart (the table alternative below holds every number). */
  ariaLabel: string;
}

type Source = 'pointer' | 'keyboard';

/** SVG ids must be plain: React's useId may contain characters that break url(#…). */
export const safeId = (raw: string): string => raw.replace(/[^a-zA-Z0-9_-]/g, '');

/** Keyboard focus only: a click also focuses the chart but should not open the details by itself. */
function focusVisible(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}

function nearestInColumn(points: readonly PlacedPoint[], px: number, py: number): PlacedPoint | null {
  let best: PlacedPoint | null = null;
  let bestD = POINT_HIT_RADIUS;
  for (const p of points) {
    const d = Math.hypot(p.x - px, p.y - py);
    if (d <= bestD) {
      best = p;
      bestD = d;
    }
  }
  return best;
}

/**
 * A time-series chart with a hover crosshair and keyboard access: one tab stop; Left/Right move between data
 * years that hold values, Up/Down between the points of a year, Home/End to the ends, Escape closes.
 * The tooltip lists every visible series at the year and, on a document mark, its quote and source.
 */
export function InteractiveTimeSeries({ layout, label, ariaLabel }: Props) {
  const id = safeId(useId());
  const frameRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<ActivePoint | null>(null);
  const [source, setSource] = useState<Source>('pointer');
  const [announcement, setAnnouncement] = useState('');

  const stops = layout.stops;
  // A layout change (another metric or scale) may remove the active year or point.
  const shown =
    active && active.dataYear >= layout.x.first && active.dataYear <= layout.x.last
      ? {
          dataYear: active.dataYear,
          pointId: stops.some((s) => s.points.some((p) => p.id === active.pointId)) ? active.pointId : null,
        }
      : null;

  const isShown = shown !== null;
  // A layout effect: the pointer's moves are continuous events, so React commits the tooltip outside them, and a
  // passive effect would listen only after the browser had painted it and handled the keys already waiting.
  useLayoutEffect(() => {
    if (!isShown) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') setActive(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isShown]);

  const moveTo = (next: ActivePoint | null) => {
    setSource('keyboard');
    setActive(next);
    setAnnouncement(next ? describeActive(layout, next) : '');
  };

  const stopIndex = shown ? stops.findIndex((s) => s.dataYear === shown.dataYear) : -1;
  const seriesOf = (pointId: string | null): string | null => {
    const p = stops.flatMap((s) => s.points).find((q) => q.id === pointId);
    if (!p) return null;
    return p.ref.kind === 'series' ? p.ref.series.id : p.ref.mark.id;
  };
  const atStop = (i: number): ActivePoint | null => {
    const stop = stops[i];
    if (!stop) return null;
    const keep = seriesOf(shown?.pointId ?? null);
    const same = stop.points.find((p) => p.ref.kind === 'series' && p.ref.series.id === keep);
    return { dataYear: stop.dataYear, pointId: (same ?? stop.points[0])?.id ?? null };
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (stops.length === 0) return;
    const current = stopIndex >= 0 ? stopIndex : -1;
    switch (e.key) {
      case 'ArrowRight':
        e.preventDefault();
        moveTo(atStop(current < 0 ? 0 : Math.min(stops.length - 1, current + 1)));
        break;
      case 'ArrowLeft':
        e.preventDefault();
        moveTo(atStop(current < 0 ? stops.length - 1 : Math.max(0, current - 1)));
        break;
      case 'Home':
        e.preventDefault();
        moveTo(atStop(0));
        break;
      case 'End':
        e.preventDefault();
        moveTo(atStop(stops.length - 1));
        break;
      case 'ArrowUp':
      case 'ArrowDown': {
        e.preventDefault();
        const stop = stops[current < 0 ? 0 : current]!;
        const i = stop.points.findIndex((p) => p.id === shown?.pointId);
        const j =
          e.key === 'ArrowUp'
            ? i <= 0
              ? stop.points.length - 1
              : i - 1
            : i < 0 || i >= stop.points.length - 1
              ? 0
              : i + 1;
        moveTo({ dataYear: stop.dataYear, pointId: stop.points[j]?.id ?? null });
        break;
      }
      case 'Escape':
        if (shown) {
          e.preventDefault();
          e.stopPropagation();
          moveTo(null);
        }
        break;
    }
  };

  const onPointerMove = (e: ReactPointerEvent<HTMLDivElement>) => {
    const svg = frameRef.current?.querySelector('svg');
    if (!svg) return;
    const rect = svg.getBoundingClientRect();
    const px = e.clientX - rect.left;
    const py = e.clientY - rect.top;
    const top = layout.tierRows[0]?.y ?? layout.plot.top;
    if (px < layout.plot.left || px > layout.plot.right || py < top - 4 || py > layout.plot.bottom + 8) {
      if (source === 'pointer') setActive(null);
      return;
    }
    const dataYear = layout.x.yearAt(px);
    const stop = stops.find((s) => s.dataYear === dataYear);
    const near = stop ? nearestInColumn(stop.points, px, py) : null;
    setSource('pointer');
    setActive({ dataYear, pointId: near?.id ?? null });
  };

  const tooltipLeft = shown ? layout.x.center(shown.dataYear) : 0;
  const flip = tooltipLeft > layout.width * 0.55;

  return (
    <div className="chart-frame">
      <div
        ref={frameRef}
        className="chart-focus-area"
        tabIndex={0}
        role="group"
        aria-roledescription="chart"
        aria-label={label}
        aria-describedby={`${id}-keys`}
        onKeyDown={onKeyDown}
        onPointerMove={onPointerMove}
        onPointerLeave={() => source === 'pointer' && setActive(null)}
        onFocus={(e) => {
          if (e.target === e.currentTarget && !shown && stops.length > 0 && focusVisible(e.currentTarget))
            moveTo(atStop(stops.length - 1));
        }}
        onBlur={() => source === 'keyboard' && setActive(null)}
        style={{ width: layout.width, height: layout.height }}
      >
        <TimeSeriesChart layout={layout} active={shown} patternPrefix={`tp${id}`} ariaLabel={ariaLabel} />
        {shown && !layout.compact && (
          <div
            className="chart-tooltip"
            role="presentation"
            style={{
              left: flip ? undefined : tooltipLeft + 14,
              right: flip ? layout.width - tooltipLeft + 14 : undefined,
              top: Math.max(0, layout.plot.top - 8),
            }}
          >
            <ChartTooltip layout={layout} active={shown} />
          </div>
        )}
      </div>
      {shown && layout.compact && (
        <div className="chart-tooltip chart-tooltip-docked" role="presentation">
          <ChartTooltip layout={layout} active={shown} />
        </div>
      )}
      <p id={`${id}-keys`} className="visually-hidden">
        Left and right arrow keys move between data years; up and down move between the values of a year;
        Escape closes the details.
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
