import {
  Suspense,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type PointerEvent,
  type RefObject,
} from 'react';
import { reportPeriod } from '../../shared/tierConstants';
import type { CoreIndex } from '../../shared/datasetSelectors';
import { useViewStore } from '../../state/viewStore';
import type { MapClass } from './mapConstants';
import { REGION_LABEL } from './mapConstants';
import type { MapLayout } from './mapLayout';
import { MapLegend, OutlineSwatch } from './MapLegend';
import { describeCountry, resolveReportYear, tooltipModelFor, type MapData, type MapModel } from './mapModel';
import { MapTooltip } from './mapParts';
import { TierMap, type TierMapProps } from './TierMap';
import { useMapKeyboard } from './useMapKeyboard';

/** Which country the keyboard is on, and whether its key tip was dismissed; shared with the panel's open and close. */
export interface MapFocus {
  active: string | null;
  setActive: (iso3: string | null) => void;
  keyTipDismissed: boolean;
  setKeyTipDismissed: (dismissed: boolean) => void;
  frameRef: RefObject<HTMLDivElement | null>;
  openCountry: (iso3: string) => void;
}

interface Hover {
  iso3: string;
  x: number;
  y: number;
}

interface Props {
  data: MapData;
  model: MapModel;
  focus: MapFocus;
  /** The map's classes for any report year, from memory (the map recolours before the rest of the page). */
  classesFor: (reportYear: number) => ReadonlyMap<string, MapClass>;
  layout: MapLayout | null;
  width: number;
  height: number;
  prerendered: boolean;
}

/** The map, recoloured for the report year as soon as it is chosen (it reads the year from the store itself). */
function LiveTierMap({
  index,
  classesFor,
  ...map
}: Omit<TierMapProps, 'classes'> & {
  index: CoreIndex;
  classesFor: (year: number) => ReadonlyMap<string, MapClass>;
}) {
  const year = resolveReportYear(
    index,
    useViewStore((s) => s.reportYear),
  );
  return <TierMap {...map} classes={classesFor(year)} />;
}

/**
 * The legend, the map frame (one tab stop: pointer, keyboard, tooltip, live region) and the source line. The legend
 * highlights a class on the map while pointed at and pins it when pressed.
 */
