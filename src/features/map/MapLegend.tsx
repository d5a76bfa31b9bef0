import type { ReactNode } from 'react';
import { TierPatterns } from '../../shared/TierPatterns';
import type { MapMode } from '../../state/urlState';
import { UNRATED_LAND_FILL } from './mapConstants';
import { ChangePatterns, mapFill } from './MapBackdrop';
import type { MapClass } from './mapConstants';
import type { LegendItem } from './mapModel';

interface Props {
  mode: MapMode;
  items: readonly LegendItem[];
  /** "in the world", "in Europe": what the counts cover. */
  scopeLabel: string;
  /** The class being pointed at (hover or focus) or pinned (pressed). */
  highlighted: MapClass | null;
  pinned: MapClass | null;
  onHighlight: (cls: MapClass | null) => void;
  onPin: (cls: MapClass | null) => void;
  /** Keep the caption for screen readers only (the world view needs no visible scope). */
  captionHidden?: boolean;
  /** Extra, non-interactive keys (the Watch List outline in Changes mode). */
  extra?: ReactNode;
}

const SWATCH = 16;
const PREFIX = 'lg';

function Swatch({ fill, outline }: { fill: string; outline?: boolean }) {
  return (
    <svg width={SWATCH} height={SWATCH} viewBox={`0 0 ${SWATCH} ${SWATCH}`} aria-hidden="true">
      <rect
        x={0.5}
        y={0.5}
        width={SWATCH - 1}
        height={SWATCH - 1}
        rx={2}
        fill={fill}
        stroke={outline ? '#1a1a1a' : '#8a8f98'}
        strokeWidth={outline ? 1.6 : 0.6}
      />
    </svg>
  );
}

export function OutlineSwatch() {
  return <Swatch fill="#ffffff" outline />;
}

/**
 * The legend names each class with its count; pointing at or focusing an entry highlights its countries on the
 * map, pressing it keeps the highlight.
 */
export function MapLegend({
  mode,
  items,
  scopeLabel,
  highlighted,
  pinned,
  onHighlight,
  onPin,
  extra,
  captionHidden = false,
}: Props) {
  return (
    <div className="map-legend">
      {/* One set of pattern definitions for every swatch below. */}
      <svg width={0} height={0} className="defs-only" aria-hidden="true" focusable="false">
        <TierPatterns prefix={PREFIX} />
        <ChangePatterns prefix={PREFIX} />
      </svg>
      <p className={captionHidden ? 'visually-hidden' : 'legend-caption'} id="map-legend-caption">
        Countries {scopeLabel}; point at or press a class to highlight it:
      </p>
      <ul className="legend-list" aria-labelledby="map-legend-caption">
        {items.map((item) => (
          <li key={item.cls}>
            <button
              type="button"
              className={`legend-item${highlighted === item.cls ? ' is-highlighted' : ''}${item.count === 0 ? ' is-empty' : ''}`}
              aria-pressed={pinned === item.cls}
              data-class={item.cls}
              onMouseEnter={() => onHighlight(item.cls)}
              onMouseLeave={() => onHighlight(null)}
              onFocus={() => onHighlight(item.cls)}
              onBlur={() => onHighlight(null)}
              onClick={() => onPin(pinned === item.cls ? null : item.cls)}
            >
              <Swatch fill={mapFill(mode, item.cls, PREFIX)} />
              <span className="legend-label">{item.label}</span>
              <span className="legend-count">{item.count}</span>
              {item.inferred ? (
                <span className="legend-inferred" data-testid={`legend-inferred-${item.cls}`}>
                  {item.inferred} inferred
                </span>
              ) : null}
            </button>
          </li>
        ))}
        <li
          className="legend-static"
          title="Land the TIP Report does not rate on its own, e.g. Greenland, Western Sahara"
        >
          <Swatch fill={UNRATED_LAND_FILL} />
          <span className="legend-label">Not rated</span>
        </li>
        {extra}
      </ul>
      {items.some((i) => i.note) && (
        <ul
          className="legend-notes"
          aria-label="What the colours and patterns mean"
          data-testid="legend-notes"
        >
          {items
            .filter((i) => i.note)
            .map((i) => (
              <li key={i.cls}>
                <strong>{i.label}</strong>: {i.note}
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}
