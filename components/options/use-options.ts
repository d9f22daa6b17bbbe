/**
 * The options page's state: the stored settings and the policy loaded (and followed when they change
 * elsewhere, edits in progress kept on top), the draft being edited, and what saving, importing,
 * exporting and cancelling do. A failure is said in French (lib/i18n/options.ts), never with the
 * browser's English error.
 */
import { useEffect, useMemo, useState } from 'react';
import { IMPORT_ERRORS, OPTIONS } from '../../lib/i18n/options';
import { parseSettingsReport, type Settings, type SettingsIssue } from '../../lib/settings/settings';
import {
  exportFileName,
  exportSettings,
  importSettings,
  settingsProblems,
  toStored,
} from '../../lib/settings/io';
import { effectiveSettings } from '../../lib/settings/policy';
import type { OptionsBackend } from './backend';
import type { EditorContext } from './editors';
import { setAt } from './model';

export interface Loaded {
  stored: unknown;
  managed: Record<string, unknown>;
  today: string;
  saved: Settings;
  draft: Settings;
  /** The stored settings' version when it is newer than this build's: shown read-only, kept. */
  future?: number;
  /** What was repaired when the stored settings were read. */
  repaired: SettingsIssue[];
}

export type Status =
  | { kind: 'saved' | 'imported' | 'loadFailed' }
  /** The writer's French message (lib/platform/storage.ts writeSettings). */
  | { kind: 'saveFailed'; message: string }
  | null;

const same = (a: unknown, b: unknown) =>
  JSON.stringify(toStored(a as Settings)) === JSON.stringify(toStored(b as Settings));

/** A reload's state: the fresh one, with the keys edited in `prev` (and not saved) kept on top. */
function follow(prev: Loaded | null, fresh: Loaded): Loaded {
  if (!prev) return fresh;
  const edited = (Object.keys(prev.draft) as (keyof Settings)[]).filter(
    (k) => JSON.stringify(prev.draft[k]) !== JSON.stringify(prev.saved[k]),
  );
  if (!edited.length || fresh.future) return fresh;
  const draft = { ...fresh.saved } as Record<string, unknown>;
  for (const k of edited) draft[k] = prev.draft[k];
  return { ...fresh, draft: draft as Settings };
}

export function useOptions(backend: OptionsBackend) {
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
          const fresh: Loaded = {
            stored,
            managed,
            today,
            saved: r.settings,
            draft: r.settings,
            repaired: r.future ? [] : r.issues,
            ...(r.future ? { future: r.future } : {}),
          };
          // Changed elsewhere (inspector, another options tab, policy): follow it, keeping the
          // edits in progress on top.
          setState((prev) => (first ? fresh : follow(prev, fresh)));
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
  if (!state || !effective) return { status, loaded: null };

  const readOnly = state.future !== undefined;
  const dirty = !readOnly && !same(state.draft, state.saved);
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
    // The writer never rejects (lib/platform/storage.ts writeSettings); a test's backend may.
    const r = await backend.save(stored).catch(() => ({ ok: false as const, message: OPTIONS.saveFailed }));
    if (!r.ok) return setStatus({ kind: 'saveFailed', message: r.message });
    setState((s) => (s ? { ...s, stored, saved: draft, draft, repaired: [] } : s));
    setStatus({ kind });
  };

  return {
    status,
    loaded: {
      state,
      effective,
      readOnly,
      dirty,
      // Values the schema accepts but that would not work (a URL pattern that does not compile…).
      problems: dirty ? settingsProblems(state.draft) : [],
      ctx,
      importErrors,
      save: () => void persist(state.draft, 'saved'),
      cancel: () => {
        setStatus(null);
        setState((s) => (s ? { ...s, draft: s.saved } : s));
      },
      async importFile(file: File) {
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
      },
      exportFile() {
        const text = exportSettings(readOnly ? state.stored : toStored(state.draft));
        backend.download(exportFileName(state.today), text);
      },
    },
  };
}
