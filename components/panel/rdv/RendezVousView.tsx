/**
 * The Rendez-vous view (docs/spec/panel.md § 3): the appointment's date and time for the dossier
 * (notes.appointment, Paris wall-clock), the reminder it gives, then what to check before it:
 * the fiche client, the contrat de mandat (one per AVS), the contrat de travail, and the call script.
 */
import { useState, type FormEvent } from 'react';
import { sameName } from '../../../lib/text/identity';
import { PANEL } from '../../../lib/i18n/panel';
import { frDateTime, frStamp, parisToEpoch } from '../../../lib/time/paris';
import { CallView } from '../call/CallView';
import { usePanelData } from '../context';
import { GroupSection, StatusBadge, useChecklist } from '../dossier/checklist-items';

const R = PANEL.rdv;

/** `AAAA-MM-JJTHH:mm` as an epoch − minutes, said as « le jj/mm/aaaa à hh:mm » in Paris time. */
function reminderWhen(at: string, minutes: number): string | undefined {
  const t = parisToEpoch(at);
  return t === null ? undefined : frStamp(t - minutes * 60_000);
}

function AppointmentForm() {
  const { notes, updateNotes, settings, readOnly, now } = usePanelData();
  const current = notes.appointment;
  const [date, setDate] = useState(current?.at.slice(0, 10) ?? '');
  const [time, setTime] = useState(current?.at.slice(11, 16) ?? '');
  const [error, setError] = useState('');
  const minutes = settings.delays.rappelRdvMinutes;
  const nowMs = now?.() ?? Date.now();

  const save = (e: FormEvent) => {
    e.preventDefault();
    const at = `${date}T${time}`;
    const epoch = parisToEpoch(at);
    if (epoch === null) return setError(R.invalid);
    if (epoch <= nowMs) return setError(R.pastInput);
    setError('');
    updateNotes((n) => ({ ...n, appointment: { at, notified: false } }));
  };

  const at = current ? parisToEpoch(current.at) : null;
  return (
    <section className="mb-3 rounded border border-slate-300 p-2" data-oc-appointment={current?.at ?? ''}>
      <h2 className="text-base font-semibold">{R.title}</h2>
      <p className="text-xs text-slate-700">{R.intro(minutes)}</p>
      <form className="mt-2 flex flex-wrap items-end gap-2" onSubmit={save} noValidate>
        <label className="flex flex-col text-xs">
          {R.date}
          <input
            type="date"
            name="rdv-date"
            value={date}
            disabled={readOnly}
            onChange={(e) => setDate(e.currentTarget.value)}
            className="rounded border border-slate-400 px-1 py-0.5 text-sm"
          />
        </label>
        <label className="flex flex-col text-xs">
          {R.time}
          <input
            type="time"
            name="rdv-time"
            value={time}
            disabled={readOnly}
            onChange={(e) => setTime(e.currentTarget.value)}
            className="rounded border border-slate-400 px-1 py-0.5 text-sm"
          />
        </label>
        <button type="submit" disabled={readOnly} className="rounded bg-slate-800 px-2 py-1 text-white">
          {R.save}
        </button>
        {current && (
          <button
            type="button"
            disabled={readOnly}
            className="rounded border border-slate-400 px-2 py-1"
            onClick={() => {
              updateNotes((n) => {
                const { appointment: _a, ...rest } = n;
                return rest;
              });
              setDate('');
              setTime('');
            }}
          >
            {R.remove}
          </button>
        )}
      </form>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
      {current && (
        <p className="mt-2 text-sm" data-oc-reminder="">
          {R.planned(frDateTime(current.at))}{' '}
          {at !== null && at <= nowMs
            ? R.past
            : current.notified
              ? R.reminderSent
              : R.reminderAt(reminderWhen(current.at, minutes) ?? '')}
        </p>
      )}
    </section>
  );
}

/** One contrat de mandat per AVS: each AVS's row of the list (fees, cost, status), else missing. */
function MandatsPerAvs() {
  const { dossier } = usePanelData();
  const rows = dossier.client?.mandats?.value ?? [];
  if (!dossier.intervenants.length) return null;
  return (
    <ul className="mb-2 space-y-1" data-oc-mandats-avs="">
      {dossier.intervenants.map((avs) => {
        const row = rows.find((r) => sameName(r.cells['mandat.intervenant'], avs.name));
        const status = !dossier.client?.mandats ? 'unseen' : row ? 'ok' : 'error';
        return (
          <li
            key={avs.key}
            className="flex items-start gap-2 text-sm"
            data-mandat-avs={avs.key}
            data-status={status}
          >
            <StatusBadge status={status} />
            <span>
              <span className="font-medium">{R.contratMandat(avs.name ?? avs.key)}</span>
              {row && (
                <span className="block text-xs text-slate-700">
                  {[
                    row.cells['mandat.fraisGestion'],
                    row.cells['mandat.coutSalarie'],
                    row.cells['mandat.statut'],
                  ]
                    .map((v) => v || '—')
                    .join(' · ')}
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function RendezVousView() {
  const data = usePanelData();
  const checklist = useChecklist();
  const [open, setOpen] = useState<Record<string, boolean>>({});
  if (!data.dossierKey) return <p className="text-slate-700">{R.noDossier}</p>;
  const pick = (group: string) => checklist.groups.filter((g) => g.group === group);
  const sections = [...pick('ficheClient'), ...pick('contratMandat'), ...pick('contratTravail')];
  return (
    <div>
      {/* One form per dossier: the fields start from that dossier's appointment. */}
      <AppointmentForm key={`${data.dossierKey}|${data.notes.appointment?.at ?? ''}`} />
      {sections.map((g) => (
        <div key={g.id}>
          {g.group === 'contratMandat' && <MandatsPerAvs />}
          <GroupSection
            group={g}
            settings={data.settings}
            collapsed={!(open[g.id] ?? true)}
            onToggle={() => setOpen((o) => ({ ...o, [g.id]: !(o[g.id] ?? true) }))}
          />
        </div>
      ))}
      <section className="mt-3" aria-label={R.callScript}>
        <CallView />
      </section>
    </div>
  );
}
