import type { UnodcIndicator } from '../../data/schema';
import type { Metric, Scale } from '../../state/urlState';

/** Chart heights on screen (widths follow the container). */
export const COUNTRY_CHART_HEIGHT = 420;
export const COUNTRY_CHART_HEIGHT_NARROW = 360;
export const GLOBAL_PANEL_HEIGHT = 250;
export const BREAKDOWN_PANEL_HEIGHT = 210;
export const DOCUMENT_PANEL_HEIGHT = 200;
/** The narrowest a worldwide panel is drawn side by side, on screen and in an export. */
export const GLOBAL_MIN_PANEL_WIDTH = 300;
/** The narrowest a breakdown panel is drawn side by side, on screen and in an export. */
export const BREAKDOWN_MIN_PANEL_WIDTH = 280;
/** Below this container width, charts get the narrow height. */
export const NARROW_VIEW_WIDTH = 640;
/** Width assumed before the container has been measured (and in tests). */
export const FALLBACK_WIDTH = 960;

/** A country needs at least this many data years of an indicator to count as having a series. */
export const MIN_SERIES_YEARS = 3;

/** Countries offered as one-click starting points when none is selected. */
export const SUGGESTED_COUNTRIES = ['SRB', 'VNM', 'BLR'] as const;

export const METRIC_OPTIONS: { value: Metric; label: string }[] = [
  { value: 'victims', label: 'Detected victims' },
  { value: 'prosecuted', label: 'Persons prosecuted' },
  { value: 'convicted', label: 'Persons convicted' },
];

export const SCALE_OPTIONS: { value: Scale; label: string }[] = [
  { value: 'linear', label: 'Linear' },
  { value: 'log', label: 'Log' },
];

export const BREAKDOWNS = [
  {
    id: 'sex',
    title: 'By sex',
    parts: [
      { indicator: 'victimsFemale', label: 'Female' },
      { indicator: 'victimsMale', label: 'Male' },
    ],
  },
  {
    id: 'age',
    title: 'By age',
    parts: [
      { indicator: 'victimsChildren', label: 'Children (0–17)' },
      { indicator: 'victimsAdults', label: 'Adults (18+)' },
    ],
  },
  {
    id: 'form',
    title: 'By form of exploitation',
    parts: [
      { indicator: 'victimsSexualExploitation', label: 'Sexual exploitation' },
      { indicator: 'victimsForcedLabour', label: 'Forced labour' },
    ],
  },
] as const satisfies readonly {
  id: string;
  title: string;
  parts: readonly { indicator: UnodcIndicator; label: string }[];
}[];

/** The two parts of a breakdown: distinct colours and shapes, each at least 4.5:1 on white. */
export const BREAKDOWN_STYLE = [
  { colour: '#1f4e9c', shape: 'circle' },
  { colour: '#b8450b', shape: 'square' },
] as const;

/** The global series: total and labour part, drawn in one colour with two markers. */
export const GLOBAL_MEASURES = [
  {
    id: 'prosecutions',
    title: 'Prosecutions',
    total: 'prosecutions',
    labour: 'prosecutionsLabor',
    colour: '#1f4e9c',
  },
  {
    id: 'convictions',
    title: 'Convictions',
    total: 'convictions',
    labour: 'convictionsLabor',
    colour: '#b8450b',
  },
  {
    id: 'victims',
    title: 'Victims identified',
    total: 'victimsIdentified',
    labour: 'victimsIdentifiedLabor',
    colour: '#0f7a55',
  },
] as const;

export const GLOBAL_CAVEAT =
  'Each TIP Report edition reprints the global figures of earlier years and may revise them, so every point names the edition it comes from; a dotted link joins years taken from different editions. The State Department calls these figures estimates, given the lack of uniformity in national reporting.';
