/**
 * Loading one address for « Lire les onglets non lus » (see read-unseen-service.ts): in a hidden frame
 * of the Ogust tab (entrypoints/unseen-frame.ts), or, where the page refuses to be framed, in an
 * inactive tab closed right after; then waiting until the content script's read of it arrived.
 */
import { browser } from 'wxt/browser';
import { ignoreClosed } from '../lib/platform/ignore';
import { sendToTab, type FrameOpened, type Message } from '../lib/platform/messages';
import type { PageLinks } from '../lib/platform/messages';
import type { ReadUnseenProgress } from '../procedure/read-unseen';
import type { UnreadReason } from '../lib/i18n/read-unseen';
import type { TabShown } from '../lib/dossier/panel-state';

/** Longest wait for a tab's page to be read once loaded. */
export const TAB_TIME_LIMIT_MS = 25_000;

export interface Job {
  tabId: number;
  client?: string;
  stopped: boolean;
  progress: ReadUnseenProgress;
  /** What the tab showed when the reading started (kept if the tab's record is reset meanwhile). */
  shown?: TabShown;
  /** Addresses loading in the hidden frame. */
  urls: Set<string>;
  /** Addresses (or `tab:<id>` for a helper tab) whose page was read and its findings stored. */
  arrived: Set<string>;
  wake?: () => void;
}

type ReadResult = { ok: true; links: PageLinks[] } | { ok: false; reason: UnreadReason };

/** Inactive tabs opened for a page that refuses to be framed → their job. */
export const helperTabs = new Map<number, Job>();

export const strip = (u: string | undefined) => (u ?? '').replace(/#.*$/, '');

function until(job: Job, cond: () => boolean, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const finish = (v: boolean) => {
      clearTimeout(timer);
      job.wake = undefined;
      resolve(v);
    };
    const timer = setTimeout(() => finish(cond()), ms);
    job.wake = () => {
      if (cond()) finish(true);
      else if (job.stopped) finish(false);
    };
    job.wake();
  });
}

/** To the tab's top document, where the page side runs (entrypoints/unseen-frame.ts). */
export const sendTop = <M extends Message>(tabId: number, msg: M) => sendToTab(tabId, msg, 0);

/** The page side (entrypoints/unseen-frame.ts) into the tab's top document, once per document. */
export async function injectTop(tabId: number): Promise<void> {
  const file = '/unseen-frame.js';
  if (browser.scripting)
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
  else await browser.tabs.executeScript(tabId, { file, frameId: 0 });
}

/** A page refused in a frame: an inactive tab of the same window, closed right after. */
async function readInTab(job: Job, url: string, windowId: number | undefined): Promise<ReadResult> {
  let id: number | undefined;
  try {
    const tab = await browser.tabs.create({
      url,
      active: false,
      ...(windowId !== undefined ? { windowId } : {}),
    });
    id = tab.id;
    if (id === undefined) return { ok: false, reason: 'refused' };
    helperTabs.set(id, job);
    const key = `tab:${id}`;
    const got = await until(job, () => job.arrived.has(key), TAB_TIME_LIMIT_MS);
    if (!got) return { ok: false, reason: job.stopped ? 'stopped' : 'timeout' };
    const links = await injectTop(id)
      .then(() => sendTop(id!, { type: 'oc:links' }))
      .catch(ignoreClosed);
    return { ok: true, links: Array.isArray(links) ? links : [] };
  } catch {
    return { ok: false, reason: 'refused' };
  } finally {
    if (id !== undefined) {
      helperTabs.delete(id);
      browser.tabs.remove(id).catch(ignoreClosed);
    }
  }
}

/** Load one address in the hidden frame, wait for its read, remove the frame (always). */
export async function readOne(job: Job, url: string, windowId: number | undefined): Promise<ReadResult> {
  job.urls = new Set([url]);
  job.arrived.clear();
  try {
    let opened: FrameOpened | undefined;
    try {
      opened = await sendTop(job.tabId, { type: 'oc:frame-open', url });
    } catch {
      return { ok: false, reason: 'left' };
    }
    if (!opened?.loaded) {
      await sendTop(job.tabId, { type: 'oc:frame-close' }).catch(ignoreClosed);
      return job.stopped ? { ok: false, reason: 'stopped' } : readInTab(job, url, windowId);
    }
    if (opened.url) job.urls.add(strip(opened.url));
    const got = await until(job, () => [...job.urls].some((u) => job.arrived.has(u)), TAB_TIME_LIMIT_MS);
    const closed = await sendTop(job.tabId, { type: 'oc:frame-close' }).catch(ignoreClosed);
    if (!got) return { ok: false, reason: job.stopped ? 'stopped' : 'timeout' };
    return { ok: true, links: closed ? [closed] : [] };
  } finally {
    // Whatever happened, the frame goes (the page side also removes it after its lifetime).
    sendTop(job.tabId, { type: 'oc:frame-close' }).catch(ignoreClosed);
    job.urls = new Set();
  }
}
