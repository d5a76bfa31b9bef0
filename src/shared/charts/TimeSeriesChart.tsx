import { TierPatterns } from '../TierPatterns';
import { TierStripGroup } from '../TierStrip';
import {
  CHART_AXIS,
  CHART_CONFLICT,
  CHART_FOCUS,
  CHART_FONT,
  CHART_GRID,
  CHART_INK,
  CHART_INK_MUTED,
  CHART_PAPER,
  FONT_SIZE,
  LINE_WIDTH,
  MARKER_SIZE,
  MARKER_SIZE_FOCUS,
} from './chartConstants';
import { Marker } from './Marker';
import { EMPTY_LINE_HEIGHT, TITLE_LINE_HEIGHT, TITLE_X } from './timeSeriesLabels';
import type { TimeSeriesLayout } from './timeSeriesTypes';

/**
 * A label next to its line's end gets a short tick to it when dodged; a series that ends years earlier gets no
 * leader (a horizontal rule would read as a value carried forward), its label repeats its marker instead.
 */
const LEADER_MAX_GAP = 24;
const LABEL_MARKER_OFFSET = 5;
const LABEL_TEXT_OFFSET = 13;

/** A white outline painted under text that may sit over marks or lines, so it stays legible (and AA). */
const HALO = { stroke: CHART_PAPER, strokeWidth: 3, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;

/** What the reader is pointing at: a data year's column, and possibly one point in it. */
export interface ActivePoint {
  dataYear: number;
  pointId: string | null;
}

interface BodyProps {
  layout: TimeSeriesLayout;
  active?: ActivePoint | null;
  /** Prefix of the tier pattern ids in the enclosing SVG's <defs>. */
  patternPrefix: string;
}

/**
 * The chart drawn as an SVG group: axes, tier rows, lines with gaps, markers, "<5" labels, document marks,
 * direct labels and the crosshair. Stateless and styled with attributes only, so the export can reuse it.
 */
export function TimeSeriesBody({ layout, active = null, patternPrefix }: BodyProps) {
  const { plot, x, y } = layout;
  const activePoint =
    active?.pointId != null
      ? [...layout.lines.flatMap((l) => l.points), ...layout.marks].find((p) => p.id === active.pointId)
      : undefined;
  const crosshairTop = layout.tierRows[0]?.y ?? plot.top;
  return (
    <g fontFamily={CHART_FONT} className="ts-chart">
      {layout.titleLines.length > 0 && (
        <text
          x={TITLE_X}
          y={layout.titleY}
          fontSize={FONT_SIZE.panelTitle}
          fontWeight={700}
          fill={CHART_INK}
          className="ts-title"
        >
          {layout.titleLines.map((line, i) => (
            <tspan key={i} x={TITLE_X} dy={i === 0 ? 0 : TITLE_LINE_HEIGHT}>
              {line}
            </tspan>
          ))}
        </text>
      )}

      {layout.tierRows.length > 0 && (
        <g className="ts-tier-rows">
          <text x={plot.left} y={layout.tierLabelY} fontSize={FONT_SIZE.note} fill={CHART_INK_MUTED}>
            {layout.tierLabel}
          </text>
          {layout.tierRows.map((row) => (
            <g key={row.spec.id} data-tier-row={row.spec.id}>
              <text
                x={plot.left - 6}
                y={row.y + row.height / 2}
                dy="0.35em"
                textAnchor="end"
                fontSize={FONT_SIZE.note}
                fontWeight={600}
                fill={row.spec.colour ?? CHART_INK}
              >
                {row.spec.label}
              </text>
              <TierStripGroup
                cells={row.spec.cells.filter((c) => c.reportYear >= x.first && c.reportYear <= x.last)}
                xOf={x.leftEdge}
                cellWidth={x.cellWidth}
                height={row.height}
                y={row.y}
                patternPrefix={patternPrefix}
              />
            </g>
          ))}
        </g>
      )}

      {(layout.yLabel || y.kind === 'log') && (
        <text x={4} y={layout.yLabelY} fontSize={FONT_SIZE.axisLabel} fontWeight={600} fill={CHART_INK}>
          {layout.yLabel}
          {y.kind === 'log' ? `${layout.yLabel ? ' ' : ''}(log scale)` : ''}
        </text>
      )}

      <g className="ts-y-axis" aria-hidden="true">
        {y.ticks.map((t) => (
          <g key={t.value}>
            <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} stroke={CHART_GRID} strokeWidth={1} />
            <text
              x={plot.left - 6}
              y={t.y}
              dy="0.32em"
              textAnchor="end"
              fontSize={FONT_SIZE.tick}
              fill={CHART_INK_MUTED}
              className="ts-y-tick"
            >
              {t.label}
            </text>
          </g>
        ))}
      </g>

      <g className="ts-x-axis" aria-hidden="true">
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={CHART_AXIS} />
        {x.tickYears.map((year) => (
          <g key={year}>
            <line
              x1={x.center(year)}
              x2={x.center(year)}
              y1={plot.bottom}
              y2={plot.bottom + 4}
              stroke={CHART_AXIS}
            />
            <text
              x={x.center(year)}
              y={plot.bottom + 16}
              textAnchor="middle"
              fontSize={FONT_SIZE.tick}
              fill={CHART_INK_MUTED}
            >
              {year}
            </text>
          </g>
        ))}
        <text
          x={plot.right}
          y={plot.bottom + 30}
          textAnchor="end"
          fontSize={FONT_SIZE.axisLabel}
          fill={CHART_INK_MUTED}
          className="ts-x-label"
        >
          {layout.xLabel}
        </text>
      </g>

      {layout.bands.length > 0 && (
        <g className="ts-bands">
          {layout.bands.map((b) => (
            <g key={`${b.band.from}-${b.band.to}`} data-band={b.band.label}>
              <path
                d={`M${b.x1},${b.y - 4}V${b.y}H${b.x2}V${b.y - 4}`}
                fill="none"
                stroke={CHART_AXIS}
                strokeWidth={1}
              />
              {b.text && (
                <text
                  x={(b.x1 + b.x2) / 2}
                  y={b.y + 11}
                  textAnchor="middle"
                  fontSize={FONT_SIZE.note}
                  fill={CHART_INK_MUTED}
                >
                  {b.text}
                </text>
              )}
            </g>
          ))}
        </g>
      )}

      {active && (
        <line
          className="ts-crosshair"
          x1={x.center(active.dataYear)}
          x2={x.center(active.dataYear)}
          y1={crosshairTop - 2}
          y2={plot.bottom}
          stroke={CHART_FOCUS}
          strokeWidth={1.5}
          strokeDasharray="3 3"
        />
      )}

      {layout.empty && (
        <text
          className="ts-empty"
          x={layout.empty.x}
          y={layout.empty.y - ((layout.empty.lines.length - 1) * EMPTY_LINE_HEIGHT) / 2}
          textAnchor="middle"
          fontSize={FONT_SIZE.axisLabel + 1}
          fill={CHART_INK_MUTED}
          {...HALO}
        >
          {layout.empty.lines.map((line, i) => (
            <tspan key={i} x={layout.empty!.x} dy={i === 0 ? '0.35em' : EMPTY_LINE_HEIGHT}>
              {line}
            </tspan>
          ))}
        </text>
      )}

      {layout.lines.map((line) => (
        <g key={line.series.id} className="ts-series" data-series={line.series.id}>
          {line.runs.map((run) => (
            <path
              key={`${run.fromYear}-${run.toYear}`}
              className="ts-run"
              data-from={run.fromYear}
              data-to={run.toYear}
              d={run.d}
              fill="none"
              stroke={line.series.colour}
              strokeWidth={line.series.secondary ? LINE_WIDTH * 0.75 : LINE_WIDTH}
              strokeDasharray={run.dashed ? '2 4' : line.series.secondary ? '6 3' : undefined}
              strokeLinejoin="round"
              strokeLinecap="round"
            />
          ))}
          {line.points.map((p) => (
            <g key={p.id} className="ts-point" data-year={p.dataYear} data-value={String(p.value)}>
              <Marker
                shape={line.series.shape}
                x={p.x}
                y={p.y}
                colour={line.series.colour}
                hollow={p.nominal || line.series.secondary}
              />
              {p.label && (
                <text
                  x={p.label.x}
                  y={p.label.y}
                  textAnchor="middle"
                  fontSize={FONT_SIZE.note}
                  fontWeight={600}
                  fill={line.series.colour}
                  {...HALO}
                  className="ts-lt5-label"
                >
                  {p.label.text}
                </text>
              )}
            </g>
          ))}
        </g>
      ))}

      {layout.marks.map((p) => {
        if (p.ref.kind !== 'mark') return null;
        const m = p.ref.mark;
        return (
          <g
            key={p.id}
            className="ts-mark"
            data-year={p.dataYear}
            data-value={m.value}
            data-mark={m.id}
            data-conflict={m.conflict ? 'true' : undefined}
          >
            {m.conflict && (
              <>
                <circle
                  cx={p.x}
                  cy={p.y}
                  r={MARKER_SIZE + 2}
                  fill="none"
                  stroke={CHART_CONFLICT}
                  strokeWidth={1.5}
                  strokeDasharray="2 2"
                />
                <text
                  x={p.x + MARKER_SIZE + 3}
                  y={p.y - MARKER_SIZE}
                  fontSize={FONT_SIZE.note + 1}
                  fontWeight={700}
                  fill={CHART_CONFLICT}
                  {...HALO}
                >
                  ≠
                </text>
              </>
            )}
            <Marker
              shape={m.shape}
              x={p.x}
              y={p.y}
              size={MARKER_SIZE + 3}
              colour={m.colour}
              hollow={m.hollow}
              stroke={m.hollow ? m.colour : CHART_INK}
              strokeWidth={m.hollow ? 1.6 : 0.8}
            />
            {p.label && (
              <text
                x={p.label.x}
                y={p.label.y - 2}
                textAnchor="middle"
                fontSize={FONT_SIZE.note}
                fontWeight={600}
                fill={m.colour}
                {...HALO}
                className="ts-nominal-label"
              >
                {p.label.text}
              </text>
            )}
          </g>
        );
      })}

      {layout.labels.map((l) => (
        <g key={l.id} className="ts-direct-label">
          {Math.abs(l.labelY - l.anchorY) > 2 && l.x - l.anchorX < LEADER_MAX_GAP && (
            <line x1={l.x - 4} x2={l.x - 1} y1={l.anchorY} y2={l.labelY} stroke={l.colour} strokeWidth={1} />
          )}
          <Marker
            shape={l.shape}
            x={l.x + LABEL_MARKER_OFFSET}
            y={l.labelY}
            colour={l.colour}
            hollow={l.hollow}
          />
          <text
            x={l.x + LABEL_TEXT_OFFSET}
            y={l.labelY}
            dy="0.35em"
            fontSize={FONT_SIZE.directLabel}
            fontWeight={600}
            fill={l.colour}
            {...HALO}
          >
            {l.text}
          </text>
        </g>
      ))}

      {activePoint && (
        <circle
          className="ts-focus-ring"
          cx={activePoint.x}
          cy={activePoint.y}
          r={MARKER_SIZE_FOCUS}
          fill="none"
          stroke={CHART_FOCUS}
          strokeWidth={2.5}
        />
      )}
    </g>
  );
}

interface ChartProps extends BodyProps {
  /** What the chart shows, for screen readers (the table alternative holds the numbers). */
  ariaLabel: string;
}

/** The chart as a standalone SVG of the layout's size. */
export function TimeSeriesChart({ layout, active, patternPrefix, ariaLabel }: ChartProps) {
  return (
    <svg
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={ariaLabel}
      className="ts-svg"
    >
      {layout.tierRows.length > 0 && <TierPatterns prefix={patternPrefix} />}
      <TimeSeriesBody layout={layout} active={active} patternPrefix={patternPrefix} />
    </svg>
  );
}
