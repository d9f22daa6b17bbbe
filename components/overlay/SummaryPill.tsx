/**
 * The summary pill and its list: the page's counts, the findings not shown next to a field, what the
 * person can do (open the panel, move the pill, the inspector, « Lire les onglets non lus »), and a
 * failed write of the dossier store.
 */
import { useEffect, useState } from 'react';
import type { Bridge, OverlayState } from '../../content-scripts/bridge';
import { T as INSPECTOR_T } from '../../lib/i18n/inspector';
import { countsText, PAGE_LABEL, SEVERITY_ICON } from '../../lib/i18n/common';
import { OVERLAY } from '../../lib/i18n/overlay';
import { READ_UNSEEN } from '../../lib/i18n/read-unseen';
import type { Finding, Severity } from '../../lib/model/types';
import { FindingList, isAbsentHint } from './FindingList';
import type { HiddenFindings } from './layout';
import { TONE } from './tone';

export interface SummaryPillProps {
  state: OverlayState;
  listed: Finding[];
  hidden: HiddenFindings;
  bridge: Bridge;
  openPanel(): void;
  firefox: boolean;
  readUnseen?(): void;
}

export function SummaryPill({
  state,
  listed,
  hidden,
  bridge,
  openPanel,
  firefox,
  readUnseen,
}: SummaryPillProps) {
  const [open, setOpen] = useState(false);
  const [corner, setCorner] = useState<'right' | 'left'>('right');

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const listening = new AbortController();
    window.addEventListener('keydown', onKey, { capture: true, signal: listening.signal });
    return () => listening.abort();
  }, [open]);

  const { error: errors, warning: warnings } = state.counts;
  const worst: Severity = errors ? 'error' : warnings ? 'warning' : 'info';
  const listId = 'oc-summary-list';

  return (
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
  );
}
