/**
 * The options page in Chromium: a change of the user's name is applied on an open Ogust fiche without
 * a reload (client.gerePar.notMe goes away on the demo fiche whose « Géré par » is Camille Martin),
 * export gives the settings as a JSON file, a bad file is refused in French and changes nothing, a
 * good file is applied.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import {
  launch,
  recognisedFrame,
  setStorage,
  shownFindings,
  visitAlone,
  type Session,
} from '../support/browser';

let session: Session;
let fiche: Page;
let options: Page;
let frame: Frame;

const FICHE = 'client-definition-conforme.html';
const NOT_ME = 'client.gerePar.notMe';

async function storedSettings(): Promise<Record<string, unknown>> {
  return session.worker.evaluate(
    async () => (await chrome.storage.local.get('oc.settings'))['oc.settings'] as Record<string, unknown>,
  );
}

async function notMeShown(): Promise<boolean> {
  return (await shownFindings(frame)).some((f) => f.rule === NOT_ME && f.severity === 'warning');
}

async function until(check: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`délai dépassé : ${what}`);
}

beforeAll(async () => {
  session = await launch();
  // Someone else's name: the fiche (Géré par Camille Martin) is not « mine ».
  await setStorage(session.worker, { 'oc.settings': { userName: 'Sophie Lambert' } });
  fiche = await session.context.newPage();
  await visitAlone(fiche, session.worker, FICHE);
  frame = await recognisedFrame(fiche);
  const id = new URL(session.worker.url()).host;
  options = await session.context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByRole('heading', { level: 1 }).waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('options page in Chromium', () => {
  it('shows the stored name, and every section', async () => {
    expect(await options.getByLabel('Votre nom', { exact: true }).inputValue()).toBe('Sophie Lambert');
    for (const h of ['Vous', 'L’agence', 'Contrôles', 'Valeurs légales datées', 'Exporter, importer'])
      expect(await options.getByRole('heading', { name: h, level: 2 }).count(), h).toBe(1);
    expect(await notMeShown()).toBe(true);
  });

  it('a new name, saved, is applied on the open fiche without a reload', async () => {
    await options.getByLabel('Votre nom', { exact: true }).fill('Camille Martin');
    await options.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await options.getByText('Réglages enregistrés.').waitFor();
    expect(await storedSettings()).toMatchObject({ userName: 'Camille Martin' });
    await until(async () => !(await notMeShown()), `${NOT_ME} disparaît de la fiche`);
  });

  it('exports the settings as a dated JSON file', async () => {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Exporter les réglages (fichier JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^dossier-conforme-reglages-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file).toMatchObject({ userName: 'Camille Martin', delays: { retentionJours: 30 } });
  });

  it('refuses a bad file with a French message, and nothing changes', async () => {
    const before = await storedSettings();
    await options.getByLabel('Importer un fichier de réglages').setInputFiles({
      name: 'mauvais.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "userName": 42, "delays": { "retentionJours": "trente" } }'),
    });
    const alert = options.locator('[data-oc-import-errors]');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('aucun réglage n’a été modifié');
    expect(text).toContain('userName : attendu un texte');
    expect(text).toContain('delays.retentionJours : attendu un nombre');
    expect(await storedSettings()).toEqual(before);
    expect(await options.getByLabel('Votre nom', { exact: true }).inputValue()).toBe('Camille Martin');
    expect(await notMeShown()).toBe(false);
  });

  it('applies a good file: the fiche follows', async () => {
    await options.getByLabel('Importer un fichier de réglages').setInputFiles({
      name: 'bon.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ userName: 'Julien Roussel', delays: { retentionJours: 60 } })),
    });
    await options.locator('[data-oc-import-ok]').waitFor();
    expect(await storedSettings()).toMatchObject({
      userName: 'Julien Roussel',
      delays: { retentionJours: 60 },
    });
    expect(await options.getByLabel('Votre nom', { exact: true }).inputValue()).toBe('Julien Roussel');
    await until(notMeShown, `${NOT_ME} revient sur la fiche`);
  });

  it('« Effacer toutes les données » clears the dossiers and the notes, keeps the settings', async () => {
    await session.worker.evaluate(() =>
      chrome.storage.local.set({
        'oc.notes': {
          version: 1,
          dossiers: { 'code:CLI00042': { updatedAt: Date.now(), call: { a: 'x' } } },
        },
      }),
    );
    const keys = () =>
      session.worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).sort());
    expect(await keys()).toEqual(expect.arrayContaining(['oc.dossiers.index', 'oc.notes', 'oc.settings']));
    const box = options.locator('[data-oc-clear-data]');
    await box.getByRole('button', { name: 'Effacer toutes les données' }).click();
    await box.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect.poll(() => box.getByRole('status').textContent()).toMatch(/ont été effacées/);
    const left = await keys();
    expect(left.filter((k) => k.startsWith('oc.dossier'))).toEqual([]);
    expect(left).not.toContain('oc.notes');
    expect(left).toContain('oc.settings');
  });
});
