import type { CoreDataset } from '../../data/schema';
import { DocumentFactList } from '../../shared/charts/DocumentFactList';
import { InteractiveTimeSeries } from '../../shared/charts/InteractiveTimeSeries';
import { MarkerSwatch } from '../../shared/charts/Marker';
import { TierStripChart } from '../../shared/charts/TierStripChart';
import { layoutTimeSeries } from '../../shared/charts/timeSeriesLayout';
import { TIER_CLASS_LABEL } from '../../shared/tierConstants';
import { COMPARE_PANEL_HEIGHT } from './compareConstants';
import type { CompareColumnModel } from './compareModel';
import type { LatestTier } from './compareTiers';

// One country's column in Compare: its latest tier, tier strip, small multiples, sources and document facts.

function LatestTierLine({ latest }: { latest: LatestTier }) {
  const known = latest.lastKnown;
  return (
    <div className="latest-tier">
      <p>
        <span className="muted">{latest.reportYear} report:</span>{' '}
        <strong data-latest-tier={latest.cls}>{TIER_CLASS_LABEL[latest.cls]}</strong>
      </p>
      {known && known.reportYear !== latest.reportYear && (
        <p>
          <span className="muted">Latest stated tier:</span> <strong>{known.cls}</strong> ({known.reportYear}{' '}
          report
          {known.inferred ? ', inferred' : ''})
        </p>
      )}
      {latest.previous && (
        <p className="tier-change" data-change={latest.change}>
          {latest.change === 'not comparable'
            ? `Not comparable with the ${latest.previous.reportYear} report (${TIER_CLASS_LABEL[latest.previous.cls]})`
            : latest.change === 'unchanged'
              ? `Unchanged from the ${latest.previous.reportYear} report`
              : `${latest.change === 'upgraded' ? '▲ Upgraded' : '▼ Downgraded'} from ${latest.previous.cls} (${latest.previous.reportYear} report)`}
        </p>
      )}
    </div>
  );
}

interface ColumnProps {
  core: CoreDataset;
  column: CompareColumnModel;
  width: number;
  xDomain: [number, number];
  unodcSource: string;
  conflicts: Map<string, string>;
}

export function CountryColumn({ core, column, width, xDomain, unodcSource, conflicts }: ColumnProps) {
  const { country: c, facts: items, sources, conflictCount } = column;
  const headingId = `compare-col-${c.iso3}`;
  return (
    <section className="compare-column" aria-labelledby={headingId} data-country={c.iso3}>
      <header className="compare-column-head">
        <h2 id={headingId} style={{ color: c.colour }}>
          <MarkerSwatch shape={c.shape} colour={c.colour} size={16} /> {c.name}
        </h2>
        <LatestTierLine latest={column.latest} />
      </header>
      <div className="compare-strip">
        <TierStripChart
          width={width}
          xDomain={xDomain}
          name={c.name}
          label={c.iso3}
          cells={column.tiers}
          patternPrefix={`cmp-${c.iso3}`}
        />
      </div>
      <div className="compare-panels">
        {column.panels.map((p) => {
          const layout = layoutTimeSeries({ ...p, width, height: COMPARE_PANEL_HEIGHT });
          return (
            <InteractiveTimeSeries
              key={p.title}
              layout={layout}
              label={`${p.title}, ${c.name}`}
              ariaLabel={`${p.title} by data year for ${c.name} (${unodcSource}); the tables below give every value.`}
            />
          );
        })}
      </div>
      <div className="compare-sources">
        <h3>Sources used</h3>
        <ul>
          {sources.map((s) => (
            <li key={`${s.id}-${s.label}`}>
              <span className="muted">{s.what}:</span> {s.label}
            </li>
          ))}
        </ul>
        {column.noUnodc && (
          <p className="muted">UNODC publishes no victims, prosecution or conviction figures for {c.name}.</p>
        )}
      </div>
      <details className="compare-facts">
        <summary>
          What the documents say about {c.name}: {items.length} fact{items.length === 1 ? '' : 's'} with
          quotes
          {conflictCount > 0 ? `, ${conflictCount} in conflict with another source` : ''}
        </summary>
        <DocumentFactList
          items={items}
          core={core}
          unodcSource={unodcSource}
          identity={(iso3) => (iso3 === c.iso3 ? c : undefined)}
          showCountry={false}
          conflictText={(id) => conflicts.get(id)}
        />
      </details>
    </section>
  );
}
