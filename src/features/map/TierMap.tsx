/**
 * The stateless map: draws what it is given in a box of the given size, with every style in SVG attributes so
 * the export feature can render the same component at 1920×1080 and serialize it. No data fetching, no store.
 */
import { memo, useMemo } from 'react';
import { Backdrop, mapFill, mapFillLayers } from './MapBackdrop';
import type { MapMode, RegionPreset } from '../../state/urlState';
import {
  BORDER_WIDTH,
  DIMMED_OPACITY,
  FOCUS_STROKE,
  FOCUS_WIDTH,
  HOVER_STROKE,
  HOVER_WIDTH,
  LABEL_FONT_MAX,
  LABEL_FONT_MIN,
  LABEL_FONT_PER_PX,
  LABEL_FONT_SMALLER,
  LABEL_FONT_WEIGHT,
  MAP_PADDING,
  MAP_THEME,
  MARKER_STROKE,
  OCEAN_FILL,
  OUTSIDE_REGION_FILL,
  OUTSIDE_REGION_FILL_DARK,
  OUTSIDE_REGION_STROKE,
  OUTSIDE_REGION_STROKE_DARK,
  SELECTED_STROKE,
  SELECTED_WIDTH,
  STREAK_OUTLINE_WIDTH,
  STREAK_STROKE,
  UNRATED_LAND_FILL,
  UNRATED_LAND_FILL_DARK,
  type MapClass,
  type MapTheme,
} from './mapConstants';
import type { JoinedFeature, SmallPlace } from './mapGeometry';
import { layoutMap, type MapLayout, type ShapeLayout } from './mapLayout';
import { labelCandidates, placeLabels } from './mapLabels';
import { measureInter } from '../../shared/export/textLayout';

export const FONT_FAMILY = 'Inter, system-ui, -apple-system, "Segoe UI", sans-serif';

export interface TierMapProps {
  width: number;
  height: number;
  region: RegionPreset;
  /** World geometry joined to ISO3 (see joinFeatures). */
  features: readonly JoinedFeature[];
  /** Rated places without a shape, drawn as circles. */
  places: readonly SmallPlace[];
  /** Each country's class: a tier class in "tiers" mode, a change class in "changes" mode. */
  classes: ReadonlyMap<string, MapClass>;
  mode: MapMode;
  /** Countries of the region preset; the rest are drawn plain. Null: all. */
  members?: ReadonlySet<string> | null;
  /** Countries of a legend class being pointed at; the rest fade. */
  highlight?: ReadonlySet<string> | null;
  /** Countries drawn with a dark outline (consecutive Watch List years in Changes mode). */
  outlined?: ReadonlySet<string> | null;
  /** The keyboard's current country (focus ring). */
  active?: string | null;
  /** The country under the pointer (thin outline). */
  hovered?: string | null;
  /** The country whose panel is open. */
  selected?: string | null;
  theme?: MapTheme;
  /** Prefix of pattern ids; give each map in one document its own. */
  patternPrefix?: string;
  /** Accessible name of the image; without it the SVG is hidden from assistive technology. */
  title?: string;
  /** Print the "tiers measure efforts" caveat at the foot of the map (on by default). */
  showNote?: boolean;
  /**
   * Country names (map slides): the `must` countries wherever they are, and with `fitting` every country of the
   * region large enough to hold its name; placed so that no two collide.
   */
  labels?: { must: readonly string[]; fitting: boolean; nameOf: (iso3: string) => string } | null;
  /**
   * Drawn at build time for index.html's still picture: marked `data-prerendered` instead of `data-ready`, so
   * nothing mistakes the picture for the live map.
   */
  prerendered?: boolean;
  /**
   * Draw a patterned country as its colour with the pattern's marks over it as a second shape (`mapFillLayers`):
   * for exports, which LibreOffice and programs without SVG patterns open. The screen uses one shape per country.
   */
  layeredFills?: boolean;
}

interface ShapeProps {
  shape: ShapeLayout;
  iso3: string | null;
  cls: string | undefined;
  fill: string;
  stroke: string;
  opacity: number;
}

/** One country shape; memoised so a year change repaints only the countries whose class changed. */
const Shape = memo(function Shape({ shape, iso3, cls, fill, stroke, opacity }: ShapeProps) {
  // Read here, not by the map: the outline is projected as this country renders (see ShapeLayout.d).
  const d = shape.d;
  if (!d) return null;
  return (
    <path
      d={d}
      fill={fill}
      stroke={stroke}
      strokeWidth={BORDER_WIDTH}
      strokeLinejoin="round"
      opacity={opacity}
      data-iso3={iso3 ?? undefined}
      data-class={cls}
    />
  );
});

