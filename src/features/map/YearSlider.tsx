import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { YearCoverage } from '../../data/schema';
import type { YearMark } from './mapModel';
import { reportPeriod } from '../../shared/tierConstants';
import { SLIDER_PAGE_STEP } from './mapConstants';

export const COVERAGE_NOTE: Record<YearCoverage, string> = {
  complete: 'all tiers listed',
  'lists-only': 'only the Watch List and Tier 3 listed in full',
  none: 'no tier data',
};

/** "2020 report, April 2019 – March 2020; no tier data": what a screen reader hears for a year. */
export const yearValueText = (m: YearMark): string =>
  `${m.reportYear} report, ${reportPeriod(m.reportYear)}${m.status === 'complete' ? '' : `; ${COVERAGE_NOTE[m.status]}`}`;

/** Which year the slider moves to for a key, or null for keys it leaves alone (the ARIA slider pattern). */
export function nextIndex(key: string, index: number, count: number): number | null {
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return clamp(index + 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return clamp(index - 1);
    case 'PageUp':
      return clamp(index + SLIDER_PAGE_STEP);
    case 'PageDown':
      return clamp(index - SLIDER_PAGE_STEP);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

export interface YearSliderProps {
  label: string;
  marks: readonly YearMark[];
  value: number;
  onChange: (reportYear: number) => void;
}

/**
 * A report-year slider: one step per report in the data, with years that lack full tier data marked on the
 * track (a hollow tick for no data, a half tick for Watch List and Tier 3 only).
 */
export function YearSlider({ label, marks, value, onChange }: YearSliderProps) {
  const trackRef = useRef<HTMLDivElement>(null);
  const thumbRef = useRef<HTMLDivElement>(null);
  const index = Math.max(
    0,
    marks.findIndex((m) => m.reportYear === value),
  );
  const n = marks.length;
  const pct = (i: number) => (n <= 1 ? 50 : (i / (n - 1)) * 100);
  const current = marks[index];

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = nextIndex(e.key, index, n);
    if (next === null) return;
    e.preventDefault();
    if (next !== index) onChange(marks[next]!.reportYear);
  };

  const yearAt = (clientX: number): number | null => {
    const rect = trackRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0 || n === 0) return null;
    const i = Math.round(((clientX - rect.left) / rect.width) * (n - 1));
    return marks[Math.max(0, Math.min(n - 1, i))]!.reportYear;
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    thumbRef.current?.focus();
    const y = yearAt(e.clientX);
    if (y !== null && y !== value) onChange(y);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture?.(e.pointerId)) return;
    const y = yearAt(e.clientX);
    if (y !== null && y !== value) onChange(y);
  };

  const labelled = marks.filter(
    (m, i) => i === 0 || i === n - 1 || (m.reportYear % 5 === 0 && i > 1 && i < n - 2),
  );

  return (
    <div className="year-slider">
      <div
        className="year-slider-track"
        ref={trackRef}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
      >
        <div className="year-slider-rail" />
        <div className="year-slider-fill" style={{ width: `${pct(index)}%` }} />
        {marks.map((m, i) => (
          <span
            key={m.reportYear}
            className={`year-tick year-tick-${m.status}`}
            style={{ left: `${pct(i)}%` }}
            title={`${m.reportYear} report: ${COVERAGE_NOTE[m.status]}`}
            data-year={m.reportYear}
            data-status={m.status}
            aria-hidden="true"
          />
        ))}
        <div
          ref={thumbRef}
          className={`year-slider-thumb${current && current.status !== 'complete' ? ` thumb-${current.status}` : ''}`}
          role="slider"
          tabIndex={0}
          aria-label={label}
          aria-valuemin={marks[0]?.reportYear}
          aria-valuemax={marks.at(-1)?.reportYear}
          aria-valuenow={current?.reportYear}
          aria-valuetext={current ? yearValueText(current) : undefined}
          aria-orientation="horizontal"
          style={{ left: `${pct(index)}%` }}
          onKeyDown={onKeyDown}
        >
          {current?.reportYear}
        </div>
      </div>
      <div className="year-slider-labels" aria-hidden="true">
        {labelled.map((m) => (
          <span key={m.reportYear} style={{ left: `${pct(marks.indexOf(m))}%` }}>
            {m.reportYear}
          </span>
        ))}
      </div>
    </div>
  );
}
