import { useEffect, useState } from 'react';
import type { CoreIndex } from '../../shared/datasetSelectors';
import { useViewStore } from '../../state/viewStore';
import { PLAY_INTERVAL_MS } from './mapConstants';
import { resolveReportYear, type MapModel, type YearMark } from './mapModel';
import { YearSlider } from './YearSlider';

/** Play steps through the reports once, from the first if it starts at the last. */
function usePlay(index: CoreIndex) {
  const [playing, setPlaying] = useState(false);
  const years = index.reportYears;
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
  const toggle = () => {
    const s = useViewStore.getState();
    if (!playing && resolveReportYear(index, s.reportYear) === years.at(-1))
      s.set({ reportYear: years[0] ?? null });
    setPlaying((p) => !p);
  };
  return [playing, toggle] as const;
}

/** The slider, moved to the report year as soon as it is chosen (it reads the year from the store itself). */
function LiveYearSlider({
  index,
  label,
  marks,
}: {
  index: CoreIndex;
  label: string;
  marks: readonly YearMark[];
}) {
  const year = resolveReportYear(
    index,
    useViewStore((s) => s.reportYear),
  );
  const set = useViewStore((s) => s.set);
  return <YearSlider label={label} marks={marks} value={year} onChange={(y) => set({ reportYear: y })} />;
}

/** Play/pause, the report-year slider with its key, and the note on a report whose sources cover only some tiers. */
export function MapTimeBar({ index, model }: { index: CoreIndex; model: MapModel }) {
  const [playing, togglePlay] = usePlay(index);
  const { yearMarks, toYear, coverage } = model;
  return (
    <>
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
          index={index}
          label={model.mode === 'changes' ? 'Report year to compare' : 'Report year'}
          marks={yearMarks}
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
      {coverage !== 'complete' && (
        <p className={`coverage-note coverage-${coverage}`} role="note" data-testid="coverage-note">
          {coverage === 'none' || coverage === 'missing' ? (
            <>
              <strong>No tier data for the {toYear} report.</strong> Every country shows as “No data”; no tier
              is carried over from another report.
            </>
          ) : (
            <>
              <strong>The {toYear} report: Watch List and Tier 3 only.</strong> The sources list those in
              full; {model.tierOneOrTwo} other assessed countries show as “Tier 1 or 2”.
            </>
          )}
        </p>
      )}
      {model.mode === 'changes' && model.notComparable && (
        <p className="coverage-note" role="note" data-testid="changes-note">
          {model.notComparable.sentence}
        </p>
      )}
    </>
  );
}
