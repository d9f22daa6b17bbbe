/**
 * The options page (docs/settings.md): every setting, grouped in sections, saved with « Enregistrer ».
 * Policy values (enterprise) are shown locked; settings of a newer version are shown read-only and
 * kept; export / import as a JSON file. First run: the name field is focused (never blocking).
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { CLEAR_DATA, IMPORT_ERRORS, OPTIONS, pathText } from '../../lib/i18n/options';
import { STORAGE } from '../../lib/i18n/storage';
import { parseSettingsReport, type Settings, type SettingsIssue } from '../../lib/settings/settings';
import {
  exportFileName,
  exportSettings,
  importSettings,
  settingsProblems,
  toStored,
} from '../../lib/settings/io';
import { effectiveSettings, isLocked, policyOf } from '../../lib/settings/policy';
import { browserBackend, type OptionsBackend } from './backend';
import { button, EditorCtx, LockNote, SettingEditor, type EditorContext } from './editors';
import { HostsEditor } from './HostsEditor';
import {
  frDateOf,
  keysOfSection,
  newestDate,
  SECTIONS,
  setAt,
  settingsJsonSchema,
  type SectionId,
} from './model';
import { RulesEditor } from './RulesEditor';

interface Loaded {
  stored: unknown;
  managed: Record<string, unknown>;
  today: string;
  saved: Settings;
  draft: Settings;
  future?: number;
  repaired: SettingsIssue[];
}

/** A failure is said in French (lib/i18n/options.ts), never with the browser's English error. */
type Status = { kind: 'saved' | 'imported' | 'saveFailed' | 'loadFailed' } | null;

const same = (a: unknown, b: unknown) =>
  JSON.stringify(toStored(a as Settings)) === JSON.stringify(toStored(b as Settings));

