/**
 * The inspector on an Ogust frame: how the page was recognised or why not, and
 * « cette page est … »; each field with the label matched, the association, the element and its value
 * (NIR/IBAN masked), or why it was not found; hover highlights the element; « Associer » binds a field
 * by clicking the element (count and outline shown before saving); added aliases and column headers;
 * « Capturer la page (anonymisée) ». Values from the page are rendered as React text only.
 *
 * Its parts: use-environment.ts (settings, page inspection, scroll), use-point-and-bind.ts (the
 * pointing), edits.ts (the settings changes), and the panels Recognition, ProposalBox, FieldList.
 */
import { useState, useSyncExternalStore } from 'react';
import type { Bridge } from '../../content-scripts/bridge';
import { urlPattern } from '../../content-scripts/inspector/inspect';
import { OVERLAY_TAG } from '../../content-scripts/read/dom-text';
import { T } from '../../lib/i18n/inspector';
import type { PageKey } from '../../lib/model/types';
import type { ReadingEnv } from '../../lib/platform/storage';
import { capturePage, downloadFile } from './capture-file';
import { inspectorEdits } from './edits';
import { FieldList } from './FieldList';
import { ProposalBox } from './ProposalBox';
import { Recognition } from './Recognition';
import { updateSettings as defaultUpdate } from './settings-edit';
import { BTN, BTN_MAIN } from './styles';
import { useInspection, useReadingEnv, useTick } from './use-environment';
import { usePointAndBind } from './use-point-and-bind';

export interface InspectorProps {
  bridge: Bridge;
  loadEnv(): Promise<ReadingEnv>;
  watchEnv(onChange: () => void): () => void;
  update?: typeof defaultUpdate;
  /** Save a file (Blob URL + <a download>); replaced in tests. */
  download?(name: string, html: string): void;
  doc?: Document;
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

export function Inspector({
  bridge,
  loadEnv,
  watchEnv,
  update = defaultUpdate,
  download,
  doc = document,
}: InspectorProps) {
  const open = useSyncExternalStore(bridge.subscribe, () => bridge.inspector);
  const [preview, setPreview] = useState<PageKey | ''>('');
  const { env, loadFailed, note, setNote, save } = useReadingEnv(open, loadEnv, watchEnv, update);
  const { inspection, url } = useInspection(bridge, open, env, doc, preview);
  const pointer = usePointAndBind(doc);
  const tick = useTick(open);

  if (!open) return null;
  void tick;

  const { picking, proposal } = pointer;
  const edits = inspectorEdits(save, urlPattern(url));
  const fieldLabel = (key: string) => inspection?.fields.find((f) => f.key === key)?.label ?? key;
  const capture = () => {
    if (!env) return;
    try {
      const { name, html } = capturePage(doc, env, url, bridge.state?.findings ?? [], inspection?.page);
      if (download) download(name, html);
      else downloadFile(name, html, doc.querySelector(OVERLAY_TAG));
      setNote(T.captureDone(name));
    } catch {
      setNote(T.captureError);
    }
  };

  return (
    <div className="font-sans text-[13px] leading-snug">
      {pointer.hover && <Outline el={pointer.hover} tone="hover" />}
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

        {loadFailed && (
          <p role="alert" className="mt-2 text-[12px] text-red-800">
            {T.loadError}
          </p>
        )}

        {!inspection ? null : (
          <>
            <Recognition inspection={inspection} preview={preview} setPreview={setPreview} edits={edits} />

            {proposal && (
              <ProposalBox
                proposal={proposal}
                label={fieldLabel(proposal.key)}
                onSave={() => {
                  pointer.dismiss();
                  edits.bind(proposal.key, proposal.binding);
                }}
                onRetry={pointer.retry}
                onCancel={pointer.dismiss}
              />
            )}

            {note && (
              <p role="status" className="sticky top-0 z-10 mt-2 bg-white text-[12px] text-slate-700">
                {note}
              </p>
            )}

            {inspection.shown && (
              <FieldList
                inspection={inspection}
                page={inspection.shown}
                onHover={pointer.setHover}
                onBind={pointer.start}
                edits={edits}
              />
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
