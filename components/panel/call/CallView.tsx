/**
 * The Appel view (docs/spec/panel.md § 2): the call script's eleven steps, each with a tick box and a notes
 * field, the dossier's facts shown where the person needs them, and the answers captured. Every
 * answer is saved in the dossier's notes (`notes.call`, keys of procedure/call/script.ts) as it is typed.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  aiciReadiness,
  CALL_KEYS,
  callFacts,
  callSummary,
  costLineText,
  hoursPerAvs,
  monthlyCosts,
  proposedCallDate,
  STEP_IDS,
  answer,
  type StepId,
} from '../../../procedure/call/script';
import { CALL } from '../../../lib/i18n/call';
import { cleanText } from '../../../lib/text/normalize';
import { parseTypedDate } from '../../../procedure/tasks/dates';
import { fmtEuros, fmtHours } from '../../../lib/text/format';
import { frDate } from '../../../lib/time/dates';
import { copyText } from '../tasks/clipboard';
import { usePanelData } from '../context';

/** Save one answer of the call (an empty text or an unticked box removes the key). */
function useSetAnswer() {
  const { updateNotes } = usePanelData();
  return (key: string, value: string | boolean) =>
    updateNotes((e) => {
      const call = { ...e.call };
      if (value === '' || value === false) delete call[key];
      else call[key] = value;
      return { ...e, call };
    });
}

/**
 * A text answer: typed locally (no cursor jumps while the store round-trips), saved at each
 * keystroke, and refreshed from the notes when they change elsewhere while it is not being edited.
 */
function TextAnswer(props: { id: string; label: string; placeholder?: string; multiline?: boolean }) {
  const { notes, readOnly } = usePanelData();
  const setAnswer = useSetAnswer();
  const stored = answer(notes.call, props.id);
  const [value, setValue] = useState(stored);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (document.activeElement !== ref.current) setValue(stored);
  }, [stored]);
  const common = {
    ref,
    readOnly: !!readOnly,
    value,
    placeholder: props.placeholder,
    'aria-label': props.label,
    'data-oc-call-answer': props.id,
    className: 'w-full rounded border border-slate-300 px-1 py-0.5',
    onChange: (e: { target: { value: string } }) => {
      setValue(e.target.value);
      setAnswer(props.id, e.target.value);
    },
  };
  return props.multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />;
}

/** A tick or a choice, as the notes hold it (a change is in them at once). */
function useAnswer(key: string): [string | boolean | undefined, (v: string | boolean) => void] {
  const { notes } = usePanelData();
  const setAnswer = useSetAnswer();
  return [notes.call[key], (v) => setAnswer(key, v)];
}

function Choice(props: { id: string; label: string; options: [string, string][] }) {
  const { readOnly } = usePanelData();
  const [current, set] = useAnswer(props.id);
  return (
    <fieldset className="mt-1" data-oc-call-answer={props.id}>
      <legend className="text-slate-700">{props.label}</legend>
      {props.options.map(([value, text]) => (
        <label key={value} className="mr-3">
          <input
            type="radio"
            name={props.id}
            value={value}
            checked={current === value}
            disabled={!!readOnly}
            onChange={() => set(value)}
          />{' '}
          {text}
        </label>
      ))}
    </fieldset>
  );
}

function Step(props: { id: StepId; n: number; children?: ReactNode }) {
  const { readOnly } = usePanelData();
  const [value, set] = useAnswer(CALL_KEYS.done(props.id));
  const done = value === true;
  return (
    <li data-oc-call-step={props.id} className="mb-3 rounded border border-slate-200 p-2">
      <label className="flex items-start gap-2 font-medium">
        <input
          type="checkbox"
          checked={done}
          disabled={!!readOnly}
          data-oc-call-answer={CALL_KEYS.done(props.id)}
          onChange={(e) => set(e.target.checked)}
        />
        <span className={done ? 'text-slate-500 line-through' : ''}>
          {props.n}. {CALL.steps[props.id]}
        </span>
      </label>
      <div className="ml-6 mt-1 space-y-1">
        {props.children}
        <TextAnswer
          id={CALL_KEYS.note(props.id)}
          label={`${CALL.notes} — ${CALL.steps[props.id]}`}
          placeholder={CALL.notes}
          multiline
        />
      </div>
    </li>
  );
}