export function OptionsPage({ backend = browserBackend }: { backend?: OptionsBackend }) {
  const [state, setState] = useState<Loaded | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [importErrors, setImportErrors] = useState<string[]>([]);

  useEffect(() => {
    let first = true;
    const load = () =>
      backend
        .load()
        .then(({ stored, managed, today }) => {
          const r = parseSettingsReport(stored);
          setState((prev) => {
            const fresh: Loaded = {
              stored,
              managed,
              today,
              saved: r.settings,
              draft: r.settings,
              repaired: r.future ? [] : r.issues,
              ...(r.future ? { future: r.future } : {}),
            };
            if (first || !prev) return fresh;
            // Changed elsewhere (inspector, another options tab, policy): follow it, keeping the
            // edits in progress on top.
            const edited = (Object.keys(prev.draft) as (keyof Settings)[]).filter(
              (k) => JSON.stringify(prev.draft[k]) !== JSON.stringify(prev.saved[k]),
            );
            if (!edited.length || r.future) return fresh;
            const draft = { ...fresh.saved } as Record<string, unknown>;
            for (const k of edited) draft[k] = prev.draft[k];
            return { ...fresh, draft: draft as Settings };
          });
          first = false;
        })
        .catch(() => setStatus({ kind: 'loadFailed' }));
    void load();
    return backend.watch?.(() => void load());
  }, [backend]);

  const effective = useMemo(
    () => (state ? effectiveSettings(state.draft, state.managed) : undefined),
    [state],
  );

  if (!state || !effective)
    return (
      <main className="p-4">
        <p>{status?.kind === 'loadFailed' ? OPTIONS.loadFailed : OPTIONS.loading}</p>
      </main>
    );

  const readOnly = state.future !== undefined;
  const dirty = !readOnly && !same(state.draft, state.saved);
  // Values the schema accepts but that would not work (a URL pattern that does not compile…).
  const problems = dirty ? settingsProblems(state.draft) : [];
  const ctx: EditorContext = {
    effective,
    managed: state.managed,
    readOnly,
    update: (path, value) => {
      setStatus(null);
      setState((s) => (s ? { ...s, draft: setAt(s.draft, path, value) } : s));
    },
  };

  const persist = async (draft: Settings, kind: 'saved' | 'imported') => {
    const stored = toStored(draft);
    try {
      await backend.save(stored);
      setState((s) => (s ? { ...s, stored, saved: draft, draft, repaired: [] } : s));
      setStatus({ kind });
    } catch {
      setStatus({ kind: 'saveFailed' });
    }
  };

  const onImport = async (file: File) => {
    setStatus(null);
    const text = await file.text().catch(() => null);
    const r =
      text === null
        ? { ok: false as const, errors: [IMPORT_ERRORS.unreadable] }
        : importSettings(text, state.draft);
    if (!r.ok) {
      setImportErrors(r.errors);
      return;
    }
    setImportErrors([]);
    await persist(r.settings, 'imported');
  };

  const onExport = () => {
    const text = exportSettings(readOnly ? state.stored : toStored(state.draft));
    backend.download(exportFileName(state.today), text);
  };

  const hasPolicy = Object.keys(policyOf(state.managed)).length > 0;
  const schemaProps = settingsJsonSchema().properties ?? {};
  const generic = (section: SectionId) =>
    keysOfSection(section)
      .filter((k) => !['userName', 'extraHosts', 'connectHost', 'rules'].includes(k))
      .map((k) => <SettingEditor key={k} path={[k]} labelKey={k} fallback={k} schema={schemaProps[k]} />);

  const body: Record<SectionId, ReactNode> = {
    user: <UserName firstRun={!state.saved.userName.trim()} />,
    agency: generic('agency'),
    hosts: <HostsEditor backend={backend} />,
    reading: generic('reading'),
    delays: generic('delays'),
    contrat: generic('contrat'),
    rules: <RulesEditor />,
    legal: (
      <>
        <p className="rounded bg-slate-100 p-2 text-sm" data-oc-legal-newest={newestDate(effective.legal)}>
          {OPTIONS.newestLegal(frDateOf(newestDate(effective.legal)))}
        </p>
        {generic('legal')}
      </>
    ),
    tasks: generic('tasks'),
    advanced: generic('advanced'),
    other: generic('other'),
    io: (
      <>
        <ImportExport
          onExport={onExport}
          onImport={onImport}
          errors={importErrors}
          imported={status?.kind === 'imported'}
          readOnly={readOnly}
        />
        <ClearData
          days={effective.delays.retentionJours}
          cap={effective.delays.maxDossiers}
          clearAll={() => backend.clearAll()}
        />
      </>
    ),
  };
  const shown = SECTIONS.filter((s) => !(Array.isArray(body[s]) && (body[s] as unknown[]).length === 0));

  return (
    <EditorCtx.Provider value={ctx}>
      <div className="mx-auto flex max-w-6xl gap-6 p-4 font-sans text-sm text-slate-900">
        <nav aria-label="Sections des réglages" className="sticky top-4 hidden h-fit w-56 shrink-0 md:block">
          <ul>
            {shown.map((s) => (
              <li key={s}>
                <a
                  href={`#section-${s}`}
                  className="block rounded px-2 py-1 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
                >
                  {OPTIONS.sections[s]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main className="min-w-0 flex-1 pb-24">
          <h1 className="text-xl font-semibold">{OPTIONS.title}</h1>
          <p className="my-2 text-slate-700">{OPTIONS.intro}</p>
          {readOnly ? (
            <p
              role="alert"
              className="my-2 rounded border border-amber-500 bg-amber-50 p-2"
              data-oc-future={state.future}
            >
              {OPTIONS.future(state.future!)}
            </p>
          ) : null}
          {hasPolicy ? (
            <p className="my-2 rounded border border-slate-400 bg-slate-50 p-2" data-oc-policy="">
              🔒 {OPTIONS.policyActive}
            </p>
          ) : null}
          {state.repaired.length ? (
            <div
              role="alert"
              className="my-2 rounded border border-amber-500 bg-amber-50 p-2"
              data-oc-repaired=""
            >
              <p>{OPTIONS.repaired}</p>
              <ul className="list-disc pl-5">
                {state.repaired.map((i, n) => (
                  <li key={n}>
                    <code>{pathText(i.path)}</code>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {shown.map((s) => (
            <section key={s} id={`section-${s}`} aria-labelledby={`h-${s}`} className="my-6 scroll-mt-4">
              <h2 id={`h-${s}`} className="mb-2 border-b border-slate-300 text-lg font-semibold">
                {OPTIONS.sections[s]}
              </h2>
              {body[s]}
            </section>
          ))}
        </main>
      </div>
      <div
        className="fixed inset-x-0 bottom-0 flex items-center gap-3 border-t border-slate-300 bg-white px-4 py-2 text-sm"
        role="region"
        aria-label="Enregistrement"
      >
        <button
          type="button"
          className="rounded bg-blue-700 px-3 py-1 font-medium text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:opacity-50"
          disabled={!dirty || problems.length > 0}
          onClick={() => void persist(state.draft, 'saved')}
        >
          {OPTIONS.save}
        </button>
        <button
          type="button"
          className={button}
          disabled={!dirty}
          onClick={() => {
            setStatus(null);
            setState((s) => (s ? { ...s, draft: s.saved } : s));
          }}
        >
          {OPTIONS.cancel}
        </button>
        {problems.length ? (
          <div role="alert" className="text-red-800" data-oc-problems="">
            {OPTIONS.cannotSave} {problems.join(' ')}
          </div>
        ) : null}
        <span role="status" aria-live="polite" data-oc-save-status={status?.kind ?? (dirty ? 'dirty' : '')}>
          {status?.kind === 'saved'
            ? OPTIONS.saved
            : status?.kind === 'imported'
              ? OPTIONS.importOk
              : status?.kind === 'saveFailed'
                ? OPTIONS.saveFailed
                : dirty
                  ? OPTIONS.unsaved
                  : ''}
        </span>
      </div>
    </EditorCtx.Provider>
  );
}

function UserName({ firstRun }: { firstRun: boolean }) {
  const ref = useRef<HTMLInputElement>(null);
  return (
    <EditorCtx.Consumer>
      {(ctx) => {
        const locked = isLocked(ctx.managed, ['userName']);
        return (
          <div>
            {firstRun ? (
              <p className="my-2 rounded border border-blue-400 bg-blue-50 p-2" data-oc-first-run="">
                {OPTIONS.firstRun}
              </p>
            ) : null}
            <div className="flex flex-col gap-1">
              <label htmlFor="oc-user-name" className="font-medium">
                {OPTIONS.userName}
                <LockNote locked={locked} />
              </label>
              <input
                id="oc-user-name"
                ref={ref}
                type="text"
                autoComplete="name"
                // First run: the name is the one question asked (the page opens on it).
                autoFocus={firstRun}
                className="w-80 rounded border border-slate-400 px-2 py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
                value={String((ctx.effective as Settings).userName ?? '')}
                disabled={locked || ctx.readOnly}
                aria-describedby="oc-user-name-hint"
                onChange={(e) => ctx.update(['userName'], e.target.value)}
              />
              <p id="oc-user-name-hint" className="text-xs text-slate-600">
                {OPTIONS.userNameHint}
              </p>
            </div>
          </div>
        );
      }}
    </EditorCtx.Consumer>
  );
}

function ImportExport({
  onExport,
  onImport,
  errors,
  imported,
  readOnly,
}: {
  onExport(): void;
  onImport(file: File): Promise<void>;
  errors: string[];
  imported: boolean;
  readOnly: boolean;
}) {
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <div>
      <p className="text-xs text-slate-600">{OPTIONS.ioHint}</p>
      <div className="my-2 flex flex-wrap items-center gap-3">
        <button type="button" className={button} onClick={onExport}>
          {OPTIONS.export}
        </button>
        <label htmlFor="oc-import" className="font-medium">
          {OPTIONS.import}
        </label>
        <input
          id="oc-import"
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          disabled={readOnly}
          className="focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            void onImport(file).finally(() => {
              if (fileRef.current) fileRef.current.value = '';
            });
          }}
        />
      </div>
      {errors.length ? (
        <div
          role="alert"
          className="rounded border border-red-600 bg-red-50 p-2 text-red-900"
          data-oc-import-errors=""
        >
          <p className="font-medium">{OPTIONS.importRefused}</p>
          <ul className="list-disc pl-5">
            {errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      ) : imported ? (
        <p className="text-green-800" data-oc-import-ok="">
          {OPTIONS.importOk}
        </p>
      ) : null}
    </div>
  );
}

/** « Effacer toutes les données », with a confirmation step in the page (no browser dialog). */
function ClearData({ days, cap, clearAll }: { days: number; cap: number; clearAll(): Promise<void> }) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'done' | 'failed'>('idle');
  return (
    <div className="mt-6 rounded border border-slate-300 p-3" data-oc-clear-data="">
      <h3 className="font-semibold">{CLEAR_DATA.title}</h3>
      <p className="my-2 text-slate-700">{CLEAR_DATA.retention(days)}</p>
      <p className="my-2 text-slate-700" data-oc-cap="">
        {STORAGE.cap(cap)}
      </p>
      {step === 'confirm' ? (
        <div role="alertdialog" aria-label={CLEAR_DATA.confirm} className="flex flex-wrap items-center gap-2">
          <span className="font-medium text-red-900">{CLEAR_DATA.confirm}</span>
          <button
            type="button"
            className="rounded bg-red-800 px-3 py-1 font-medium text-white focus:outline-none focus-visible:ring-2 focus-visible:ring-red-700 focus-visible:ring-offset-2"
            onClick={() =>
              clearAll().then(
                () => setStep('done'),
                () => setStep('failed'),
              )
            }
          >
            {CLEAR_DATA.confirmButton}
          </button>
          <button type="button" className={button} onClick={() => setStep('idle')}>
            {CLEAR_DATA.cancel}
          </button>
        </div>
      ) : (
        <button type="button" className={button} onClick={() => setStep('confirm')}>
          {CLEAR_DATA.button}
        </button>
      )}
      <p role="status" aria-live="polite" className="mt-2">
        {step === 'done' ? CLEAR_DATA.done : step === 'failed' ? CLEAR_DATA.failed : ''}
      </p>
    </div>
  );
}
