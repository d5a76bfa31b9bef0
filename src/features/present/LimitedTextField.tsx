import { useId, useState } from 'react';
import { cleanText, cleanTextMessage, TEXT_LIMITS, type TextKind } from './packText';
import { formatNumber } from '../../data/englishText';

interface Props {
  label: string;
  kind: TextKind;
  value: string;
  onChange: (text: string) => void;
  rows?: number;
}

/**
 * A slide title (one line) or speaker note: what is typed or pasted is cleaned and cut to the pack's limits as it
 * arrives, and the presenter is told when it was (no silent `maxLength` cut).
 */
export function LimitedTextField({ label, kind, value, onChange, rows = 3 }: Props) {
  const id = useId();
  const [message, setMessage] = useState<string | null>(null);
  const max = TEXT_LIMITS[kind];
  const handle = (raw: string) => {
    const result = cleanText(raw, kind);
    setMessage(cleanTextMessage(result, kind));
    onChange(result.text);
  };
  const common = {
    id,
    value,
    'aria-describedby': `${id}-count ${id}-message`,
    onChange: (e: { target: { value: string } }) => handle(e.target.value),
  };
  return (
    <div className="limited-field">
      <label htmlFor={id}>{label}</label>
      {kind === 'title' ? <input type="text" {...common} /> : <textarea rows={rows} {...common} />}
      <span className="limited-field-info">
        <span id={`${id}-message`} className="limited-field-message" aria-live="polite">
          {message}
        </span>
        <span id={`${id}-count`} className="muted">
          {formatNumber(value.length)} / {formatNumber(max)} characters
        </span>
      </span>
    </div>
  );
}
