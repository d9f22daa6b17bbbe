/**
 * The conformity report in Chromium: Mme DURAND's dossier read tab after tab, a manual item ticked in
 * the panel, then the Dossier view's « Imprimer le rapport de conformité » opens `rapport.html` in a
 * tab. The report holds every checklist line, rule and tick of the panel with the same status, the
 * NIR only masked, and prints to an A4 PDF (`page.pdf()`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, walkDossier, type Session } from '../support/browser';
import { DEMO_USER } from '../support/demo-pages';

let session: Session;
let extensionId: string;
let tab: Page;
let panel: Page;
let report: Page;

/** Fiche, contrats de mandat, the AVS's fiche and her contract: lines of every kind of status. */
const WALK = [
  'client-definition-conforme.html',
  'client-contrats.html',
  'intervenant-definition-conforme.html',
  'intervenant-contrats.html',
  'contrat-travail-general.html?id_contrat=501',
];

const statuses = (page: Page) =>
  page
    .locator('[data-oc-item]')
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-oc-item')!, e.getAttribute('data-status')!] as const),
    );

beforeAll(async () => {
  session = await launch();
  extensionId = new URL(session.worker.url()).host;
  tab = await session.context.newPage();
  await walkDossier(tab, session.worker, WALK, 300);
  const tabId = await session.worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url?.includes('client-definition-conforme.html'))!.id!;
  });
  panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  const tick = panel.locator('[data-oc-item="manuel.ficheClient.sigleBleu"]');
  await tick.waitFor({ state: 'attached' });
  await panel.getByRole('button', { name: 'Tout déplier' }).click();
  await tick.locator('input[type="checkbox"]').check();
  await panel
    .locator('[data-oc-item="manuel.ficheClient.sigleBleu"][data-status="done"]')
    .waitFor({ state: 'attached' });
  const [opened] = await Promise.all([
    session.context.waitForEvent('page'),
    panel.locator('[data-oc-action="print-report"]').click(),
  ]);
  report = opened;
  await report.locator('[data-oc-report]').waitFor({ timeout: 15_000 });
});
afterAll(async () => {
  await session?.close();
});

describe('rapport de conformité', () => {
  it('opens from the Dossier view on the dossier’s report page', () => {
    expect(report.url()).toBe(`chrome-extension://${extensionId}/rapport.html?dossier=code%3ACLI00042`);
  });

  it('holds every line, rule and tick of the panel, each with the panel’s status', async () => {
    const inPanel = await statuses(panel);
    const inReport = await statuses(report);
    // Fiche client (16 lines), contrat de mandat (4), planning (3), documents (1) at least, and rules.
    expect(inPanel.length).toBeGreaterThan(100);
    // Same elements, same statuses, same order (a rule id repeats under each AVS: compared in place).
    expect(inReport).toEqual(inPanel);
    const seen = new Set(inReport.map(([, s]) => s));
    for (const s of ['ok', 'error', 'unseen', 'manual', 'done']) expect(seen.has(s), s).toBe(true);
    const of = (id: string) => inReport.find(([i]) => i === id)?.[1];
    expect(of('manuel.ficheClient.sigleBleu')).toBe('done');
    expect(of('documents.devisMandat')).toBe('unseen');
  });

  it('names the client, the AVS and the staff member, with the NIR masked only', async () => {
    const text = (await report.locator('[data-oc-report]').textContent()) ?? '';
    expect(text).toContain('DURAND');
    expect(text).toContain('DUBOIS Laura');
    expect(text).toContain(`Établi par ${DEMO_USER} le 28/11/2026`);
    expect(text).toMatch(/\d \d\d \d\d •• ••• ••• \d\d/);
    const raw = await tab.evaluate(() => {
      const el = document.querySelector('[data-oc-field="client.nir"]') as HTMLInputElement | null;
      return (el?.value ?? el?.textContent ?? '').replace(/\s/g, '');
    });
    expect(raw.length).toBeGreaterThan(10);
    expect((await report.content()).replace(/\s/g, '')).not.toContain(raw);
  });

  it('prints to an A4 PDF', async () => {
    await report.emulateMedia({ media: 'print' });
    expect(await report.getByRole('button', { name: /Imprimer/ }).isVisible()).toBe(false);
    const pdf = await report.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const body = pdf.toString('latin1');
    const pages = body.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    // A4: 595 × 842 points (Skia writes the box with decimals).
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(body);
    expect(box, 'MediaBox').not.toBeNull();
    expect(Math.round(Number(box![1]))).toBe(595);
    expect(Math.round(Number(box![2]))).toBe(842);
  });
});
