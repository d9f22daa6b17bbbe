/** Editors of texts: one line, and a list of texts one per line (blank lines ignored). */
import { useEffect, useId, useState } from 'react';
import { OPTIONS } from '../../../lib/i18n/options';
import { control, Row, useSetting, type LeafProps } from './shared';

export function TextEditor({ path, label, optional }: LeafProps) {
  const id = useId();
  const s = useSetting(path);
  return (
    <Row id={id} label={label} locked={s.locked}>
      <input
        id={id}
        type="text"
        className={`${control} w-full max-w-xl`}
        value={typeof s.value === 'string' ? s.value : ''}
        disabled={s.disabled}
        onChange={(e) => s.set(optional && e.target.value === '' ? undefined : e.target.value)}
      />
    </Row>
  );
}

/** A list of texts, one per line (blank lines ignored). */
export function LinesEditor({ path, label, optional }: LeafProps) {
  const id = useId();
  const s = useSetting(path);
  const list = Array.isArray(s.value) ? (s.value as unknown[]).map(String) : [];
  const [text, setText] = useState(list.join('\n'));
  const toList = (t: string) =>
    t
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  useEffect(() => {
    if (JSON.stringify(toList(text)) !== JSON.stringify(list)) setText(list.join('\n'));
  }, [JSON.stringify(list)]);
  return (
    <Row id={id} label={label} locked={s.locked} hint={OPTIONS.onePerLine}>
      <textarea
        id={id}
        className={`${control} min-h-16`}
        rows={Math.min(8, Math.max(2, list.length + 1))}
        value={text}
        disabled={s.disabled}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          const l = toList(e.target.value);
          s.set(optional && l.length === 0 ? undefined : l);
        }}
      />
    </Row>
  );
}
