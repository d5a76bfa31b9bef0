import { TIER_CLASSES, TIER_FILL, TIER_PATTERN, tierPatternId } from './tierConstants';

/** Marks of a pattern, drawn over its colour in a tile 6 wide (6√2 for diagonals), times the pattern's scale. */
export type PatternMarks =
  | { kind: 'diagonal'; rising: boolean; stroke: string; width: number }
  | { kind: 'dots'; fill: string; r: number }
  | { kind: 'cross'; stroke: string; width: number };

/** The id of a pattern's marks alone (no colour under them), for a shape already filled with the colour. */
export const marksPatternId = (id: string): string => `${id}-marks`;

/** Diagonal lines 6 apart, drawn as diagonals of a square tile 6√2 wide: no patternTransform, which
 * LibreOffice's picture export ignores (its lines come out vertical). */
const DIAGONAL_TILE = 6 * Math.SQRT2;
const round = (n: number) => Math.round(n * 1000) / 1000;

function Marks({ marks, size, scale }: { marks: PatternMarks; size: number; scale: number }) {
  switch (marks.kind) {
    case 'diagonal': {
      // One diagonal through the tile and the two corner pieces that join it to the next tiles' lines.
      const s = round(size);
      const e = round(size / 2);
      const [lo, hi] = [round(s - e), round(s + e)];
      const d = marks.rising
        ? `M0 ${s}L${s} 0M${-e} ${e}L${e} ${-e}M${lo} ${hi}L${hi} ${lo}`
        : `M0 0L${s} ${s}M${-e} ${lo}L${e} ${hi}M${lo} ${-e}L${hi} ${e}`;
      return <path d={d} stroke={marks.stroke} strokeWidth={marks.width * scale} />;
    }
    case 'dots':
      return <circle cx={size / 2} cy={size / 2} r={marks.r * scale} fill={marks.fill} />;
    case 'cross':
      return (
        <path
          d={`M0 ${size / 2}H${size}M${size / 2} 0V${size}`}
          stroke={marks.stroke}
          strokeWidth={marks.width * scale}
        />
      );
  }
}

/**
 * One pattern: its colour with its marks over it, and with `marksToo` a second pattern of the marks alone
 * (`marksPatternId`). Drawn with attributes only, so exports keep them.
 */
function PatternDef({
  id,
  fill,
  marks,
  scale = 1,
  marksToo = false,
}: {
  id: string;
  fill: string;
  marks: PatternMarks;
  scale?: number;
  marksToo?: boolean;
}) {
  const size = (marks.kind === 'diagonal' ? DIAGONAL_TILE : 6) * scale;
  const side = round(size);
  return (
    <>
      <pattern id={id} width={side} height={side} patternUnits="userSpaceOnUse">
        <rect width={side} height={side} fill={fill} />
        <Marks marks={marks} size={size} scale={scale} />
      </pattern>
      {marksToo && (
        <pattern id={marksPatternId(id)} width={side} height={side} patternUnits="userSpaceOnUse">
          <Marks marks={marks} size={size} scale={scale} />
        </pattern>
      )}
    </>
  );
}

/** The light diagonal of "no data" and "not comparable": the same on the tier map and the Changes map. */
export const LIGHT_DIAGONAL: PatternMarks = {
  kind: 'diagonal',
  rising: false,
  stroke: '#b5b5b5',
  width: 0.8,
};

const TIER_MARKS: Record<Exclude<(typeof TIER_PATTERN)[keyof typeof TIER_PATTERN], 'none'>, PatternMarks> = {
  hatch: { kind: 'diagonal', rising: true, stroke: '#5c3d00', width: 1.6 },
  dots: { kind: 'dots', fill: '#ffffff', r: 1.2 },
  cross: { kind: 'cross', stroke: '#3b6f91', width: 0.8 },
  'diagonal-light': LIGHT_DIAGONAL,
};

/** One pattern to define: its id, its colour and its marks. */
export interface PatternSpec {
  id: string;
  fill: string;
  marks: PatternMarks;
}

/** SVG <defs> holding the patterns given (with `marksToo`, also each one's marks alone). */
export function PatternDefs({
  patterns,
  scale = 1,
  marksToo = false,
}: {
  patterns: readonly PatternSpec[];
  scale?: number;
  marksToo?: boolean;
}) {
  return (
    <defs>
      {patterns.map((p) => (
        <PatternDef key={p.id} {...p} scale={scale} marksToo={marksToo} />
      ))}
    </defs>
  );
}

/**
 * SVG <defs> with one pattern per tier class that needs one. With `marksToo`, also each pattern's marks alone,
 * for a map that draws a country's colour and its pattern's marks as two shapes (see TierMap's `layeredFills`).
 */
export function TierPatterns({
  prefix = 'tp',
  scale = 1,
  marksToo = false,
}: {
  prefix?: string;
  scale?: number;
  marksToo?: boolean;
}) {
  const patterns = TIER_CLASSES.flatMap((cls) => {
    const pattern = TIER_PATTERN[cls];
    return pattern === 'none'
      ? []
      : [{ id: tierPatternId(cls, prefix), fill: TIER_FILL[cls], marks: TIER_MARKS[pattern] }];
  });
  return <PatternDefs patterns={patterns} scale={scale} marksToo={marksToo} />;
}
