/** Editors of a choice: yes/no (a checkbox) and one of a list of values (a select). */
import { useId } from 'react';
import { ENUM_LABELS, OPTIONS } from '../../../lib/i18n/options';
import type { Path } from '../model';
import { control, LockNote, Row, useSetting } from './shared';

export function BoolEditor({ path, label }: { path: Path; label: string }) {
  const id = useId();
  const s = useSetting(path);
  return (
    <div className="my-2 flex items-center gap-2">
      <input
        id={id}
        type="checkbox"
        className="h-4 w-4 focus-visible:ring-2 focus-visible:ring-blue-600"
        checked={s.value === true}
        disabled={s.disabled}
        onChange={(e) => s.set(e.target.checked)}
      />
      <label htmlFor={id}>
        {label}
        <LockNote locked={s.locked} />
      </label>
    </div>
  );
}

export function EnumEditor({
  path,
  label,
  values,
  optional,
}: {
  path: Path;
  label: string;
  values: unknown[];
  optional?: boolean;
}) {
  const id = useId();
  const s = useSetting(path);
  return (
    <Row id={id} label={label} locked={s.locked}>
      <select
        id={id}
        className={control}
        value={s.value === undefined ? '' : String(s.value)}
        disabled={s.disabled}
        onChange={(e) => s.set(optional && e.target.value === '' ? undefined : e.target.value)}
      >
        {optional ? <option value="">{OPTIONS.none}</option> : null}
        {values.map((v) => (
          <option key={String(v)} value={String(v)}>
            {ENUM_LABELS[String(v)] ?? String(v)}
          </option>
        ))}
      </select>
    </Row>
  );
}
