import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CoreDataset } from '../../data/schema';
import { useCore } from '../../data/loaders';
import { useMeasuredWidth } from '../../shared/charts/useElementWidth';
import { DataState } from '../../shared/DataState';
import { indexCore } from '../../shared/datasetSelectors';
import { useViewStore } from '../../state/viewStore';
import { useViewStoreAfterPaint } from '../../state/useViewStoreAfterPaint';
import { usePrerenderLayout } from '../../prerender/PrerenderContext';
import { WIDE_LAYOUT_MIN } from './mapConstants';
import { MapControls } from './MapControls';
import { joinFeatures, smallPlaces, useWorldFeatures, type WorldFeature } from './mapGeometry';
import { measureMapBoxes } from './mapBoxes';
import { layoutMap, mapHeightFor } from './mapLayout';
import { MapMain, type MapFocus } from './MapMain';
import { baseYearFor, MAP_TITLE, mapModel, mapScope, yearPairs, type MapData } from './mapModel';
import { MapMovers } from './MapMovers';
import { MapSidePanel, MapTableDetails } from './MapSidePanel';
import { prefetchMapParts } from './mapParts';
import { takePictureBoxes } from '../../prerender/pictureShapes';
import { takePictureInput } from '../../prerender/pictureInput';
import { afterNextPaint } from '../../state/afterNextPaint';
import { MapTimeBar } from './MapTimeBar';
import './map.css';
import './map-side.css';

const FALLBACK_WIDTH = 960;

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
          {MAP_TITLE[mode]}
        </h1>
      )}
    </section>
  );
}

/** The map's data (dataset and joined geometry) and its model for the view state, memoised by what each part needs. */
function useMapModel(core: CoreDataset, world: readonly WorldFeature[]) {
  // The report year chosen (slider, Play, link) reaches the page a frame after the map: the map and the slider read
  // it from the store themselves and repaint at once; the legend counts, notes, side lists and tables, whose text
  // must be laid out again, follow in the next frame.
  const reportYear = useViewStoreAfterPaint((s) => s.reportYear);
  const mode = useViewStore((s) => s.mode);
  const fromYear = useViewStore((s) => s.fromYear);
  const region = useViewStore((s) => s.region);
  const country = useViewStore((s) => s.country);
  const data: MapData = useMemo(() => {
    const index = indexCore(core);
    const features = joinFeatures(index, world);
    return { core, index, features, places: smallPlaces(index, features) };
  }, [core, world]);
  const scope = useMemo(() => mapScope(data, region), [data, region]);
  const pairs = useMemo(() => yearPairs(data.index, scope.allIso3, mode), [data, scope.allIso3, mode]);
  const model = useMemo(
    () => mapModel(data, { reportYear, fromYear, mode, region, country }, scope, pairs),
    [data, reportYear, fromYear, mode, region, country, scope, pairs],
  );
  const classesFor = useCallback(
    (year: number) => pairs(baseYearFor(data.index, { mode, fromYear }, year), year).classes,
    [pairs, data, mode, fromYear],
  );
  return { data, model, classesFor };
}

