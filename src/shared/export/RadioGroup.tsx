import type { ReactNode } from 'react';

/** A fieldset of radio buttons, one per value, with the label the caller draws (the export dialog's choices). */
export function RadioGroup<T extends string | number>({
  legend,
  name,
  values,
  value,
  label,
  onChange,
  disabled,
}: {
  legend: string;
  name: string;
  values: readonly T[];
  value: T;
  label: (v: T) => ReactNode;
  onChange: (v: T) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset className="export-radios" disabled={disabled}>
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={String(v)}>
          <input
            type="radio"
            name={name}
            value={String(v)}
            checked={v === value}
            onChange={() => onChange(v)}
          />
          <span>{label(v)}</span>
        </label>
      ))}
    </fieldset>
  );
}
