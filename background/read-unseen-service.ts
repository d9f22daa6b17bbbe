/**
 * The background's side of « Lire les onglets non lus » (docs/permissions.md, « Lecture des onglets
 * non lus »): for the dossier a tab shows, load each tab the checklist still shows as *Non lu*, one
 * at a time, in a hidden frame of that Ogust tab (content-scripts/unseen-frame.ts) — or, where the
 * page refuses to be framed, in an inactive tab closed right after. The content script that runs in
 * every Ogust frame reads it exactly as if the person had opened it; its record and findings reach
 * the dossier store like any page's, but it never shows an overlay and never counts as the page the
 * tab shows. Only addresses of links Ogust showed (procedure/read-unseen.ts), followed by GET.
 * Progress and the tabs not read go to `storage.session` for the panel. Loading one address (frame
 * or helper tab) is in read-unseen-load.ts.
 */
import { browser } from 'wxt/browser';
import { evaluateChecklist } from '../procedure/checklist/status';
import { readDossier } from './dossier-service';
import { onBrowserEvent } from '../lib/platform/events';
import { ignoreClosed, ignoreSessionCopy } from '../lib/platform/ignore';
import type { PageLinks, Sender } from '../lib/platform/messages';
import { EMPTY_ENTRY } from '../lib/notes/notes';
import { handlePanelState, shownInTab } from './panel-service';
import { panelStateFor, type PanelState } from '../lib/dossier/panel-state';
import {
  nextPageLink,
  planTargets,
  unseenTargets,
  type ReadUnseenProgress,
  type UnreadTab,
  type UnseenTarget,
} from '../procedure/read-unseen';
import type { UnreadReason } from '../lib/i18n/read-unseen';
import { KEYS, loadSettings } from '../lib/platform/storage';
import { helperTabs, injectTop, readOne, sendTop, strip, type Job } from './read-unseen-load';

/** A paginated planning: pages followed at most (a year month by month, and one more). */
const MAX_PLANNING_PAGES = 13;

const jobs = new Map<number, Job>();
const progressByTab = new Map<number, ReadUnseenProgress>();

function publish(): void {
  browser.storage.session
    ?.set({ [KEYS.sessionReadUnseen]: Object.fromEntries(progressByTab) })
    .catch(ignoreSessionCopy);
}

/** A message from the hidden frame or a helper tab (never shown, never the tab's page). */
export function isReadingFrame(sender: Sender): boolean {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  if (helperTabs.has(tabId)) return true;
  const job = jobs.get(tabId);
  return !!job && (sender.frameId ?? 0) !== 0 && job.urls.has(strip(sender.url));
}

/** The findings of a page read by a job are stored: the job goes on. */
export function noteRead(sender: Sender): void {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !isReadingFrame(sender)) return;
  const job = helperTabs.get(tabId) ?? jobs.get(tabId);
  if (!job) return;
  job.arrived.add(helperTabs.has(tabId) ? `tab:${tabId}` : strip(sender.url));
  job.wake?.();
}

/** The panel's state for the tab (after a service-worker restart too: it restores what tabs show). */
async function stateOf(job: Job): Promise<PanelState> {
  const state = await handlePanelState(job.tabId, job.client);
  job.shown = shownInTab(job.tabId) ?? job.shown;
  if (state.recognised || !job.shown) return state;
  const shown = job.shown;
  // That dossier's entities only, as the panel reads them (readStore would read every dossier).
  return panelStateFor(
    await readDossier(shown.kind, shown.key, job.client),
    { tabId: job.tabId, ogust: true, shown },
    job.client,
  );
}

/** The targets the checklist still shows as *Non lu* for the dossier of `state`. */
const unseenOf = (state: PanelState): UnseenTarget[] =>
  unseenTargets(
    evaluateChecklist({
      dossier: state.dossier,
      findings: state.findings,
      pagesRead: state.pagesRead,
      notes: EMPTY_ENTRY,
    }),
    state.dossier,
  );

const isPartial = (state: PanelState, t: UnseenTarget) =>
  state.findings.some((f) => f.entity === t.entity && f.page === t.page && f.rule.endsWith('.partiel'));

function fail(job: Job, target: UnseenTarget, reason: UnreadReason, url?: string, pages?: number): void {
  const entry: UnreadTab = {
    id: target.id,
    page: target.page,
    reason,
    ...(target.name ? { name: target.name } : {}),
    ...(url ? { url } : {}),
    ...(pages ? { pages } : {}),
  };
  job.progress.failures = [...job.progress.failures.filter((f) => f.id !== target.id), entry];
}

