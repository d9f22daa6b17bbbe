/**
 * The checklist's pieces the Dossier tab, the Rendez-vous tab and the report share: a status badge,
 * a group of lines (docs/spec/panel.md § 1) with its help link, each procedure line an item
 * (`data-oc-item`, `data-status`) with one element per rule under it, the manual items to tick, and
 * the checklist of the panel's dossier. Every element stays in the DOM when its group is collapsed.
 * Values read from pages are rendered as text only.
 */
import { createContext, useContext, useMemo } from 'react';
import {
  evaluateChecklist,
  type ChecklistState,
  type GroupState,
  type LineState,
  type RuleState,
  type ManualState,
} from '../../../procedure/checklist/status';
import type { DossierView } from '../../../lib/model/dossier';
import type { ItemStatus } from '../../../lib/model/types';
import { readAgo } from '../../../lib/i18n/common';
import { PANEL } from '../../../lib/i18n/panel';
import type { Settings } from '../../../lib/settings/settings';
import { ruleDescription } from '../../../rules/catalogue';
import { usePanelData } from '../context';

const P = PANEL.dossier;

/** Rule ids next to each rule (« Afficher les codes des contrôles »): off for the reading line. */
export const RuleIdsShown = createContext(false);

const STATUS_STYLE: Record<ItemStatus, string> = {
  ok: 'bg-emerald-100 text-emerald-900 border-emerald-700',
  done: 'bg-emerald-100 text-emerald-900 border-emerald-700',
  error: 'bg-red-100 text-red-900 border-red-700 border-2',
  warning: 'bg-amber-100 text-amber-900 border-amber-700 border-dashed',
  info: 'bg-sky-100 text-sky-900 border-sky-700 border-dotted',
  unseen: 'bg-slate-100 text-slate-700 border-slate-400',
  manual: 'bg-white text-slate-800 border-slate-500',
};

export function StatusBadge({ status }: { status: ItemStatus }) {
  return (
    <span
      className={`inline-block shrink-0 rounded border px-1 text-xs font-medium ${STATUS_STYLE[status]}`}
      data-badge={status}
    >
      {PANEL.status[status]}
    </span>
  );
}

/** The masked NIR / IBAN shown on their lines (the store keeps them masked only). */
function maskedValue(line: LineState, dossier: DossierView): { label: string; value: string } | undefined {
  const name = line.id.split('.').pop();
  const client = dossier.client?.definition?.value;
  const avs = dossier.intervenants.find((i) => i.key === line.entity)?.definition?.value;
  if (line.id === 'ficheClient.nir') return { label: P.nir, value: client?.['client.nir'] || P.notRead };
  if (line.id === 'ficheClient.modePaiement')
    return { label: P.iban, value: client?.['client.iban'] || P.notRead };
  if (line.id.startsWith('ficheIntervenant.') && name === 'nir')
    return { label: P.nir, value: avs?.['intervenant.nir'] || P.notRead };
  if (line.id.startsWith('ficheIntervenant.') && name === 'paiement')
    return { label: P.iban, value: avs?.['intervenant.iban'] || P.notRead };
  return undefined;
}

