import type { ReactNode } from 'react';
import { TierPatterns } from '../TierPatterns';
import { tierFillRef } from '../tierConstants';
import { EXPORT_THEMES, type ExportTheme } from './exportTheme';
import type { ExportSpec, LegendItem } from './exportTypes';
import type { FrameLayout, TextBlock } from './frameLayout';

/** Pattern ids of the frame's own legend, distinct from any the chart defines. */
const LEGEND_PATTERN_PREFIX = 'xl';
const CHART_CLIP_ID = 'export-chart-clip';
const FRAME_FONT = 'Inter, sans-serif';
/** Margin of the light panel behind a chart that cannot draw itself on dark. */
const PANEL_INSET = 6;

interface Props {
  spec: ExportSpec;
  layout: FrameLayout;
  theme: ExportTheme;
  /** Pixel size of the <svg> element; defaults to the logical size (a PNG at 2× doubles it, viewBox unchanged). */
  pixelScale?: number;
}

/** Outline behind text where the backdrop is unknown (transparent), so it reads over anything. */
const haloProps = (theme: ExportTheme, fontSize: number) =>
  theme.paper === null
    ? {
        stroke: theme.halo,
        strokeWidth: Math.max(2, fontSize / 5),
        strokeLinejoin: 'round' as const,
        paintOrder: 'stroke',
      }
    : {};

function Lines({
  block,
  x,
  fill,
  weight,
  theme,
  className,
}: {
  block: TextBlock;
  x: number;
  fill: string;
  weight: number;
  theme: ExportTheme;
  className: string;
}) {
  if (block.lines.length === 0) return null;
  return (
    <text
      className={className}
      x={x}
      y={block.y}
      fontSize={block.fontSize}
      fontWeight={weight}
      fill={fill}
      {...haloProps(theme, block.fontSize)}
    >
      {block.lines.map((line, i) => (
        // A trailing space keeps the words apart in the text content (what a search or a screen reader gets).
        <tspan key={i} x={x} dy={i === 0 ? 0 : block.lineHeight}>
          {i < block.lines.length - 1 ? `${line} ` : line}
        </tspan>
      ))}
    </text>
  );
}

function Marker({
  shape,
  cx,
  cy,
  r,
  fill,
}: {
  shape: string;
  cx: number;
  cy: number;
  r: number;
  fill: string;
}) {
  switch (shape) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={r} fill={fill} />;
    case 'square':
      return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} fill={fill} />;
    case 'triangle':
      return (
        <path d={`M${cx} ${cy - r * 1.15}L${cx + r * 1.1} ${cy + r * 0.8}H${cx - r * 1.1}Z`} fill={fill} />
      );
    case 'diamond':
      return (
        <path
          d={`M${cx} ${cy - r * 1.3}L${cx + r * 1.3} ${cy}L${cx} ${cy + r * 1.3}L${cx - r * 1.3} ${cy}Z`}
          fill={fill}
        />
      );
    default:
      return null;
  }
}

function Swatch({ item, size, theme }: { item: LegendItem; size: number; theme: ExportTheme }): ReactNode {
  switch (item.kind) {
    case 'tier':
      return (
        <rect
          width={size}
          height={size}
          fill={tierFillRef(item.tierClass, LEGEND_PATTERN_PREFIX)}
          stroke={theme.axis}
          strokeWidth={size / 14}
        />
      );
    case 'fill':
      return (
        <rect
          width={size}
          height={size}
          fill={theme.dark && item.darkFill ? item.darkFill : item.fill}
          stroke={item.stroke ?? theme.axis}
          strokeWidth={size / 14}
        />
      );
    case 'outline':
      return (
        <rect
          x={size / 10}
          y={size / 10}
          width={size * 0.8}
          height={size * 0.8}
          fill="none"
          stroke={theme.ink}
          strokeWidth={size / 6}
          strokeLinejoin="round"
        />
      );
    case 'custom':
      return <g>{item.render(size)}</g>;
    case 'line':
      return (
        <g>
          <line
            x1={0}
            x2={size}
            y1={size / 2}
            y2={size / 2}
            stroke={item.stroke}
            strokeWidth={size / 6}
            strokeDasharray={item.dash}
          />
          <Marker
            shape={item.marker ?? 'none'}
            cx={size / 2}
            cy={size / 2}
            r={size / 4.5}
            fill={item.stroke}
          />
        </g>
      );
  }
}

