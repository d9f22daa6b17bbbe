/**
 * The editor a setting's JSON schema calls for: a text, number, yes/no or choice control per value,
 * one-per-line lists, cards for lists of objects (task templates, URL patterns), entries for records
 * (fields with their aliases…), a dated table for legal values. A setting added to the schema later
 * gets an editor without new code (its label comes from lib/i18n/options.ts, else its key). The
 * editors of settings nested in a setting (object, list of objects, record) live here because they
 * call this one back for their parts. Values are shown as text only.
 */
import { useId, useState } from 'react';
import { OPTIONS } from '../../../lib/i18n/options';
import { emptyFor, isDated, isPlain, unwrap, type JsonSchema, type Path } from '../model';
import { BoolEditor, EnumEditor } from './choice';
import { DatedEditor } from './dated';
import { Disclosure } from './Disclosure';
import { NumberEditor } from './number';
import { AddButton, button, control, Group, labelOf, useSetting } from './shared';
import { LinesEditor, TextEditor } from './text';
/** What an editor of settings nested in a setting (object, list, record) is given. */
interface CompositeProps {
  path: Path;
  labelKey: string;
  label: string;
  schema: JsonSchema;
}

/** The settings of an object, each with its editor; empty with no default means « not set ». */
function ObjectFields({ path, labelKey, schema }: Omit<CompositeProps, 'label'>) {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([k, sub]) => (
    <SettingEditor
      key={k}
      path={[...path, k]}
      labelKey={`${labelKey}.${k}`}
      fallback={k}
      schema={sub}
      optional={!required.has(k) && unwrap(sub).default === undefined}
    />
  ));
}

function ObjectEditor({ path, labelKey, label, schema }: CompositeProps) {
  const s = useSetting(path);
  return (
    <Group label={label} locked={s.locked}>
      <ObjectFields path={path} labelKey={labelKey} schema={schema} />
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
        <AddButton disabled={s.disabled} onAdd={add} problem={problem} />
      </div>
    </Group>
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
            <ObjectFields path={path} labelKey={labelKey} schema={schema} />
          </div>
        );
      return <RecordEditor path={path} labelKey={labelKey} label={label} schema={schema} />;
    default:
      return null;
  }
}
