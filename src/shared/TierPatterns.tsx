import { TIER_CLASSES, TIER_FILL, TIER_PATTERN, tierPatternId } from './tierConstants';

/** SVG <defs> with one pattern per tier class that needs one. Drawn with attributes only, so exports keep them. */
export function TierPatterns({ prefix = 'tp', scale = 1 }: { prefix?: string; scale?: number }) {
  const size = 6 * scale;
  return (
    <defs>
      {TIER_CLASSES.filter((c) => TIER_PATTERN[c] !== 'none').map((cls) => {
        const id = tierPatternId(cls, prefix);
        const fill = TIER_FILL[cls];
        switch (TIER_PATTERN[cls]) {
          case 'hatch':
            return (
              <pattern
                key={id}
                id={id}
                width={size}
                height={size}
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width={size} height={size} fill={fill} />
                <line x1={0} y1={0} x2={0} y2={size} stroke="#5c3d00" strokeWidth={1.6 * scale} />
              </pattern>
            );
          case 'dots':
            return (
              <pattern key={id} id={id} width={size} height={size} patternUnits="userSpaceOnUse">
                <rect width={size} height={size} fill={fill} />
                <circle cx={size / 2} cy={size / 2} r={1.2 * scale} fill="#ffffff" />
              </pattern>
            );
          case 'cross':
            return (
              <pattern key={id} id={id} width={size} height={size} patternUnits="userSpaceOnUse">
                <rect width={size} height={size} fill={fill} />
                <path
                  d={`M0 ${size / 2}H${size}M${size / 2} 0V${size}`}
                  stroke="#3b6f91"
                  strokeWidth={0.8 * scale}
                />
              </pattern>
            );
          case 'diagonal-light':
            return (
              <pattern
                key={id}
                id={id}
                width={size}
                height={size}
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(-45)"
              >
                <rect width={size} height={size} fill={fill} />
                <line x1={0} y1={0} x2={0} y2={size} stroke="#b5b5b5" strokeWidth={0.8 * scale} />
              </pattern>
            );
          default:
            return null;
        }
      })}
    </defs>
  );
}
