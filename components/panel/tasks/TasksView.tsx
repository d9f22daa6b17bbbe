/**
 * The Tâches view (docs/spec/panel.md § 4): « Nouveau client » first, then every following task, as cards with
 * their fields pre-filled and visible without a click. « Copier » per field, « Tout copier » (the
 * whole task as text), « Remplir le formulaire » (an open Unaide Connect task form, never submitted),
 * and the task's state in the back office (created / already there), saved per dossier.
 */
import { useState } from 'react';
import { TASKS } from '../../../lib/i18n/tasks';
import type { TaskState } from '../../../lib/notes/notes';
import { usePanelData } from '../context';
import { copyText } from './clipboard';
import { fillConnectForm, standInFields, type FillOutcome } from './connect';
import { buildTasks, TASK_FIELD_KEYS, taskText, type TaskCard, type TaskFieldKey } from './model';

function outcomeText(o: FillOutcome, host: string, card: TaskCard): string {
  const F = TASKS.fill;
  switch (o.kind) {
    case 'badHost':
      return F.badHost(host);
    case 'denied':
      return F.denied;
    case 'noTab':
      return F.noTab;
    case 'noForm':
      return F.noForm;
    case 'failed':
      return F.failed;
    case 'done': {
      const known = (k: string): k is TaskFieldKey => k in TASKS.fields;
      const label = (k: string) => (known(k) ? TASKS.fields[k] : k);
      const parts = [F.filled(o.result.filled.length)];
      if (o.result.missing.length) parts.push(F.missing(o.result.missing.map(label)));
      for (const k of o.result.noOption) parts.push(F.noOption(label(k), known(k) ? card.values[k] : ''));
      if (o.skipped.length) parts.push(F.skipped(o.skipped.map(label)));
      return parts.join(' ');
    }
  }
}

function TaskCardView({ card, first }: { card: TaskCard; first: boolean }) {
  const { notes, updateNotes, settings, readOnly } = usePanelData();
  const [status, setStatus] = useState('');
  const state = notes.tasks[card.id];
  const inactive = card.condition?.applies === false;
  // A stand-in (« votre nom : à renseigner… ») is not a value to paste into Connect.
  const standIns = standInFields(card);

  const copy = async (text: string) => setStatus((await copyText(text)) ? TASKS.copied : TASKS.copyFailed);
  const setState = (value: string) => {
    updateNotes((e) => {
      const tasks = { ...e.tasks };
      if (value === 'created' || value === 'present') tasks[card.id] = value as TaskState;
      else delete tasks[card.id];
      return { ...e, tasks };
    });
  };
  const fill = () => {
    // No await before this call: the permission prompt must start inside the click.
    void fillConnectForm(settings.connectHost, card).then((o) =>
      setStatus(outcomeText(o, settings.connectHost, card)),
    );
  };

  return (
    <article
      data-oc-task={card.id}
      data-oc-task-state={state ?? 'none'}
      aria-labelledby={`task-${card.id}`}
      className={`mb-3 rounded border p-2 ${first ? 'border-slate-800' : 'border-slate-300'} ${inactive ? 'opacity-60' : ''}`}
    >
      <h3 id={`task-${card.id}`} className="mb-1 font-semibold">
        {card.values.titre}
      </h3>
      {card.condition && (
        <p className="mb-1 text-xs text-slate-600" data-oc-task-condition>
          {card.condition.text} {inactive ? TASKS.notApplicable : ''}
        </p>
      )}
      <dl className="grid grid-cols-[8rem_1fr] items-start gap-x-2 gap-y-1">
        {TASK_FIELD_KEYS.map((k) => (
          <div key={k} className="contents" data-oc-task-field={k}>
            <dt className="text-slate-600">{TASKS.fields[k]}</dt>
            <dd className="flex items-start gap-2">
              <span className="min-w-0 flex-1">
                <span
                  className={`block whitespace-pre-wrap break-words ${k === 'date' && card.datePending ? 'text-amber-700' : ''}`}
                  data-oc-task-value={k}
                >
                  {card.values[k]}
                </span>
                {k === 'date' && card.recurrence ? (
                  <span className="block text-xs text-slate-600">{TASKS.recurrence(card.recurrence)}</span>
                ) : null}
              </span>
              <button
                type="button"
                className="rounded border border-slate-300 px-1 text-xs"
                aria-label={TASKS.copyField(TASKS.fields[k])}
                disabled={standIns.includes(k)}
                onClick={() => void copy(card.values[k])}
              >
                {TASKS.copy}
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button
          type="button"
          className="rounded bg-slate-800 px-2 py-1 text-white"
          data-oc-task-copy-all
          onClick={() => void copy(taskText(card))}
        >
          {TASKS.copyAll}
        </button>
        <button
          type="button"
          className="rounded border border-slate-800 px-2 py-1"
          data-oc-task-fill
          title={TASKS.fill.hint}
          onClick={fill}
        >
          {TASKS.fill.button}
        </button>
        <label className="ml-auto text-xs">
          {TASKS.state.label}{' '}
          <select
            value={state ?? ''}
            disabled={!!readOnly}
            onChange={(e) => setState(e.target.value)}
            data-oc-task-state-select
          >
            <option value="">{TASKS.state.none}</option>
            <option value="created">{TASKS.state.created}</option>
            <option value="present">{TASKS.state.present}</option>
          </select>
        </label>
      </div>
      <p role="status" className="mt-1 text-xs text-slate-700" data-oc-task-status>
        {status}
      </p>
    </article>
  );
}

export function TasksView() {
  const { dossier, dossierKey, settings, today, notes } = usePanelData();
  const cards = buildTasks({ dossier, settings, today, answers: notes.call });
  return (
    <div data-oc-tasks>
      <h2 className="mb-1 font-semibold">{TASKS.title}</h2>
      {!dossier.client && <p className="mb-2 text-slate-600">{TASKS.noDossier}</p>}
      <p className="mb-2 text-xs text-slate-600">{TASKS.fill.hint}</p>
      {cards.slice(0, 1).map((c) => (
        <TaskCardView key={`${dossierKey ?? ''}:${c.id}`} card={c} first />
      ))}
      {cards.length > 1 && <h3 className="mb-1 mt-3 font-semibold">{TASKS.following}</h3>}
      {cards.slice(1).map((c) => (
        <TaskCardView key={`${dossierKey ?? ''}:${c.id}`} card={c} first={false} />
      ))}
    </div>
  );
}
