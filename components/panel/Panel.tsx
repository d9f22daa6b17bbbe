/**
 * Side panel shell: follows the active tab (or `?tabId=`), shows an empty state off Ogust or on an
 * unrecognised page, a client selector on an intervenant page, and four views as tabs named exactly
 * Dossier, Appel, Rendez-vous, Tâches (WAI-ARIA tabs: arrow keys, Home, End). The view is remembered
 * per dossier (notes.view); with none remembered the panel opens on Dossier.
 */
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { DOSSIERS } from '../../lib/i18n/dossiers';
import { PANEL } from '../../lib/i18n/panel';
import { CallView } from './call/CallView';
import { PanelDataContext, type PanelData } from './context';
import { DossierTab } from './dossier/DossierTab';
import { RendezVousView } from './rdv/RendezVousView';
import { StorageBanner } from './StorageBanner';
import { currentEntry, currentView, VIEWS, type PanelStore, type View } from './store';
import { TasksView } from './tasks/TasksView';

export { VIEWS, type View } from './store';

const VIEW_IDS: Record<View, string> = {
  Dossier: 'dossier',
  Appel: 'appel',
  'Rendez-vous': 'rendez-vous',
  Tâches: 'taches',
};

function ViewContent({ view }: { view: View }) {
  switch (view) {
    case 'Dossier':
      return <DossierTab />;
    case 'Appel':
      return <CallView />;
    case 'Rendez-vous':
      return <RendezVousView />;
    case 'Tâches':
      return <TasksView />;
  }
}

function Empty({ text }: { text: string }) {
  return (
    <p className="rounded border border-slate-300 bg-slate-50 p-3 text-slate-700" data-oc-empty="">
      {text}
    </p>
  );
}

export function Panel({ store }: { store: StoreApi<PanelStore> }) {
  const s = useStore(store);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  useEffect(() => store.getState().start(), [store]);
  const view = currentView(s);
  const notes = currentEntry(s);
  const { deps, state, tabId } = s;

  const data = useMemo<PanelData | null>(() => {
    if (!state || tabId === undefined) return null;
    return {
      tabId,
      ...(state.dossierKey ? { dossierKey: state.dossierKey } : {}),
      dossier: state.dossier,
      findings: state.findings,
      pagesRead: state.pagesRead,
      settings: s.settings,
      today: s.today,
      notes,
      updateNotes: (change) => store.getState().updateNotes(change),
      readOnly: !s.notesWritable,
      ...(state.page ? { currentPage: state.page } : {}),
      ...(state.entity ? { currentEntity: state.entity.key } : {}),
      now: () => deps.now(),
      reveal: (fields, rules) => deps.reveal(tabId, fields, rules),
      openUrl: (url) => deps.openUrl(tabId, url),
      ...(deps.readUnseen ? { readUnseen: deps.readUnseen(tabId, state.dossierKey) } : {}),
    };
  }, [state, tabId, s.settings, s.today, notes, s.notesWritable, deps, store]);

  const select = (v: View, focus = false) => {
    store.getState().setView(v);
    if (focus) tabs.current[VIEWS.indexOf(v)]?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    const i = VIEWS.indexOf(view);
    const to =
      e.key === 'ArrowRight'
        ? (i + 1) % VIEWS.length
        : e.key === 'ArrowLeft'
          ? (i + VIEWS.length - 1) % VIEWS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? VIEWS.length - 1
              : -1;
    if (to < 0) return;
    e.preventDefault();
    select(VIEWS[to]!, true);
  };

  let body;
  if (s.status === 'loading') body = <Empty text={PANEL.loading} />;
  else if (s.status === 'error') body = <Empty text={PANEL.empty.error} />;
  else if (!state?.ogust) body = <Empty text={PANEL.empty.notOgust} />;
  else if (!state.recognised) body = <Empty text={PANEL.empty.unrecognised} />;
  else if (data)
    body = (
      <PanelDataContext.Provider value={data}>
        <div role="tablist" aria-label={PANEL.tablistLabel} className="mb-3 flex gap-1" onKeyDown={onKey}>
          {VIEWS.map((v, i) => (
            <button
              key={v}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${VIEW_IDS[v]}`}
              aria-selected={view === v}
              aria-controls={`view-${VIEW_IDS[v]}`}
              tabIndex={view === v ? 0 : -1}
              onClick={() => select(v)}
              className={`rounded px-2 py-1 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${view === v ? 'bg-slate-800 text-white' : 'border border-slate-300'}`}
            >
              {v}
            </button>
          ))}
        </div>
        {!s.notesWritable && <p className="mb-2 text-xs text-amber-900">{PANEL.readOnlyNotes}</p>}
        <section
          role="tabpanel"
          id={`view-${VIEW_IDS[view]}`}
          aria-labelledby={`tab-${VIEW_IDS[view]}`}
          data-oc-view={view}
        >
          {state.entity?.kind === 'intervenant' && !state.dossierKey && view === 'Dossier' && (
            <p className="mb-2 text-sm text-slate-700">{PANEL.empty.noClient}</p>
          )}
          <ViewContent view={view} />
        </section>
      </PanelDataContext.Provider>
    );

  return (
    <main className="min-h-screen bg-white p-3 font-sans text-sm text-slate-900">
      <div className="mb-2 flex items-center gap-2">
        <h1 className="flex-1 text-base font-semibold">{PANEL.title}</h1>
        <a
          className="rounded border border-slate-400 px-2 py-0.5 text-xs"
          href="/dossiers.html"
          target="_blank"
          rel="noreferrer"
          title={DOSSIERS.panelLinkHint}
          data-oc-action="dossiers"
        >
          {DOSSIERS.panelLink}
        </a>
        {state?.recognised && tabId !== undefined && (
          <button
            type="button"
            title={PANEL.inspectorHint}
            className="rounded border border-slate-400 px-2 py-0.5 text-xs"
            onClick={() => deps.toggleInspector(tabId)}
          >
            {PANEL.inspector}
          </button>
        )}
      </div>
      {state?.entity?.kind === 'intervenant' && state.clients.length > 0 && (
        <label className="mb-2 flex items-center gap-2 text-xs">
          {PANEL.header.selector}
          <select
            className="rounded border border-slate-400 px-1 py-0.5"
            value={state.dossierKey ?? ''}
            onChange={(e) => void store.getState().selectClient(e.currentTarget.value)}
          >
            {state.clients.map((c) => (
              <option key={c.key} value={c.key}>
                {c.name ?? c.key}
              </option>
            ))}
          </select>
        </label>
      )}
      <StorageBanner
        storeError={state?.storeError}
        notesUnsaved={s.notesUnsaved}
        retryNotes={() => void store.getState().retryNotes()}
        freeSpace={deps.freeSpace}
        clearAll={deps.clearAll}
      />
      {body}
    </main>
  );
}
