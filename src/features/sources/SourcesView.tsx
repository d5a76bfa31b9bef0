import '../../shared/facts/facts.css';
import { useCore, useFacts } from '../../data/loaders';
import { SourcesFrame } from './SourcesFrame';
import { DataState } from '../../shared/DataState';
import { FactsTable } from './FactsTable';
import { SourceList } from './SourceList';

export default function SourcesView() {
  const core = useCore();
  const facts = useFacts();
  return (
    <SourcesFrame>
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
    </SourcesFrame>
  );
}