function MapScreen({ core, world }: { core: CoreDataset; world: readonly WorldFeature[] }) {
  const { data, model, classesFor } = useMapModel(core, world);
  const { index } = data;
  const set = useViewStore((s) => s.set);
  // What was asked of the page's picture before the app took over (src/prerender/pictureInput.ts) carries on.
  const [pictureInput] = useState(takePictureInput);
  const [active, setActive] = useState<string | null>(pictureInput?.active ?? null);
  const [keyTipDismissed, setKeyTipDismissed] = useState(false);
  const focusPanel = useRef(false);
  const panelHeadingEl = useRef<HTMLHeadingElement | null>(null);
  // The panel's code may still be loading when a country is opened: its heading takes the focus when it mounts.
  const panelHeading = useCallback((el: HTMLHeadingElement | null) => {
    panelHeadingEl.current = el;
    if (el && focusPanel.current) {
      focusPanel.current = false;
      el.focus();
    }
  }, []);

  // The map is drawn only once its frame is measured (before the first paint), and the frame only once the page
  // width has chosen the one- or two-column layout: the countries are projected once, at the real width.
  // The page's picture, laid out by the same CSS, gives both widths ahead; without one, the page's empty boxes are
  // measured before the first render (mapBoxes.ts). The map is then drawn in the first commit.
  const [pictureBoxes] = useState(() => takePictureBoxes() ?? measureMapBoxes());
  const [pageRef, measuredPageWidth] = useMeasuredWidth<HTMLDivElement>(
    FALLBACK_WIDTH,
    true,
    pictureBoxes?.pageWidth ?? null,
  );
  const [frameRef, measuredFrameWidth] = useMeasuredWidth<HTMLDivElement>(
    FALLBACK_WIDTH,
    measuredPageWidth !== null,
    pictureBoxes?.frameWidth ?? null,
  );
  // Fetch the panel's, the tooltip's and the tables' code once the live map has been painted (not before: the first
  // frame needs the core), so it is there before anyone points or clicks.
  const mapDrawn = measuredFrameWidth !== null;
  useEffect(() => (mapDrawn ? afterNextPaint(prefetchMapParts) : undefined), [mapDrawn]);
  // At build time there is nothing to measure: the pre-render gives the widths of its reference screen.
  const prerender = usePrerenderLayout();
  const pageWidth = measuredPageWidth ?? prerender?.pageWidth ?? FALLBACK_WIDTH;
  const frameWidth = measuredFrameWidth ?? prerender?.frameWidth ?? FALLBACK_WIDTH;
  const mapHeight = mapHeightFor(model.region, frameWidth);
  const layout =
    measuredFrameWidth === null && !prerender
      ? null
      : layoutMap(data.features, data.places, model.region, frameWidth, mapHeight);

  const openCountry = useCallback(
    (iso3: string) => {
      focusPanel.current = true;
      setActive(iso3);
      set({ country: iso3 });
    },
    [set],
  );
  // Once the live map has replaced the picture (the page is hidden until the picture leaves, in the same commit, so
  // nothing in it can take the focus before): the focus moves from the picture's map to the live one, and a
  // country clicked or opened with Enter on the picture gets its panel (whose heading then takes the focus).
  useEffect(() => {
    if (pictureInput?.focused) frameRef.current?.focus();
    if (pictureInput?.open && model.classes.has(pictureInput.open)) openCountry(pictureInput.open);
    // Once, after the first commit: what the picture was asked is not asked again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const closePanel = useCallback(() => {
    set({ country: null });
    setKeyTipDismissed(true);
    frameRef.current?.focus();
  }, [set, frameRef]);
  useEffect(() => {
    if (model.country && focusPanel.current && panelHeadingEl.current) {
      focusPanel.current = false;
      panelHeadingEl.current.focus();
    }
  }, [model.country]);

  const focus: MapFocus = { active, setActive, keyTipDismissed, setKeyTipDismissed, frameRef, openCountry };
  return (
    <div ref={pageRef} className={`map-page${pageWidth >= WIDE_LAYOUT_MIN ? ' is-wide' : ''}`}>
      <MapControls
        index={index}
        model={model}
        openCountry={openCountry}
        // The export's code loads when someone exports: it is not needed to draw the map.
        getSpec={() =>
          import('./mapExport').then((m) =>
            m.mapExportSpecFor(data, model, { width: frameWidth, height: mapHeight }),
          )
        }
      />
      <MapTimeBar index={index} model={model} />
      <div className="map-body">
        <MapMain
          data={data}
          model={model}
          focus={focus}
          classesFor={classesFor}
          layout={layout}
          width={frameWidth}
          height={mapHeight}
          prerendered={prerender !== null}
        />
        <MapSidePanel
          core={core}
          index={index}
          model={model}
          panelHeading={panelHeading}
          openCountry={openCountry}
          closePanel={closePanel}
        />
      </div>
      {model.mode === 'changes' && <MapMovers index={index} model={model} openCountry={openCountry} />}
      <MapTableDetails index={index} model={model} openCountry={openCountry} />
    </div>
  );
}
