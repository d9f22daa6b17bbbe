/**
 * The Appel and Tâches views in Chromium, on Mme DURAND's demo dossier: the side panel page opened in
 * a normal tab (`sidepanel.html?tabId=<the Ogust tab>`) shows the tasks with dates computed from the
 * planning and the contract, copies them to the clipboard, keeps the call's answers across a panel
 * close and a browser restart (same profile), and — on the test-only build that grants the demo
 * Unaide Connect host — fills the demo Connect task form without submitting it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_KEYS } from '../../procedure/call/script';
import {
  demoUrl,
  launch,
  recognisedFrame,
  TEST_HOSTS_EXTENSION_DIR,
  walkDossier,
  type Session,
} from '../support/browser';
import { DEMO_USER } from '../support/demo-pages';

/** The part of the DURAND dossier the tasks need: fiche, mandats, planning, the AVS and her contract. */
const WALK = [
  'client-definition-conforme.html',
  'client-contrats.html',
  'client-planning.html',
  'intervenant-definition-conforme.html',
  'intervenant-contrats.html',
  'contrat-travail-general.html?id_contrat=501',
  'contrat-travail-remuneration.html?id_contrat=501',
];

const CONNECT_URL = 'https://demo.unaide-connect.fr/backoffice/taches/nouvelle';
const CONNECT_PAGE = resolve(import.meta.dirname, '../../demo/connect/tache.html');

const extensionId = (worker: Worker) => new URL(worker.url()).host;

