/**
 * The dossier store with a month of work (part of `npm run bench`): the demo dossier walked, then
 * copied under 199 other identities with year-long AVS plannings (tests/support/fill-store.ts).
 * - `storeWriteMsAt200`: the background's handling of one record (`oc:bg:record:*` measure in the
 *   service worker: merge, write, answer), for a 1,500-row planning (the key) and for a fiche;
 *   each run reads a different stored client, so each run writes (a re-stamp at least).
 * - `storeKBPerDossier`: bytes in `storage.local` per copied dossier (client with a one-year
 *   planning, its AVS with a one-year planning, its index share).
 * - `panelOpenMsAt200`: from the panel's navigation to its Dossier view's items for one client.
 */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { clearDossiers, demoUrl, recognisedFrame, type Session } from '../tests/support/browser';
import { DEMO_DIR, DEMO_ORIGIN, DURAND_WALK } from '../tests/support/demo-pages';
import { fillStore } from '../tests/support/fill-store';

const WALK = DURAND_WALK;
const COPIES = 199;

/** A demo page as copy `i` of the dossier (the identities tests/support/fill-store.ts renames, renamed alike). */
function asCopy(file: string, i: number): string {
  const tag = String(i).padStart(4, '0');
  return ['CLI00042', 'DURAND', 'Durand'].reduce(
    (html, id) => html.split(id).join(/\d/.test(id) ? `CLI9${tag}` : `${id}${tag}`),
    readFileSync(resolve(DEMO_DIR, file), 'utf8'),
  );
}

export interface StoreBench {
  storeWriteMsAt200: number[];
  storeWriteFicheMsAt200: number[];
  storeKBPerDossier: number;
  panelOpenMsAt200: number[];
  /** The same panel with the demo dossier alone stored (the page and React's own cost). */
  panelOpenMsAt1: number[];
}

const dossierBytes = (session: Session) =>
  session.worker.evaluate(async () => {
    const keys = Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('oc.dossier'));
    return chrome.storage.local.getBytesInUse(keys);
  });

/** The background's last handling of a record of this page (ms). */
async function lastRecordMs(session: Session, page: string): Promise<number> {
  return session.worker.evaluate(
    (name) => performance.getEntriesByName(name, 'measure').at(-1)?.duration ?? NaN,
    `oc:bg:record:${page}`,
  );
}

export async function benchStore(session: Session, runs: number): Promise<StoreBench> {
  await session.context.route(`${DEMO_ORIGIN}/bench-store/*`, (route) => {
    const m = /bench-store\/(\d+)-(.+)$/.exec(new URL(route.request().url()).pathname)!;
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: asCopy(m[2]!, Number(m[1])),
    });
  });
  const tab = await session.context.newPage();
  await clearDossiers(session.worker);
  for (const file of WALK) {
    await tab.goto(demoUrl(file));
    await recognisedFrame(tab);
    await tab.waitForTimeout(300);
  }
  const extensionId = new URL(session.worker.url()).host;
  /** From the panel's navigation to its Dossier view's items, for the tab showing `match`. */
  const panelOpen = async (match: string) => {
    const tabId = await session.worker.evaluate(async (m) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url?.includes(m))!.id!;
    }, match);
    const side: Page = await session.context.newPage();
    await side.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    const shown = await side.evaluate(async () => {
      for (let k = 0; k < 5000; k++) {
        if (document.querySelector('[data-oc-view="Dossier"] [data-oc-item]')) return performance.now();
        await new Promise((r) => setTimeout(r, 2));
      }
      return NaN;
    });
    await side.close();
    return shown;
  };
  await tab.goto(demoUrl('client-definition-conforme.html'));
  await recognisedFrame(tab);
  await tab.waitForTimeout(200);
  const panelOpenMsAt1: number[] = [];
  for (let i = 0; i <= Math.min(runs, 5); i++) {
    const t = await panelOpen('client-definition-conforme');
    if (i > 0) panelOpenMsAt1.push(t);
  }
  const before = await dossierBytes(session);
  await fillStore(session.worker, COPIES);
  const storeKBPerDossier = ((await dossierBytes(session)) - before) / COPIES / 1024;

  const record = async (i: number, file: string, page: string) => {
    await tab.goto(`${DEMO_ORIGIN}/bench-store/${i}-${file}`);
    const frame = await recognisedFrame(tab);
    await frame.locator('[data-oc-summary]').waitFor({ state: 'attached', timeout: 15_000 });
    await tab.waitForTimeout(100);
    return lastRecordMs(session, page);
  };
  const fiche: number[] = [];
  const planning: number[] = [];
  const panel: number[] = [];
  // Run 0 warms up; each run reads another stored client (copies 1…).
  for (let i = 0; i <= runs; i++) {
    const f = await record(i + 1, 'client-definition-conforme.html', 'client.definition');
    const p = await record(i + 1, 'client-planning.html', 'client.planning');
    await tab.goto(`${DEMO_ORIGIN}/bench-store/${i + 1}-client-definition-conforme.html`);
    await recognisedFrame(tab);
    await tab.waitForTimeout(200);
    const shown = await panelOpen('bench-store');
    if (i === 0) continue;
    fiche.push(f);
    planning.push(p);
    panel.push(shown);
  }
  await tab.close();
  return {
    storeWriteMsAt200: planning,
    storeWriteFicheMsAt200: fiche,
    storeKBPerDossier,
    panelOpenMsAt200: panel,
    panelOpenMsAt1,
  };
}
