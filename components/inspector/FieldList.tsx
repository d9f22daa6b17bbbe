/**
 * The fields of the page shown (those not read first) and its list's column headers: for each,
 * the label matched and how, the element and its value (NIR/IBAN masked, rendered as text), or why
 * it was not found; its binding; its added aliases. Hovering a field outlines its element.
 */
import { useEffect, useState } from 'react';
import {
  describeElement,
  type FieldInspection,
  type Inspection,
} from '../../content-scripts/inspector/inspect';
import { PAGE_LABEL } from '../../lib/i18n/common';
import { T, VIA_LABEL } from '../../lib/i18n/inspector';
import type { PageKey } from '../../lib/model/types';
import type { InspectorEdits } from './edits';
import { parseAliases } from './settings-edit';
import { BTN } from './styles';

function AliasEditor({
  fieldKey,
  aliases,
  save,
}: {
  fieldKey: string;
  aliases: string[];
  save(key: string, aliases: string[]): void;
}) {
  const [text, setText] = useState(aliases.join(' ; '));
  useEffect(() => setText(aliases.join(' ; ')), [aliases]);
  const id = `oc-alias-${fieldKey}`;
  return (
    <div className="mt-1 flex flex-wrap items-center gap-1">
      <label htmlFor={id} className="text-[12px] text-slate-700">
        {T.aliases}
      </label>
      <input
        id={id}
        data-oc-alias={fieldKey}
        value={text}
        onChange={(e) => setText(e.target.value)}
        title={T.aliasesHint}
        className="min-w-0 flex-1 rounded border border-slate-400 px-1 py-0.5"
      />
      <button type="button" className={BTN} onClick={() => save(fieldKey, parseAliases(text))}>
        {T.aliasesSave}
      </button>
    </div>
  );
}

function FieldRow({
  f,
  onHover,
  onBind,
  edits,
}: {
  f: FieldInspection;
  onHover(el: Element | null): void;
  onBind(key: string): void;
  edits: InspectorEdits;
}) {
  const status = f.state === 'read' ? T.found : f.state === 'ambiguous' ? T.ambiguous : T.absent;
  const why =
    f.state === 'read'
      ? `${T.matched(f.matched ?? '')} · ${VIA_LABEL[f.via!]}`
      : f.state === 'ambiguous'
        ? T.ambiguousWhy(f.candidates ?? 2)
        : f.reason === 'no-label'
          ? T.noLabel
          : T.noElement;
  return (
    <li
      data-oc-inspect-field={f.key}
      data-state={f.state}
      data-via={f.via ?? ''}
      onMouseEnter={() => onHover(f.el ?? null)}
      onMouseLeave={() => onHover(null)}
      className="border-b border-slate-200 py-1"
    >
      <div className="flex items-baseline gap-2">
        <strong className="min-w-0 flex-1">{f.label}</strong>
        <span
          className={`rounded px-1 text-[12px] ${
            f.state === 'read' ? 'bg-emerald-100 text-emerald-900' : 'bg-amber-100 text-amber-950'
          }`}
        >
          {status}
        </span>
        <button
          type="button"
          className={BTN}
          data-oc-bind={f.key}
          aria-label={T.bindField(f.label)}
          onClick={() => onBind(f.key)}
        >
          {T.bind}
        </button>
      </div>
      <div className="text-[12px] text-slate-700">{why}</div>
      {f.state === 'read' && (
        <div className="text-[12px] text-slate-700">
          <code>{f.el ? describeElement(f.el) : ''}</code> →{' '}
          <span data-oc-value="">{f.value || T.empty}</span>
        </div>
      )}
      {f.binding && (
        <div className="flex flex-wrap items-center gap-1 text-[12px] text-slate-700">
          <span>{T.bound(f.binding.label, f.bindingCount ?? 0)}</span>
          <button type="button" className={BTN} onClick={() => edits.unbind(f.key)}>
            {T.unbind}
          </button>
        </div>
      )}
      <details>
        <summary className="cursor-pointer text-[12px] text-slate-700">{T.aliases}</summary>
        <AliasEditor fieldKey={f.key} aliases={f.aliases} save={edits.aliases} />
      </details>
    </li>
  );
}

export function FieldList({
  inspection,
  page,
  onHover,
  onBind,
  edits,
}: {
  inspection: Inspection;
  /** The page whose fields are listed. */
  page: PageKey;
  onHover(el: Element | null): void;
  onBind(key: string): void;
  edits: InspectorEdits;
}) {
  return (
    <>
      <h3 className="mt-3 mb-1 text-[14px] font-semibold">
        {T.fields} — {PAGE_LABEL[page] ?? page}
      </h3>
      <ul className="m-0 list-none p-0">
        {[
          // What is not read first: that is what an admin opens the inspector for.
          ...inspection.fields.filter((f) => f.state !== 'read'),
          ...inspection.fields.filter((f) => f.state === 'read'),
        ].map((f) => (
          <FieldRow key={f.key} f={f} onHover={onHover} onBind={onBind} edits={edits} />
        ))}
      </ul>
      {inspection.columns.length > 0 && (
        <>
          <h3 className="mt-3 mb-1 text-[14px] font-semibold">{T.columns}</h3>
          <ul className="m-0 list-none p-0">
            {inspection.columns.map((c) => (
              <li key={c.key} data-oc-inspect-column={c.key} className="border-b border-slate-200 py-1">
                <div className="flex gap-2">
                  <strong className="flex-1">{c.label}</strong>
                  <span className="text-[12px]">{c.found ? T.found : T.absent}</span>
                </div>
                <AliasEditor fieldKey={c.key} aliases={c.aliases} save={edits.aliases} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
