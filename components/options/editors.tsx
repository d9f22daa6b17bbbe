/**
 * Generic editors driven by the settings' JSON schema: a text, number, yes/no or choice control per
 * value, one-per-line lists, cards for lists of objects, entries for records, a dated table for legal
 * values. A setting added to the schema later gets an editor without new code (its label comes from
 * lib/i18n/options.ts, else its key). Values are shown as text only.
 */
import { createContext, useContext, useEffect, useId, useState, type ReactNode } from 'react';
import { ENUM_LABELS, OPTIONS, SETTING_LABELS } from '../../lib/i18n/options';
import { isLocked } from '../../lib/settings/policy';
import {
  emptyFor,
  frDateOf,
  getAt,
  isDated,
  isPlain,
  newestDate,
  unwrap,
  type JsonSchema,
  type Path,
} from './model';

export interface EditorContext {
  /** The settings in force (the user's, policy on top): what the controls show. */
  effective: unknown;
  managed: unknown;
  readOnly: boolean;
  update(path: Path, value: unknown): void;
}

export const EditorCtx = createContext<EditorContext>({
  effective: {},
  managed: {},
  readOnly: true,
  update: () => undefined,
});

/** Label key of a path: record entries are `*`, list items `[]` (see SETTING_LABELS). */
export function labelOf(labelKey: string, fallback: string): string {
  return SETTING_LABELS[labelKey] ?? fallback;
}

export function useSetting(path: Path) {
  const ctx = useContext(EditorCtx);
  const locked = isLocked(
    ctx.managed,
    path.map((p) => String(p)),
  );
  return {
    value: getAt(ctx.effective, path),
    locked,
    disabled: locked || ctx.readOnly,
    set: (v: unknown) => ctx.update(path, v),
  };
}

export function LockNote({ locked }: { locked: boolean }) {
  if (!locked) return null;
  return (
    <span
      className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900"
      title={OPTIONS.lockedHint}
      data-oc-locked=""
    >
      🔒 {OPTIONS.locked}
    </span>
  );
}

const control =
  'rounded border border-slate-400 px-2 py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:bg-slate-100 disabled:text-slate-600';
export const button =
  'rounded border border-slate-500 bg-white px-2 py-1 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:opacity-50';

