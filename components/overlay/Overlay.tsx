/**
 * The overlay on an Ogust page: a short message next to each marked field and a summary pill with
 * the page's counts and the findings that have no element shown on the page (none read, or only in
 * a tab not shown, named when the page says which). Values from the page are
 * rendered as React text only (never HTML). Messages never take pointer events, so they cannot block
 * Ogust's inputs and buttons.
 */
import { useEffect, useMemo, useReducer, useState, useSyncExternalStore } from 'react';
import type { Bridge } from '../../content-scripts/bridge';
import { T as INSPECTOR_T } from '../../lib/i18n/inspector';
import { countsText, PAGE_LABEL, SEVERITY_ICON, SEVERITY_LABEL } from '../../lib/i18n/common';
import { OVERLAY } from '../../lib/i18n/overlay';
import { READ_UNSEEN } from '../../lib/i18n/read-unseen';
import type { Finding, Severity } from '../../lib/model/types';
import { isShown, tabOf } from './hidden-tab';

const TONE: Record<Severity, string> = {
  error: 'bg-red-50 text-red-900 border-red-700',
  warning: 'bg-amber-50 text-amber-950 border-amber-700 border-dashed',
  info: 'bg-sky-50 text-sky-950 border-sky-700 border-dotted',
};
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface InlineGroup {
  el: Element;
  field: string;
  findings: Finding[];
}

/** Re-render on scroll (any scroller) and resize, at most once per frame. */
function useLayoutTick(): number {
  const [tick, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    let frame = 0;
    const onChange = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        bump();
      });
    };
    const listening = new AbortController();
    const { signal } = listening;
    window.addEventListener('scroll', onChange, { capture: true, passive: true, signal });
    window.addEventListener('resize', onChange, { passive: true, signal });
    return () => {
      listening.abort();
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);
  return tick;
}

/** Info about an optional field the page does not show: listed apart, closed by default. */
const isAbsentHint = (f: Finding) => f.severity === 'info' && f.rule.endsWith('.absent');

/** Findings whose elements are all hidden (another tab of the window…), with that tab when known. */
type HiddenFindings = ReadonlyMap<Finding, string | undefined>;

