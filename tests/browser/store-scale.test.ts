/**
 * A month of work, in Chromium: with 200 year-long dossiers stored (the demo dossier walked, then
 * copied under 199 other identities), the demo planning and a contrat page still show their own and
 * their cross-page findings (the demo pages' expectations), the planning read is stored, and the
 * panel shows the dossier's items. Then storage refuses every write: the page summary and the panel
 * say « Enregistrement impossible : … », and nothing stored is lost.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clearDossiers,
  demoUrl,
  launch,
  recognisedFrame,
  shownFindings,
  type Session,
} from '../support/browser';
import { DURAND_WALK, loadDemoPage } from '../support/demo-pages';
import { fillStore } from '../support/fill-store';

const WALK = DURAND_WALK;

let session: Session;
let tab: Page;

async function visit(file: string): Promise<Awaited<ReturnType<typeof recognisedFrame>>> {
  await tab.goto(demoUrl(file));
  const frame = await recognisedFrame(tab);
  await tab.waitForTimeout(400);
  return frame;
}

/** The rules shown (info aside) on a page, against the demo page's own expectations. */
async function expectDemoFindings(file: string): Promise<void> {
  const demo = loadDemoPage(file.split('?')[0]!);
  const expected = [
    ...new Set([...demo.expect.filter((r) => !demo.expectDossierGone.includes(r)), ...demo.expectDossier]),
  ].sort();
  expect(
    demo.expectDossier.length + demo.expectDossierGone.length,
    'a page with cross-page findings',
  ).toBeGreaterThan(0);
  const frame = await visit(file);
  await expect
    .poll(
      async () =>
        [
          ...new Set((await shownFindings(frame)).filter((f) => f.severity !== 'info').map((f) => f.rule)),
        ].sort(),
      {
        timeout: 10_000,
      },
    )
    .toEqual(expected);
}

async function openPanel(): Promise<Page> {
  const extensionId = new URL(session.worker.url()).host;
  const tabId = await session.worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url?.includes('ogust'))!.id!;
  });
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/** Counted in the service worker (20 MB through the DevTools protocol would take longer than the test). */
const counts = () =>
  session.worker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const index = all['oc.dossiers.index'] as { clients: Record<string, unknown> };
    const demo = all['oc.dossier:c:code:CLI00042'] as { planning?: { value: { rows: { r: unknown[] } } } };
    return {
      clients: Object.keys(index.clients).length,
      clientKeys: Object.keys(all).filter((k) => k.startsWith('oc.dossier:c:')).length,
      demoPlanningRows: demo.planning?.value.rows.r.length,
    };
  });
/** A digest of every dossier key and value, computed in the service worker. */
const digest = () =>
  session.worker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const text = JSON.stringify(
      Object.keys(all)
        .filter((k) => k.startsWith('oc.dossier'))
        .sort()
        .map((k) => [k, all[k]]),
    );
    const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
  });

beforeAll(async () => {
  session = await launch();
  tab = await session.context.newPage();
  await clearDossiers(session.worker);
  for (const file of WALK) await visit(file);
  await fillStore(session.worker, 199);
}, 600_000);
afterAll(async () => {
  await session?.close();
});

describe('200 year-long dossiers stored', { timeout: 180_000 }, () => {
  it('holds 200 clients, each in its own key', async () => {
    const c = await counts();
    expect(c.clients).toBe(200);
    expect(c.clientKeys).toBe(200);
  });

  it('the demo planning shows its own and cross-page findings, and its read is stored', async () => {
    await expectDemoFindings('client-planning.html');
    const rows = loadDemoPage('client-planning.html').html.match(/<tr[^>]*>\s*<td>\d{2}\/\d{2}\/\d{4}</g);
    expect((await counts()).demoPlanningRows).toBe(rows?.length);
  });

  it('a contrat page shows its own and cross-page findings', async () => {
    await expectDemoFindings('contrat-travail-general.html?id_contrat=501');
  });

  it('the panel shows the client’s Dossier view with its items', async () => {
    await visit('client-definition-conforme.html');
    const panel = await openPanel();
    await panel.locator('[data-oc-item="ficheClient.nir"]').waitFor({ state: 'attached', timeout: 10_000 });
    expect(await panel.locator('[data-oc-item="contratMandat.fraisGestion"]').count()).toBe(1);
    expect(await panel.locator('[data-oc-storage-error]').count()).toBe(0);
    await panel.close();
  });
});

describe('storage refusing every write', { timeout: 180_000 }, () => {
  it('says « Enregistrement impossible » on the page and in the panel, and loses nothing stored', async () => {
    const before = await digest();
    // Every write of the background rejects from now on, as with a full disk or quota.
    await session.worker.evaluate(() => {
      const local = chrome.storage.local as unknown as { set: (...a: unknown[]) => Promise<void> };
      local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    });
    // A contract not read yet (its AVS's list first, as a person opens it): a change to write.
    await visit('intervenant-contrats.html');
    const frame = await visit('contrat-travail-cdd.html?id_contrat=502');
    const line = frame.locator('[data-oc-summary] [data-oc-store-error]');
    await expect.poll(() => line.textContent(), { timeout: 10_000 }).toMatch(/^Enregistrement impossible : /);
    expect(await line.textContent()).toMatch(/Effacer les dossiers de plus de 7 jours/);
    const panel = await openPanel();
    const banner = panel.locator('[data-oc-storage-error] [data-oc-store-error]');
    await expect
      .poll(() => banner.textContent(), { timeout: 10_000 })
      .toMatch(/^Enregistrement impossible : /);
    expect(await panel.getByRole('button', { name: 'Effacer les dossiers de plus de 7 jours' }).count()).toBe(
      1,
    );
    expect(await panel.getByRole('button', { name: 'Effacer toutes les données' }).count()).toBe(1);
    await panel.close();
    expect(await digest()).toBe(before);
  });
});