const YES_NO: [string, string][] = [
  ['oui', CALL.aide.oui],
  ['non', CALL.aide.non],
];

function Aici() {
  const { dossier, findings, settings, today, notes } = usePanelData();
  const r = aiciReadiness(
    dossier,
    findings.map((f) => f.rule),
    settings,
    today,
    notes.call,
  );
  return (
    <div data-oc-aici className="rounded bg-slate-50 p-2">
      <p className="font-medium">{CALL.aici.title}</p>
      {r.state === 'notRead' ? (
        <p>{CALL.aici.notRead}</p>
      ) : r.problems.length === 0 ? (
        <p data-oc-aici-ready>{CALL.aici.ready}</p>
      ) : (
        <ul className="list-disc pl-5">
          {r.problems.map((p) => (
            <li key={p.field} data-oc-aici-field={p.field}>
              {p.label} : {p.problem}
            </li>
          ))}
        </ul>
      )}
      {r.apaPchWarning && (
        <p data-oc-aici-apa className={`mt-1 ${r.apaPch ? 'font-semibold text-red-700' : 'text-amber-800'}`}>
          {CALL.aici.apaPch}
        </p>
      )}
    </div>
  );
}

function NextCall() {
  const { dossier, settings, today, notes, readOnly } = usePanelData();
  const setAnswer = useSetAnswer();
  const proposed = proposedCallDate(dossier, settings, today);
  const typed = cleanText(answer(notes.call, CALL_KEYS.prochainAppel));
  return (
    <>
      <p>{proposed ? CALL.prochainAppel.proposed(frDate(proposed)) : CALL.prochainAppel.noTrial}</p>
      <TextAnswer
        id={CALL_KEYS.prochainAppel}
        label={CALL.prochainAppel.label}
        placeholder={CALL.prochainAppel.placeholder}
      />
      {typed && !parseTypedDate(typed) && (
        <p role="alert" className="text-red-700">
          {CALL.prochainAppel.invalid}
        </p>
      )}
      {proposed && !typed && !readOnly && (
        <button
          type="button"
          className="rounded border border-slate-300 px-2"
          onClick={() => setAnswer(CALL_KEYS.prochainAppel, frDate(proposed))}
        >
          {CALL.prochainAppel.use}
        </button>
      )}
    </>
  );
}

function Summary() {
  const { dossier, settings, today, notes } = usePanelData();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const text = callSummary(callFacts(dossier, settings, today), notes.call);
  return (
    <section className="mt-3">
      <button
        type="button"
        className="rounded bg-slate-800 px-2 py-1 text-white"
        aria-expanded={open}
        data-oc-call-summary-button
        onClick={() => setOpen(!open)}
      >
        {CALL.resume.button}
      </button>
      {open && (
        <div className="mt-2">
          <pre
            data-oc-call-summary
            className="whitespace-pre-wrap rounded border border-slate-300 p-2 font-sans"
          >
            {text}
          </pre>
          <button
            type="button"
            className="mt-1 rounded border border-slate-300 px-2"
            onClick={async () =>
              setStatus((await copyText(text)) ? CALL.resume.copied : CALL.resume.copyFailed)
            }
          >
            {CALL.resume.copy}
          </button>
          <span role="status" className="ml-2 text-xs">
            {status}
          </span>
        </div>
      )}
    </section>
  );
}

