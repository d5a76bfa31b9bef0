import './charts.css';
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
export function CountrySelection({ label, all, selected, max, onAdd, onRemove, onMove }: Props) {
  const full = selected.length >= max;
  return (
    <div className="country-selection">
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
            <li key={c.iso3} className="country-chip" style={{ borderColor: c.colour }}>
              <MarkerSwatch shape={c.shape} colour={c.colour} size={14} />
              <span className="country-chip-name" style={{ color: c.colour }}>
                {c.name}
              </span>
              {onMove && (
                <>
                  <button
                    type="button"
                    className="chip-button"
                    onClick={() => onMove(c.iso3, -1)}
                    disabled={i === 0}
                    aria-label={`Move ${c.name} earlier`}
                    title={`Move ${c.name} earlier`}
                  >
                    ←
                  </button>
                  <button
                    type="button"
                    className="chip-button"
                    onClick={() => onMove(c.iso3, 1)}
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
                onClick={() => onRemove(c.iso3)}
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
