import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { REGIONS, type CoreDataset } from '../../data/schema';
import { useCore } from '../../data/loaders';
import { CountryCombobox } from '../../shared/CountryCombobox';
import { DataState } from '../../shared/DataState';
import { countryName, indexCore } from '../../shared/datasetSelectors';
import {
  TIER_CLASSES,
  TIER_CLASS_LABEL,
  TIER_CLASS_SHORT,
  reportLabel,
  reportPeriod,
} from '../../shared/tierConstants';
import { REGION_PRESETS, type MapMode, type RegionPreset } from '../../state/urlState';
import { useViewStore } from '../../state/viewStore';
import { useViewStoreAfterPaint } from '../../state/useViewStoreAfterPaint';
import { CountryPanel } from './CountryPanel';
import { CountryTable } from './CountryTable';
import { ExportButton } from '../../shared/export/ExportButton';
import { mapExportSpec } from './mapExport';
import {
  CHANGE_ARROW,
  CHANGE_CLASSES,
  CHANGE_LABEL,
  PLAY_INTERVAL_MS,
  REGION_LABEL,
  TYPEAHEAD_RESET_MS,
  WIDE_LAYOUT_MIN,
} from './mapConstants';
import { joinFeatures, smallPlaces, useWorldFeatures, type WorldFeature } from './mapGeometry';
import { layoutMap, mapHeightFor } from './mapLayout';
import { MapLegend, OutlineSwatch, type LegendItem } from './MapLegend';
import {
  changeCounts,
  changesBetween,
  effectiveFromYear,
  legendCounts,
  navigationOrder,
  previousReportYear,
  regionMembers,
  typeaheadMatch,
  watchListRuns,
  type CountryChange,
  yearCoverage,
} from './mapSelectors';
import { MapTooltip, type TooltipModel } from './MapTooltip';
import { TierMap, type MapClass, type TierMapProps } from './TierMap';
import { useMeasuredWidth } from '../../shared/charts/useElementWidth';
import { YearSlider, type YearMark, type YearSliderProps } from './YearSlider';
import { usePrerenderLayout } from '../../prerender/PrerenderContext';
import './map.css';

/** Tier classes the legend always lists; the others only in years that have them. */
const ALWAYS_LISTED = new Set<MapClass>(['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3']);
const FALLBACK_WIDTH = 960;

const TITLE: Record<MapMode, string> = {
  tiers: 'Trafficking in Persons Report tiers',
  changes: 'Changes in Trafficking in Persons Report tiers',
};

export function MapView() {
  const core = useCore();
  const world = useWorldFeatures();
  const mode = useViewStore((s) => s.mode);
  return (
    <section className="map-view" aria-labelledby="map-title">
      <DataState query={core} what="tier data (core.json)">
        {(data) => (
          <DataState query={world} what="world map">
            {(features) => <MapScreen core={data} world={features} />}
          </DataState>
        )}
      </DataState>
      {!(core.data && world.data) && (
        <h1 id="map-title" className="visually-hidden">
          {TITLE[mode]}
        </h1>
      )}
    </section>
  );
}

interface Hover {
  iso3: string;
  x: number;
  y: number;
}

