/**
 * The inspector on an Ogust frame: how the page was recognised or why not, and
 * « cette page est … »; each field with the label matched, the association, the element and its value
 * (NIR/IBAN masked), or why it was not found; hover highlights the element; « Associer » binds a field
 * by clicking the element (count and outline shown before saving); added aliases and column headers;
 * « Capturer la page (anonymisée) ». Values from the page are rendered as React text only.
 */
import { useCallback, useEffect, useMemo, useReducer, useState, useSyncExternalStore } from 'react';
import type { Bridge } from '../../content-scripts/bridge';
import { makeBinding, pickTarget, resolveBinding, type Binding } from '../../content-scripts/read/binding';
import { captureDocument } from '../../content-scripts/inspector/capture';
import {
  describeElement,
  inspectDocument,
  urlPattern,
  type FieldInspection,
  type Inspection,
} from '../../content-scripts/inspector/inspect';
import { OVERLAY_TAG } from '../../content-scripts/read/dom-text';
import { T, VIA_LABEL } from '../../lib/i18n/inspector';
import type { Settings } from '../../lib/settings/settings';
import type { ReadingEnv } from '../../lib/platform/storage';
import { PAGE_LABEL } from '../../lib/i18n/common';
import { PAGE_KEYS, type PageKey } from '../../lib/model/types';
import {
  parseAliases,
  setAliases,
  setBinding,
  setDeclaredPage,
  updateSettings as defaultUpdate,
} from './settings-edit';

export interface InspectorProps {
  bridge: Bridge;
  loadEnv(): Promise<ReadingEnv>;
  watchEnv(onChange: () => void): () => void;
  update?: typeof defaultUpdate;
  /** Save a file (Blob URL + <a download>); replaced in tests. */
  download?(name: string, html: string): void;
  doc?: Document;
}

const BTN =
  'rounded border border-slate-400 bg-white px-2 py-0.5 text-slate-900 hover:bg-slate-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-600';
const BTN_MAIN =
  'rounded bg-slate-800 px-2 py-0.5 text-white hover:bg-slate-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600';

function downloadFile(name: string, html: string, host: Element | null) {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  (host ?? document.body).appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Re-render on scroll and resize (the outlines follow the page). */
function useTick(active: boolean): number {
  const [tick, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!active) return;
    const on = () => bump();
    window.addEventListener('scroll', on, { capture: true, passive: true });
    window.addEventListener('resize', on, { passive: true });
    return () => {
      window.removeEventListener('scroll', on, { capture: true });
      window.removeEventListener('resize', on);
    };
  }, [active]);
  return tick;
}

function Outline({ el, tone }: { el: Element; tone: 'hover' | 'preview' }) {
  const r = el.getBoundingClientRect();
  if (!r.width && !r.height) return null;
  return (
    <div
      data-oc-inspect-outline={tone}
      className={`pointer-events-none fixed z-[2147483646] rounded-sm border-2 ${
        tone === 'hover' ? 'border-fuchsia-600 bg-fuchsia-500/10' : 'border-emerald-600 bg-emerald-500/10'
      }`}
      style={{ left: r.left - 3, top: r.top - 3, width: r.width + 6, height: r.height + 6 }}
    />
  );
}

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
  onUnbind,
  saveAliases,
}: {
  f: FieldInspection;
  onHover(el: Element | null): void;
  onBind(key: string): void;
  onUnbind(key: string): void;
  saveAliases(key: string, aliases: string[]): void;
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
          <button type="button" className={BTN} onClick={() => onUnbind(f.key)}>
            {T.unbind}
          </button>
        </div>
      )}
      <details>
        <summary className="cursor-pointer text-[12px] text-slate-700">{T.aliases}</summary>
        <AliasEditor fieldKey={f.key} aliases={f.aliases} save={saveAliases} />
      </details>
    </li>
  );
}

