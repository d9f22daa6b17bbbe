/**
 * Nothing lost, in Chromium: what was read (the dossier store, one key per entity, put back together
 * by tests/support/stored-dossiers.ts) and what was typed (the per-dossier
 * notes) survive a service-worker restart (stopped through the DevTools protocol, woken by the next
 * page read), an extension reload and a browser restart on the same profile; after each, the next
 * page read is merged into what was kept (not into an empty store), and its cross-page findings still
 * come from the tabs read before.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clearDossiers,
  demoUrl,
  EXTENSION_DIR,
  launch,
  recognisedFrame,
  type Session,
} from '../support/browser';
import { storedDossiers } from '../support/stored-dossiers';

interface Stored {
  'oc.dossiers'?: { version: number; clients: Record<string, { aliases: string[]; mandats?: unknown }> };
  'oc.notes'?: { version: number; dossiers: Record<string, { call: Record<string, unknown> }> };
}

const profile = mkdtempSync(join(tmpdir(), 'oc-persist-'));
let session: Session;
let tab: Page;
let extensionId: string;
const NOTES = {
  version: 1,
  dossiers: { 'code:CLI00042': { updatedAt: Date.now(), call: { 'appel.note': 'Rappeler jeudi' } } },
};

/** Read storage from the running service worker (a page read wakes it when none runs). */
async function stored(): Promise<Stored> {
  if (!worker()) await visit('accueil.html', false);
  await expect.poll(() => !!worker(), { timeout: 15_000 }).toBe(true);
  const notes = (await worker()!.evaluate(() => chrome.storage.local.get('oc.notes'))) as Stored;
  return { ...notes, 'oc.dossiers': await storedDossiers(worker()!) };
}

async function visit(file: string, recognised = true): Promise<void> {
  await tab.goto(demoUrl(file));
  if (recognised) await recognisedFrame(tab);
  await tab.waitForTimeout(400);
}

const worker = () => session.context.serviceWorkers().find((w) => w.url().includes(extensionId));
/** Leave a mark in the running service worker's memory… */
const mark = () => worker()!.evaluate(() => void ((globalThis as { __ocMark?: number }).__ocMark = 1));
/** …and see whether the service worker running now still has it (false: it was restarted; null: none running). */
const marked = async () =>
  (await worker()
    ?.evaluate(() => (globalThis as { __ocMark?: number }).__ocMark === 1)
    .catch(() => null)) ?? null;

const durand = (s: Stored) =>
  Object.values(s['oc.dossiers']?.clients ?? {}).find((c) => c.aliases.includes('code:CLI00042'));

beforeAll(async () => {
  session = await launch({ userDataDir: profile, extraArgs: ['--enable-unsafe-extension-debugging'] });
  extensionId = new URL(session.worker.url()).host;
  tab = await session.context.newPage();
  await clearDossiers(session.worker);
  await session.worker.evaluate((notes) => chrome.storage.local.set({ 'oc.notes': notes }), NOTES);
  await visit('client-definition-conforme.html');
});
afterAll(async () => {
  await session?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('data kept across restarts', () => {
  it('starts with the fiche read and the notes typed', async () => {
    const s = await stored();
    expect(durand(s)).toBeDefined();
    expect(s['oc.notes']).toEqual(NOTES);
  });

  it('survives an extension reload', async () => {
    const before = await stored();
    await mark();
    // Reload = install the unpacked build again over itself, as an update does (CDP
    // Extensions.loadUnpacked). chrome.runtime.reload() leaves this Chromium with the extension
    // disabled in most runs here, so it cannot be used.
    const cdp = await session.context.browser()!.newBrowserCDPSession();
    const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never)) as {
      id: string;
    };
    await cdp.detach();
    expect(id).toBe(extensionId);
    // The reloaded extension reads the next page, into the same dossier (its content script is
    // registered again a moment after the reload: load the page until it is read).
    await expect
      .poll(
        async () => {
          await tab.goto(demoUrl('client-contrats.html'));
          return recognisedFrame(tab, 2_000).then(
            () => true,
            () => false,
          );
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(true);
    await tab.waitForTimeout(400);
    await expect.poll(marked, { timeout: 15_000 }).toBe(false);
    const after = await stored();
    expect(after['oc.notes']).toEqual(NOTES);
    const c = durand(after);
    expect(c, 'the fiche read before the reload').toBeDefined();
    expect(c?.mandats, 'the list read after it, merged into the same dossier').toBeDefined();
    expect(Object.keys(after['oc.dossiers']?.clients ?? {})).toEqual(
      Object.keys(before['oc.dossiers']?.clients ?? {}),
    );
  });

  it('survives a service-worker restart, and the next read merges into it', async () => {
    await mark();
    const cdp = await session.context.newCDPSession(tab);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    // The next page read wakes the service worker, which must load the kept store.
    await visit('client-documents.html');
    expect(await marked(), 'a new service worker, without the memory of the old one').toBe(false);
    const s = await stored();
    const c = durand(s) as ({ documents?: unknown } & ReturnType<typeof durand>) | undefined;
    expect(c?.mandats, 'what was read before the restart').toBeDefined();
    expect(c?.documents, 'the list read after it, merged into the same dossier').toBeDefined();
    expect(s['oc.notes']).toEqual(NOTES);
  });

  it('survives a browser restart on the same profile, and the dossier is still one', async () => {
    await session.context.close();
    session = await launch({ userDataDir: profile });
    tab = await session.context.newPage();
    const s = await stored();
    expect(durand(s)?.mandats).toBeDefined();
    expect(s['oc.notes']).toEqual(NOTES);
    await visit('client-definition-conforme.html');
    const again = await stored();
    expect(Object.keys(again['oc.dossiers']?.clients ?? {})).toEqual(
      Object.keys(s['oc.dossiers']?.clients ?? {}),
    );
  });
});
