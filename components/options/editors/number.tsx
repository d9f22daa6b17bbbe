/** Editors of numbers, typed the French way (« 12,02 ») or with a point; a wrong entry is said. */
import { useEffect, useId, useState } from 'react';
import { OPTIONS } from '../../../lib/i18n/options';
import { control, Row, useSetting, type LeafProps } from './shared';

/** Accepts « 12,02 » as well as « 12.02 ». */
function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!t || !/^-?\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}
const numberText = (v: unknown) => (typeof v === 'number' ? String(v).replace('.', ',') : '');

export function NumberInput({
  value,
  onChange,
  disabled,
  id,
  optional,
  ariaLabel,
}: {
  value: unknown;
  onChange(v: number | undefined): void;
  disabled: boolean;
  id: string;
  optional?: boolean;
  ariaLabel?: string;
}) {
  const [text, setText] = useState(numberText(value));
  const [bad, setBad] = useState(false);
  useEffect(() => {
    if (parseNumber(text) !== value) {
      setText(numberText(value));
      setBad(false);
    }
    // Only when the value changes from outside (import, policy).
  }, [value]);
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        className={`${control} w-32`}
        value={text}
        disabled={disabled}
        aria-label={ariaLabel}
        aria-invalid={bad || undefined}
        aria-describedby={bad ? `${id}-err` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const n = parseNumber(e.target.value);
          const empty = e.target.value.trim() === '';
          setBad(n === undefined && !(optional && empty));
          if (n !== undefined) onChange(n);
          else if (optional && empty) onChange(undefined);
        }}
      />
      {bad ? (
        <span id={`${id}-err`} role="alert" className="text-xs text-red-700">
          {OPTIONS.notANumber}
        </span>
      ) : null}
    </>
  );
}

export function NumberEditor({ path, label, optional }: LeafProps) {
  const id = useId();
  const s = useSetting(path);
  return (
    <Row id={id} label={label} locked={s.locked}>
      <NumberInput id={id} value={s.value} disabled={s.disabled} optional={optional} onChange={s.set} />
    </Row>
  );
}
