/** Dated legal values (SMIC, grid, caps): one row per value with its effective date; the newest date is shown. */
import { useId } from 'react';
import { OPTIONS } from '../../../lib/i18n/options';
import { frDate } from '../../../lib/time/dates';
import { emptyFor, newestDate, unwrap, type JsonSchema, type Path } from '../model';
import { NumberInput } from './number';
import { button, control, Group, useSetting } from './shared';

/** A dated list: one row per value with its effective date; the newest date is shown. */
export function DatedEditor({ path, label, schema }: { path: Path; label: string; schema: JsonSchema }) {
  const s = useSetting(path);
  const rows = Array.isArray(s.value) ? (s.value as { from?: unknown; value?: unknown }[]) : [];
  const valueSchema = unwrap(unwrap(schema.items).properties?.value);
  const newest = newestDate(rows);
  const setRow = (i: number, patch: Record<string, unknown>) =>
    s.set(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Group label={label} locked={s.locked}>
      <p className="text-sm text-slate-700" data-oc-newest={newest}>
        {newest ? OPTIONS.newestValue(frDate(newest)) : OPTIONS.noDatedValue}
      </p>
      <table className="my-1 text-sm">
        <thead>
          <tr>
            <th className="pr-2 text-left font-medium">{OPTIONS.datedFrom}</th>
            <th className="pr-2 text-left font-medium">{OPTIONS.datedValue}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td className="pr-2">
                <input
                  type="date"
                  className={control}
                  aria-label={`${label} : ${OPTIONS.datedFrom} (${i + 1})`}
                  value={typeof r.from === 'string' ? r.from : ''}
                  disabled={s.disabled}
                  onChange={(e) => e.target.value && setRow(i, { from: e.target.value })}
                />
              </td>
              <td className="pr-2">
                {valueSchema.type === 'boolean' ? (
                  <input
                    type="checkbox"
                    aria-label={`${label} : ${OPTIONS.datedValue} (${i + 1})`}
                    checked={r.value === true}
                    disabled={s.disabled}
                    onChange={(e) => setRow(i, { value: e.target.checked })}
                  />
                ) : (
                  <DatedNumber
                    label={`${label} : ${OPTIONS.datedValue} (${i + 1})`}
                    value={r.value}
                    disabled={s.disabled}
                    onChange={(v) => setRow(i, { value: v })}
                  />
                )}
              </td>
              <td>
                <button
                  type="button"
                  className={button}
                  disabled={s.disabled}
                  aria-label={`${OPTIONS.removeItem} : ${label} (${i + 1})`}
                  onClick={() => s.set(rows.filter((_, j) => j !== i))}
                >
                  {OPTIONS.removeItem}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className={button}
        disabled={s.disabled}
        aria-label={`${OPTIONS.addItem} : ${label}`}
        onClick={() => {
          const last = rows[rows.length - 1];
          s.set([...rows, { from: newest || '2026-01-01', value: last?.value ?? emptyFor(valueSchema) }]);
        }}
      >
        {OPTIONS.addItem}
      </button>
    </Group>
  );
}

function DatedNumber({
  label,
  value,
  disabled,
  onChange,
}: {
  label: string;
  value: unknown;
  disabled: boolean;
  onChange(v: number): void;
}) {
  const id = useId();
  return (
    <NumberInput
      id={id}
      ariaLabel={label}
      value={value}
      disabled={disabled}
      onChange={(v) => v !== undefined && onChange(v)}
    />
  );
}
