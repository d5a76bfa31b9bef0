import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Country } from '../data/schema';
import { compareText } from '../data/englishText';

interface Props {
  label: string;
  countries: readonly Country[];
  onSelect: (iso3: string) => void;
  /** Codes not offered (already chosen). */
  exclude?: readonly string[];
  placeholder?: string;
  disabled?: boolean;
  /** Keeps the label for screen readers only. */
  hideLabel?: boolean;
}

const MAX_OPTIONS = 12;

/** Matches on name start, then word start, then ISO3 code. */
export function matchCountries(
  countries: readonly Country[],
  query: string,
  exclude: readonly string[] = [],
): Country[] {
  const q = query.trim().toLowerCase();
  const pool = countries.filter((c) => !exclude.includes(c.iso3));
  if (!q) return [];
  const score = (c: Country): number => {
    const name = c.name.toLowerCase();
    if (c.iso3.toLowerCase() === q) return 0;
    if (name.startsWith(q)) return 1;
    if (name.split(/[\s-]+/).some((w) => w.startsWith(q))) return 2;
    if (name.includes(q)) return 3;
    return 99;
  };
  return pool
    .map((c) => [c, score(c)] as const)
    .filter(([, s]) => s < 99)
    .sort((a, b) => a[1] - b[1] || compareText(a[0].name, b[0].name))
    .slice(0, MAX_OPTIONS)
    .map(([c]) => c);
}

/** An ARIA 1.2 combobox with a listbox popup: type, arrow through matches, Enter to pick, Esc to close. */
export function CountryCombobox({
  label,
  countries,
  onSelect,
  exclude = [],
  placeholder,
  disabled,
  hideLabel,
}: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = useMemo(() => matchCountries(countries, query, exclude), [countries, query, exclude]);
  const expanded = open && options.length > 0;

  const choose = (c: Country | undefined) => {
    if (!c) return;
    onSelect(c.iso3);
    setQuery('');
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setOpen(true);
        setActive((a) => Math.min(options.length - 1, a + 1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setActive((a) => Math.max(0, a - 1));
        break;
      case 'Enter':
        if (expanded) {
          e.preventDefault();
          choose(options[active]);
        }
        break;
      case 'Escape':
        if (open) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
        } else setQuery('');
        break;
    }
  };

  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`} className={hideLabel ? 'visually-hidden' : 'combobox-label'}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        value={query}
        placeholder={placeholder ?? 'Type a country name'}
        disabled={disabled}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label}: matches`}
        className="combobox-list"
        hidden={!expanded}
      >
        {options.map((c, i) => (
          <li
            key={c.iso3}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(c);
            }}
          >
            {c.name} <span className="muted">{c.iso3}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
