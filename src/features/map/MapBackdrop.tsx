/**
 * What every map draws behind its countries: the fills of each class (flat colours or patterns from the map's own
 * <defs>), the Changes mode's patterns, and the globe and its graticule through react-simple-maps.
 */
import { memo } from 'react';
import { Graticule, MapProvider, Sphere } from 'react-simple-maps/core';
import {
  LIGHT_DIAGONAL,
  marksPatternId,
  PatternDefs,
  TierPatterns,
  type PatternMarks,
} from '../../shared/TierPatterns';
import { TIER_FILL, TIER_PATTERN, tierPatternId, type TierClass } from '../../shared/tierConstants';
import type { MapMode } from '../../state/urlState';
import {
  CHANGE_CLASSES,
  CHANGE_FILL,
  CHANGE_PATTERN,
  GRATICULE_STEP,
  type ChangeClass,
  type MapClass,
} from './mapConstants';
import type { MapLayout } from './mapLayout';

const patternId = (cls: string, prefix: string) =>
  `${prefix}-${cls.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;

/** A class's flat colour, and the id of its pattern in the map's own <defs> (null for a flat class). */
function classPattern(mode: MapMode, cls: MapClass, prefix: string): { flat: string; id: string | null } {
  if (mode === 'tiers') {
    const tier = cls as TierClass;
    return { flat: TIER_FILL[tier], id: TIER_PATTERN[tier] === 'none' ? null : tierPatternId(tier, prefix) };
  }
  const change = cls as ChangeClass;
  return {
    flat: CHANGE_FILL[change],
    id: CHANGE_PATTERN[change] === 'none' ? null : patternId(change, `${prefix}-c`),
  };
}

/** The `fill` of a class in a mode: a flat colour, or a pattern from the map's own <defs>. */
export function mapFill(mode: MapMode, cls: MapClass, prefix: string): string {
  const { flat, id } = classPattern(mode, cls, prefix);
  return id ? `url(#${id})` : flat;
}

/**
 * A class as two layers: its flat colour, and its pattern's marks alone (null for a class without a pattern), to be
 * drawn over the colour as a second shape. For exports: LibreOffice draws a pattern-filled shape that is not a
 * rectangle faded to about half strength in the pictures it exports, and a program that ignores patterns still
 * shows the colour.
 */
export function mapFillLayers(
  mode: MapMode,
  cls: MapClass,
  prefix: string,
): { flat: string; marks: string | null } {
  const { flat, id } = classPattern(mode, cls, prefix);
  return { flat, marks: id ? `url(#${marksPatternId(id)})` : null };
}

const CHANGE_MARKS: Record<'stripes' | 'diagonal-light', PatternMarks> = {
  stripes: { kind: 'diagonal', rising: true, stroke: '#7a2e00', width: 1.2 },
  'diagonal-light': LIGHT_DIAGONAL,
};

/** Patterns of the Changes mode, drawn like the tier patterns: attributes only. */
export function ChangePatterns({ prefix, marksToo = false }: { prefix: string; marksToo?: boolean }) {
  const patterns = CHANGE_CLASSES.flatMap((cls) => {
    const pattern = CHANGE_PATTERN[cls];
    return pattern === 'none'
      ? []
      : [{ id: patternId(cls, `${prefix}-c`), fill: CHANGE_FILL[cls], marks: CHANGE_MARKS[pattern] }];
  });
  return <PatternDefs patterns={patterns} marksToo={marksToo} />;
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
  marksToo = false,
}: {
  layout: MapLayout;
  prefix: string;
  ocean: string;
  grid: string;
  /** Also each pattern's marks alone, for a map drawn with `mapFillLayers`. */
  marksToo?: boolean;
}) {
  return (
    <>
      <TierPatterns prefix={prefix} marksToo={marksToo} />
      <ChangePatterns prefix={prefix} marksToo={marksToo} />
      {/* react-simple-maps' provider (not ComposableMap) so the <svg> keeps explicit width/height for export. */}
      <MapProvider width={layout.width} height={layout.height} projection={layout.projection}>
        <Sphere id={`${prefix}-sphere`} fill={ocean} stroke="none" />
        <Graticule step={GRATICULE_STEP} stroke={grid} strokeWidth={0.6} fill="none" />
      </MapProvider>
    </>
  );
});
