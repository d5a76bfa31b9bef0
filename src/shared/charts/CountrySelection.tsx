import './charts.css';
import { useLayoutEffect, useRef } from 'react';
import type { Country } from '../../data/schema';
import { CountryCombobox } from '../CountryCombobox';
import type { MarkerShape } from './chartConstants';
import { MarkerSwatch } from './Marker';

export interface SelectedCountry {
  iso3: string;
  name: string;
  colour: string;
  shape: MarkerShape;
}

interface Props {
  /** Label of the search box. */
  label: string;
  all: readonly Country[];
  selected: readonly SelectedCountry[];
  max: number;
  onAdd: (iso3: string) => void;
  onRemove: (iso3: string) => void;
  /** When given, each chip gets "move earlier / later" buttons. */
  onMove?: (iso3: string, delta: -1 | 1) => void;
}

/**
 * The countries a view shows, as chips carrying each country's marker and colour (so the legend is the picker),
 * with a search box to add more. Shared by Trends and Compare; the selection itself lives in the URL.
 */
type ChipAction = 'earlier' | 'later' | 'remove';

export function CountrySelection({ label, all, selected, max, onAdd, onRemove, onMove }: Props) {
  const full = selected.length >= max;
  const rootRef = useRef<HTMLDivElement>(null);
  // Where the keyboard focus goes once the chips re-render: a moved chip's button may become disabled (moved
  // to an end) and a removed chip's buttons are gone, which would drop the focus to the page.
  const pendingFocus = useRef<{ iso3: string | null; action: ChipAction } | null>(null);
  useLayoutEffect(() => {
    const want = pendingFocus.current;
    const root = rootRef.current;
    if (!want || !root) return;
    pendingFocus.current = null;
    const button = (iso3: string | null, action: ChipAction) =>
      iso3 === null
        ? null
        : root.querySelector<HTMLButtonElement>(
            `[data-chip="${iso3}"] [data-action="${action}"]:not(:disabled)`,
          );
    const other: ChipAction = want.action === 'earlier' ? 'later' : 'earlier';
    const target =
      button(want.iso3, want.action) ??
      (want.action === 'remove' ? null : button(want.iso3, other)) ??
      root.querySelector<HTMLInputElement>('input[role="combobox"]');
    target?.focus();
  }, [selected]);

  const move = (iso3: string, delta: -1 | 1) => {
    pendingFocus.current = { iso3, action: delta < 0 ? 'earlier' : 'later' };
    onMove?.(iso3, delta);
  };
  const remove = (i: number) => {
    // The chip that takes its place, else the one before it, else the search box.
    const next = selected[i + 1] ?? selected[i - 1] ?? null;
    pendingFocus.current = { iso3: next?.iso3 ?? null, action: 'remove' };
    onRemove(selected[i]!.iso3);
  };

  return (
    <div className="country-selection" ref={rootRef}>
      <CountryCombobox
        label={label}
        countries={all}
        onSelect={onAdd}
        exclude={selected.map((s) => s.iso3)}
        disabled={full}
        placeholder={full ? `At most ${max} countries` : 'Type a country name'}
      />
      {selected.length > 0 && (
        <ul className="country-chips" aria-label="Selected countries">
          {selected.map((c, i) => (
            <li key={c.iso3} className="country-chip" style={{ borderColor: c.colour }} data-chip={c.iso3}>
              <MarkerSwatch shape={c.shape} colour={c.colour} size={14} />
              <span className="country-chip-name" style={{ color: c.colour }}>
                {c.name}
              </span>
              {onMove && (
                <>
                  <button
                    type="button"
                    className="chip-button"
                    data-action="earlier"
                    onClick={() => move(c.iso3, -1)}
                    disabled={i === 0}
                    aria-label={`Move ${c.name} earlier`}
                    title={`Move ${c.name} earlier`}
                  >
                    ←
                  </button>
                  <button
                    type="button"
                    className="chip-button"
                    data-action="later"
                    onClick={() => move(c.iso3, 1)}
                    disabled={i === selected.length - 1}
                    aria-label={`Move ${c.name} later`}
                    title={`Move ${c.name} later`}
                  >
                    →
                  </button>
                </>
              )}
              <button
                type="button"
                className="chip-button"
                data-action="remove"
                onClick={() => remove(i)}
                aria-label={`Remove ${c.name}`}
                title={`Remove ${c.name}`}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