function Row({
  id,
  label,
  locked,
  hint,
  children,
}: {
  id: string;
  label: string;
  locked: boolean;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="my-2 flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
        <LockNote locked={locked} />
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** What an editor of one value is given; `optional`: empty means « not set ». */
interface LeafProps {
  path: Path;
  label: string;
  optional?: boolean;
}

function TextEditor({ path, label, optional }: LeafProps) {
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

/** Accepts « 12,02 » as well as « 12.02 ». */
export function parseNumber(text: string): number | undefined {
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

function NumberEditor({ path, label, optional }: LeafProps) {
  const id = useId();
  const s = useSetting(path);
  return (
    <Row id={id} label={label} locked={s.locked}>
      <NumberInput id={id} value={s.value} disabled={s.disabled} optional={optional} onChange={s.set} />
    </Row>
  );
}

function BoolEditor({ path, label }: { path: Path; label: string }) {
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

function EnumEditor({
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

/** A list of texts, one per line (blank lines ignored). */
function LinesEditor({ path, label, optional }: LeafProps) {
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

/**
 * A disclosure (button with aria-expanded): its content is rendered only while open, so the long
 * lists (rules, task templates) keep the page light.
 */
export function Disclosure({
  title,
  children,
  extra,
}: {
  title: ReactNode;
  children: ReactNode;
  extra?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="my-2 rounded border border-slate-200">
      <div className="flex items-center justify-between gap-2 px-2 py-1">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={id}
          className="text-left font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {title}
        </button>
        {extra}
      </div>
      {open ? (
        <div id={id} className="px-2 pb-2">
          {children}
        </div>
      ) : null}
    </div>
  );
}

function Group({
  label,
  locked,
  children,
  level = 3,
}: {
  label: string;
  locked: boolean;
  children: ReactNode;
  level?: number;
}) {
  return (
    <fieldset className="my-3 rounded border border-slate-300 p-3" data-level={level}>
      <legend className="px-1 font-semibold">
        {label}
        <LockNote locked={locked} />
      </legend>
      {children}
    </fieldset>
  );
}

/** What an editor of settings nested in a setting (object, list, record) is given. */
interface CompositeProps {
  path: Path;
  labelKey: string;
  label: string;
  schema: JsonSchema;
}

function ObjectEditor({ path, labelKey, label, schema }: CompositeProps) {
  const s = useSetting(path);
  const required = new Set(schema.required ?? []);
  return (
    <Group label={label} locked={s.locked}>
      {Object.entries(schema.properties ?? {}).map(([k, sub]) => (
        <SettingEditor
          key={k}
          path={[...path, k]}
          labelKey={`${labelKey}.${k}`}
          fallback={k}
          schema={sub}
          optional={!required.has(k) && unwrap(sub).default === undefined}
        />
      ))}
    </Group>
  );
}

/** A list of objects: one card each, with « Supprimer », and « Ajouter » at the end. */
function ListEditor({ path, labelKey, label, schema }: CompositeProps) {
  const s = useSetting(path);
  const items = Array.isArray(s.value) ? (s.value as unknown[]) : [];
  const item = unwrap(schema.items);
  return (
    <Group label={label} locked={s.locked}>
      {items.map((v, i) => {
        const named = isPlain(v) ? [v.titre, v.pattern].find((x) => typeof x === 'string' && x) : undefined;
        const title = typeof named === 'string' ? named : OPTIONS.item(i + 1);
        return (
          <Disclosure
            key={i}
            title={title}
            extra={
              <button
                type="button"
                className={button}
                disabled={s.disabled}
                aria-label={`${OPTIONS.removeItem} : ${title}`}
                onClick={() => s.set(items.filter((_, j) => j !== i))}
              >
                {OPTIONS.removeItem}
              </button>
            }
          >
            <SettingEditor
              path={[...path, i]}
              labelKey={`${labelKey}[]`}
              fallback={title}
              schema={item}
              bare
            />
          </Disclosure>
        );
      })}
      <button
        type="button"
        className={button}
        disabled={s.disabled}
        aria-label={`${OPTIONS.addItem} : ${label}`}
        onClick={() => s.set([...items, emptyFor(item)])}
      >
        {OPTIONS.addItem}
      </button>
    </Group>
  );
}

/** A record (key → value): existing keys with their value and « Supprimer »; a new key to add. */
function RecordEditor({ path, labelKey, label, schema }: CompositeProps) {
  const s = useSetting(path);
  const id = useId();
  const entries = isPlain(s.value) ? Object.entries(s.value) : [];
  const valueSchema = unwrap(
    typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {},
  );
  const [newKey, setNewKey] = useState('');
  const [problem, setProblem] = useState('');
  const add = () => {
    const k = newKey.trim();
    if (!k) return setProblem(OPTIONS.keyEmpty);
    if (entries.some(([e]) => e === k)) return setProblem(OPTIONS.keyExists);
    setProblem('');
    setNewKey('');
    s.set({ ...(isPlain(s.value) ? s.value : {}), [k]: emptyFor(valueSchema) });
  };
  return (
    <Group label={label} locked={s.locked}>
      {entries.map(([k]) => (
        <div key={k} className="my-2 rounded border border-slate-200 p-2">
          <div className="flex items-center justify-between gap-2">
            <code className="font-medium">{k}</code>
            <button
              type="button"
              className={button}
              disabled={s.disabled}
              aria-label={`${OPTIONS.removeItem} : ${k}`}
              onClick={() => {
                const next = { ...(s.value as Record<string, unknown>) };
                delete next[k];
                s.set(next);
              }}
            >
              {OPTIONS.removeItem}
            </button>
          </div>
          <SettingEditor
            path={[...path, k]}
            labelKey={`${labelKey}.*`}
            fallback={k}
            schema={valueSchema}
            bare
          />
        </div>
      ))}
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <div className="flex flex-col">
          <label htmlFor={id} className="text-sm">
            {OPTIONS.newKey} ({label})
          </label>
          <input
            id={id}
            type="text"
            className={control}
            value={newKey}
            disabled={s.disabled}
            onChange={(e) => setNewKey(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </div>
        <button type="button" className={button} disabled={s.disabled} onClick={add}>
          {OPTIONS.addItem}
        </button>
        {problem ? (
          <span role="alert" className="text-sm text-red-700">
            {problem}
          </span>
        ) : null}
      </div>
    </Group>
  );
}

/** A dated list: one row per value with its effective date; the newest date is shown. */
function DatedEditor({ path, label, schema }: { path: Path; label: string; schema: JsonSchema }) {
  const s = useSetting(path);
  const rows = Array.isArray(s.value) ? (s.value as { from?: unknown; value?: unknown }[]) : [];
  const valueSchema = unwrap(unwrap(schema.items).properties?.value);
  const newest = newestDate(rows);
  const setRow = (i: number, patch: Record<string, unknown>) =>
    s.set(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Group label={label} locked={s.locked}>
      <p className="text-sm text-slate-700" data-oc-newest={newest}>
        {newest ? OPTIONS.newestValue(frDateOf(newest)) : OPTIONS.noDatedValue}
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

/** The editor a schema calls for. `bare`: no label of its own (inside a card that names it). */
export function SettingEditor({
  path,
  labelKey,
  fallback,
  schema: raw,
  optional,
  bare,
}: {
  path: Path;
  labelKey: string;
  fallback: string;
  schema: JsonSchema | undefined;
  optional?: boolean;
  bare?: boolean;
}) {
  const schema = unwrap(raw);
  const label = labelOf(labelKey, fallback);
  if (schema.enum) return <EnumEditor path={path} label={label} values={schema.enum} optional={optional} />;
  switch (schema.type) {
    case 'string':
      return <TextEditor path={path} label={label} optional={optional} />;
    case 'number':
    case 'integer':
      return <NumberEditor path={path} label={label} optional={optional} />;
    case 'boolean':
      return <BoolEditor path={path} label={label} />;
    case 'array': {
      if (isDated(schema)) return <DatedEditor path={path} label={label} schema={schema} />;
      const item = unwrap(schema.items);
      if (item.type === 'object')
        return <ListEditor path={path} labelKey={labelKey} label={label} schema={schema} />;
      return <LinesEditor path={path} label={label} optional={optional} />;
    }
    case 'object':
      if (schema.properties && !bare)
        return <ObjectEditor path={path} labelKey={labelKey} label={label} schema={schema} />;
      if (schema.properties)
        return (
          <div>
            {Object.entries(schema.properties).map(([k, sub]) => (
              <SettingEditor
                key={k}
                path={[...path, k]}
                labelKey={`${labelKey}.${k}`}
                fallback={k}
                schema={sub}
                optional={!(schema.required ?? []).includes(k) && unwrap(sub).default === undefined}
              />
            ))}
          </div>
        );
      return <RecordEditor path={path} labelKey={labelKey} label={label} schema={schema} />;
    default:
      return null;
  }
}