export function CallView() {
  const { dossier, dossierKey, settings, today, notes } = usePanelData();
  const hours = hoursPerAvs(dossier, settings, today);
  const costs = monthlyCosts(dossier);
  const userName = cleanText(settings.userName);
  const aici = answer(notes.call, CALL_KEYS.demandeAici) === 'oui';
  const total = hours.reduce((s, h) => s + (h.minutes ?? 0), 0);

  const content: Partial<Record<StepId, ReactNode>> = {
    presenter: userName ? (
      <p>{CALL.presenter(userName)}</p>
    ) : (
      <p className="text-amber-800">{CALL.noUserName}</p>
    ),
    missions: <p>{CALL.missions}</p>,
    coordonnees: <p data-oc-call-fact="agencyPhone">{CALL.coordonnees(settings.agencyPhone)}</p>,
    tachesAVenir: <p>{CALL.tachesAVenir}</p>,
    details: hours.length ? (
      <ul data-oc-call-fact="hours">
        {hours.map((h) => (
          <li key={h.name} data-oc-call-avs={h.name}>
            <strong>{h.name}</strong> :{' '}
            {h.minutes !== undefined
              ? CALL.details.perMonth(
                  fmtHours(h.minutes),
                  h.source === 'contrat' ? CALL.details.sourceContrat : CALL.details.sourcePlanning,
                )
              : CALL.cout.missing}
            <span className="block text-xs text-slate-600">
              {CALL.details.slots} {h.slots.length ? h.slots.join(', ') : CALL.details.noSlots}
            </span>
          </li>
        ))}
        {hours.length > 1 && total > 0 && <li>{CALL.details.total(fmtHours(total))}</li>}
      </ul>
    ) : (
      <p>{CALL.details.empty}</p>
    ),
    absences: (
      <TextAnswer id={CALL_KEYS.absences} label={CALL.absencesLabel} placeholder={CALL.absencesPlaceholder} />
    ),
    cout: (
      <>
        {costs.lines.length ? (
          <ul data-oc-call-fact="cost">
            {costs.lines.map((l, i) => (
              <li key={`${l.avs}-${i}`}>{costLineText(l)}</li>
            ))}
            {costs.total !== undefined && (
              <li className="font-medium">{CALL.cout.total(fmtEuros(costs.total))}</li>
            )}
          </ul>
        ) : (
          <p>{CALL.cout.empty}</p>
        )}
        <Choice
          id={CALL_KEYS.cout}
          label={CALL.cout.answer}
          options={[
            ['valide', CALL.cout.valide],
            ['aRevoir', CALL.cout.aRevoir],
          ]}
        />
        <TextAnswer id={CALL_KEYS.coutNote} label={CALL.cout.note} placeholder={CALL.cout.note} />
      </>
    ),
    signature: <p>{CALL.signature}</p>,
    outils: <p>{CALL.outils}</p>,
    aide: (
      <>
        <Choice id={CALL_KEYS.dossierApa} label={CALL.aide.dossierApa} options={YES_NO} />
        <Choice id={CALL_KEYS.demandeAici} label={CALL.aide.demandeAici} options={YES_NO} />
        <Choice id={CALL_KEYS.aideFinanciere} label={CALL.aide.aideFinanciere} options={YES_NO} />
        {aici && <Aici />}
      </>
    ),
    prochainAppel: <NextCall />,
  };

  return (
    <div data-oc-call>
      <h2 className="mb-1 font-semibold">{CALL.title}</h2>
      {!dossier.client && <p className="mb-2 text-slate-600">{CALL.noDossier}</p>}
      <p className="mb-2 text-xs text-slate-600">{CALL.intro}</p>
      {/* Keyed by dossier: a field being typed in never carries its text over to another dossier. */}
      <ol key={dossierKey ?? ''}>
        {STEP_IDS.map((id, i) => (
          <Step key={id} id={id} n={i + 1}>
            {content[id]}
          </Step>
        ))}
      </ol>
      <Summary />
    </div>
  );
}