async function run(job: Job, windowId: number | undefined): Promise<void> {
  const settings = await loadSettings();
  const top = await injectTop(job.tabId)
    .then(() => sendTop(job.tabId, { type: 'oc:links' }))
    .catch(ignoreClosed);
  const pages: PageLinks[] = Array.isArray(top) ? [...top] : [];
  const attempted = new Set<string>();
  const tried = new Set<string>();
  let pending: { target: UnseenTarget; url: string; links: PageLinks[] } | undefined;
  for (;;) {
    let state = await stateOf(job);
    if (!state.recognised) {
      job.progress.noDossier = true;
      return;
    }
    let unseen = unseenOf(state);
    if (pending) {
      const p = pending;
      pending = undefined;
      if (unseen.some((t) => t.id === p.target.id)) fail(job, p.target, 'other-page', p.url);
      else {
        job.progress.done++;
        // A paginated or month-by-month planning: its next pages, as long as Ogust shows a link.
        let count = 1;
        let last = p.links;
        while (!job.stopped && count < MAX_PLANNING_PAGES && isPartial(state, p.target)) {
          const next = nextPageLink(
            last.flatMap((l) => l.links),
            tried,
          );
          if (!next) break;
          tried.add(next);
          publish();
          const more = await readOne(job, next, windowId);
          if (!more.ok) break;
          last = more.links;
          pages.push(...more.links);
          count++;
          state = await stateOf(job);
        }
        if (isPartial(state, p.target)) fail(job, p.target, 'partial', p.url, count);
        unseen = unseenOf(state);
      }
    }
    const plan = planTargets(
      unseen.filter((t) => !attempted.has(t.id)),
      pages,
      {
        pagesRead: state.pagesRead,
        intervenantUrlPattern: settings.intervenantUrlPattern,
        ...(state.dossier.client?.name ? { clientName: state.dossier.client.name } : {}),
      },
    );
    const readable = plan.filter(
      (p): p is { target: UnseenTarget; url: string } => 'url' in p && !tried.has(p.url),
    );
    job.progress.total =
      job.progress.done + job.progress.failures.filter((f) => f.reason !== 'partial').length + plan.length;
    if (job.stopped || !readable.length) {
      for (const p of plan)
        if (!('url' in p)) fail(job, p.target, p.reason);
        else fail(job, p.target, job.stopped ? 'stopped' : 'other-page', p.url);
      return;
    }
    const next = readable[0]!;
    attempted.add(next.target.id);
    tried.add(next.url);
    job.progress.current = {
      page: next.target.page,
      ...(next.target.name ? { name: next.target.name } : {}),
    };
    publish();
    const r = await readOne(job, next.url, windowId);
    job.progress.current = undefined;
    if (!r.ok) {
      fail(job, next.target, r.reason, next.url);
      if (r.reason === 'left') return;
      publish();
      continue;
    }
    pages.push(...r.links);
    pending = { target: next.target, url: next.url, links: r.links };
  }
}

/** Read the unseen tabs of the dossier this tab shows (nothing if a reading already runs there). */
export async function startReadUnseen(tabId: number, client?: string): Promise<void> {
  if (jobs.has(tabId)) return;
  const job: Job = {
    tabId,
    ...(client ? { client } : {}),
    stopped: false,
    progress: { running: true, done: 0, total: 0, failures: [] },
    urls: new Set(),
    arrived: new Set(),
  };
  jobs.set(tabId, job);
  progressByTab.set(tabId, job.progress);
  publish();
  const windowId = await browser.tabs
    .get(tabId)
    .then((t) => t.windowId)
    .catch(ignoreClosed);
  try {
    await run(job, windowId);
  } catch {
    // Whatever stopped the run, the person sees how far it got and what is left to open.
  } finally {
    jobs.delete(tabId);
    job.progress = { ...job.progress, running: false, ...(job.stopped ? { stopped: true } : {}) };
    delete job.progress.current;
    progressByTab.set(tabId, job.progress);
    publish();
  }
}

export function stopReadUnseen(tabId: number): void {
  const job = jobs.get(tabId);
  if (!job) return;
  job.stopped = true;
  job.progress.stopped = true;
  job.wake?.();
}

/**
 * A fresh background forgets old progress; a tab that navigates or closes stops its reading (called
 * once by the background).
 */
export function startReadUnseenService(signal?: AbortSignal): void {
  browser.storage.session?.remove(KEYS.sessionReadUnseen).catch(ignoreSessionCopy);
  onBrowserEvent(
    browser.tabs.onUpdated,
    (tabId: number, change: { url?: string }) => {
      if (!change.url || helperTabs.has(tabId)) return;
      stopReadUnseen(tabId);
      if (!jobs.has(tabId) && progressByTab.delete(tabId)) publish();
    },
    signal,
  );
  onBrowserEvent(
    browser.tabs.onRemoved,
    (tabId: number) => {
      stopReadUnseen(tabId);
      if (progressByTab.delete(tabId)) publish();
    },
    signal,
  );
}
