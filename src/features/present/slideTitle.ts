import { METRIC_LABEL } from '../../shared/charts/countryData';
import { reportPeriod } from '../../shared/tierConstants';
import type { ViewState } from '../../state/urlState';
import { REGION_LABEL } from '../map';

const VIEW_TITLE: Record<ViewState['view'], string> = {
  map: 'Tier map',
  trends: 'Trends',
  compare: 'Comparison',
  sources: 'Sources',
};

/**
 * A default slide title from the state, naming the view, the region and the year as the app words them — a report
 * year is the TIP edition and names the period it assesses, a count is by data year:
 * "Tier map, Europe — 2025 TIP report (April 2024 – March 2025)", "Trends: Serbia, Vietnam — persons convicted by
 * data year". It becomes the slide's heading when presented and exported, so countries are named, not coded
 * (`nameOf` falls back to codes).
 */
export function defaultSlideTitle(
  state: ViewState,
  latestReportYear: number | null,
  nameOf: (iso3: string) => string = (iso3) => iso3,
): string {
  const base = VIEW_TITLE[state.view];
  const names = state.countries.map(nameOf).join(', ');
  switch (state.view) {
    case 'map': {
      const year = state.reportYear ?? latestReportYear;
      const where = `${REGION_LABEL[state.region]}${state.country ? ` (${nameOf(state.country)})` : ''}`;
      if (year === null) return `${state.mode === 'changes' ? 'Tier changes' : base}, ${where}`;
      if (state.mode === 'changes') {
        const from = state.fromYear ?? year - 1;
        return `Tier changes, ${where} — ${from} to ${year} TIP reports (April ${from - 1} – March ${year})`;
      }
      return `${base}, ${where} — ${year} TIP report (${reportPeriod(year)})`;
    }
    case 'trends':
      return state.countries.length > 0
        ? `${base}: ${names} — ${METRIC_LABEL[state.metric].toLowerCase()} by data year`
        : `${base}: worldwide law enforcement by data year`;
    case 'compare': {
      const year = state.reportYear ?? latestReportYear;
      const report = year === null ? '' : ` — ${year} TIP report`;
      if (state.compareShow === 'tiers')
        return `Tier history: ${names}${year === null ? '' : ` — to the ${year} TIP report`}`;
      return state.countries.length > 0 ? `${base}: ${names}${report}` : base;
    }
    case 'sources':
      return base;
  }
}
