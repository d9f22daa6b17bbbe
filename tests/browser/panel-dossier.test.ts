/**
 * The side panel's Dossier view in Chromium, on Mme DURAND's dossier: the panel page
 * (`sidepanel.html?tabId=…`, opened in a normal tab) follows the tab where the demo Ogust pages are
 * visited. Items and rule elements carry the statuses of the observable contract and agree with the
 * page's own findings; the NIR is shown masked; a tab not read is `unseen` until it is visited;
 * manual ticks survive a panel reopen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  clearDossiers,
  demoUrl,
  launch,
  recognisedFrame,
  shownFindings,
  type Session,
} from '../support/browser';

let session: Session;
let tab: Page;
let tabId: number;
let extensionId: string;

async function visit(file: string): Promise<void> {
  await tab.goto(demoUrl(file));
  await recognisedFrame(tab);
}

async function openPanel(): Promise<Page> {
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/** The panel's status of an item, once it is in the DOM. */
async function statusOf(panel: Page, id: string): Promise<string | null> {
  const el = panel.locator(`[data-oc-item="${id}"]`).first();
  await el.waitFor({ state: 'attached', timeout: 10_000 });
  return el.getAttribute('data-status');
}

/** Wait until an item has the expected status (the panel re-queries on storage changes). */
async function waitStatus(
  panel: Page,
  id: string,
  expected: (s: string | null) => boolean,
): Promise<string | null> {
  const deadline = Date.now() + 10_000;
  let s: string | null = null;
  while (Date.now() < deadline) {
    s = await statusOf(panel, id);
    if (expected(s)) return s;
    await panel.waitForTimeout(100);
  }
  return s;
}

beforeAll(async () => {
  session = await launch();
  extensionId = new URL(session.worker.url()).host;
  tab = await session.context.newPage();
  await clearDossiers(session.worker);
  await visit('client-definition-conforme.html');
  await tab.waitForTimeout(300);
  tabId = await session.worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url?.includes('client-definition-conforme.html'))!.id!;
  });
});
afterAll(async () => {
  await session?.close();
});

