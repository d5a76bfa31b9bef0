import { columnsThatFit } from '../../shared/charts/smallMultiples';
import { BREAKDOWN_MIN_PANEL_WIDTH, BREAKDOWNS, NARROW_VIEW_WIDTH } from './trendsConstants';

/**
 * Trends' small multiples are placed by one rule on screen and in every export box: `columnsThatFit`, as many
 * side by side as fit at the panels' minimum width. These give the columns for a width, and the height the panels
 * then take, so an export's "current view" size is the size the screen drew.
 */

/** A country's breakdown panels (by sex, age, form): one column on a narrow screen or box, else as many as fit. */
export const breakdownColumns = (width: number): number =>
  width < NARROW_VIEW_WIDTH
    ? 1
    : columnsThatFit(BREAKDOWNS.length, width, { minWidth: BREAKDOWN_MIN_PANEL_WIDTH });

/** The document-only panels (investigations, arrests) at the small multiples' default minimum width. */
export const documentPanelColumns = (panels: number, width: number): number => columnsThatFit(panels, width);

/** The height of `panels` panels laid out in `columns` columns, each `panelHeight` high. */
export const panelsHeight = (panels: number, columns: number, panelHeight: number): number =>
  Math.ceil(panels / Math.max(1, columns)) * panelHeight;
