import { useLayoutEffect, useRef, useState } from 'react';
import { useFacts } from '../../data/loaders';
import { TIER_CLASS_LABEL, type TierClass } from '../../shared/tierConstants';
import {
  CHANGE_ARROW,
  CHANGE_WORD,
  TOOLTIP_OFFSET,
  TOOLTIP_QUOTE_MAX,
  TOOLTIP_WIDTH,
  type ChangeClass,
} from './mapConstants';
import { formatFactValue, formatFactYear } from '../../shared/factFormat';
import { clipQuote, factsByCountry, tooltipFacts } from './panelSelectors';
import type { TooltipModel } from './mapModel';

/** "Down from Tier 2 (2019 report)", "Same as the 2019 report", "Unknown: no data in the 2019 report". */
export function describeChange(change: ChangeClass, from: TierClass, fromYear: number | null): string {
  if (fromYear === null) return 'Unknown: this is the first report in the data';
  switch (change) {
    case 'upgraded':
    case 'downgraded':
      return `${CHANGE_WORD[change]} from ${TIER_CLASS_LABEL[from]} (${fromYear} report)`;
    case 'unchanged':
      return `Same as the ${fromYear} report`;
    case 'not comparable':
      return from === 'No data'
        ? `Unknown: no data in the ${fromYear} report`
        : `Unknown: ${TIER_CLASS_LABEL[from]} in the ${fromYear} report`;
  }
}

function DocumentLines({ iso3, reportYear }: { iso3: string; reportYear: number }) {
  const facts = useFacts();
  if (facts.isPending) return <p className="tt-muted">Loading what the documents say…</p>;
  if (facts.isError) return <p className="tt-muted">The document facts could not be loaded.</p>;
  const all = factsByCountry(facts.data).get(iso3) ?? [];
  if (all.length === 0) return <p className="tt-muted">No source document discusses this country.</p>;
  const shown = tooltipFacts(all, reportYear);
  return (
    <div className="tt-docs">
      <p className="tt-heading">What the documents say</p>
      {shown.map((f) => (
        <figure key={f.id} className="tt-fact">
          <blockquote>“{clipQuote(f.quote, TOOLTIP_QUOTE_MAX)}”</blockquote>
          <figcaption>
            {formatFactValue(f, { withUnit: true })}, {formatFactYear(f, { sayKind: true })}. {f.title}
            {f.author ? `, ${f.author}` : ''}
            {f.conflicts.length > 0 && <span className="conflict-badge">Sources disagree</span>}
          </figcaption>
        </figure>
      ))}
      {all.length > shown.length && (
        <p className="tt-muted">
          {all.length - shown.length} more in the country panel (click or press Enter).
        </p>
      )}
    </div>
  );
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The card's own lines (country, tier, change, Watch List run), without the documents': also drawn by the build
 * for the pre-rendered picture's tooltips (src/prerender/pictureCountries.tsx), so both say the same.
 */
export function TooltipLines({ model }: { model: TooltipModel }) {
  const { name, toYear, fromYear, to, from, change, mode, streak } = model;
  return (
    <>
      <p className="tt-name">{name}</p>
      <p className="tt-tier">
        {toYear} report: <strong>{TIER_CLASS_LABEL[to]}</strong>
        {model.toInferred && <strong> (inferred)</strong>}
      </p>
      {model.toInferred && (
        <p className="tt-muted" data-testid="tooltip-inferred">
          {capitalise(model.toInferred)}.
        </p>
      )}
      {mode === 'changes' && fromYear !== null && (
        <p className="tt-tier">
          {fromYear} report: <strong>{TIER_CLASS_LABEL[from]}</strong>
        </p>
      )}
      <p className={`tt-change tt-${change.replace(' ', '-')}`}>
        <span aria-hidden="true">{CHANGE_ARROW[change]} </span>
        {describeChange(change, from, fromYear)}
      </p>
      {streak >= 2 && (
        <p className="tt-streak">
          On the Watch List {streak} reports in a row ({toYear - streak + 1}–{toYear})
        </p>
      )}
    </>
  );
}

interface Props {
  model: TooltipModel;
  /** Point the tooltip refers to, in px from the map frame's top left. */
  x: number;
  y: number;
  frameWidth: number;
  frameHeight: number;
}

/** Hover or keyboard-focus card: country, tier, change from the previous report, and the documents' words. */
export function MapTooltip({ model, x, y, frameWidth, frameHeight }: Props) {
  const width = Math.min(TOOLTIP_WIDTH, frameWidth - 2 * TOOLTIP_OFFSET);
  const left =
    x + TOOLTIP_OFFSET + width <= frameWidth ? x + TOOLTIP_OFFSET : Math.max(0, x - TOOLTIP_OFFSET - width);
  // The card's height depends on its text (quotes, a Watch List run), so it is measured. Beside the point it
  // slides to stay inside the frame; over the point (narrow screens) it goes below if it fits, else above if
  // that fits, else on the side with more room (the frame lets it overhang rather than cut it off).
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setHeight(el.offsetHeight);
    // The documents' lines arrive after facts.json loads: follow the card's size, not just the first render.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(el.offsetHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, [model.iso3, model.toYear, model.mode]);
  const roomBelow = frameHeight - y - TOOLTIP_OFFSET;
  const roomAbove = y - TOOLTIP_OFFSET;
  // Beside the point (a wide map): slide the card up or down to stay inside the frame; it cannot cover the point.
  const beside = left >= x + TOOLTIP_OFFSET || left + width <= x - TOOLTIP_OFFSET;
  const below =
    height === 0
      ? y < frameHeight * 0.55
      : height <= roomBelow || (height > roomAbove && roomBelow >= roomAbove);
  const placement = beside && height > 0 ? 'beside' : below ? 'below' : 'above';
  const style =
    placement === 'beside'
      ? { left, top: Math.max(0, Math.min(y - TOOLTIP_OFFSET, frameHeight - height)), width }
      : placement === 'below'
        ? { left, top: y + TOOLTIP_OFFSET, width }
        : { left, bottom: frameHeight - y + TOOLTIP_OFFSET, width };
  return (
    <div
      ref={ref}
      className="map-tooltip"
      role="tooltip"
      id="map-tooltip"
      style={style}
      data-iso3={model.iso3}
      data-placement={placement}
    >
      <TooltipLines model={model} />
      <DocumentLines iso3={model.iso3} reportYear={model.toYear} />
    </div>
  );
}
