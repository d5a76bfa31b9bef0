import type { SVGProps } from 'react';
import { MARKER_SIZE, type MarkerShape } from './chartConstants';

/** The SVG path of a marker shape of the given size (its bounding box width), centred on the origin. */
export function markerPath(shape: MarkerShape, size: number): string {
  const r = size / 2;
  switch (shape) {
    case 'circle':
      return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
    case 'square': {
      const s = r * 0.9;
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'triangle': {
      const h = r * 1.1;
      return `M0,${-h}L${h},${h * 0.8}L${-h},${h * 0.8}Z`;
    }
    case 'triangleDown': {
      const h = r * 1.1;
      return `M0,${h}L${h},${-h * 0.8}L${-h},${-h * 0.8}Z`;
    }
    case 'diamond': {
      const d = r * 1.2;
      return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
    }
    case 'plus': {
      const a = r * 1.1;
      const b = r * 0.38;
      return `M${-b},${-a}H${b}V${-b}H${a}V${b}H${b}V${a}H${-b}V${b}H${-a}V${-b}H${-b}Z`;
    }
    case 'star': {
      const outer = r * 1.45;
      const inner = outer * 0.45;
      const pts = Array.from({ length: 10 }, (_, i) => {
        const rad = i % 2 === 0 ? outer : inner;
        const a = (Math.PI / 5) * i - Math.PI / 2;
        return `${(rad * Math.cos(a)).toFixed(2)},${(rad * Math.sin(a)).toFixed(2)}`;
      });
      return `M${pts.join('L')}Z`;
    }
  }
}

interface MarkerProps extends Omit<SVGProps<SVGPathElement>, 'd' | 'x' | 'y'> {
  shape: MarkerShape;
  x: number;
  y: number;
  size?: number;
  colour: string;
  /** Hollow markers: white inside, coloured outline. */
  hollow?: boolean;
}

export function Marker({ shape, x, y, size = MARKER_SIZE, colour, hollow = false, ...rest }: MarkerProps) {
  return (
    <path
      d={markerPath(shape, size)}
      transform={`translate(${x.toFixed(2)},${y.toFixed(2)})`}
      fill={hollow ? '#ffffff' : colour}
      stroke={hollow ? colour : '#ffffff'}
      strokeWidth={hollow ? 1.6 : 1}
      {...rest}
    />
  );
}

/** A marker as a small inline SVG, for legends, tooltips and tables (HTML). */
export function MarkerSwatch({
  shape,
  colour,
  hollow,
  size = 12,
}: {
  shape: MarkerShape;
  colour: string;
  hollow?: boolean;
  size?: number;
}) {
  return (
    <svg
      width={size}
      height={size}
      viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
      className="marker-swatch"
    >
      <Marker shape={shape} x={0} y={0} size={size * 0.72} colour={colour} hollow={hollow} />
    </svg>
  );
}