function MapScreen({ core, world }: { core: CoreDataset; world: readonly WorldFeature[] }) {
  const index = indexCore(core);
  // The report year chosen (slider, Play, link) reaches the page a frame after the map: the map, the slider and the
  // subtitle read it from the store themselves (LiveTierMap, LiveYearSlider, LiveSubtitle) and repaint at once;
  // the legend counts, notes, side lists and tables, whose text must be laid out again, follow in the next frame.
  const reportYear = useViewStoreAfterPaint((s) => s.reportYear);
  const mode = useViewStore((s) => s.mode);
  const fromYearParam = useViewStore((s) => s.fromYear);
  const region = useViewStore((s) => s.region);
  const country = useViewStore((s) => s.country);
  const set = useViewStore((s) => s.set);

  const years = index.reportYears;
  const resolveYear = (year: number | null) =>
    year !== null && index.coverage.has(year) ? year : index.latestReportYear;
  const toYear = resolveYear(reportYear);
  const baseYearOf = (year: number) =>
    mode === 'changes' ? effectiveFromYear(index, year, fromYearParam) : previousReportYear(index, year);
  const baseYear = baseYearOf(toYear);
  const status = yearCoverage(index, toYear);

  // --- Data → series (memoised: a year change recomputes one pass over the countries) -------------------
  const allIso3 = useMemo(() => [...index.countries.keys()], [index]);
  const joined = joinFeatures(index, world);
  const places = useMemo(() => smallPlaces(index, joined), [index, joined]);
  const members = useMemo(() => regionMembers(index, region), [index, region]);
  const drawn = useMemo(
    () => [...joined.flatMap((f) => (f.iso3 ? [f.iso3] : [])), ...places.map((p) => p.iso3)],
    [joined, places],
  );
  // The legend, the table and the movers count what the map draws: a shape or a circle. Places in the dataset
  // that no report in the data rates have neither, so they are named beside the map instead of being counted as
  // "No data" that no one can find on it.
  const drawnSet = useMemo(() => new Set(drawn), [drawn]);
  const scope = useMemo(
    () => allIso3.filter((c) => drawnSet.has(c) && (!members || members.has(c))),
    [allIso3, drawnSet, members],
  );
  const neverRated = useMemo(
    () =>
      allIso3
        .filter((c) => !drawnSet.has(c) && (!members || members.has(c)))
        .map((c) => countryName(index, c))
        .sort((a, b) => a.localeCompare(b)),
    [allIso3, drawnSet, members, index],
  );
  // Each (from, to) pair of reports is computed once while the view is open, so scrubbing back and forth
  // through the years recolours the map from memory; the same pair always yields the same objects.
  const changesFor = useMemo(() => {
    const cache = new Map<string, { changes: CountryChange[]; classes: Map<string, MapClass> }>();
    return (from: number | null, to: number) => {
      const key = `${from}:${to}`;
      let hit = cache.get(key);
      if (!hit) {
        const list = changesBetween(index, from, to, allIso3);
        hit = {
          changes: list,
          classes: new Map<string, MapClass>(list.map((c) => [c.iso3, mode === 'tiers' ? c.to : c.change])),
        };
        cache.set(key, hit);
      }
      return hit;
    };
  }, [index, allIso3, mode]);
  const { changes, classes } = changesFor(baseYear, toYear);
  const changeByIso3 = useMemo(() => new Map(changes.map((c) => [c.iso3, c])), [changes]);
  const scopeSet = useMemo(() => new Set(scope), [scope]);
  const scopeChanges = useMemo(() => changes.filter((c) => scopeSet.has(c.iso3)), [changes, scopeSet]);
  const runs = useMemo(() => watchListRuns(index, toYear, allIso3), [index, toYear, allIso3]);
  const streaks = useMemo(() => new Map(runs.map((r) => [r.iso3, r.streak])), [runs]);
  const scopeRuns = useMemo(
    () => (members ? runs.filter((r) => members.has(r.iso3)) : runs),
    [runs, members],
  );
  const outlined = useMemo(
    () => (mode === 'changes' ? new Set(runs.map((r) => r.iso3)) : null),
    [mode, runs],
  );
  const order = useMemo(
    () => navigationOrder(index, members ? drawn.filter((c) => members.has(c)) : drawn),
    [index, drawn, members],
  );

  const legendItems: LegendItem[] = useMemo(() => {
    if (mode === 'changes') {
      const counts = changeCounts(scopeChanges);
      return CHANGE_CLASSES.map((cls) => ({ cls, label: CHANGE_LABEL[cls], count: counts[cls] }));
    }
    const counts = legendCounts(classes as ReadonlyMap<string, (typeof TIER_CLASSES)[number]>, scope);
    return TIER_CLASSES.filter((cls) => ALWAYS_LISTED.has(cls) || counts[cls] > 0).map((cls) => ({
      cls,
      label: cls === 'Tier 1 or 2' ? 'Tier 1 or 2' : TIER_CLASS_LABEL[cls],
      count: counts[cls],
    }));
  }, [mode, scopeChanges, classes, scope]);

  const yearMarks: YearMark[] = useMemo(
    () => years.map((y) => ({ reportYear: y, status: index.coverage.get(y)!.status })),
    [years, index],
  );

  // --- Interaction state ---------------------------------------------------------------------------------
  const [hover, setHover] = useState<Hover | null>(null);
  const [hoverDismissed, setHoverDismissed] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [frameFocused, setFrameFocused] = useState(false);
  const [keyTipDismissed, setKeyTipDismissed] = useState(false);
  const [highlighted, setHighlighted] = useState<MapClass | null>(null);
  const [pinned, setPinned] = useState<MapClass | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [playing, setPlaying] = useState(false);
  const [tableOpen, setTableOpen] = useState(false);
  const typeahead = useRef({ text: '', at: 0 });
  const focusPanel = useRef(false);
  const panelHeading = useRef<HTMLHeadingElement>(null);

  // The map is drawn only once its frame is measured (before the first paint), and the frame only once the page
  // width has chosen the one- or two-column layout: the countries are projected once, at the real width.
  const [pageRef, measuredPageWidth] = useMeasuredWidth<HTMLDivElement>(FALLBACK_WIDTH);
  const [frameRef, measuredFrameWidth] = useMeasuredWidth<HTMLDivElement>(
    FALLBACK_WIDTH,
    measuredPageWidth !== null,
  );
  // At build time there is nothing to measure: the pre-render gives the widths of its reference screen.
  const prerender = usePrerenderLayout();
  const pageWidth = measuredPageWidth ?? prerender?.pageWidth ?? FALLBACK_WIDTH;
  const frameWidth = measuredFrameWidth ?? prerender?.frameWidth ?? FALLBACK_WIDTH;
  const mapHeight = mapHeightFor(region, frameWidth);
  const layout =
    measuredFrameWidth === null && !prerender
      ? null
      : layoutMap(joined, places, region, frameWidth, mapHeight);

  const shownClass = highlighted ?? pinned;
  const highlight = useMemo(
    () => (shownClass === null ? null : new Set(scope.filter((c) => classes.get(c) === shownClass))),
    [shownClass, scope, classes],
  );
  // A pinned class that no longer exists after a mode switch is let go.
  useEffect(() => {
    if (pinned !== null && !legendItems.some((i) => i.cls === pinned)) setPinned(null);
  }, [legendItems, pinned]);

  const openCountry = useCallback(
    (iso3: string) => {
      focusPanel.current = true;
      setActive(iso3);
      set({ country: iso3 });
    },
    [set],
  );
  const closePanel = useCallback(() => {
    set({ country: null });
    setKeyTipDismissed(true);
    frameRef.current?.focus();
  }, [set, frameRef]);

  useEffect(() => {
    if (country && focusPanel.current) {
      focusPanel.current = false;
      panelHeading.current?.focus();
    }
  }, [country]);

  // Play steps through the reports once, from the first if it starts at the last.
  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(() => {
      const s = useViewStore.getState();
      const current = s.reportYear ?? index.latestReportYear;
      const i = years.indexOf(current);
      const next = years[i + 1];
      if (next === undefined) {
        setPlaying(false);
        return;
      }
      s.set({ reportYear: next });
      if (i + 2 >= years.length) setPlaying(false);
    }, PLAY_INTERVAL_MS);
    return () => window.clearInterval(id);
  }, [playing, years, index]);

  const togglePlay = () => {
    if (!playing && resolveYear(useViewStore.getState().reportYear) === years.at(-1))
      set({ reportYear: years[0] ?? null });
    setPlaying((p) => !p);
  };

  // Esc dismisses a hover tooltip wherever the focus is (WCAG 1.4.13).
  useEffect(() => {
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

  const describe = useCallback(
    (iso3: string): string => {
      const c = changeByIso3.get(iso3);
      if (!c) return countryName(index, iso3);
      if (mode === 'changes')
        return `${c.name}: ${CHANGE_LABEL[c.change]}, ${TIER_CLASS_LABEL[c.from]} in the ${baseYear ?? '–'} report, ${TIER_CLASS_LABEL[c.to]} in the ${toYear} report`;
      return `${c.name}: ${TIER_CLASS_LABEL[c.to]}, ${toYear} report`;
    },
    [changeByIso3, index, mode, baseYear, toYear],
  );

  const moveTo = (iso3: string | null) => {
    if (!iso3) return;
    setActive(iso3);
    setKeyTipDismissed(false);
    setHover(null);
    setAnnouncement(describe(iso3));
  };

  const onFrameKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const n = order.length;
    if (n === 0) return;
    const start =
      active && order.includes(active) ? active : country && order.includes(country) ? country : null;
    const i = start ? order.indexOf(start) : -1;
    const regionOf = (iso3: string) => index.countries.get(iso3)?.region;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        e.preventDefault();
        moveTo(order[i < 0 ? 0 : (i + 1) % n]!);
        return;
      case 'ArrowLeft':
      case 'ArrowUp':
        e.preventDefault();
        moveTo(order[i < 0 ? n - 1 : (i - 1 + n) % n]!);
        return;
      case 'Home':
        e.preventDefault();
        moveTo(order[0]!);
        return;
      case 'End':
        e.preventDefault();
        moveTo(order[n - 1]!);
        return;
      case 'PageDown':
      case 'PageUp': {
        e.preventDefault();
        const here = start ? REGIONS.indexOf(regionOf(start)!) : -1;
        const step = e.key === 'PageDown' ? 1 : -1;
        for (let k = 1; k <= REGIONS.length; k++) {
          const r = REGIONS[(((here + step * k) % REGIONS.length) + REGIONS.length) % REGIONS.length];
          const first = order.find((c) => regionOf(c) === r);
          if (first) {
            moveTo(first);
            return;
          }
        }
        return;
      }
      case 'Enter':
      case ' ':
        if (start) {
          e.preventDefault();
          openCountry(start);
        }
        return;
      case 'Escape':
        if (active && !keyTipDismissed) {
          e.preventDefault();
          setKeyTipDismissed(true);
        } else if (country) {
          e.preventDefault();
          set({ country: null });
        }
        return;
      default:
        if (e.key.length === 1 && /\S/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
          const now = Date.now();
          const t = typeahead.current;
          t.text = now - t.at > TYPEAHEAD_RESET_MS ? e.key : t.text + e.key;
          t.at = now;
          const hit = typeaheadMatch(index, order, t.text, start);
          if (hit) {
            e.preventDefault();
            moveTo(hit);
          }
        }
    }
  };

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

  const tooltipModel = (iso3: string): TooltipModel | null => {
    const c = changeByIso3.get(iso3);
    if (!c) return null;
    return {
      iso3,
      name: c.name,
      mode,
      toYear,
      fromYear: baseYear,
      to: c.to,
      from: c.from,
      change: c.change,
      streak: streaks.get(iso3) ?? 0,
    };
  };

  const keyTipIso3 = frameFocused && active && !keyTipDismissed && !hover ? active : null;
  const tip = hover
    ? { iso3: hover.iso3, x: hover.x, y: hover.y }
    : keyTipIso3 && layout?.anchors.has(keyTipIso3)
      ? { iso3: keyTipIso3, x: layout.anchors.get(keyTipIso3)![0], y: layout.anchors.get(keyTipIso3)![1] }
      : null;
  const tipModel = tip ? tooltipModel(tip.iso3) : null;

  const countries = useMemo(
    () => [...index.countries.values()].sort((a, b) => a.name.localeCompare(b.name)),
    [index],
  );
  const scopeLabel =
    region === 'world' ? `in the world (${scope.length})` : `in ${REGION_LABEL[region]} (${scope.length})`;
  const coverageNote = index.coverage.get(toYear)?.note;
  const wide = pageWidth >= WIDE_LAYOUT_MIN;
  const movers = scopeChanges.filter((c) => c.change === 'upgraded' || c.change === 'downgraded');
  const visiblePlaces = places.filter((p) => !members || members.has(p.iso3));
  const subtitleFor = (year: number) => {
    const base = baseYearOf(year);
    return mode === 'changes' && base !== null
      ? `From the ${base} report to the ${year} report (April ${base - 1} – March ${year})`
      : reportLabel(year);
  };
  const subtitle = subtitleFor(toYear);

  return (
    <div ref={pageRef} className={`map-page${wide ? ' is-wide' : ''}`}>
      <div className="map-heading">
        <div>
          <h1 id="map-title">{TITLE[mode]}</h1>
          <p className="map-subtitle" data-testid="map-subtitle">
            {subtitle}
            {region !== 'world' && <span className="muted"> · {REGION_LABEL[region]}</span>}
          </p>
        </div>
        <div className="map-controls">
          <div className="segmented" role="group" aria-label="Map mode">
            <button type="button" aria-pressed={mode === 'tiers'} onClick={() => set({ mode: 'tiers' })}>
              Tiers
            </button>
            <button type="button" aria-pressed={mode === 'changes'} onClick={() => set({ mode: 'changes' })}>
              Changes
            </button>
          </div>
          <label className="control">
            <span>Region</span>
            <select value={region} onChange={(e) => set({ region: e.target.value as RegionPreset })}>
              {REGION_PRESETS.map((r) => (
                <option key={r} value={r}>
                  {REGION_LABEL[r]}
                </option>
              ))}
            </select>
          </label>
          {mode === 'changes' && (
            <label className="control">
              <span>Compare with</span>
              <select
                value={baseYear ?? ''}
                onChange={(e) => set({ fromYear: e.target.value ? Number(e.target.value) : null })}
              >
                {baseYear === null && <option value="">No earlier report</option>}
                {years
                  .filter((y) => y < toYear)
                  .map((y) => (
                    <option key={y} value={y}>
                      {y} report{yearCoverage(index, y) === 'none' ? ' (no data)' : ''}
                    </option>
                  ))}
              </select>
            </label>
          )}
          <CountryCombobox
            label="Find a country"
            countries={countries}
            placeholder="Country name or code"
            onSelect={(iso3) => {
              if (members && !members.has(iso3)) set({ region: 'world' });
              openCountry(iso3);
            }}
          />
          <ExportButton
            getSpec={() =>
              mapExportSpec({
                core,
                index,
                mode,
                region,
                toYear,
                baseYear,
                features: joined,
                places,
                classes,
                members,
                outlined,
                legendItems,
                changes: scopeChanges,
                runs: scopeRuns,
                selected: country,
                viewSize: { width: frameWidth, height: mapHeight },
              })
            }
          />
        </div>
      </div>

      <div className="map-time">
        <button
          type="button"
          className="play-button"
          onClick={togglePlay}
          aria-label={playing ? 'Pause' : 'Play through the report years'}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
          <span className="play-text">{playing ? 'Pause' : 'Play'}</span>
        </button>
        <LiveYearSlider
          resolveYear={resolveYear}
          label={mode === 'changes' ? 'Report year to compare' : 'Report year'}
          marks={yearMarks}
          onChange={(y) => set({ reportYear: y })}
        />
        {yearMarks.some((m) => m.status !== 'complete') && (
          <p className="year-key muted" aria-hidden="true">
            {yearMarks.some((m) => m.status === 'lists-only') && (
              <span>
                <span className="year-tick-key year-tick-lists-only" aria-hidden="true" /> Watch List and Tier
                3 only
              </span>
            )}
            {yearMarks.some((m) => m.status === 'none') && (
              <span>
                <span className="year-tick-key year-tick-none" aria-hidden="true" /> no tier data
              </span>
            )}
          </p>
        )}
      </div>
      {/* Below the year control, not beside the title: the note comes and goes with the year, and in the
          heading it pushed the slider down under the pointer of someone dragging to a lists-only year. */}
      {status !== 'complete' && (
        <p className={`coverage-note coverage-${status}`} role="note" data-testid="coverage-note">
          {status === 'none' || status === 'missing' ? (
            <>
              <strong>No tier data for the {toYear} report.</strong> Every country shows as “No data”; no tier
              is carried over from another report.
            </>
          ) : (
            <>
              <strong>The {toYear} report: Watch List and Tier 3 only.</strong> The sources list those in
              full; {legendItems.find((i) => i.cls === 'Tier 1 or 2')?.count ?? 0} other assessed countries
              show as “Tier 1 or 2”.
            </>
          )}
        </p>
      )}

      <div className="map-body">
        <div className="map-main">
          <MapLegend
            mode={mode}
            items={legendItems}
            scopeLabel={scopeLabel}
            captionHidden={region === 'world'}
            highlighted={highlighted}
            pinned={pinned}
            onHighlight={setHighlighted}
            onPin={setPinned}
            extra={
              mode === 'changes' && runs.length > 0 ? (
                <li className="legend-static">
                  <OutlineSwatch />
                  <span className="legend-label">Outlined: Watch List in consecutive reports</span>
                </li>
              ) : null
            }
          />
          <div
            ref={frameRef}
            className="map-frame"
            tabIndex={0}
            role="application"
            aria-label={`${TITLE[mode]}, ${subtitle}, ${REGION_LABEL[region]}. Arrow keys move between countries, Enter opens a country's panel, Escape closes.`}
            aria-describedby="map-keyboard-hint"
            onKeyDown={onFrameKeyDown}
            onFocus={(e) => e.target === e.currentTarget && setFrameFocused(true)}
            onBlur={(e) => e.target === e.currentTarget && setFrameFocused(false)}
            onPointerMove={onPointerMove}
            onPointerLeave={() => {
              setHover(null);
              setHoverDismissed(null);
            }}
            onClick={(e) => {
              const iso3 = isoFromEvent(e.target);
              if (iso3) openCountry(iso3);
            }}
            style={{ height: mapHeight }}
          >
            {layout && (
              <LiveTierMap
                resolveYear={resolveYear}
                classesFor={(year) => changesFor(baseYearOf(year), year).classes}
                width={frameWidth}
                height={mapHeight}
                region={region}
                features={joined}
                places={places}
                mode={mode}
                members={members}
                highlight={highlight}
                outlined={outlined}
                active={frameFocused ? active : null}
                hovered={hover?.iso3 ?? null}
                selected={country}
                prerendered={prerender !== null}
              />
            )}
            {tip && tipModel && (
              <MapTooltip
                model={tipModel}
                x={tip.x}
                y={tip.y}
                frameWidth={frameWidth}
                frameHeight={mapHeight}
              />
            )}
          </div>
          <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="map-announcer">
            {announcement}
          </p>
          <p id="map-keyboard-hint" className="map-hint muted">
            Point at a country for details, click it for its panel. Keyboard: Tab to the map, arrows move
            between countries (by region, then name), letters jump to a name, Enter opens, Esc closes.
          </p>
          <p className="map-source">
            Source: U.S. Department of State, Trafficking in Persons Report, {toYear} edition (assessing{' '}
            {reportPeriod(toYear)}), as compiled in the tier tables listed under Sources.
            {status === 'lists-only' && coverageNote
              ? ` Coverage of the ${toYear} report: ${coverageNote}`
              : ''}
          </p>
        </div>

        <div className="map-side">
          {country && index.countries.has(country) ? (
            <CountryPanel
              ref={panelHeading}
              core={core}
              index={index}
              iso3={country}
              reportYear={toYear}
              onClose={closePanel}
            />
          ) : (
            <div className="map-about">
              <h2>About this map</h2>
              <p>
                Each year the U.S. State Department places governments on tiers by their efforts to meet the
                minimum standards of the Trafficking Victims Protection Act: Tier 1 meets them; Tier 2 does
                not but makes significant efforts; the Watch List is Tier 2 under closer scrutiny; Tier 3 does
                not and is not making significant efforts.{' '}
                <strong>Tiers measure government efforts, not how much trafficking a country has.</strong>
              </p>
              {visiblePlaces.length > 0 && (
                <>
                  <h3>Small places drawn as circles</h3>
                  <p className="muted">
                    These rated places have no outline on a world map at this scale, so each is a circle at
                    its location:
                  </p>
                  <ul className="small-places">
                    {visiblePlaces.map((p) => {
                      const c = changeByIso3.get(p.iso3);
                      const cls = c?.to ?? 'No data';
                      const moved = mode === 'changes' && c && c.change !== 'unchanged';
                      return (
                        <li key={p.iso3}>
                          <button type="button" className="link-button" onClick={() => openCountry(p.iso3)}>
                            {countryName(index, p.iso3)}
                          </button>{' '}
                          <abbr
                            className="muted"
                            title={`${TIER_CLASS_LABEL[cls]}${moved ? `, ${CHANGE_LABEL[c.change].toLowerCase()}` : ''}`}
                          >
                            {TIER_CLASS_SHORT[cls]}
                            {moved ? ` ${CHANGE_ARROW[c.change]}` : ''}
                          </abbr>
                          {!p.coordinates && <span className="muted"> (listed only)</span>}
                        </li>
                      );
                    })}
                  </ul>
                  <p className="muted small-note">
                    T1, T2: Tier 1, 2; WL: Watch List; T3: Tier 3; SC: Special Case; 1/2: Tier 1 or 2; –: no
                    data ({toYear} report).
                  </p>
                </>
              )}
              {neverRated.length > 0 && (
                <p className="muted small-note" data-testid="never-rated">
                  Not on the map or in its counts: {neverRated.join(', ')}. The data hold no tier for{' '}
                  {neverRated.length === 1 ? 'it' : 'them'} in any report year.
                </p>
              )}
            </div>
          )}
        </div>
      </div>

      {mode === 'changes' && (
        <section className="map-changes" aria-labelledby="movers-title">
          <h2 id="movers-title">
            Movers {baseYear !== null ? `from the ${baseYear} to the ${toYear} report` : ''}
          </h2>
          {baseYear === null ? (
            <p className="muted">
              The {toYear} report is the first in the data: there is nothing to compare with.
            </p>
          ) : movers.length === 0 ? (
            <p className="muted">No country in this region moved between these reports.</p>
          ) : (
            <CountryTable
              rows={movers}
              index={index}
              fromYear={baseYear}
              toYear={toYear}
              caption={`${movers.length} countries ${region === 'world' ? '' : `in ${REGION_LABEL[region]} `}changed tier between the ${baseYear} and ${toYear} reports. Sort by any column.`}
              onSelect={openCountry}
              initialSort="change"
              streaks={streaks}
            />
          )}
          <h3 id="streaks-title">On the Watch List in consecutive reports</h3>
          {scopeRuns.length === 0 ? (
            <p className="muted">
              No country is on the Watch List in both the {toYear} report and the one before.
            </p>
          ) : (
            <>
              <p className="muted">
                Under the Trafficking Victims Protection Act, a country on the Watch List in two consecutive
                reports is placed on Tier 3 in the next one unless it is granted a waiver. They are outlined
                on the map in Changes mode.
              </p>
              <ul className="streak-list" aria-labelledby="streaks-title">
                {scopeRuns.map((r) => (
                  <li key={r.iso3}>
                    <button type="button" className="link-button" onClick={() => openCountry(r.iso3)}>
                      {r.name}
                    </button>{' '}
                    <span className="muted">
                      {r.streak} reports ({r.firstReportYear}–{toYear})
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      <details
        className="map-table-details"
        open={tableOpen}
        onToggle={(e) => setTableOpen(e.currentTarget.open)}
      >
        <summary>
          Table: every country’s tier in the {toYear} report
          {region === 'world' ? '' : ` (${REGION_LABEL[region]})`}, {scopeChanges.length} countries
        </summary>
        {/* Rendered only while open: 198 rows would otherwise re-render on every year change. */}
        {tableOpen && (
          <CountryTable
            rows={scopeChanges}
            index={index}
            fromYear={baseYear}
            toYear={toYear}
            caption={`Tier of every country ${region === 'world' ? '' : `in ${REGION_LABEL[region]} `}in the ${toYear} report${baseYear !== null ? `, with the ${baseYear} report and the change` : ''}. Sort by any column.`}
            onSelect={openCountry}
            showSource
            streaks={streaks}
          />
        )}
      </details>
    </div>
  );
}

/**
 * The parts of the map view that show a report-year change at once, each reading the year from the store itself:
 * a year change re-renders these, not the whole page (which follows a frame later, useViewStoreAfterPaint).
 */
interface LiveYearProps {
  /** The year a link or the store names, or the latest report when it names none the data has. */
  resolveYear: (year: number | null) => number;
}

/** The map, recoloured for the report year as soon as it is chosen. */
function LiveTierMap({
  resolveYear,
  classesFor,
  ...map
}: LiveYearProps &
  Omit<TierMapProps, 'classes'> & { classesFor: (year: number) => ReadonlyMap<string, MapClass> }) {
  const year = resolveYear(useViewStore((s) => s.reportYear));
  return <TierMap {...map} classes={classesFor(year)} />;
}

function LiveYearSlider({ resolveYear, ...slider }: LiveYearProps & Omit<YearSliderProps, 'value'>) {
  const year = resolveYear(useViewStore((s) => s.reportYear));
  return <YearSlider {...slider} value={year} />;
}
