/**
 * « Rapport de conformité » (extension page `rapport.html?dossier=<client key>`): a print-ready page
 * (A4, print CSS; the browser's « Enregistrer au format PDF ») with the client, each AVS, every
 * procedure line and rule with its status and when it was read, the manual ticks, the call's
 * answers, the tasks marked, the staff member's name and the date. NIR and IBAN as the store keeps
 * them: masked. Lines, rules and ticks carry `data-oc-item` / `data-status` as in the panel.
 */
import { useMemo } from 'react';
import { callFacts, callSummary, CALL_KEYS, STEP_IDS, ticked, answer } from '../../procedure/call/script';
import type { GroupState, LineState, ManualState } from '../../procedure/checklist/status';
import type { ItemStatus } from '../../lib/model/types';
import { verdictOf } from '../../procedure/checklist/status';
import type { DossierData } from '../../lib/platform/messages';
import { CALL } from '../../lib/i18n/call';
import { REPORT as R } from '../../lib/i18n/dossiers';
import { PANEL } from '../../lib/i18n/panel';
import { entryOf, type NotesEntry } from '../../lib/notes/notes';
import { cleanText } from '../../lib/text/normalize';
import type { Settings } from '../../lib/settings/settings';
import { frDate } from '../../lib/time/dates';
import { frDateTime, frStamp, frTime } from '../../lib/time/paris';
import { VerdictBadge } from '../dossiers/DossiersPage';
import { useDossiers, type DossiersDeps } from '../dossiers/data';
import { checklistOf } from '../dossiers/model';
import { RuleItems, StatusBadge } from '../panel/dossier/checklist-items';
import { buildTasks } from '../panel/tasks/model';

function LineRow({ line }: { line: LineState }) {
  return (
    <li
      data-oc-item={line.id}
      data-status={line.status}
      className="break-inside-avoid border-b border-slate-200 py-1"
    >
      <div className="flex items-start gap-2">
        <StatusBadge status={line.status} />
        <span className="flex-1">{line.label}</span>
        <span className="shrink-0 text-xs text-slate-600">
          {line.readAt !== undefined ? R.readAt(frStamp(line.readAt)) : R.unseenLine}
        </span>
      </div>
      <RuleItems rules={line.rules} showIds />
    </li>
  );
}

function ManualRow({ item }: { item: ManualState }) {
  const status: ItemStatus = item.applies ? item.status : 'ok';
  return (
    <li
      data-oc-item={item.id}
      data-status={status}
      className="break-inside-avoid border-b border-slate-200 py-1"
    >
      <div className="flex items-start gap-2">
        <span aria-hidden="true">{item.status === 'done' ? '☑' : '☐'}</span>
        <span className="flex-1">
          {item.label}
          {!item.applies && <span className="ml-1 text-xs text-slate-500">({R.notApplicable})</span>}
          {item.fromTasks && <span className="ml-1 text-xs text-slate-500">({R.fromTasks})</span>}
        </span>
        <StatusBadge status={status} />
      </div>
    </li>
  );
}

function Group({ group }: { group: GroupState }) {
  return (
    <section className="mt-3" data-oc-group={group.id}>
      <h3 className="break-after-avoid font-semibold">{group.title}</h3>
      <ul>
        {group.items.map((i) =>
          i.kind === 'line' ? <LineRow key={i.id} line={i} /> : <ManualRow key={i.id} item={i} />,
        )}
      </ul>
    </section>
  );
}

function Field({ label, value }: { label: string; value: string | undefined }) {
  return (
    <div className="contents">
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-mono">{value || R.notRead}</dd>
    </div>
  );
}

/** What the call and tasks sections read. */
interface SectionProps {
  data: DossierData;
  notes: NotesEntry;
  settings: Settings;
  today: string;
}

function CallSection({ data, notes, settings, today }: SectionProps) {
  const a = notes.call;
  const summary = callSummary(callFacts(data.dossier, settings, today), a);
  return (
    <section className="mt-4 break-inside-avoid" data-oc-report-call="">
      <h2 className="text-base font-semibold">{R.callTitle}</h2>
      <ul className="text-sm">
        {STEP_IDS.map((s) => {
          const note = cleanText(answer(a, CALL_KEYS.note(s)));
          return (
            <li key={s} data-oc-step={s} data-done={ticked(a, CALL_KEYS.done(s))}>
              <span aria-hidden="true">{ticked(a, CALL_KEYS.done(s)) ? '☑ ' : '☐ '}</span>
              {CALL.steps[s]} — {ticked(a, CALL_KEYS.done(s)) ? R.stepDone : R.stepNotDone}
              {note && <span className="text-slate-700"> ({note})</span>}
            </li>
          );
        })}
      </ul>
      <h3 className="mt-2 font-semibold">{R.summary}</h3>
      <p className="whitespace-pre-wrap text-sm">{summary}</p>
    </section>
  );
}

