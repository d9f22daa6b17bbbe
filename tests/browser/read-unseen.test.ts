/**
 * « Lire les onglets non lus » in Chromium. From Mme DURAND's fiche alone (demo pages, whose tab strip
 * links to Contrats, Planning and Documents), the panel's button reads each client tab in a hidden
 * frame: every client line of the checklist leaves *Non lu*, a progress line shows while it runs, no
 * frame is left and no Ogust node is changed, and the tab still counts as showing the fiche. A copy
 * of the fiche whose Documents tab is script-driven and whose Planning tab has no link: those are
 * reported, never guessed; the AVS fiches no page links to are reported too. A page that refuses to
 * be framed is read in an inactive tab, closed right after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearDossiers, demoUrl, launch, recognisedFrame, type Session } from '../support/browser';
import { DEMO_DIR, DEMO_ORIGIN } from '../support/demo-pages';

let session: Session;
let extensionId: string;

/** The client groups of the checklist (docs/spec/panel.md § 1) and their line items' id prefixes. */
const CLIENT_GROUPS = ['ficheClient', 'contratMandat', 'planningClient', 'documents'];

async function tabIdOf(file: string): Promise<number> {
  return session.worker.evaluate(async (f) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url?.includes(f))!.id!;
  }, file);
}

async function openPanel(tabId: number): Promise<Page> {
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.locator('[data-oc-item="ficheClient.nir"]').waitFor({ state: 'attached', timeout: 15_000 });
  return panel;
}

/** Status of every line item of the client groups (rule elements and manual items left out). */
async function clientLines(panel: Page): Promise<Record<string, string>> {
  return panel.evaluate((groups) => {
    const out: Record<string, string> = {};
    for (const g of groups)
      for (const el of document.querySelectorAll(`[data-oc-group="${g}"] li[data-oc-item^="${g}."]`))
        out[el.getAttribute('data-oc-item')!] = el.getAttribute('data-status')!;
    return out;
  }, CLIENT_GROUPS);
}

/** The client lines once none is unseen any more (the panel re-queries on storage changes), or after 10 s. */
async function clientLinesRead(panel: Page): Promise<Record<string, string>> {
  const deadline = Date.now() + 10_000;
  let lines = await clientLines(panel);
  while (Date.now() < deadline && Object.values(lines).includes('unseen')) {
    await panel.waitForTimeout(100);
    lines = await clientLines(panel);
  }
  return lines;
}

/** The Ogust page as Ogust made it: our overlay, stylesheet and marker attributes left out. */
async function ogustDom(tab: Page): Promise<string> {
  return tab.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as Element;
    copy.querySelectorAll('dossier-conforme-overlay, #dossier-conforme-style').forEach((e) => e.remove());
    for (const el of [copy, ...copy.querySelectorAll('*')])
      for (const a of [...el.attributes]) if (a.name.startsWith('data-oc-')) el.removeAttribute(a.name);
    return copy.outerHTML;
  });
}

/** Poll the panel while the reading runs: the largest progress seen, until the end line. */
async function runToEnd(
  panel: Page,
  tab: Page,
): Promise<{ maxDone: number; total: number; frames: number; overlays: number; emptied: number }> {
  let maxDone = -1;
  let total = 0;
  let frames = 0;
  // An overlay (or its summary) in the hidden frame would be shown to nobody: never injected there.
  let overlays = 0;
  // The panel never loses the dossier on screen while the frame loads (« page non reconnue »).
  let emptied = 0;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const p = panel.locator('[data-oc-progress]');
    if (await p.count()) {
      maxDone = Math.max(maxDone, Number(await p.getAttribute('data-done').catch(() => -1)));
      total = Math.max(total, Number(await p.getAttribute('data-total').catch(() => 0)));
    }
    frames = Math.max(frames, await tab.locator('iframe[data-oc-reader]').count());
    for (const f of tab.frames().slice(1))
      overlays += await f
        .locator('dossier-conforme-overlay')
        .count()
        .catch(() => 0);
    emptied += await panel.locator('[data-oc-empty]').count();
    if (await panel.locator('[data-oc-read-done]').count())
      return { maxDone, total, frames, overlays, emptied };
    await panel.waitForTimeout(20);
  }
  throw new Error('lecture non terminée en 2 min');
}