/** The browser's id of the tab showing an Ogust page (the worker sees Ogust URLs: host permission). */
async function ogustTabId(worker: Worker): Promise<number> {
  const ids = await worker.evaluate(async () =>
    (await chrome.tabs.query({ url: 'https://*.ogust.com/*' })).map((t) => t.id!),
  );
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

async function openPanel(context: BrowserContext, worker: Worker, view: 'Appel' | 'Tâches'): Promise<Page> {
  const tabId = await ogustTabId(worker);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId(worker)}/sidepanel.html?tabId=${tabId}`);
  await panel.getByRole('tab', { name: view, exact: true }).click();
  await panel.locator(`[data-oc-view="${view}"]`).waitFor({ timeout: 10_000 });
  return panel;
}

/** The call answers stored for the DURAND dossier (the only dossier with notes in this profile). */
async function storedCall(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(async () => {
    const notes = (await chrome.storage.local.get('oc.notes'))['oc.notes'] as
      { dossiers?: Record<string, { call?: Record<string, unknown> }> } | undefined;
    const entries = Object.values(notes?.dossiers ?? {});
    return entries.find((e) => e.call && Object.keys(e.call).length)?.call ?? {};
  });
}

const taskValue = (panel: Page, task: string, field: string) =>
  panel.locator(`[data-oc-task="${task}"] [data-oc-task-value="${field}"]`);

describe('Tâches and Appel on the default build', () => {
  let session: Session;
  let profile: string;
  let tab: Page;

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'oc-profile-tasks-'));
    session = await launch({ userDataDir: profile });
    tab = await session.context.newPage();
    await walkDossier(tab, session.worker, WALK, 250);
  });
  afterAll(async () => {
    await session?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('lists Nouveau client first and every following task, dates from the planning and the contract', async () => {
    const panel = await openPanel(session.context, session.worker, 'Tâches');
    const ids = await panel
      .locator('[data-oc-task]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-oc-task')));
    expect(ids).toEqual([
      'nouveauClient',
      'urssaf',
      'aici',
      'suiviEssai',
      'contratTravail',
      'contratMandat',
      'signature',
      'aideFinanciere',
      'facturationPaie',
      'reglementClient',
      'suiviClient',
      'creditImpot',
      'cloturerProposition',
    ]);
    await expect
      .poll(() => taskValue(panel, 'nouveauClient', 'destinataire').textContent())
      .toBe('DURAND Jeanne');
    expect(await taskValue(panel, 'nouveauClient', 'date').textContent()).toBe('28/11/2026');
    expect(await taskValue(panel, 'nouveauClient', 'gerePar').textContent()).toBe(DEMO_USER);
    expect(await taskValue(panel, 'nouveauClient', 'description').textContent()).toContain(
      'Date de démarrage du contrat : 01/12/2026',
    );
    // First prestation Tuesday 01/12/2026 (Présentation).
    expect(await taskValue(panel, 'urssaf', 'date').textContent()).toBe('04/12/2026');
    expect(await taskValue(panel, 'reglementClient', 'date').textContent()).toBe('08/01/2027');
    expect(await taskValue(panel, 'facturationPaie', 'date').textContent()).toBe('31/12/2026');
    // Trial end 01/02/2027 − 7 days.
    expect(await taskValue(panel, 'suiviEssai', 'date').textContent()).toBe('25/01/2027');
    await panel.close();
  });

  it('« Tout copier » and « Copier » put the task’s text on the clipboard', async () => {
    const panel = await openPanel(session.context, session.worker, 'Tâches');
    // Chromium refuses a permission for an extension origin: grant it to every origin of this profile.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await panel.bringToFront();
    const card = panel.locator('[data-oc-task="nouveauClient"]');
    await expect
      .poll(() => taskValue(panel, 'nouveauClient', 'destinataire').textContent())
      .toBe('DURAND Jeanne');
    await card.getByRole('button', { name: 'Tout copier' }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Copié');
    const all = await panel.evaluate(() => navigator.clipboard.readText());
    expect(all.split('\n').slice(0, 6)).toEqual([
      'Titre : Nouveau client',
      'Catégorie : Suivi client',
      'Date d’exécution : 28/11/2026',
      'Priorité : Ne peut pas être reportée',
      'À destination de : DURAND Jeanne',
      `Géré par : ${DEMO_USER}`,
    ]);
    expect(all).toContain('Date de démarrage du contrat : 01/12/2026');
    await panel
      .locator('[data-oc-task="reglementClient"]')
      .getByRole('button', { name: 'Copier « Date d’exécution »' })
      .click();
    await expect.poll(() => panel.evaluate(() => navigator.clipboard.readText())).toBe('08/01/2027');
    await panel.close();
  });

  it('closing the panel right after typing loses nothing', async () => {
    const panel = await openPanel(session.context, session.worker, 'Appel');
    const text = 'fille présente à l’appel, rappeler le soir';
    await panel.locator(`[data-oc-call-answer="${CALL_KEYS.note('presenter')}"]`).pressSequentially(text);
    await panel.close();
    await expect
      .poll(async () => (await storedCall(session.worker))[CALL_KEYS.note('presenter')], { timeout: 5_000 })
      .toBe(text);
  });

  it('call answers survive closing the panel and restarting the browser', async () => {
    let panel = await openPanel(session.context, session.worker, 'Appel');
    const absences = panel.locator(`[data-oc-call-answer="${CALL_KEYS.absences}"]`);
    await absences.pressSequentially('du 20/12/2026 au 03/01/2027', { delay: 5 });
    await panel.locator(`[data-oc-call-answer="${CALL_KEYS.demandeAici}"]`).getByLabel('Oui').check();
    await panel.locator('[data-oc-call-step="missions"]').getByRole('checkbox').check();
    await panel.locator(`[data-oc-call-answer="${CALL_KEYS.prochainAppel}"]`).fill('20/01/2027');
    // Every write has reached storage.local before the panel closes (a close right after typing
    // keeps what was written so far; here we check the whole set survives).
    await expect
      .poll(() => storedCall(session.worker), { timeout: 10_000 })
      .toEqual({
        [CALL_KEYS.absences]: 'du 20/12/2026 au 03/01/2027',
        [CALL_KEYS.demandeAici]: 'oui',
        [CALL_KEYS.done('missions')]: true,
        [CALL_KEYS.prochainAppel]: '20/01/2027',
        [CALL_KEYS.note('presenter')]: 'fille présente à l’appel, rappeler le soir',
      });
    await panel.close();

    // Reopened: the same answers, and the chosen date feeds « Suivi période d'essai ».
    panel = await openPanel(session.context, session.worker, 'Appel');
    const check = async (p: Page) => {
      await expect
        .poll(() => p.locator(`[data-oc-call-answer="${CALL_KEYS.absences}"]`).inputValue())
        .toBe('du 20/12/2026 au 03/01/2027');
      expect(
        await p.locator(`[data-oc-call-answer="${CALL_KEYS.demandeAici}"]`).getByLabel('Oui').isChecked(),
      ).toBe(true);
      expect(await p.locator('[data-oc-call-step="missions"]').getByRole('checkbox').isChecked()).toBe(true);
      expect(await p.locator(`[data-oc-call-answer="${CALL_KEYS.prochainAppel}"]`).inputValue()).toBe(
        '20/01/2027',
      );
    };
    await check(panel);
    await panel.getByRole('tab', { name: 'Tâches', exact: true }).click();
    await expect.poll(() => taskValue(panel, 'suiviEssai', 'date').textContent()).toBe('20/01/2027');
    await panel.close();

    // Browser restart with the same profile.
    await session.context.close();
    session = await launch({ userDataDir: profile });
    tab = await session.context.newPage();
    await tab.goto(demoUrl('client-definition-conforme.html'));
    await recognisedFrame(tab);
    await tab.waitForTimeout(300);
    panel = await openPanel(session.context, session.worker, 'Appel');
    await check(panel);
  });
});

describe('« Remplir le formulaire » on the test-only build (demo Connect host granted)', () => {
  let session: Session;
  let tab: Page;

  beforeAll(async () => {
    if (!existsSync(join(TEST_HOSTS_EXTENSION_DIR, 'manifest.json')))
      throw new Error(
        `Build de test absent (${TEST_HOSTS_EXTENSION_DIR}) : lancez \`OC_TEST_HOSTS=1 OC_OUT_DIR=.output-testhosts npx wxt build\` (npm test le fait).`,
      );
    session = await launch({ extensionDir: TEST_HOSTS_EXTENSION_DIR });
    await session.context.route('https://demo.unaide-connect.fr/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(CONNECT_PAGE),
      }),
    );
    tab = await session.context.newPage();
    await walkDossier(tab, session.worker, WALK, 250);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('fills the open Connect task form by its labels and never submits it', async () => {
    const connect = await session.context.newPage();
    await connect.goto(CONNECT_URL);
    const panel = await openPanel(session.context, session.worker, 'Tâches');
    const card = panel.locator('[data-oc-task="nouveauClient"]');
    await expect
      .poll(() => taskValue(panel, 'nouveauClient', 'destinataire').textContent())
      .toBe('DURAND Jeanne');
    await card.getByRole('button', { name: 'Remplir le formulaire' }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toContain('7 champs remplis');

    expect(await connect.inputValue('#task_title')).toBe('Nouveau client');
    expect(await connect.inputValue('#task_category')).toBe('12'); // Suivi client
    expect(await connect.inputValue('#task_due')).toBe('2026-11-28');
    expect(await connect.inputValue('#task_priority')).toBe('blocking'); // Ne peut pas être reportée
    expect(await connect.inputValue('#task_recipient')).toBe('DURAND Jeanne');
    expect(await connect.inputValue('#task_owner')).toBe('21'); // Camille Martin
    expect(await connect.inputValue('#task_description')).toContain(
      'Date de démarrage du contrat : 01/12/2026',
    );
    const form = connect.locator('#task-form');
    expect(Number(await form.getAttribute('data-events'))).toBeGreaterThanOrEqual(14);
    expect(await form.getAttribute('data-submitted')).toBe('false');
    expect(connect.url()).toBe(CONNECT_URL);
    await connect.close();
  });

  it('leaves a Connect page showing an existing task untouched, and says to open « Nouvelle tâche »', async () => {
    const TASK_URL = 'https://demo.unaide-connect.fr/backoffice/taches/42';
    await session.context.route(TASK_URL, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Tâche — Unaide Connect</title>
          <h1>Tâche : Suivi client</h1><p>Titre : Suivi client — DURAND Jeanne</p>
          <form><label for="desc">Description</label><textarea id="desc">Ancien texte</textarea>
          <label for="comment">Commentaire</label><textarea id="comment"></textarea></form></html>`,
      }),
    );
    const task = await session.context.newPage();
    await task.goto(TASK_URL);
    const panel = await openPanel(session.context, session.worker, 'Tâches');
    const card = panel.locator('[data-oc-task="nouveauClient"]');
    await card.getByRole('button', { name: 'Remplir le formulaire' }).click();
    await expect
      .poll(() => card.getByRole('status').textContent())
      .toMatch(/^Aucun formulaire « Nouvelle tâche » ouvert dans Unaide Connect/);
    expect(await task.inputValue('#desc')).toBe('Ancien texte');
    expect(await task.inputValue('#comment')).toBe('');
    await task.close();
  });
});