export function MapMain({ data, model, focus, classesFor, layout, width, height, prerendered }: Props) {
  const { index } = data;
  const { mode, region, classes, members, toYear, scope } = model;
  const set = useViewStore((s) => s.set);
  const [hover, setHover] = useState<Hover | null>(null);
  const [hoverDismissed, setHoverDismissed] = useState<string | null>(null);
  const [frameFocused, setFrameFocused] = useState(false);
  const [highlighted, setHighlighted] = useState<MapClass | null>(null);
  const [pinned, setPinned] = useState<MapClass | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { active, keyTipDismissed } = focus;

  const shownClass = highlighted ?? pinned;
  const highlight = useMemo(
    () => (shownClass === null ? null : new Set(scope.filter((c) => classes.get(c) === shownClass))),
    [shownClass, scope, classes],
  );
  // A pinned class that no longer exists after a mode switch is let go.
  useEffect(() => {
    if (pinned !== null && !model.legendItems.some((i) => i.cls === pinned)) setPinned(null);
  }, [model.legendItems, pinned]);

  // Esc dismisses a hover tooltip wherever the focus is (WCAG 1.4.13). A layout effect, as for the charts' tooltips:
  // the pointer's moves are continuous events, committed outside them, and a passive effect would listen only after
  // the browser had painted the tooltip (tests/e2e/instant-keys.spec.ts).
  useLayoutEffect(() => {
    if (!hover) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') {
        setHoverDismissed(hover.iso3);
        setHover(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hover]);

  const onKeyDown = useMapKeyboard({
    index,
    order: model.order,
    active,
    country: model.country,
    keyTipShown: active !== null && !keyTipDismissed,
    moveTo: (iso3) => {
      focus.setActive(iso3);
      focus.setKeyTipDismissed(false);
      setHover(null);
      setAnnouncement(describeCountry(model, index, iso3));
    },
    open: focus.openCountry,
    dismissKeyTip: () => focus.setKeyTipDismissed(true),
    closePanel: () => set({ country: null }),
  });

  const isoFromEvent = (target: EventTarget | null): string | null => {
    const el = (target as Element | null)?.closest?.('[data-iso3]');
    const iso3 = el?.getAttribute('data-iso3') ?? null;
    return iso3 && classes.has(iso3) && (!members || members.has(iso3)) ? iso3 : null;
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.pointerType === 'touch') return;
    const iso3 = isoFromEvent(e.target);
    if (!iso3) {
      if (hover) setHover(null);
      if (hoverDismissed) setHoverDismissed(null);
      return;
    }
    if (iso3 === hoverDismissed) return;
    const rect = e.currentTarget.getBoundingClientRect();
    setHover({ iso3, x: e.clientX - rect.left, y: e.clientY - rect.top });
  };

  const keyTipIso3 = frameFocused && active && !keyTipDismissed && !hover ? active : null;
  const anchor = keyTipIso3 ? layout?.anchors.get(keyTipIso3) : undefined;
  const tip = hover
    ? { iso3: hover.iso3, x: hover.x, y: hover.y }
    : keyTipIso3 && anchor
      ? { iso3: keyTipIso3, x: anchor[0], y: anchor[1] }
      : null;
  const tipModel = tip ? tooltipModelFor(model, tip.iso3) : null;

  return (
    <div className="map-main">
      <MapLegend
        mode={mode}
        items={model.legendItems}
        scopeLabel={model.scopeLabel}
        captionHidden={region === 'world'}
        highlighted={highlighted}
        pinned={pinned}
        onHighlight={setHighlighted}
        onPin={setPinned}
        extra={
          mode === 'changes' && model.runs.length > 0 ? (
            <li className="legend-static">
              <OutlineSwatch />
              <span className="legend-label">Outlined: Watch List in consecutive reports</span>
            </li>
          ) : null
        }
      />
      <div
        ref={focus.frameRef}
        className="map-frame"
        tabIndex={0}
        role="application"
        aria-label={`${model.title}, ${model.subtitle}, ${REGION_LABEL[region]}. Arrow keys move between countries, Enter opens a country's panel, Escape closes.`}
        aria-describedby="map-keyboard-hint"
        onKeyDown={onKeyDown}
        onFocus={(e) => e.target === e.currentTarget && setFrameFocused(true)}
        onBlur={(e) => e.target === e.currentTarget && setFrameFocused(false)}
        onPointerMove={onPointerMove}
        onPointerLeave={() => {
          setHover(null);
          setHoverDismissed(null);
        }}
        onClick={(e) => {
          const iso3 = isoFromEvent(e.target);
          if (iso3) focus.openCountry(iso3);
        }}
        style={{ height }}
      >
        {layout && (
          <LiveTierMap
            index={index}
            classesFor={classesFor}
            width={width}
            height={height}
            region={region}
            features={data.features}
            places={data.places}
            mode={mode}
            members={members}
            highlight={highlight}
            outlined={model.outlined}
            active={frameFocused ? active : null}
            hovered={hover?.iso3 ?? null}
            selected={model.country}
            prerendered={prerendered}
          />
        )}
        {tip && tipModel && (
          <Suspense fallback={null}>
            <MapTooltip model={tipModel} x={tip.x} y={tip.y} frameWidth={width} frameHeight={height} />
          </Suspense>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="map-announcer">
        {announcement}
      </p>
      <p id="map-keyboard-hint" className="map-hint muted">
        Point at a country for details, click it for its panel. Keyboard: Tab to the map, arrows move between
        countries (by region, then name), letters jump to a name, Enter opens, Esc closes.
      </p>
      <p className="map-source">
        Source: U.S. Department of State, Trafficking in Persons Report, {toYear} edition (assessing{' '}
        {reportPeriod(toYear)}), as compiled in the tier tables listed under Sources.
        {model.coverage === 'lists-only' && model.coverageNote
          ? ` Coverage of the ${toYear} report: ${model.coverageNote}`
          : ''}
      </p>
    </div>
  );
}
