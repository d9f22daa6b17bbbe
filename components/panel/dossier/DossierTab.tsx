/**
 * The Dossier tab (docs/spec/panel.md § 1): the procedure's checklist with a header (client, verdict, counts,
 * progress, hours per month per AVS), its groups (checklist-items.tsx), « Lire les onglets non lus »
 * and the report's link.
 */
import { useState } from 'react';
import {
  hoursPerMonth,
  verdictOf,
  type ChecklistState,
  type GroupState,
} from '../../../procedure/checklist/status';
import type { Verdict } from '../../../lib/model/types';
import { reportHref } from '../../../procedure/dossier-list';
import { REPORT } from '../../../lib/i18n/dossiers';
import { PANEL } from '../../../lib/i18n/panel';
import { usePanelData } from '../context';
import { GroupSection, groupStatus, RuleIdsShown, useChecklist } from './checklist-items';
import { ReadUnseen } from './ReadUnseen';

const P = PANEL.dossier;

const VERDICT_TONE: Record<Verdict, string> = {
  conforme: 'bg-emerald-700 text-white',
  'non-conforme': 'bg-red-800 text-white',
  incomplet: 'bg-slate-600 text-white',
};

function DossierHeader({ checklist }: { checklist: ChecklistState }) {
  const { dossier, findings } = usePanelData();
  const { counts } = checklist;
  const verdict = verdictOf(checklist);
  const hours = hoursPerMonth(dossier, findings);
  const H = PANEL.header;
  return (
    <header className="mb-3 rounded border border-slate-300 p-2" data-oc-dossier-header="">
      <p className="text-base font-semibold" data-client-name="">
        {dossier.client?.name ?? H.unknownClient}
      </p>
      <p
        className={`mt-1 inline-block rounded px-2 py-0.5 font-semibold ${VERDICT_TONE[verdict]}`}
        data-verdict={verdict}
      >
        {H.verdict[verdict]}
      </p>
      <p className="mt-1 flex flex-wrap gap-x-3 text-xs" data-counts="">
        <span data-count="errors">{H.errors(counts.errors)}</span>
        <span data-count="warnings">{H.warnings(counts.warnings)}</span>
        <span data-count="unseen">{H.unseen(counts.unseen)}</span>
        <span data-count="done">{H.done(counts.done, counts.total)}</span>
      </p>
      <progress className="mt-1 w-full" max={counts.total || 1} value={counts.done} aria-label={H.progress} />
      {hours.length > 0 && (
        <div className="mt-1 text-xs">
          <p className="font-medium">{H.hours}</p>
          <ul>
            {hours.map((h) => (
              <li key={h.key} data-hours={h.key}>
                <span className="font-medium">{h.name ?? h.key}</span> :{' '}
                {h.months.length ? h.months.join(' · ') : H.hoursUnknown}
              </li>
            ))}
          </ul>
        </div>
      )}
    </header>
  );
}

/** Groups needing attention start open; on an intervenant page, that AVS's groups come first. */
export function DossierTab() {
  const data = usePanelData();
  const checklist = useChecklist();
  const current = data.dossier.currentIntervenant;
  const groups = current
    ? [
        ...checklist.groups.filter((g) => g.avs?.key === current),
        ...checklist.groups.filter((g) => g.avs?.key !== current),
      ]
    : checklist.groups;
  const [toggled, setToggled] = useState<Record<string, boolean>>({});
  const [showIds, setShowIds] = useState(false);
  const initiallyCollapsed = (g: GroupState) => {
    const s = groupStatus(g);
    return s === 'ok' || s === 'done';
  };
  const isCollapsed = (g: GroupState) => toggled[g.id] ?? initiallyCollapsed(g);
  const setAll = (collapsed: boolean) =>
    setToggled(Object.fromEntries(checklist.groups.map((g) => [g.id, collapsed])));
  return (
    <div>
      <DossierHeader checklist={checklist} />
      <ReadUnseen unseen={checklist.counts.unseen} />
      <div className="mb-2 flex gap-2 text-xs">
        <button
          type="button"
          className="rounded border border-slate-400 px-2 py-0.5"
          onClick={() => setAll(false)}
        >
          {P.expandAll}
        </button>
        <button
          type="button"
          className="rounded border border-slate-400 px-2 py-0.5"
          onClick={() => setAll(true)}
        >
          {P.collapseAll}
        </button>
        <button
          type="button"
          className="rounded border border-slate-400 px-2 py-0.5"
          aria-pressed={showIds}
          onClick={() => setShowIds(!showIds)}
        >
          {P.showRuleIds}
        </button>
        {data.dossierKey && (
          <a
            className="ml-auto rounded border border-slate-400 px-2 py-0.5"
            href={reportHref(data.dossierKey)}
            target="_blank"
            rel="noreferrer"
            title={REPORT.printButtonHint}
            data-oc-action="print-report"
          >
            {REPORT.printButton}
          </a>
        )}
      </div>
      <RuleIdsShown.Provider value={showIds}>
        {groups.map((g) => (
          <GroupSection
            key={g.id}
            group={g}
            settings={data.settings}
            collapsed={isCollapsed(g)}
            onToggle={() => setToggled((t) => ({ ...t, [g.id]: !isCollapsed(g) }))}
          />
        ))}
      </RuleIdsShown.Provider>
    </div>
  );
}