function FindingList({
  findings,
  all,
  hidden,
}: {
  findings: Finding[];
  all: readonly Finding[];
  hidden: HiddenFindings;
}) {
  if (!findings.length) return null;
  return (
    <ul className="mt-1 flex list-none flex-col gap-1 p-0">
      {findings.map((f) => (
        <li
          key={all.indexOf(f)}
          data-rule={f.rule}
          data-field={f.field}
          data-severity={f.severity}
          data-finding-id={all.indexOf(f)}
          className={`rounded border px-2 py-1 ${TONE[f.severity]}`}
        >
          <span aria-hidden="true">{SEVERITY_ICON[f.severity]} </span>
          <strong>{SEVERITY_LABEL[f.severity]} :</strong> {f.message}
          {f.source && (
            <span className="block text-[12px] opacity-80">
              {OVERLAY.source(f.source.page, f.source.readAt, Date.now())}
            </span>
          )}
          {hidden.has(f) && (
            <span className="block text-[12px] opacity-80" data-oc-hidden-field="">
              {OVERLAY.hiddenField(hidden.get(f))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export interface OverlayProps {
  bridge: Bridge;
  openPanel(): void;
  firefox: boolean;
  /** « Lire les onglets non lus » for this page's dossier (background/read-unseen-service.ts). */
  readUnseen?(): void;
}

export function Overlay({ bridge, openPanel, firefox, readUnseen }: OverlayProps) {
  const state = useSyncExternalStore(bridge.subscribe, () => bridge.state);
  const tick = useLayoutTick();
  const [open, setOpen] = useState(false);
  const [corner, setCorner] = useState<'right' | 'left'>('right');

  const { inline, summary } = useMemo(() => {
    const inline = new Map<Element, InlineGroup>();
    const summary: Finding[] = [];
    for (const f of state?.findings ?? []) {
      // A cross-page finding is always listed in the summary, with the tab it comes from.
      if (f.source) summary.push(f);
      const els: (readonly [string, Element])[] = f.rows?.length
        ? // A row finding is shown next to the first of its rows (all of them are outlined).
          f.rows
            .map((r) => state!.rows[r])
            .filter((el): el is Element => !!el)
            .slice(0, 1)
            .map((el) => [f.field, el] as const)
        : f.targets
            .map((t) => [t, state!.elements.get(t)] as const)
            .filter((p): p is readonly [string, Element] => !!p[1]);
      if (!els.length) {
        if (!f.source) summary.push(f);
        continue;
      }
      for (const [field, el] of els) {
        const g = inline.get(el) ?? { el, field, findings: [] };
        g.findings.push(f);
        inline.set(el, g);
      }
    }
    summary.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    return { inline: [...inline.values()], summary };
  }, [state]);

  // Timeline mark for measurements: when the summary was first shown on this page.
  const shown = !!state;
  useEffect(() => {
    if (shown && !performance.getEntriesByName('oc:summary').length) performance.mark('oc:summary');
  }, [shown]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const listening = new AbortController();
    window.addEventListener('keydown', onKey, { capture: true, signal: listening.signal });
    return () => listening.abort();
  }, [open]);

  // Read all positions first (one layout), then render.
  const positions = useMemo(() => {
    void tick;
    const vw = document.documentElement.clientWidth || window.innerWidth;
    return inline.map((g) => {
      if (!isShown(g.el)) return null;
      const r = g.el.getBoundingClientRect();
      // One line, right of the field, vertically centred on it, cut at the viewport's edge; when
      // there is no room right of it (a full-width list row), inside its right end.
      const height = Math.max(18, Math.min(r.height, 24));
      const room = vw - r.right - 12;
      const inside = room < 200;
      const left = inside ? Math.max(r.left, r.right - 360) : r.right + 6;
      return {
        left: left + window.scrollX,
        top: r.top + (r.height - height) / 2 + window.scrollY,
        height,
        maxWidth: inside ? r.right - left - 4 : room,
      };
    });
  }, [inline, tick]);

  // A finding whose every element has no box (a field of a tab not shown): listed in the summary,
  // else the pill would count it while its message stays out of sight.
  const tabNames = useMemo(() => new Map<Element, string | undefined>(), [inline]);
  const hidden = useMemo(() => {
    const seen = new Set<Finding>();
    inline.forEach((g, i) => positions[i] && g.findings.forEach((f) => seen.add(f)));
    const out = new Map<Finding, string | undefined>();
    inline.forEach((g, i) => {
      if (positions[i]) return;
      for (const f of g.findings) {
        if (seen.has(f) || f.source || out.has(f)) continue;
        if (!tabNames.has(g.el)) tabNames.set(g.el, tabOf(g.el));
        out.set(f, tabNames.get(g.el));
      }
    });
    return out;
  }, [inline, positions, tabNames]);
  const listed = useMemo(
    () => [...summary, ...hidden.keys()].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]),
    [summary, hidden],
  );

  if (!state) return null;
  const { error: errors, warning: warnings } = state.counts;
  const worst: Severity = errors ? 'error' : warnings ? 'warning' : 'info';
  const listId = 'oc-summary-list';

  return (
    <div className="font-sans text-[13px] leading-snug">
      {inline.map((g, i) => {
        const pos = positions[i];
        return (
          <div
            key={i}
            className="pointer-events-none absolute flex w-max items-center gap-1 overflow-hidden whitespace-nowrap"
            style={
              pos
                ? { left: pos.left, top: pos.top, height: pos.height, maxWidth: pos.maxWidth }
                : { display: 'none' }
            }
          >
            {g.findings
              .slice()
              .sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
              .map((f) => (
                <span
                  key={state.findings.indexOf(f)}
                  role="note"
                  data-oc-finding=""
                  data-rule={f.rule}
                  data-field={g.field}
                  data-severity={f.severity}
                  data-finding-id={state.findings.indexOf(f)}
                  className={`truncate rounded border px-1 text-[12px] leading-[16px] shadow-sm ${TONE[f.severity]}`}
                >
                  <span aria-hidden="true" className="font-bold">
                    {SEVERITY_ICON[f.severity]}{' '}
                  </span>
                  <span className="sr-only">{SEVERITY_LABEL[f.severity]} : </span>
                  {f.message}
                </span>
              ))}
          </div>
        );
      })}

      <div
        data-oc-summary=""
        data-page={state.page}
        data-errors={errors}
        data-warnings={warnings}
        className={`fixed bottom-3 z-[2147483647] w-[340px] max-w-[90vw] ${corner === 'right' ? 'right-3' : 'left-3'}`}
      >
        <div
          id={listId}
          hidden={!open}
          className="mb-2 max-h-[60vh] overflow-auto rounded-lg border border-slate-300 bg-white p-3 text-slate-900 shadow-lg"
        >
          <p className="mb-2 font-semibold">{PAGE_LABEL[state.page] ?? state.page}</p>
          {listed.length === 0 ? (
            <p className="text-slate-700">{OVERLAY.allInline}</p>
          ) : (
            <>
              <FindingList
                findings={listed.filter((f) => !isAbsentHint(f))}
                all={state.findings}
                hidden={hidden}
              />
              {listed.some(isAbsentHint) && (
                <details className="mt-2">
                  <summary className="cursor-pointer text-slate-700">
                    {OVERLAY.absentOptional(listed.filter(isAbsentHint).length)}
                  </summary>
                  <FindingList findings={listed.filter(isAbsentHint)} all={state.findings} hidden={hidden} />
                </details>
              )}
            </>
          )}
          <div className="mt-3 flex flex-wrap gap-2">
            {firefox ? (
              <p className="text-slate-700">{OVERLAY.firefoxHint}</p>
            ) : (
              <button
                type="button"
                onClick={openPanel}
                className="rounded bg-slate-800 px-2 py-1 text-white focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
              >
                {OVERLAY.openPanel}
              </button>
            )}
            <button
              type="button"
              onClick={() => setCorner(corner === 'right' ? 'left' : 'right')}
              className="rounded border border-slate-400 px-2 py-1 focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-600"
            >
              {OVERLAY.move(corner === 'right' ? 'left' : 'right')}
            </button>
            <button
              type="button"
              data-oc-open-inspector=""
              onClick={() => bridge.setInspector(!bridge.inspector)}
              className="rounded border border-slate-400 px-2 py-1 focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-600"
            >
              {INSPECTOR_T.pillButton}
            </button>
            {readUnseen && (
              <button
                type="button"
                data-oc-action="read-unseen"
                title={READ_UNSEEN.hint}
                onClick={readUnseen}
                className="rounded border border-slate-400 px-2 py-1 focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-600"
              >
                {READ_UNSEEN.summaryButton}
              </button>
            )}
          </div>
          <p className="mt-2 text-[12px] text-slate-600" data-oc-keys="">
            {READ_UNSEEN.keyboardHint}
          </p>
        </div>
        {state.storeError && (
          <p
            role="alert"
            data-oc-store-error=""
            className="mb-2 rounded-lg border-2 border-red-700 bg-white p-2 text-red-900 shadow-lg"
          >
            {state.storeError}
          </p>
        )}
        <button
          type="button"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
          className={`ml-auto flex items-center gap-2 rounded-full border-2 px-3 py-1.5 shadow-lg focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${TONE[worst]}`}
        >
          <span aria-hidden="true">{SEVERITY_ICON[worst]}</span>
          <span className="font-semibold">{OVERLAY.brand}</span>
          <span>{countsText(errors, warnings)}</span>
        </button>
      </div>
    </div>
  );
}
