import '../../shared/facts/facts.css';
import { useCore, useFacts } from '../../data/loaders';
import { DataState } from '../../shared/DataState';
import { FactsTable } from './FactsTable';
import { SourceList } from './SourceList';

export default function SourcesView() {
  const core = useCore();
  const facts = useFacts();
  return (
    <section className="sources-view" aria-labelledby="sources-title">
      <h1 id="sources-title">Sources</h1>
      <p className="lede">
        Every number in TIP Atlas comes from one of these sources. Tiers rate a government’s efforts against
        U.S. minimum standards, not how much trafficking a country has.
      </p>
      <DataState query={core} what="source registry (core.json)">
        {(coreData) => (
          <>
            <SourceList core={coreData} />
            <DataState query={facts} what="document facts (facts.json)">
              {(factsData) => <FactsTable core={coreData} facts={factsData} />}
            </DataState>
          </>
        )}
      </DataState>
    </section>
  );
}