function HelpLink({ article, settings }: { article: keyof Settings['helpArticles']; settings: Settings }) {
  const url = settings.helpArticles?.[article] ?? '';
  if (!/^https:\/\//i.test(url)) return <p className="mt-1 text-xs text-slate-600">{P.noHelp}</p>;
  return (
    <a
      className="mt-1 inline-block text-xs text-sky-800 underline"
      href={url}
      target="_blank"
      rel="noreferrer"
    >
      {P.help[article]}
    </a>
  );
}

/** The rules under a line, each its own element (`data-oc-item`, `data-status`); the report shows them too. */
export function RuleItems({ rules, showIds }: { rules: readonly RuleState[]; showIds: boolean }) {
  return (
    <ul className="ml-6 mt-1 space-y-0.5">
      {rules.map((r) => (
        <li key={r.id} data-oc-item={r.id} data-status={r.status} className="flex items-start gap-2 text-xs">
          <StatusBadge status={r.status} />
          <span className="min-w-0 flex-1">
            {r.messages.length ? r.messages.join(' · ') : (ruleDescription(r.id) ?? r.id)}
            {showIds && <span className="ml-1 font-mono text-slate-500">({r.id})</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

function LineItem({ line }: { line: LineState }) {
  const data = usePanelData();
  const now = data.now?.() ?? Date.now();
  // Rules that fired: on a list page, their rows are marked (`data-oc-rules`).
  const fired = line.rules.filter((r) => r.status !== 'ok' && r.status !== 'unseen').map((r) => r.id);
  const revealable =
    !!data.reveal &&
    (line.fields.length > 0 || fired.length > 0) &&
    data.currentPage === line.page &&
    data.currentEntity === line.entity;
  const masked = maskedValue(line, data.dossier);
  const showIds = useContext(RuleIdsShown);
  return (
    <li data-oc-item={line.id} data-status={line.status} className="border-b border-slate-200 py-1.5">
      <div className="flex items-start gap-2">
        <StatusBadge status={line.status} />
        <div className="min-w-0 flex-1">
          {revealable ? (
            <button
              type="button"
              className="text-left underline decoration-dotted focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-600"
              title={P.revealHint}
              onClick={() => data.reveal!(line.fields, fired)}
            >
              {line.label}
            </button>
          ) : (
            <span>{line.label}</span>
          )}
          {masked && (
            <p className="font-mono text-xs text-slate-700" data-masked={masked.label}>
              {masked.label} : {masked.value}
            </p>
          )}
          <p className="text-xs text-slate-500">
            {line.readAt !== undefined ? (
              readAgo(line.readAt, now)
            ) : line.url ? (
              <a
                href={line.url}
                className="text-sky-800 underline"
                onClick={(e) => {
                  if (!data.openUrl) return;
                  e.preventDefault();
                  data.openUrl(line.url!);
                }}
              >
                {P.openTab}
              </a>
            ) : (
              P.unseenHint
            )}
          </p>
        </div>
      </div>
      <RuleItems rules={line.rules} showIds={showIds} />
    </li>
  );
}

function ManualItem({ item }: { item: ManualState }) {
  const { updateNotes, readOnly } = usePanelData();
  const status: ItemStatus = item.applies ? item.status : 'ok';
  return (
    <li data-oc-item={item.id} data-status={status} className="border-b border-slate-200 py-1.5">
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-0.5"
          checked={item.status === 'done'}
          disabled={readOnly || item.fromTasks}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            updateNotes((n) => ({ ...n, manual: { ...n.manual, [item.id]: checked } }));
          }}
        />
        <span className="min-w-0 flex-1">
          {item.label}
          {!item.applies && <span className="ml-1 text-xs text-slate-500">({P.notApplicable})</span>}
          {item.fromTasks && <span className="ml-1 text-xs text-slate-500">({P.fromTasks})</span>}
        </span>
        <StatusBadge status={status} />
      </label>
    </li>
  );
}

export function groupStatus(g: GroupState): ItemStatus {
  const order: ItemStatus[] = ['error', 'warning', 'unseen', 'manual', 'info', 'ok', 'done'];
  const statuses = g.items.map((i) => (i.kind === 'manual' && !i.applies ? 'ok' : i.status));
  return order.find((s) => statuses.includes(s)) ?? 'ok';
}

export function GroupSection({
  group,
  collapsed,
  onToggle,
  settings,
}: {
  group: GroupState;
  collapsed: boolean;
  onToggle(): void;
  settings: Settings;
}) {
  const listId = `groupe-${group.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const status = groupStatus(group);
  return (
    <section className="mb-2 rounded border border-slate-300" data-oc-group={group.id}>
      <h3 className="m-0">
        <button
          type="button"
          aria-expanded={!collapsed}
          aria-controls={listId}
          onClick={onToggle}
          className="flex w-full items-center gap-2 bg-slate-50 px-2 py-1 text-left font-semibold focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-600"
        >
          <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
          <span className="flex-1">{group.title}</span>
          <StatusBadge status={status} />
        </button>
      </h3>
      <div id={listId} hidden={collapsed} className="px-2">
        {group.help && <HelpLink article={group.help} settings={settings} />}
        <ul>
          {group.items.map((item) =>
            item.kind === 'line' ? (
              <LineItem key={item.id} line={item} />
            ) : (
              <ManualItem key={item.id} item={item} />
            ),
          )}
        </ul>
      </div>
    </section>
  );
}

export function useChecklist(): ChecklistState {
  const { dossier, findings, pagesRead, notes } = usePanelData();
  return useMemo(
    () => evaluateChecklist({ dossier, findings, pagesRead, notes }),
    [dossier, findings, pagesRead, notes],
  );
}
