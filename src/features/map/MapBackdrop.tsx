/**
 * What every map draws behind its countries: the fills of each class (flat colours or patterns from the map's own
 * <defs>), the Changes mode's patterns, and the globe and its graticule through react-simple-maps.
 */
import { memo } from 'react';
import { Graticule, MapProvider, Sphere } from 'react-simple-maps/core';
import { TierPatterns } from '../../shared/TierPatterns';
import { tierFillRef, type TierClass } from '../../shared/tierConstants';
import type { MapMode } from '../../state/urlState';
import { CHANGE_FILL, CHANGE_PATTERN, GRATICULE_STEP, type ChangeClass, type MapClass } from './mapConstants';
import type { MapLayout } from './mapLayout';

const patternId = (cls: string, prefix: string) =>
  `${prefix}-${cls.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;

/** The `fill` of a class in a mode: a flat colour, or a pattern from the map's own <defs>. */
export function mapFill(mode: MapMode, cls: MapClass, prefix: string): string {
  if (mode === 'tiers') return tierFillRef(cls as TierClass, prefix);
  const change = cls as ChangeClass;
  return CHANGE_PATTERN[change] === 'none'
    ? CHANGE_FILL[change]
    : `url(#${patternId(change, `${prefix}-c`)})`;
}

/** Patterns of the Changes mode, drawn like the tier patterns: attributes only. */
export function ChangePatterns({ prefix, scale = 1 }: { prefix: string; scale?: number }) {
  const size = 6 * scale;
  return (
    <defs>
      <pattern
        id={patternId('downgraded', `${prefix}-c`)}
        width={size}
        height={size}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width={size} height={size} fill={CHANGE_FILL.downgraded} />
        <line x1={0} y1={0} x2={0} y2={size} stroke="#7a2e00" strokeWidth={1.2 * scale} />
      </pattern>
      <pattern
        id={patternId('not comparable', `${prefix}-c`)}
        width={size}
        height={size}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(-45)"
      >
        <rect width={size} height={size} fill={CHANGE_FILL['not comparable']} />
        <line x1={0} y1={0} x2={0} y2={size} stroke="#b5b5b5" strokeWidth={0.8 * scale} />
      </pattern>
    </defs>
  );
}

/**
 * Patterns, ocean and graticule: the same for every report year, so memoised on the layout — a year change or a
 * hover does not re-project the sphere and graticule or re-create the pattern definitions.
 */
export const Backdrop = memo(function Backdrop({
  layout,
  prefix,
  ocean,
  grid,
}: {
  layout: MapLayout;
  prefix: string;
  ocean: string;
  grid: string;
}) {
  return (
    <>
      <TierPatterns prefix={prefix} />
      <ChangePatterns prefix={prefix} />
      {/* react-simple-maps' provider (not ComposableMap) so the <svg> keeps explicit width/height for export. */}
      <MapProvider width={layout.width} height={layout.height} projection={layout.projection}>
        <Sphere id={`${prefix}-sphere`} fill={ocean} stroke="none" />
        <Graticule step={GRATICULE_STEP} stroke={grid} strokeWidth={0.6} fill="none" />
      </MapProvider>
    </>
  );
});