/**
 * The image a user exports: title, subtitle, the view's own chart laid out for the box, legend, source lines,
 * caveat, export date, dataset version and link. Drawn with attributes only, so the serialized SVG keeps its look.
 */
export function ExportFrame({ spec, layout, theme, pixelScale = 1 }: Props) {
  const { width, height, typeScale: ts, chart, legend } = layout;
  const lightPanel = theme.dark && !spec.chartSupportsDark;
  const chartBox = {
    width: chart.width / ts,
    height: chart.height / ts,
    theme: lightPanel ? EXPORT_THEMES.white : theme,
  };
  // The legend shares the chart's light panel: its swatches use the chart's own (light-theme) colours.
  const legendTheme = lightPanel ? EXPORT_THEMES.white : theme;
  const hasTierSwatch = spec.legend.some((i) => i.kind === 'tier');
  return (
    <svg
      width={width * pixelScale}
      height={height * pixelScale}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby="export-title export-desc"
      fontFamily={FRAME_FONT}
    >
      <title id="export-title">{spec.title}</title>
      <desc id="export-desc">
        {[spec.subtitle, spec.description, ...spec.sourceLines, spec.caveat].filter(Boolean).join(' ')}
      </desc>
      {hasTierSwatch && <TierPatterns prefix={LEGEND_PATTERN_PREFIX} scale={ts * 1.2} />}
      <defs>
        <clipPath id={CHART_CLIP_ID}>
          <rect x={chart.x} y={chart.y} width={chart.width} height={chart.height} />
        </clipPath>
      </defs>
      {theme.paper && <rect className="export-background" width={width} height={height} fill={theme.paper} />}
      <Lines
        block={layout.title}
        x={layout.padding}
        fill={theme.ink}
        weight={700}
        theme={theme}
        className="export-title"
      />
      <Lines
        block={layout.subtitle}
        x={layout.padding}
        fill={theme.inkMuted}
        weight={400}
        theme={theme}
        className="export-subtitle"
      />
      {lightPanel && (
        <rect
          className="export-chart-panel"
          x={chart.x - PANEL_INSET * ts}
          y={chart.y - PANEL_INSET * ts}
          width={chart.width + 2 * PANEL_INSET * ts}
          height={
            (legend.height ? legend.items[0]!.y + legend.height - chart.y : chart.height) +
            2 * PANEL_INSET * ts
          }
          rx={PANEL_INSET * ts}
          fill={EXPORT_THEMES.white.paper!}
        />
      )}
      <g className="export-chart" clipPath={`url(#${CHART_CLIP_ID})`}>
        <g transform={`translate(${chart.x},${chart.y}) scale(${ts})`}>{spec.renderChart(chartBox)}</g>
      </g>
      <g className="export-legend">
        {legend.items.map(({ item, x, y }) => (
          <g key={`${item.kind}-${item.label}`} transform={`translate(${x},${y})`}>
            <Swatch item={item} size={legend.swatch} theme={legendTheme} />
            <text
              x={legend.labelOffset}
              y={legend.swatch / 2}
              dy="0.35em"
              fontSize={legend.fontSize}
              fill={legendTheme.ink}
              {...haloProps(legendTheme, legend.fontSize)}
            >
              {item.label}
            </text>
          </g>
        ))}
      </g>
      <Lines
        block={layout.footer}
        x={layout.padding}
        fill={theme.inkMuted}
        weight={400}
        theme={theme}
        className="export-footer"
      />
    </svg>
  );
}
