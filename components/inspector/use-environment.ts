/**
 * What the inspector stands on: the reading environment (settings and today, re-read when they
 * change) and the way it saves a settings change; the page's inspection (re-done when the page is
 * read again or another page is previewed); a re-render when the page scrolls or resizes, so the
 * outlines follow it (the page listeners removed together by one AbortController).
 */
import { useCallback, useEffect, useMemo, useReducer, useState, useSyncExternalStore } from 'react';
import type { Bridge } from '../../content-scripts/bridge';
import { inspectDocument, type Inspection } from '../../content-scripts/inspector/inspect';
import { T } from '../../lib/i18n/inspector';
import type { PageKey } from '../../lib/model/types';
import type { ReadingEnv } from '../../lib/platform/storage';
import type { Settings } from '../../lib/settings/settings';
import type { updateSettings } from './settings-edit';

/** Re-render on scroll and resize while `active` (the outlines follow the page). */
export function useTick(active: boolean): number {
  const [tick, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!active) return;
    const page = new AbortController();
    const on = () => bump();
    window.addEventListener('scroll', on, { capture: true, passive: true, signal: page.signal });
    window.addEventListener('resize', on, { passive: true, signal: page.signal });
    return () => page.abort();
  }, [active]);
  return tick;
}

/** A settings change and the check that the settings read back hold it (see settings-edit.ts). */
export type Save = (
  change: Parameters<typeof updateSettings>[0],
  check: (s: Settings) => boolean,
) => Promise<void>;

/**
 * The settings and today while the inspector is open (`loadFailed` when they could not be read),
 * and `save`: writes a change, shows the new settings at once and says in `note` whether it was saved.
 */
export function useReadingEnv(
  open: boolean,
  loadEnv: () => Promise<ReadingEnv>,
  watchEnv: (onChange: () => void) => () => void,
  update: typeof updateSettings,
) {
  const [env, setEnv] = useState<ReadingEnv | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [note, setNote] = useState('');

  useEffect(() => {
    if (!open) return;
    let alive = true;
    const reload = () =>
      void loadEnv().then(
        (e) => {
          if (!alive) return;
          setEnv(e);
          setLoadFailed(false);
        },
        () => alive && setLoadFailed(true),
      );
    reload();
    const unwatch = watchEnv(reload);
    return () => {
      alive = false;
      unwatch();
    };
  }, [open, loadEnv, watchEnv]);

  const save: Save = useCallback(
    async (change, check) => {
      try {
        const settings = await update(change, check);
        setEnv((e) => (e ? { ...e, settings } : e));
        setNote(T.saved);
      } catch {
        setNote(T.saveError);
      }
    },
    [update],
  );

  return { env, loadFailed, note, setNote, save };
}

/**
 * The page's inspection under the settings in force, redone at each new read of the page
 * (`bridge.state.version`) and when another page kind is previewed; null while closed or not loaded,
 * or if the inspection failed (the panel then shows its title and shortcut only).
 */
export function useInspection(
  bridge: Bridge,
  open: boolean,
  env: ReadingEnv | null,
  doc: Document,
  preview: PageKey | '',
): { inspection: Inspection | null; url: string } {
  const version = useSyncExternalStore(bridge.subscribe, () => bridge.state?.version ?? 0);
  const url = doc.location?.href ?? '';
  const inspection = useMemo(() => {
    void version;
    if (!open || !env) return null;
    try {
      return inspectDocument(doc, env.settings, url, preview || undefined);
    } catch {
      return null;
    }
  }, [open, env, version, preview, doc, url]);
  return { inspection, url };
}
