import './charts.css';
import { TierPatterns } from '../TierPatterns';
import { TIER_CLASS_LABEL, TIER_CLASSES, tierFillRef } from '../tierConstants';
import { CHART_CONFLICT, DOCUMENT_SHAPE, type MarkerShape } from './chartConstants';
import { MarkerSwatch } from './Marker';

/** How to read the marks of a country chart; each entry pairs a shape with words, never colour alone. */
export function EncodingLegend({
  shape = 'circle',
  colour = '#1a1a1a',
  documents = true,
  source,
}: {
  shape?: MarkerShape;
  colour?: string;
  documents?: boolean;
  /** The source of the lines, e.g. "UNODC GLOTIP, <month year> release" (read from the data). */
  source: string;
}) {
  return (
    <ul className="encoding-legend" aria-label="How to read the chart">
      <li>
        <svg width={26} height={12} aria-hidden="true">
          <line x1={1} x2={25} y1={6} y2={6} stroke={colour} strokeWidth={2} />
        </svg>
        <MarkerSwatch shape={shape} colour={colour} /> {source}, by data year; a line joins neighbouring years
        only, so a gap means no data
      </li>
      <li>
        <MarkerSwatch shape={shape} colour={colour} hollow /> “&lt;5”: fewer than five, drawn near zero and
        labelled (on a log scale, on the baseline)
      </li>
      {documents && (
        <>
          <li>
            <MarkerSwatch shape={DOCUMENT_SHAPE} colour={colour} /> Figure from a source document (hover or
            focus for the quote)
          </li>
          <li>
            <MarkerSwatch shape={DOCUMENT_SHAPE} colour={colour} hollow /> Document figure for a part of the
            total or another unit
          </li>
          <li>
            <svg width={16} height={16} aria-hidden="true">
              <circle cx={8} cy={8} r={6.5} fill="none" stroke={CHART_CONFLICT} strokeDasharray="2 2" />
            </svg>{' '}
            <span className="conflict-text">≠</span> The document and UNODC (or another document) disagree;
            both are shown
          </li>
        </>
      )}
    </ul>
  );
}

/** The tier classes with their colours and patterns, as drawn in the strips. */
export function TierLegend({ prefix }: { prefix: string }) {
  return (
    <div className="tier-legend">
      <svg width={0} height={0} aria-hidden="true" className="defs-only">
        <TierPatterns prefix={prefix} />
      </svg>
      <ul aria-label="Tier legend">
        {TIER_CLASSES.map((cls) => (
          <li key={cls}>
            <svg width={18} height={12} aria-hidden="true">
              <rect
                width={18}
                height={12}
                fill={tierFillRef(cls, prefix)}
                stroke="#767676"
                strokeWidth={0.5}
              />
            </svg>{' '}
            {TIER_CLASS_LABEL[cls]}
          </li>
        ))}
      </ul>
    </div>
  );
}