export function Inspector({
  bridge,
  loadEnv,
  watchEnv,
  update = defaultUpdate,
  download,
  doc = document,
}: InspectorProps) {
  const open = useSyncExternalStore(bridge.subscribe, () => bridge.inspector);
  const version = useSyncExternalStore(bridge.subscribe, () => bridge.state?.version ?? 0);
  const [env, setEnv] = useState<ReadingEnv | null>(null);
  const [preview, setPreview] = useState<PageKey | ''>('');
  const [hover, setHover] = useState<Element | null>(null);
  const [picking, setPicking] = useState<string | null>(null);
  const [proposal, setProposal] = useState<{ key: string; binding: Binding; els: Element[] } | null>(null);
  const [note, setNote] = useState('');
  const tick = useTick(open);

  useEffect(() => {
    if (!open) return;
    let alive = true;
    const reload = () =>
      void loadEnv()
        .then((e) => alive && setEnv(e))
        .catch(() => undefined);
    reload();
    const unwatch = watchEnv(reload);
    return () => {
      alive = false;
      unwatch();
    };
  }, [open, loadEnv, watchEnv]);

  const url = doc.location?.href ?? '';
  const inspection: Inspection | null = useMemo(() => {
    void version;
    if (!open || !env) return null;
    try {
      return inspectDocument(doc, env.settings, url, preview || undefined);
    } catch {
      return null;
    }
  }, [open, env, version, preview, doc, url]);

  const save = useCallback(
    async (change: Parameters<typeof update>[0], check: (s: Settings) => boolean) => {
      try {
        const settings = await update(change, check);
        setEnv((e) => (e ? { ...e, settings } : e));
        setNote(T.saved);
      } catch {
        setNote(T.saveError);
      }
    },
    [update],
  );

  // Point-and-bind: the next click on the page chooses the element (the page does not receive it).
  useEffect(() => {
    if (!picking) return;
    const ours = (e: Event) => e.target instanceof Element && !!e.target.closest(OVERLAY_TAG);
    const onOver = (e: Event) => {
      if (!ours(e) && e.target instanceof Element) setHover(pickTarget(e.target));
    };
    const block = (e: Event) => {
      if (ours(e)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    const onClick = (e: Event) => {
      if (ours(e) || !(e.target instanceof Element)) return;
      e.preventDefault();
      e.stopPropagation();
      (e as Event & { stopImmediatePropagation(): void }).stopImmediatePropagation();
      choose(e.target);
    };
    const choose = (el: Element) => {
      const target = pickTarget(el);
      if (!target) return false;
      const binding = makeBinding(target);
      setProposal({ key: picking, binding, els: resolveBinding(doc, binding) });
      setPicking(null);
      setHover(null);
      return true;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        setPicking(null);
        setHover(null);
      } else if (e.key === 'Enter' && !ours(e) && doc.activeElement && doc.activeElement !== doc.body) {
        // Keyboard: Tab to the field in the page, then Entrée.
        if (choose(doc.activeElement)) {
          e.preventDefault();
          e.stopPropagation();
        }
      }
    };
    const onFocus = (e: Event) => {
      if (!ours(e) && e.target instanceof Element) setHover(pickTarget(e.target));
    };
    doc.addEventListener('mouseover', onOver, true);
    doc.addEventListener('mousedown', block, true);
    doc.addEventListener('pointerdown', block, true);
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('keydown', onKey, true);
    doc.addEventListener('focusin', onFocus, true);
    return () => {
      doc.removeEventListener('focusin', onFocus, true);
      doc.removeEventListener('mouseover', onOver, true);
      doc.removeEventListener('mousedown', block, true);
      doc.removeEventListener('pointerdown', block, true);
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
    };
  }, [picking, doc]);

  if (!open) return null;
  void tick;

  const capture = () => {
    if (!env) return;
    try {
      const findings = (bridge.state?.findings ?? []).filter((f) => !f.source);
      const ids = (info: boolean) =>
        [...new Set(findings.filter((f) => (f.severity === 'info') === info).map((f) => f.rule))]
          .sort()
          .join(' ');
      const html = captureDocument(doc, {
        settings: env.settings,
        today: env.today,
        url,
        seed: `${url}#${Date.now()}`,
        header: [`oc-expect: ${ids(false)}`, `oc-expect-info: ${ids(true)}`],
      });
      const name = `ogust-${(inspection?.page ?? 'page').replace('.', '-')}-${env.today}.html`;
      if (download) download(name, html);
      else downloadFile(name, html, doc.querySelector(OVERLAY_TAG));
      setNote(T.captureDone(name));
    } catch {
      setNote(T.captureError);
    }
  };

  const fieldLabel = (key: string) => inspection?.fields.find((f) => f.key === key)?.label ?? key;
  const pattern = urlPattern(url);
  const shownPage = inspection?.shown ?? null;

  return (
    <div className="font-sans text-[13px] leading-snug">
      {hover && <Outline el={hover} tone="hover" />}
      {proposal?.els.map((el, i) => (
        <Outline key={i} el={el} tone="preview" />
      ))}

      {picking && (
        <div
          role="status"
          data-oc-picking={picking}
          className="fixed top-2 left-1/2 z-[2147483647] -translate-x-1/2 rounded border-2 border-fuchsia-600 bg-white px-3 py-1 shadow-lg"
        >
          {T.pickBanner(fieldLabel(picking))}
        </div>
      )}

      <section
        data-oc-inspector=""
        data-page={inspection?.page ?? ''}
        aria-label={T.title}
        className={`fixed top-3 right-3 z-[2147483647] ${picking ? 'hidden' : 'flex'} max-h-[72vh] w-[470px] max-w-[95vw] flex-col overflow-auto rounded-lg border border-slate-300 bg-white p-3 text-slate-900 shadow-xl`}
      >
        {/* Hidden while the admin points at an element: Ogust's forms must be reachable. */}
        <div className="mb-2 flex items-center gap-2">
          <h2 className="m-0 flex-1 text-[15px] font-semibold">{T.title} — Dossier conforme</h2>
          <button
            type="button"
            className={BTN}
            onClick={() => bridge.setInspector(false)}
            aria-label={T.close}
          >
            ✕
          </button>
        </div>
        <p className="text-[12px] text-slate-600">{T.shortcut}</p>

        {!inspection ? null : (
          <>
            <div className="mt-2" data-oc-recognition="">
              {inspection.page ? (
                <p>
                  {T.recognised} <strong>{PAGE_LABEL[inspection.page] ?? inspection.page}</strong>{' '}
                  {inspection.declared && <span className="text-slate-600">{T.declared}</span>}
                </p>
              ) : (
                <>
                  <p className="font-semibold">{T.notRecognised}</p>
                  <p className="text-[12px]">{T.whyNot}</p>
                  <ul className="list-disc pl-5 text-[12px]" data-oc-missing="">
                    {(Object.entries(inspection.missing) as [PageKey, string[]][]).map(([page, why]) => (
                      <li key={page} data-page={page}>
                        <strong>{PAGE_LABEL[page] ?? page}</strong> : {why.join(' ; ')}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <div className="mt-2 flex flex-wrap items-center gap-1">
                <label htmlFor="oc-declare" className="text-[12px]">
                  {T.declareLabel}
                </label>
                <select
                  id="oc-declare"
                  data-oc-declare=""
                  value={preview}
                  onChange={(e) => setPreview(e.target.value as PageKey | '')}
                  className="rounded border border-slate-400 px-1 py-0.5"
                >
                  <option value="">{T.declareChoose}</option>
                  {PAGE_KEYS.map((k) => (
                    <option key={k} value={k}>
                      {PAGE_LABEL[k] ?? k}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className={BTN}
                  disabled={!preview}
                  onClick={() =>
                    preview &&
                    void save(
                      (raw) => setDeclaredPage(raw, pattern, preview),
                      (s) => s.pages.some((p) => p.pattern === pattern && p.page === preview),
                    )
                  }
                >
                  {T.declareSave}
                </button>
                {inspection.declared && (
                  <button
                    type="button"
                    className={BTN}
                    onClick={() =>
                      void save(
                        (raw) => setDeclaredPage(raw, pattern, undefined),
                        (s) => !s.pages.some((p) => p.pattern === pattern),
                      )
                    }
                  >
                    {T.declareForget}
                  </button>
                )}
              </div>
              {!inspection.page && preview && <p className="mt-1 text-[12px]">{T.previewHint}</p>}
            </div>

            {proposal && (
              <div
                data-oc-proposal={proposal.key}
                data-count={proposal.els.length}
                className="sticky top-0 z-10 mt-2 rounded border-2 border-emerald-600 bg-emerald-50 p-2 shadow"
              >
                <p className="font-semibold">{fieldLabel(proposal.key)}</p>
                <p>{T.pickCount(proposal.els.length)}</p>
                <p className="text-[12px] text-slate-700">
                  {[
                    proposal.binding.label && `« ${proposal.binding.label} »`,
                    `<${proposal.binding.tag}${proposal.binding.type ? ` type=${proposal.binding.type}` : ''}>`,
                    proposal.binding.name && `name=${proposal.binding.name}`,
                    proposal.binding.id && `id=${proposal.binding.id}`,
                    proposal.binding.container && `section ${proposal.binding.container}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <div className="mt-1 flex flex-wrap gap-1">
                  <button
                    type="button"
                    className={BTN_MAIN}
                    disabled={proposal.els.length !== 1}
                    onClick={() => {
                      const { key, binding } = proposal;
                      setProposal(null);
                      void save(
                        (raw) => setBinding(raw, key, binding),
                        (s) => !!s.fields[key]?.binding,
                      );
                    }}
                  >
                    {T.pickSave}
                  </button>
                  <button
                    type="button"
                    className={BTN}
                    onClick={() => {
                      setPicking(proposal.key);
                      setProposal(null);
                    }}
                  >
                    {T.pickRetry}
                  </button>
                  <button type="button" className={BTN} onClick={() => setProposal(null)}>
                    {T.pickCancel}
                  </button>
                </div>
              </div>
            )}

            {note && (
              <p role="status" className="sticky top-0 z-10 mt-2 bg-white text-[12px] text-slate-700">
                {note}
              </p>
            )}

            {shownPage && (
              <>
                <h3 className="mt-3 mb-1 text-[14px] font-semibold">
                  {T.fields} — {PAGE_LABEL[shownPage] ?? shownPage}
                </h3>
                <ul className="m-0 list-none p-0">
                  {[
                    // What is not read first: that is what an admin opens the inspector for.
                    ...inspection.fields.filter((f) => f.state !== 'read'),
                    ...inspection.fields.filter((f) => f.state === 'read'),
                  ].map((f) => (
                    <FieldRow
                      key={f.key}
                      f={f}
                      onHover={setHover}
                      onBind={(key) => {
                        setProposal(null);
                        setPicking(key);
                      }}
                      onUnbind={(key) =>
                        void save(
                          (raw) => setBinding(raw, key, undefined),
                          (s) => !s.fields[key]?.binding,
                        )
                      }
                      saveAliases={(key, aliases) =>
                        void save(
                          (raw) => setAliases(raw, key, aliases),
                          (s) => (s.fields[key]?.aliases ?? []).length === aliases.length,
                        )
                      }
                    />
                  ))}
                </ul>
                {inspection.columns.length > 0 && (
                  <>
                    <h3 className="mt-3 mb-1 text-[14px] font-semibold">{T.columns}</h3>
                    <ul className="m-0 list-none p-0">
                      {inspection.columns.map((c) => (
                        <li
                          key={c.key}
                          data-oc-inspect-column={c.key}
                          className="border-b border-slate-200 py-1"
                        >
                          <div className="flex gap-2">
                            <strong className="flex-1">{c.label}</strong>
                            <span className="text-[12px]">{c.found ? T.found : T.absent}</span>
                          </div>
                          <AliasEditor
                            fieldKey={c.key}
                            aliases={c.aliases}
                            save={(key, aliases) =>
                              void save(
                                (raw) => setAliases(raw, key, aliases),
                                (s) => (s.fields[key]?.aliases ?? []).length === aliases.length,
                              )
                            }
                          />
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </>
            )}

            <div className="mt-3">
              <button type="button" className={BTN_MAIN} data-oc-capture="" onClick={capture}>
                {T.capture}
              </button>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