describe('side panel: Dossier view', () => {
  it('opens on the Dossier view with the four views as tabs', async () => {
    const panel = await openPanel();
    await panel.locator('[data-oc-item="ficheClient.nir"]').waitFor({ state: 'attached' });
    const tabs = await panel.getByRole('tab').allTextContents();
    expect(tabs).toEqual(['Dossier', 'Appel', 'Rendez-vous', 'Tâches']);
    expect(await panel.getByRole('tab', { selected: true }).textContent()).toBe('Dossier');
    await panel.close();
  });

  it('shows the NIR masked on its line, without a click', async () => {
    const panel = await openPanel();
    const line = panel.locator('[data-oc-item="ficheClient.nir"] [data-masked]');
    await line.waitFor({ state: 'attached' });
    const text = (await line.textContent()) ?? '';
    expect(text).toMatch(/NIR : \d \d\d \d\d •• ••• ••• \d\d/);
    // The raw NIR of the page never reaches the panel.
    const raw = await tab.evaluate(() => {
      const el = document.querySelector('[data-oc-field="client.nir"]') as HTMLInputElement | null;
      return (el?.value ?? el?.textContent ?? '').replace(/\s/g, '');
    });
    expect(raw.length).toBeGreaterThan(10);
    const html = (await panel.content()).replace(/\s/g, '');
    expect(html).not.toContain(raw);
    await panel.close();
  });

  it('keeps every line and rule element in the DOM when a group is collapsed', async () => {
    const panel = await openPanel();
    await panel.locator('[data-oc-item="ficheClient.nir"]').waitFor({ state: 'attached' });
    await panel.getByRole('button', { name: 'Tout replier' }).click();
    expect(await panel.locator('[data-oc-item="ficheClient.nir"]').count()).toBe(1);
    expect(await panel.locator('[data-oc-item="client.nir.key"]').count()).toBe(1);
    expect(await panel.locator('[data-oc-item="contratMandat.fraisGestion"]').count()).toBe(1);
    await panel.close();
  });

  it('says unseen for a tab not read, then the rules’ statuses once it is visited', async () => {
    const panel = await openPanel();
    expect(await statusOf(panel, 'documents.devisMandat')).toBe('unseen');
    expect(await statusOf(panel, 'documents.devis.missing')).toBe('unseen');
    await visit('client-documents.html');
    // The demo documents list holds a devis and no mandat de prélèvement.
    expect(await waitStatus(panel, 'documents.devis.missing', (s) => s !== 'unseen')).toBe('ok');
    expect(await statusOf(panel, 'documents.mandatPrelevement.missing')).toBe('error');
    expect(await statusOf(panel, 'documents.devisMandat')).toBe('error');
    await panel.close();
  });

  it('keeps a manual tick across a panel reopen', async () => {
    let panel = await openPanel();
    const id = 'manuel.ficheClient.sigleBleu';
    expect(await statusOf(panel, id)).toBe('manual');
    await panel.locator(`[data-oc-item="${id}"] input[type=checkbox]`).check();
    expect(await waitStatus(panel, id, (s) => s === 'done')).toBe('done');
    await panel.waitForTimeout(200);
    await panel.close();
    panel = await openPanel();
    expect(await waitStatus(panel, id, (s) => s === 'done')).toBe('done');
    expect(await panel.locator(`[data-oc-item="${id}"] input[type=checkbox]`).isChecked()).toBe(true);
    await panel.close();
  });
  it('scrolls to and flashes the field of a line clicked on the current page', async () => {
    await visit('client-definition-conforme.html');
    const panel = await openPanel();
    const button = panel.locator('[data-oc-item="ficheClient.nir"] button').first();
    await button.waitFor({ state: 'attached' });
    await button.click();
    const frame = await recognisedFrame(tab);
    await expect
      .poll(() => frame.locator('[data-oc-field="client.nir"]').evaluate((el) => el.getAnimations().length), {
        timeout: 5_000,
      })
      .toBeGreaterThan(0);
    await panel.close();
  });

  it('on a list page, flashes the row a line’s rule marks', async () => {
    await visit('client-contrats.html');
    const panel = await openPanel();
    const button = panel.locator('[data-oc-item="contratMandat.fraisGestion"] button').first();
    await button.waitFor({ state: 'attached' });
    await button.click();
    const frame = await recognisedFrame(tab);
    const row = frame.locator('[data-oc-row="mandat"][data-oc-rules~="mandat.fraisGestion.missing"]');
    await expect
      .poll(() => row.evaluate((el) => el.getAnimations().length), { timeout: 5_000 })
      .toBeGreaterThan(0);
    await panel.close();
  });

  it('on an intervenant page, shows the AVS’s checks first and the client’s dossier', async () => {
    await visit('client-contrats.html');
    await visit('intervenant-definition-conforme.html');
    const panel = await openPanel();
    await panel.locator('[data-oc-item="ficheIntervenant.SA00017.nir"]').waitFor({ state: 'attached' });
    expect(await panel.locator('[data-client-name]').textContent()).toMatch(/DURAND/);
    const groups = await panel
      .locator('[data-oc-group]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-oc-group')));
    expect(groups[0]).toBe('ficheIntervenant.SA00017');
    expect(groups).toContain('ficheClient');
    expect(await statusOf(panel, 'ficheIntervenant.SA00017.nir')).toBe('ok');
    expect(await panel.getByLabel('Dossier du client').count()).toBe(1);
    await panel.close();
  });

  it('schedules the reminder of an appointment typed in the Rendez-vous view', async () => {
    await visit('client-definition-conforme.html');
    const panel = await openPanel();
    await panel.getByRole('tab', { name: 'Rendez-vous' }).click();
    await panel.getByLabel('Date du rendez-vous').fill('2027-06-15');
    await panel.getByLabel('Heure').fill('10:00');
    await panel.getByRole('button', { name: 'Enregistrer le rendez-vous' }).click();
    const expected = Date.parse('2027-06-15T08:00:00Z') - 30 * 60_000;
    await expect
      .poll(
        () =>
          session.worker.evaluate(async () =>
            (await chrome.alarms.getAll()).map((a) => [a.name, a.scheduledTime] as const),
          ),
        { timeout: 5_000 },
      )
      .toContainEqual(['oc:rdv:code:CLI00042', expected]);
    // The view is remembered for the dossier.
    await panel.close();
    const again = await openPanel();
    await again.locator('[data-oc-appointment]').waitFor({ state: 'attached' });
    expect(await again.getByRole('tab', { selected: true }).textContent()).toBe('Rendez-vous');
    await again.getByRole('tab', { name: 'Dossier' }).click();
    await again.close();
  });

  it('notifies at once for an appointment within the reminder delay, once', async () => {
    await visit('client-definition-conforme.html');
    const panel = await openPanel();
    await panel.getByRole('tab', { name: 'Rendez-vous' }).click();
    // Paris wall-clock, 10 minutes from now: inside the 30-minute delay.
    const soon = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .format(new Date(Date.now() + 10 * 60_000))
      .split(' ');
    await panel.getByLabel('Date du rendez-vous').fill(soon[0]!);
    await panel.getByLabel('Heure').fill(soon[1]!);
    await panel.getByRole('button', { name: 'Enregistrer le rendez-vous' }).click();
    await expect
      .poll(
        () =>
          session.worker.evaluate(async () => {
            const notes = (await chrome.storage.local.get('oc.notes'))['oc.notes'] as {
              dossiers: Record<string, { appointment?: { notified: boolean } }>;
            };
            return notes.dossiers['code:CLI00042']?.appointment?.notified;
          }),
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(Object.keys(await session.worker.evaluate(() => chrome.notifications.getAll()))).toContain(
      'oc:rdv:code:CLI00042',
    );
    await expect.poll(() => panel.locator('[data-oc-reminder]').textContent()).toContain('Rappel envoyé.');
    await panel.getByRole('button', { name: 'Supprimer le rendez-vous' }).click();
    await panel.getByRole('tab', { name: 'Dossier' }).click();
    await panel.close();
  });

  it('says so off Ogust and on an unrecognised Ogust page, then follows the tab to a dossier', async () => {
    await tab.goto(demoUrl('accueil.html'));
    await tab.waitForTimeout(500);
    let panel = await openPanel();
    await expect
      .poll(() => panel.locator('[data-oc-empty]').textContent())
      .toMatch(/Page Ogust non reconnue/);
    await panel.close();
    await tab.goto('about:blank');
    panel = await openPanel();
    await expect
      .poll(() => panel.locator('[data-oc-empty]').textContent())
      .toMatch(/n’est pas une page Ogust/);
    // Still open, the panel follows the tab to a dossier page.
    await visit('client-definition-conforme.html');
    await panel.locator('[data-oc-item="ficheClient.nir"]').waitFor({ state: 'attached', timeout: 10_000 });
    expect(await panel.locator('[data-oc-empty]').count()).toBe(0);
    await panel.close();
  });

  it('shows each rule of a fiche full of errors with the status of the page’s own findings', async () => {
    await visit('client-definition-erreurs.html');
    await tab.waitForTimeout(400);
    const frame = await recognisedFrame(tab);
    const shown = await shownFindings(frame);
    const worst = new Map<string, string>();
    const rank = { error: 3, warning: 2, info: 1 } as Record<string, number>;
    for (const f of shown)
      if ((rank[f.severity] ?? 0) > (rank[worst.get(f.rule) ?? ''] ?? 0)) worst.set(f.rule, f.severity);
    expect(worst.size).toBeGreaterThan(3);
    const panel = await openPanel();
    await panel.locator('[data-oc-item="ficheClient.nir"]').waitFor({ state: 'attached' });
    expect(await panel.locator('[data-client-name]').textContent()).not.toMatch(/DURAND/);
    expect(await panel.locator('[data-verdict]').getAttribute('data-verdict')).toBe('non-conforme');
    for (const [rule, severity] of worst) {
      const el = panel.locator(`[data-oc-item="${rule}"]`);
      expect(await el.count(), rule).toBeGreaterThan(0);
      expect(await el.first().getAttribute('data-status'), rule).toBe(severity);
    }
    // A rule of the fiche that did not fire is ok; a line is the worst of its rules.
    const quiet = await panel
      .locator('[data-oc-item="ficheClient.civilite"] [data-oc-item]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-oc-item'), e.getAttribute('data-status')]));
    for (const [rule, status] of quiet) expect(status, rule!).toBe(worst.get(rule!) ?? 'ok');
    await panel.close();
  });
});
