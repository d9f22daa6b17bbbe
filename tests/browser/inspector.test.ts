/**
 * The inspector in Chromium: on the « N° INSEE » fiche the NIR is not found;
 * an admin binds it by clicking the input, sees the count before saving, and its check
 * (client.nir.key) appears; the exported settings written to a fresh profile reproduce the binding.
 * On an unrecognised page the inspector (opened by the side panel's message) says why and lets the
 * admin declare the page. The capture downloads an anonymised page.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSettings } from '../../lib/settings/io';
import {
  launch,
  recognisedFrame,
  setStorage,
  shownFindings,
  summaryOf,
  visitAlone,
  type Session,
} from '../support/browser';
import { DEMO_TODAY, DEMO_USER } from '../support/demo-pages';

const INSEE = 'client-definition-insee.html';

let session: Session;
let tab: Page;

beforeAll(async () => {
  session = await launch();
  tab = await session.context.newPage();
});
afterAll(async () => {
  await session?.close();
});

async function openInspectorFromPill(frame: Frame) {
  await frame.locator('[data-oc-summary] button[aria-expanded]').click();
  await frame.locator('[data-oc-open-inspector]').click();
  await frame.locator('[data-oc-inspector]').waitFor();
}

async function rules(frame: Frame): Promise<string[]> {
  return (await shownFindings(frame)).map((f) => f.rule);
}

async function waitForRule(frame: Frame, rule: string, timeout = 10_000) {
  await frame.locator(`[data-oc-finding][data-rule="${rule}"]`).first().waitFor({ timeout });
}

describe('point-and-bind on the « N° INSEE » fiche', () => {
  let exported = '';

  it('the inspector says why the NIR is not found', async () => {
    await visitAlone(tab, session.worker, INSEE);
    const frame = await recognisedFrame(tab);
    expect(await rules(frame)).toContain('client.nir.absent');
    expect(await rules(frame)).not.toContain('client.nir.key');
    await openInspectorFromPill(frame);
    const row = frame.locator('[data-oc-inspect-field="client.nir"]');
    expect(await row.getAttribute('data-state')).toBe('absent');
    expect(await row.textContent()).toContain('aucun libellé de ce champ');
    // A field found shows its label, association and masked-free value; hover outlines its element.
    const nom = frame.locator('[data-oc-inspect-field="client.nom"]');
    expect(await nom.getAttribute('data-via')).toBe('cell-left');
    expect(await nom.textContent()).toContain('LEMOINE');
    await nom.hover();
    await frame.locator('[data-oc-inspect-outline="hover"]').waitFor();
    const iban = await frame.locator('[data-oc-inspect-field="client.iban"] [data-oc-value]').textContent();
    expect(iban).toMatch(/^FR76 •••• \d{3}$/);
  });

  it('binds the NIR by clicking its input, shows the count, and its check appears', async () => {
    const frame = await recognisedFrame(tab);
    const started = Date.now();
    await frame.locator('[data-oc-bind="client.nir"]').click();
    await frame.locator('[data-oc-picking="client.nir"]').waitFor();
    await frame.locator('input[name=nir]').click();
    const proposal = frame.locator('[data-oc-proposal="client.nir"]');
    await proposal.waitFor();
    expect(await proposal.getAttribute('data-count')).toBe('1');
    expect(await frame.locator('[data-oc-inspect-outline="preview"]').count()).toBe(1);
    // Nothing is saved before « Enregistrer ».
    const before = await session.worker.evaluate(() => chrome.storage.local.get('oc.settings'));
    expect(JSON.stringify(before)).not.toContain('"binding"');
    await proposal.getByRole('button', { name: 'Enregistrer l’association' }).click();
    await waitForRule(frame, 'client.nir.key');
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(await rules(frame)).not.toContain('client.nir.absent');
    await expect
      .poll(() => frame.locator('[data-oc-inspect-field="client.nir"]').getAttribute('data-via'))
      .toBe('binding');
    // The page's own value is untouched by the click.
    expect(await frame.locator('input[name=nir]').inputValue()).toBe('2 48 03 59 350 112 83');
    const stored = await session.worker.evaluate(() => chrome.storage.local.get('oc.settings'));
    const settings = (stored as Record<string, unknown>)['oc.settings'];
    expect(JSON.stringify(settings)).toContain('"binding"');
    exported = exportSettings(settings);
    expect(JSON.parse(exported).fields['client.nir'].binding).toMatchObject({ tag: 'input', name: 'nir' });
  });

  it('the exported settings on a fresh profile reproduce the binding', async () => {
    const fresh = await launch();
    try {
      await setStorage(fresh.worker, { 'oc.settings': JSON.parse(exported), 'oc.debug.today': DEMO_TODAY });
      const page = await fresh.context.newPage();
      await visitAlone(page, fresh.worker, INSEE);
      const frame = await recognisedFrame(page);
      await waitForRule(frame, 'client.nir.key');
      expect(await rules(frame)).not.toContain('client.nir.absent');
    } finally {
      await fresh.close();
    }
  });

  it('« Capturer la page (anonymisée) » downloads the page without its personal values', async () => {
    const frame = await recognisedFrame(tab);
    if (!(await frame.locator('[data-oc-inspector]').count())) await openInspectorFromPill(frame);
    const [download] = await Promise.all([
      tab.waitForEvent('download'),
      frame.locator('[data-oc-capture]').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`ogust-client-definition-${DEMO_TODAY}.html`);
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html).toContain('oc-page: client.definition');
    expect(html).toContain('client.nir.key');
    for (const personal of ['LEMOINE', '2 48 03 59 350 112 83', '06 12 34 56 78', 'lemoine@orange.fr'])
      expect(html).not.toContain(personal);
    expect(html).not.toMatch(/<script|data-oc-/);
    expect(html).toContain(DEMO_USER); // Géré par: an option, not a personal value
  });
});

describe('the binding after a re-render', () => {
  it('still finds the NIR when Ogust re-renders its form, and a correction clears the finding', async () => {
    const frame = await recognisedFrame(tab);
    await waitForRule(frame, 'client.nir.key');
    // Ogust replaces the whole form (new elements, same markup).
    await frame.evaluate(() => {
      const form = document.querySelector('form')!;
      form.replaceWith(form.cloneNode(true));
    });
    await tab.waitForTimeout(400);
    await waitForRule(frame, 'client.nir.key');
    await frame.locator('input[name=nir]').fill('2 48 03 59 350 112 38');
    await expect.poll(() => rules(frame), { timeout: 10_000 }).not.toContain('client.nir.key');
    expect(await rules(frame)).not.toContain('client.nir.absent');
  });
});

describe('capture of a page with a frame', () => {
  it('the outer page captured from its inspector holds the framed fiche, anonymised, in srcdoc', async () => {
    await visitAlone(tab, session.worker, 'cadre-client.html');
    await recognisedFrame(tab); // the framed fiche is read
    await tab.locator('body').click({ position: { x: 5, y: 5 } });
    await tab.keyboard.press('Alt+Shift+KeyI');
    await tab.locator('[data-oc-inspector]').waitFor({ timeout: 10_000 });
    const [download] = await Promise.all([
      tab.waitForEvent('download'),
      tab.locator('[data-oc-capture]').click(),
    ]);
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html).toContain('oc-page: none');
    expect(html).toMatch(/<iframe[^>]*\ssrcdoc="/);
    expect(html).not.toMatch(/<iframe[^>]*\ssrc=/);
    for (const personal of [
      'DUPONT',
      '244075959903187',
      'FR76 3000 4008 1200 0102 3456 796',
      '5 rue de la Cloche',
    ])
      expect(html).not.toContain(personal);
    // The framed fiche is in the capture (its labels and Ogust's own texts are kept).
    expect(html).toContain('Type de client');
  });
});

describe('inspector on an unrecognised page', () => {
  it('opens from the side panel message, says what is missing, and « cette page est … » is honoured', async () => {
    await visitAlone(tab, session.worker, 'accueil.html');
    await tab.waitForTimeout(500);
    const tabId = await session.worker.evaluate(async () => {
      const [t] = await chrome.tabs.query({ url: 'https://demo-agence.ogust.com/*' });
      return t!.id!;
    });
    await session.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'oc:inspector' }), tabId);
    const inspector = tab.locator('[data-oc-inspector]');
    await inspector.waitFor({ timeout: 10_000 });
    expect(await inspector.getAttribute('data-page')).toBe('');
    const missing = await tab.locator('[data-oc-missing] [data-page="client.definition"]').textContent();
    expect(missing).toMatch(/Type de client/);
    await tab.locator('[data-oc-declare]').selectOption('client.documents');
    await inspector.getByRole('button', { name: 'Déclarer cette page' }).click();
    const frame = await recognisedFrame(tab);
    expect((await summaryOf(frame)).page).toBe('client.documents');
    await expect.poll(() => inspector.getAttribute('data-page')).toBe('client.documents');
    const stored = await session.worker.evaluate(() => chrome.storage.local.get('oc.settings'));
    expect(JSON.stringify(stored)).toContain('accueil\\\\.html');
    await inspector.getByRole('button', { name: 'Oublier la déclaration' }).click();
    await expect.poll(() => inspector.getAttribute('data-page')).toBe('');
  });

  it('Alt+Shift+I toggles the inspector in the focused frame', async () => {
    await visitAlone(tab, session.worker, 'accueil.html');
    await tab.waitForTimeout(500);
    await tab.locator('body').click();
    await tab.keyboard.press('Alt+Shift+KeyI');
    await tab.locator('[data-oc-inspector]').waitFor({ timeout: 10_000 });
    await tab.keyboard.press('Alt+Shift+KeyI');
    await tab.locator('[data-oc-inspector]').waitFor({ state: 'detached' });
  });
});
