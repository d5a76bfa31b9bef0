import { TierPatterns } from '../TierPatterns';
import { TierStripGroup } from '../TierStrip';
import { describeTierHistory, type TierStripCell } from '../tierHistory';
import {
  CHART_AXIS,
  CHART_FONT,
  CHART_INK,
  CHART_INK_MUTED,
  FONT_SIZE,
  MARGIN,
  TIER_STRIP_CHART_HEIGHT,
  TIER_STRIP_HEIGHT as STRIP_HEIGHT,
  TIER_STRIP_TOP as STRIP_TOP,
} from './chartConstants';
import { yearAxis } from './yearAxis';

interface Props {
  width: number;
  /** The same x domain as the panels below it, so report year N sits above data year N in every column. */
  xDomain: readonly [number, number];
  name: string;
  label: string;
  cells: readonly TierStripCell[];
  patternPrefix: string;
  /** Report years to outline (e.g. where two countries' tiers differ). */
  highlight?: ReadonlySet<number>;
  /** Draw the patterns' <defs> here (off when an enclosing SVG already has them). */
  withDefs?: boolean;
  /** Standalone <svg> (default) or a <g> for an enclosing SVG. */
  as?: 'svg' | 'g';
}

/**
 * One country's tier history on the year axis the time-series panels use (same margins, same cells), with
 * report-year ticks. Compare stacks one per column; equal widths give equal x for equal years.
 */
export function TierStripChart({
  width,
  xDomain,
  name,
  label,
  cells,
  patternPrefix,
  highlight,
  withDefs = true,
  as = 'svg',
}: Props) {
  const x = yearAxis(xDomain as [number, number], MARGIN.left, width - MARGIN.right);
  const inRange = cells.filter((c) => c.reportYear >= x.first && c.reportYear <= x.last);
  const body = (
    <g fontFamily={CHART_FONT} className="tier-strip-chart">
      <text
        x={MARGIN.left - 6}
        y={STRIP_TOP + STRIP_HEIGHT / 2}
        dy="0.35em"
        textAnchor="end"
        fontSize={FONT_SIZE.note}
        fontWeight={600}
        fill={CHART_INK}
      >
        {label}
      </text>
      <TierStripGroup
        cells={inRange}
        xOf={x.leftEdge}
        cellWidth={x.cellWidth}
        height={STRIP_HEIGHT}
        y={STRIP_TOP}
        patternPrefix={patternPrefix}
      />
      {[...(highlight ?? [])].map((year) => (
        <rect
          key={year}
          className="tier-strip-highlight"
          data-year={year}
          x={x.leftEdge(year) + 0.5}
          y={STRIP_TOP - 2}
          width={Math.max(1, x.cellWidth - 1)}
          height={STRIP_HEIGHT + 4}
          fill="none"
          stroke={CHART_INK}
          strokeWidth={2}
        />
      ))}
      <line
        x1={x.left}
        x2={x.right}
        y1={STRIP_TOP + STRIP_HEIGHT + 2}
        y2={STRIP_TOP + STRIP_HEIGHT + 2}
        stroke={CHART_AXIS}
      />
      {x.tickYears.map((year) => (
        <text
          key={year}
          x={x.center(year)}
          y={STRIP_TOP + STRIP_HEIGHT + 14}
          textAnchor="middle"
          fontSize={FONT_SIZE.tick}
          fill={CHART_INK_MUTED}
        >
          {year}
        </text>
      ))}
      <text
        x={x.right}
        y={STRIP_TOP + STRIP_HEIGHT + 25}
        textAnchor="end"
        fontSize={FONT_SIZE.axisLabel}
        fill={CHART_INK_MUTED}
      >
        report year
      </text>
    </g>
  );
  if (as === 'g') return body;
  return (
    <svg
      width={width}
      height={TIER_STRIP_CHART_HEIGHT}
      viewBox={`0 0 ${width} ${TIER_STRIP_CHART_HEIGHT}`}
      role="img"
      aria-label={describeTierHistory(name, inRange)}
      className="tier-strip-chart-svg"
    >
      {withDefs && <TierPatterns prefix={patternPrefix} />}
      {body}
    </svg>
  );
}
