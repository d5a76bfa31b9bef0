import { useDeferredValue } from 'react';
import { useCore, useFacts, useUnodc } from '../../data/loaders';
import type { CoreDataset, FactsDataset, UnodcDataset } from '../../data/schema';
import { useMountWidth } from '../../shared/charts/useElementWidth';
import { TrendsFrame } from './TrendsFrame';
import { DataState, LoadingState } from '../../shared/DataState';
import { useViewStore } from '../../state/viewStore';
import { CountriesSection } from './CountriesSection';
import { GlobalSection } from './GlobalSection';
import './trends.css';

export default function TrendsView() {
  const core = useCore();
  const unodc = useUnodc();
  const facts = useFacts();
  // Drawing the charts is this view's longest piece of work. Rendered at transition priority (a deferred value),
  // React splits it into short tasks, so the page keeps answering input while it draws; it still appears in one commit.
  // The charts' width (their sections fill the view's), measured as it mounts: they are drawn at it at once.
  const [viewRef, viewWidth, widthSettled] = useMountWidth<HTMLElement>();
  const draw = useDeferredValue(!unodc.isPending && !facts.isPending && widthSettled, false);
  return (
    <TrendsFrame ref={viewRef}>
      <DataState query={core} what="tier and global data (core.json)">
        {(coreData) =>
          // Both sections are drawn in one commit, once the countries' files are in (or failed): the global charts
          // drawn first were pushed down the page by the countries' charts above them (layout shift 0.65).
          !draw ? (
            <LoadingState
              what={
                unodc.isPending
                  ? 'UNODC country data (unodc.json)'
                  : facts.isPending
                    ? 'document facts (facts.json)'
                    : 'charts'
              }
            />
          ) : (
            <>
              <DataState query={unodc} what="UNODC country data (unodc.json)">
                {(unodcData) => (
                  <DataState query={facts} what="document facts (facts.json)">
                    {(factsData) => (
                      <CountriesFromStore
                        core={coreData}
                        unodc={unodcData}
                        facts={factsData}
                        expectedWidth={viewWidth}
                      />
                    )}
                  </DataState>
                )}
              </DataState>
              <GlobalFromStore core={coreData} expectedWidth={viewWidth} />
            </>
          )
        }
      </DataState>
    </TrendsFrame>
  );
}

function CountriesFromStore(props: {
  core: CoreDataset;
  unodc: UnodcDataset;
  facts: FactsDataset;
  expectedWidth: number | null;
}) {
  const countries = useViewStore((s) => s.countries);
  const metric = useViewStore((s) => s.metric);
  const scale = useViewStore((s) => s.scale);
  const set = useViewStore((s) => s.set);
  const addCountry = useViewStore((s) => s.addCountry);
  const removeCountry = useViewStore((s) => s.removeCountry);
  return (
    <CountriesSection
      {...props}
      countries={countries}
      metric={metric}
      scale={scale}
      onMetric={(m) => set({ metric: m })}
      onScale={(s) => set({ scale: s })}
      onAdd={addCountry}
      onRemove={removeCountry}
      onCompare={() => set({ view: 'compare' })}
    />
  );
}

function GlobalFromStore({ core, expectedWidth }: { core: CoreDataset; expectedWidth: number | null }) {
  const scale = useViewStore((s) => s.scale);
  return <GlobalSection core={core} scale={scale} expectedWidth={expectedWidth} />;
}