function TasksSection({ data, notes, settings, today }: SectionProps) {
  const cards = buildTasks({ dossier: data.dossier, settings, today, answers: notes.call });
  const marked = cards.filter((c) => notes.tasks[c.id]);
  return (
    <section className="mt-4 break-inside-avoid" data-oc-report-tasks="">
      <h2 className="text-base font-semibold">{R.tasksTitle}</h2>
      {marked.length ? (
        <ul className="text-sm">
          {marked.map((c) => (
            <li key={c.id} data-oc-task={c.id} data-oc-task-state={notes.tasks[c.id]}>
              ☑ {c.values.titre} — {R.taskState[notes.tasks[c.id]!]}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm">{R.noTasks}</p>
      )}
    </section>
  );
}

function Report({ data, notes, settings, today, now }: SectionProps & { now: number }) {
  const checklist = useMemo(() => checklistOf(data, notes), [data, notes]);
  const verdict = verdictOf(checklist);
  const { client, intervenants } = data.dossier;
  const c = checklist.counts;
  const def = client?.definition?.value ?? {};
  return (
    <article data-oc-report={data.key} data-verdict={verdict}>
      <header className="border-b-2 border-slate-800 pb-2">
        <h1 className="text-xl font-semibold">{R.title}</h1>
        <p className="text-sm">
          {R.madeBy(cleanText(settings.userName) || R.noUserName, `le ${frDate(today)} à ${frTime(now)}`)}
        </p>
      </header>
      <section className="mt-3 break-inside-avoid">
        <h2 className="text-lg font-semibold" data-client-name="">
          {client?.name ?? PANEL.header.unknownClient}
        </h2>
        <dl className="grid grid-cols-[10rem_1fr] gap-x-2 text-sm">
          <Field label={R.code} value={client?.code} />
          <Field label={R.nir} value={def['client.nir']} />
          <Field label={R.iban} value={def['client.iban']} />
          {notes.appointment && <Field label={R.appointment} value={frDateTime(notes.appointment.at)} />}
        </dl>
        <p className="mt-1 text-xs text-slate-600">{R.masked}</p>
        <p className="mt-2 flex items-center gap-2 text-sm">
          <span>{R.verdict} :</span> <VerdictBadge verdict={verdict} />
          <span data-counts="">{R.counts(c.errors, c.warnings, c.unseen, c.done, c.total)}</span>
        </p>
      </section>
      <section className="mt-3 break-inside-avoid">
        <h2 className="text-base font-semibold">{R.avsTitle}</h2>
        {intervenants.length ? (
          intervenants.map((i) => {
            const v = i.definition?.value ?? {};
            return (
              <div key={i.key} className="mt-1" data-oc-report-avs={i.key}>
                <p className="font-semibold">{i.name ?? i.key}</p>
                <dl className="grid grid-cols-[10rem_1fr] gap-x-2 text-sm">
                  <Field label={R.matricule} value={i.matricule} />
                  <Field label={R.nir} value={v['intervenant.nir']} />
                  <Field label={R.iban} value={v['intervenant.iban']} />
                </dl>
              </div>
            );
          })
        ) : (
          <p className="text-sm">{R.noAvs}</p>
        )}
      </section>
      <section className="mt-4">
        <h2 className="text-base font-semibold">{R.checklistTitle}</h2>
        {checklist.groups.map((g) => (
          <Group key={g.id} group={g} />
        ))}
      </section>
      <CallSection data={data} notes={notes} settings={settings} today={today} />
      <TasksSection data={data} notes={notes} settings={settings} today={today} />
    </article>
  );
}

export function ReportPage({ deps, dossierKey }: { deps: DossiersDeps; dossierKey: string }) {
  const loaded = useDossiers(deps, dossierKey);
  let body;
  if (loaded.status === 'loading') body = <p data-oc-empty="">{R.loading}</p>;
  else if (loaded.status === 'error')
    body = (
      <p role="alert" className="text-red-900" data-oc-empty="">
        {R.error}
      </p>
    );
  else {
    const data = loaded.dossiers.find((d) => d.key === dossierKey);
    body = data ? (
      <Report
        data={data}
        notes={entryOf(loaded.notes, data.key)}
        settings={loaded.settings}
        today={loaded.today}
        now={deps.now()}
      />
    ) : (
      <p role="alert" data-oc-empty="">
        {R.noDossier}
      </p>
    );
  }
  return (
    <main className="mx-auto max-w-[210mm] p-4 font-sans text-sm text-slate-900 print:max-w-none print:p-0">
      <div className="mb-3 flex items-center gap-3 print:hidden">
        <button
          type="button"
          className="rounded bg-slate-800 px-3 py-1 text-white"
          onClick={() => window.print()}
          disabled={loaded.status !== 'ready'}
        >
          {R.print}
        </button>
        <span className="text-xs text-slate-600">{R.printHint}</span>
      </div>
      {body}
    </main>
  );
}