beforeAll(async () => {
  session = await launch();
  extensionId = new URL(session.worker.url()).host;
});
afterAll(async () => {
  await session?.close();
});

describe('« Lire les onglets non lus »', () => {
  it('from the client fiche alone: every client line leaves « Non lu », the page is left as it was', async () => {
    await clearDossiers(session.worker);
    const tab = await session.context.newPage();
    await tab.goto(demoUrl('client-definition-conforme.html'));
    await recognisedFrame(tab);
    await tab.waitForTimeout(300);
    const tabId = await tabIdOf('client-definition-conforme.html');
    const panel = await openPanel(tabId);

    const before = await clientLines(panel);
    // The three client tabs other than the fiche: not read yet.
    for (const g of ['contratMandat', 'planningClient', 'documents'])
      expect(
        Object.entries(before).filter(([id, s]) => id.startsWith(`${g}.`) && s === 'unseen').length,
      ).toBeGreaterThan(0);
    const dom = await ogustDom(tab);

    await panel.locator('[data-oc-action="read-unseen"]').click();
    const run = await runToEnd(panel, tab);
    expect(run.total).toBeGreaterThanOrEqual(3);
    expect(run.maxDone).toBeGreaterThanOrEqual(0);
    // One hidden frame at a time.
    expect(run.frames).toBeLessThanOrEqual(1);
    expect(run.overlays).toBe(0);
    expect(run.emptied).toBe(0);

    const after = await clientLinesRead(panel);
    const stillUnseen = Object.entries(after).filter(([, s]) => s === 'unseen');
    expect(stillUnseen).toEqual([]);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    // Each client tab was read: none of them is reported.
    const reported = await panel
      .locator('[data-oc-unread]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-oc-unread')));
    expect(reported.filter((id) => id?.includes('|client.'))).toEqual([]);
    // The AVS named on the contrats page: no page read links to her fiche; reported, not guessed.
    const avsFiche = panel.locator('[data-oc-unread$="|intervenant.definition"]', { hasText: 'DUBOIS' });
    expect(await avsFiche.getAttribute('data-reason')).toBe('no-link');
    expect(await avsFiche.textContent()).toContain('aucun lien');

    // No frame left, no Ogust node changed, and the tab still shows the fiche.
    expect(await tab.locator('iframe').count()).toBe(0);
    expect(await ogustDom(tab)).toBe(dom);
    const shown = await session.worker.evaluate(async (id) => {
      const got = await chrome.storage.session.get('oc.session.shown');
      return (got['oc.session.shown'] as Record<string, { page: string }> | undefined)?.[id]?.page;
    }, String(tabId));
    expect(shown).toBe('client.definition');
    await panel.close();
    await tab.close();
  }, 180_000);

  it('a script-driven tab and a tab without a link are reported, not guessed (button of the page’s summary)', async () => {
    const fiche = readFileSync(join(DEMO_DIR, 'client-definition-conforme.html'), 'utf8');
    // Contrats and Planning opened by script; no Documents tab at all.
    const scripted = fiche
      .replace(
        '<a href="client-contrats.html">Contrats</a>',
        '<a href="#" onclick="return false">Contrats</a>',
      )
      .replace('<a href="client-planning.html">Planning</a>', '<span onclick="void 0">Planning</span>')
      .replace('<li><a href="client-documents.html">Documents</a></li>', '');
    expect(scripted).not.toContain('client-contrats.html');
    expect(scripted).not.toContain('client-planning.html');
    expect(scripted).not.toContain('client-documents.html');
    const requested: string[] = [];
    await session.context.route(demoUrl('client-fiche-scripts.html'), (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: scripted }),
    );
    for (const f of ['client-contrats.html', 'client-planning.html', 'client-documents.html'])
      await session.context.route(demoUrl(f), (route) => {
        requested.push(f);
        return route.fallback();
      });
    await clearDossiers(session.worker);
    const tab = await session.context.newPage();
    await tab.goto(demoUrl('client-fiche-scripts.html'));
    const frame = await recognisedFrame(tab);
    await tab.waitForTimeout(300);
    const tabId = await tabIdOf('client-fiche-scripts.html');
    const panel = await openPanel(tabId);

    // The summary's button (open shadow root), after opening the summary.
    await frame.locator('[data-oc-summary] > button').click();
    await frame.locator('[data-oc-summary] [data-oc-action="read-unseen"]').click();
    await panel.locator('[data-oc-read-done]').waitFor({ state: 'attached', timeout: 120_000 });
    await panel.waitForTimeout(500);

    const lines = await clientLines(panel);
    // No address to follow: nothing loaded, the three tabs still unseen.
    for (const g of ['contratMandat', 'planningClient', 'documents'])
      expect(Object.entries(lines).filter(([id, s]) => id.startsWith(`${g}.`) && s !== 'unseen')).toEqual([]);
    expect(requested).toEqual([]);
    const reasons = await panel
      .locator('[data-oc-unread]')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-oc-unread'), e.getAttribute('data-reason'), e.textContent]),
      );
    const reasonOf = (suffix: string) => reasons.find(([id]) => id?.endsWith(suffix))?.[1];
    expect(reasonOf('|client.contrats')).toBe('scripted');
    expect(reasonOf('|client.planning')).toBe('scripted');
    expect(reasonOf('|client.documents')).toBe('no-link');
    expect(reasons.find(([id]) => id?.endsWith('|client.planning'))?.[2]).toContain('script');
    expect(await tab.locator('iframe').count()).toBe(0);
    await panel.close();
    await tab.close();
  }, 180_000);

  it('a page that refuses to be framed is read in an inactive tab, closed right after', async () => {
    const body = readFileSync(join(DEMO_DIR, 'client-documents.html'));
    await session.context.route(demoUrl('client-documents.html'), (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'X-Frame-Options': 'DENY' },
        body,
      }),
    );
    await clearDossiers(session.worker);
    const tab = await session.context.newPage();
    await tab.goto(demoUrl('client-definition-conforme.html'));
    await recognisedFrame(tab);
    await tab.waitForTimeout(300);
    const tabId = await tabIdOf('client-definition-conforme.html');
    const panel = await openPanel(tabId);
    const pagesBefore = session.context.pages().length;
    const opened: Page[] = [];
    // Harness: Playwright's context routes do not reach the first load of a tab an extension opens
    // (it shows Chromium's error page): the test serves the demo page to that tab and loads it again.
    const onPage = (p: Page) => {
      opened.push(p);
      void p
        .route(`${DEMO_ORIGIN}/**`, (route) =>
          route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
        )
        .then(() => p.goto(demoUrl('client-documents.html')))
        .catch(() => undefined);
    };
    session.context.on('page', onPage);

    await panel.locator('[data-oc-action="read-unseen"]').click();
    await runToEnd(panel, tab);
    session.context.off('page', onPage);
    const lines = await clientLinesRead(panel);
    expect(Object.entries(lines).filter(([, st]) => st === 'unseen')).toEqual([]);
    // One tab was opened for the Documents page, and closed.
    expect(opened.length).toBe(1);
    expect(session.context.pages().length).toBe(pagesBefore);
    expect(await tab.locator('iframe').count()).toBe(0);
    await session.context.unroute(demoUrl('client-documents.html'));
    await panel.close();
    await tab.close();
  }, 180_000);

  it('« Arrêter » stops the reading and removes the frame', async () => {
    await clearDossiers(session.worker);
    const tab = await session.context.newPage();
    await tab.goto(demoUrl('client-definition-conforme.html'));
    await recognisedFrame(tab);
    await tab.waitForTimeout(300);
    const tabId = await tabIdOf('client-definition-conforme.html');
    const panel = await openPanel(tabId);
    const dom = await ogustDom(tab);
    await panel.locator('[data-oc-action="read-unseen"]').click();
    await panel.locator('[data-oc-action="read-unseen-stop"]').click();
    await panel.locator('[data-oc-read-done]').waitFor({ state: 'attached', timeout: 60_000 });
    expect(await panel.locator('[data-oc-read-done]').textContent()).toBe('Lecture arrêtée.');
    expect(await tab.locator('iframe').count()).toBe(0);
    expect(await ogustDom(tab)).toBe(dom);
    // The tabs not read are listed, with the reason.
    expect(await panel.locator('[data-oc-unread][data-reason="stopped"]').count()).toBeGreaterThan(0);
    await panel.close();
    await tab.close();
  }, 120_000);

  it('a paginated planning is followed through the pages Ogust links, then says how far it got', async () => {
    const fiche = readFileSync(join(DEMO_DIR, 'client-definition-conforme.html'), 'utf8').replace(
      '<a href="client-planning.html">Planning</a>',
      '<a href="client-planning-mois.html">Planning</a>',
    );
    // Page 1 / 3 of December; its « Page suivante » links to page 2, which links to itself.
    const mois = readFileSync(join(DEMO_DIR, 'client-planning-mois.html'), 'utf8').replace(
      '<a href="#">Page suivante ›</a>',
      '<a href="client-planning-mois.html?page=2">Page suivante ›</a>',
    );
    expect(mois).toContain('?page=2');
    const requested: string[] = [];
    await session.context.route(demoUrl('client-fiche-mois.html'), (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fiche }),
    );
    await session.context.route(
      (url) => url.pathname === '/client-planning-mois.html',
      (route) => {
        requested.push(route.request().url());
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: mois });
      },
    );
    await clearDossiers(session.worker);
    const tab = await session.context.newPage();
    await tab.goto(demoUrl('client-fiche-mois.html'));
    await recognisedFrame(tab);
    await tab.waitForTimeout(300);
    const panel = await openPanel(await tabIdOf('client-fiche-mois.html'));
    await panel.locator('[data-oc-action="read-unseen"]').click();
    await runToEnd(panel, tab);

    expect(requested).toEqual([
      demoUrl('client-planning-mois.html'),
      demoUrl('client-planning-mois.html?page=2'),
    ]);
    const planning = panel.locator('[data-oc-unread$="|client.planning"]');
    expect(await planning.getAttribute('data-reason')).toBe('partial');
    expect(await planning.textContent()).toContain('2 pages lues');
    const lines = await clientLinesRead(panel);
    expect(
      Object.entries(lines).filter(([id, st]) => id.startsWith('planningClient.') && st === 'unseen'),
    ).toEqual([]);
    expect(await tab.locator('iframe').count()).toBe(0);
    await panel.close();
    await tab.close();
  }, 180_000);

  it('works after the service worker was stopped (a panel left open a while)', async () => {
    await clearDossiers(session.worker);
    const tab = await session.context.newPage();
    await tab.goto(demoUrl('client-definition-conforme.html'));
    await recognisedFrame(tab);
    await tab.waitForTimeout(300);
    const panel = await openPanel(await tabIdOf('client-definition-conforme.html'));
    const cdp = await session.context.newCDPSession(tab);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();

    await panel.locator('[data-oc-action="read-unseen"]').click();
    await runToEnd(panel, tab);
    expect(await panel.locator('[data-oc-read-unseen]').textContent()).not.toContain('Aucun dossier reconnu');
    const lines = await clientLinesRead(panel);
    expect(Object.entries(lines).filter(([, st]) => st === 'unseen')).toEqual([]);
    session.worker =
      session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
    await panel.close();
    await tab.close();
  }, 180_000);
});