function outlinePaths(layout: MapLayout, iso3: string) {
  return layout.shapes.filter((s) => s.iso3 === iso3 && s.d);
}

function Outline({
  layout,
  iso3,
  stroke,
  width,
}: {
  layout: MapLayout;
  iso3: string;
  stroke: string;
  width: number;
}) {
  const marker = layout.markers.find((m) => m.iso3 === iso3);
  return (
    <g pointerEvents="none" data-outline={iso3}>
      {outlinePaths(layout, iso3).map((s) => (
        <path key={s.key} d={s.d} fill="none" stroke={stroke} strokeWidth={width} strokeLinejoin="round" />
      ))}
      {marker && (
        <circle
          cx={marker.x}
          cy={marker.y}
          r={layout.markerRadius + width + 1}
          fill="none"
          stroke={stroke}
          strokeWidth={width}
        />
      )}
    </g>
  );
}

export function TierMap({
  width,
  height,
  region,
  features,
  places,
  classes,
  mode,
  members = null,
  highlight = null,
  outlined = null,
  active = null,
  hovered = null,
  selected = null,
  theme = MAP_THEME,
  patternPrefix = 'tm',
  title,
  showNote = true,
  labels = null,
  prerendered = false,
  layeredFills = false,
}: TierMapProps) {
  const layout = layoutMap(features, places, region, width, height);
  const labelSize = Math.min(LABEL_FONT_MAX, Math.max(LABEL_FONT_MIN, width * LABEL_FONT_PER_PX));
  const labelBottom = showNote ? layout.noteY - layout.noteFontSize - MAP_PADDING : layout.height;
  const placedLabels = useMemo(() => {
    const labelBounds = { x0: 0, y0: 0, x1: layout.width, y1: labelBottom };
    return labels
      ? placeLabels(
          labelCandidates({
            features,
            places,
            projection: layout.projection,
            markers: layout.markers.filter((m) => !members || members.has(m.iso3)),
            nameOf: labels.nameOf,
            must: labels.must,
            fitting: labels.fitting,
            members,
            bounds: labelBounds,
          }),
          {
            fontSize: labelSize,
            fontWeight: LABEL_FONT_WEIGHT,
            // Inter's own widths: a slide is a picture drawn with the embedded Inter, never re-set in another font.
            measure: measureInter,
            minFontSize: labelSize * LABEL_FONT_SMALLER,
            bounds: labelBounds,
          },
        )
      : [];
  }, [labels, features, places, layout, members, labelSize, labelBottom]);
  const [fills, marks] = useMemo(() => {
    const fill = new Map<string, string>();
    const mark = new Map<string, string>();
    for (const [iso3, cls] of classes) {
      if (!layeredFills) {
        fill.set(iso3, mapFill(mode, cls, patternPrefix));
        continue;
      }
      const layers = mapFillLayers(mode, cls, patternPrefix);
      fill.set(iso3, layers.flat);
      if (layers.marks) mark.set(iso3, layers.marks);
    }
    return [fill, mark];
  }, [classes, mode, patternPrefix, layeredFills]);
  /** The pattern's marks over a country's colour (layered fills only), where the country is drawn in its class. */
  const marksOf = (iso3: string | null) =>
    iso3 && (!members || members.has(iso3)) ? (marks.get(iso3) ?? null) : null;
  const border = theme.dark ? '#2b2f36' : theme.axis;
  const ocean = theme.dark ? '#1f2630' : OCEAN_FILL;

  const styleOf = (iso3: string | null) => {
    if (!iso3 || !classes.has(iso3))
      return { fill: theme.dark ? UNRATED_LAND_FILL_DARK : UNRATED_LAND_FILL, stroke: border, opacity: 1 };
    if (members && !members.has(iso3))
      return theme.dark
        ? { fill: OUTSIDE_REGION_FILL_DARK, stroke: OUTSIDE_REGION_STROKE_DARK, opacity: 1 }
        : { fill: OUTSIDE_REGION_FILL, stroke: OUTSIDE_REGION_STROKE, opacity: 1 };
    const dim = highlight !== null && !highlight.has(iso3);
    return { fill: fills.get(iso3)!, stroke: border, opacity: dim ? DIMMED_OPACITY : 1 };
  };

  const visibleMarkers = layout.markers.filter((m) => !members || members.has(m.iso3));

  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role={title ? 'img' : undefined}
      aria-label={title}
      aria-hidden={title ? undefined : true}
      fontFamily={FONT_FAMILY}
      className="tier-map-svg"
      data-ready={prerendered ? undefined : 'true'}
      data-prerendered={prerendered ? 'true' : undefined}
    >
      {theme.paper && <rect width={width} height={height} fill={theme.paper} />}
      <Backdrop
        layout={layout}
        prefix={patternPrefix}
        ocean={ocean}
        grid={theme.grid}
        marksToo={layeredFills}
      />
      <g data-layer="countries">
        {layout.shapes.map((s) => {
          const st = styleOf(s.iso3);
          return (
            <Shape
              key={s.key}
              shape={s}
              iso3={s.iso3}
              cls={s.iso3 ? classes.get(s.iso3) : undefined}
              fill={st.fill}
              stroke={st.stroke}
              opacity={st.opacity}
            />
          );
        })}
      </g>
      {marks.size > 0 && (
        <g data-layer="pattern-marks" pointerEvents="none">
          {layout.shapes.map((s) => {
            const fill = marksOf(s.iso3);
            return fill && s.d && <path key={s.key} d={s.d} fill={fill} opacity={styleOf(s.iso3).opacity} />;
          })}
        </g>
      )}
      {outlined && outlined.size > 0 && (
        <g data-layer="streaks" pointerEvents="none">
          {layout.shapes
            .filter((s) => s.iso3 && outlined.has(s.iso3) && (!members || members.has(s.iso3)) && s.d)
            .map((s) => (
              <path
                key={s.key}
                d={s.d}
                fill="none"
                stroke={theme.dark ? theme.ink : STREAK_STROKE}
                strokeWidth={STREAK_OUTLINE_WIDTH}
                strokeLinejoin="round"
              />
            ))}
        </g>
      )}
      <g data-layer="small-places">
        {visibleMarkers.map((m) => {
          const st = styleOf(m.iso3);
          const ring = outlined?.has(m.iso3) ? STREAK_OUTLINE_WIDTH : 0.8;
          const markFill = marksOf(m.iso3);
          return (
            <g key={m.iso3}>
              {m.moved && (
                <line
                  x1={m.px}
                  y1={m.py}
                  x2={m.x}
                  y2={m.y}
                  stroke={theme.inkMuted}
                  strokeWidth={0.6}
                  pointerEvents="none"
                />
              )}
              <circle
                cx={m.x}
                cy={m.y}
                r={layout.markerRadius}
                fill={st.fill}
                opacity={st.opacity}
                stroke={theme.dark ? '#e8e8e8' : MARKER_STROKE}
                strokeWidth={ring}
                data-iso3={m.iso3}
                data-class={classes.get(m.iso3)}
                data-marker="true"
              />
              {markFill && (
                <circle
                  cx={m.x}
                  cy={m.y}
                  r={layout.markerRadius - ring / 2}
                  fill={markFill}
                  opacity={st.opacity}
                  pointerEvents="none"
                />
              )}
            </g>
          );
        })}
      </g>
      {hovered && hovered !== active && (
        <Outline layout={layout} iso3={hovered} stroke={HOVER_STROKE} width={HOVER_WIDTH} />
      )}
      {selected && (
        <Outline
          layout={layout}
          iso3={selected}
          stroke={theme.dark ? theme.ink : SELECTED_STROKE}
          width={SELECTED_WIDTH}
        />
      )}
      {active && <Outline layout={layout} iso3={active} stroke={FOCUS_STROKE} width={FOCUS_WIDTH} />}
      {placedLabels.length > 0 && (
        <g data-layer="labels" pointerEvents="none">
          {placedLabels.map((l) => (
            <text
              key={l.iso3}
              x={l.x}
              y={l.y}
              textAnchor="middle"
              fontSize={l.fontSize}
              fontWeight={LABEL_FONT_WEIGHT}
              fill={theme.ink}
              stroke={theme.halo}
              strokeWidth={3}
              paintOrder="stroke"
              strokeLinejoin="round"
              data-label={l.iso3}
            >
              {l.text}
            </text>
          ))}
        </g>
      )}
      {showNote &&
        layout.noteLines.map((line, i) => (
          <text
            key={line}
            x={MAP_PADDING}
            y={layout.noteY + i * layout.noteLineHeight}
            fontSize={layout.noteFontSize}
            fill={theme.ink}
            stroke={theme.halo}
            strokeWidth={3}
            paintOrder="stroke"
            strokeLinejoin="round"
            data-note="true"
          >
            {line}
          </text>
        ))}
    </svg>
  );
}
