/**
 * « Dossiers en cours » in Chromium: two demo dossiers visited (Mme DURAND's fiche, conformant; Mme
 * MARTIN's fiche, with errors) are two rows of `dossiers.html` with their verdicts and counts. The
 * expected counts are worked out by hand from docs/checklist.md and each page's expected findings
 * (demo/ogust/README.md, severities from docs/rules.md): only the fiche read, so the contrat de
 * mandat (4 lines), planning (3) and documents (1) are unread; MARTIN's findings fall on 8 fiche
 * lines: type de client, NIR (clé), origine in error; exonération, mode de paiement, contact,
 * interlocuteur, géré par to check. The page opens from the panel's header and the toolbar icon's
 * menu exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clearDossiers, demoUrl, launch, recognisedFrame, type Session } from '../support/browser';

let session: Session;
let extensionId: string;
let tab: Page;

const DURAND = 'code:CLI00042';
const MARTIN = 'code:CLI00057';

async function openList(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dossiers.html`);
  await page.locator('[data-oc-dossier]').nth(1).waitFor({ state: 'attached', timeout: 15_000 });
  return page;
}

const attrs = (page: Page, key: string) =>
  page.locator(`[data-oc-dossier="${key}"]`).evaluate((r) => ({
    verdict: r.getAttribute('data-verdict'),
    errors: r.getAttribute('data-errors'),
    warnings: r.getAttribute('data-warnings'),
    unseen: r.getAttribute('data-unseen'),
  }));

beforeAll(async () => {
  session = await launch();
  extensionId = new URL(session.worker.url()).host;
  tab = await session.context.newPage();
  await clearDossiers(session.worker);
  for (const file of ['client-definition-conforme.html', 'client-definition-erreurs.html']) {
    await tab.goto(demoUrl(file));
    await recognisedFrame(tab);
    await tab.waitForTimeout(400);
  }
});
afterAll(async () => {
  await session?.close();
});

describe('« Dossiers en cours »', () => {
  it('shows the two dossiers visited, with their verdicts and counts', async () => {
    const page = await openList();
    expect(await page.locator('[data-oc-dossier]').count()).toBe(2);
    expect(await attrs(page, DURAND)).toEqual({
      verdict: 'incomplet',
      errors: '0',
      warnings: '0',
      unseen: '8',
    });
    expect(await attrs(page, MARTIN)).toEqual({
      verdict: 'non-conforme',
      errors: '3',
      warnings: '5',
      unseen: '8',
    });
    // Sorted by verdict: the one with errors first.
    const keys = await page
      .locator('[data-oc-dossier]')
      .evaluateAll((rs) => rs.map((r) => r.getAttribute('data-oc-dossier')));
    expect(keys).toEqual([MARTIN, DURAND]);
    const martin = page.locator(`[data-oc-dossier="${MARTIN}"]`);
    expect(await martin.textContent()).toContain('MARTIN');
    expect(await martin.textContent()).toContain('CLI00057');
    expect(await martin.getByRole('link', { name: 'Ouvrir dans Ogust' }).getAttribute('href')).toBe(
      demoUrl('client-definition-erreurs.html'),
    );
    expect(await page.locator('[data-oc-retention]').textContent()).toContain(
      'conservé 30 jours après la dernière activité',
    );
    await page.close();
  });

  it('filters « à traiter », searches by name and sorts by last activity', async () => {
    const page = await openList();
    await page.getByLabel(/Rechercher un client/).fill('durand');
    await expect.poll(() => page.locator('[data-oc-dossier]').count()).toBe(1);
    expect(await page.locator(`[data-oc-dossier="${DURAND}"]`).count()).toBe(1);
    await page.getByLabel(/Rechercher un client/).fill('');
    await page.getByLabel('Trier par').selectOption('activity');
    // MARTIN was read last.
    const keys = await page
      .locator('[data-oc-dossier]')
      .evaluateAll((rs) => rs.map((r) => r.getAttribute('data-oc-dossier')));
    expect(keys).toEqual([MARTIN, DURAND]);
    await page.getByLabel(/À traiter seulement/).check();
    // Neither is conforme: both stay.
    expect(await page.locator('[data-oc-dossier]').count()).toBe(2);
    await page.close();
  });

  it('agrees with the panel’s counts for the same dossier', async () => {
    const tabId = await session.worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url?.includes('client-definition-erreurs.html'))!.id!;
    });
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('[data-count="errors"]').waitFor();
    expect(await panel.locator('[data-count="errors"]').textContent()).toBe('3 erreurs');
    expect(await panel.locator('[data-count="warnings"]').textContent()).toBe('5 à vérifier');
    expect(await panel.locator('[data-count="unseen"]').textContent()).toBe('8 non lus');
    // The panel's header link opens the page in a tab.
    const [opened] = await Promise.all([
      session.context.waitForEvent('page'),
      panel.locator('[data-oc-action="dossiers"]').click(),
    ]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(`chrome-extension://${extensionId}/dossiers.html`);
    await opened.locator(`[data-oc-dossier="${MARTIN}"]`).waitFor({ state: 'attached' });
    await opened.close();
    await panel.close();
  });

  it('has its item in the toolbar icon’s menu', async () => {
    // update() rejects for an id that was never created.
    const exists = await session.worker.evaluate(() =>
      chrome.contextMenus.update('oc-dossiers-en-cours', {}).then(
        () => true,
        () => false,
      ),
    );
    expect(exists).toBe(true);
    const missing = await session.worker.evaluate(() =>
      chrome.contextMenus.update('pas-un-element', {}).then(
        () => true,
        () => false,
      ),
    );
    expect(missing).toBe(false);
  });
});
