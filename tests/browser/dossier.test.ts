/**
 * One dossier across tabs, in Chromium: the pages of Mme DURAND's dossier are visited in the order a
 * person would, then visited again; the cross-page findings each page's comment announces
 * (`oc-expect-dossier`) appear, with the tab they come from in the summary, and a correction in one
 * tab changes the findings of another tab without a reload.
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
import { loadDemoPage } from '../support/demo-pages';

/** The DURAND dossier, in the order of the procedure (a contract window follows its AVS's list). */
const WALK = [
  'client-definition-conforme.html',
  'client-contrats.html',
  'client-contrat-mandat.html',
  'client-planning.html',
  'client-planning-mois.html',
  'client-planning-mois-janvier.html',
  'client-planning-mois-fevrier.html',
  'client-documents.html',
  'intervenant-definition-conforme.html',
  'intervenant-contrats.html',
  'contrat-travail-general.html?id_contrat=501',
  'contrat-travail-remuneration.html?id_contrat=501',
  'intervenant-planning.html',
  'intervenant-contrats-doublon.html',
  'contrat-travail-cdd.html?id_contrat=502',
];

let session: Session;
let tab: Page;

async function serious(file: string): Promise<{ rules: string[]; sources: string[] }> {
  await tab.goto(demoUrl(file));
  const frame = await recognisedFrame(tab);
  await tab.waitForTimeout(400); // let the dossier round trip settle
  const shown = await shownFindings(frame);
  const rules = [...new Set(shown.filter((f) => f.severity !== 'info').map((f) => f.rule))].sort();
  const sources = await frame
    .locator('[data-oc-summary] li[data-rule]')
    .evaluateAll((els) =>
      els.filter((e) => /d’après/.test(e.textContent ?? '')).map((e) => e.getAttribute('data-rule')!),
    );
  return { rules, sources };
}

beforeAll(async () => {
  session = await launch();
  tab = await session.context.newPage();
  await clearDossiers(session.worker);
  for (const file of WALK) {
    await tab.goto(demoUrl(file));
    await recognisedFrame(tab);
    await tab.waitForTimeout(250);
  }
});
afterAll(async () => {
  await session?.close();
});

describe('after the whole dossier was visited once', () => {
  it.each(WALK)('%s shows its own and its cross-page findings', async (file) => {
    const demo = loadDemoPage(file.split('?')[0]!);
    const expected = [
      ...new Set([...demo.expect.filter((r) => !demo.expectDossierGone.includes(r)), ...demo.expectDossier]),
    ].sort();
    const { rules, sources } = await serious(file);
    expect(rules).toEqual(expected);
    // Cross-page findings name the tab they come from.
    for (const id of demo.expectDossier) {
      if (['contrat.essai.duree'].includes(id)) continue; // merged from the same contract's other tab
      expect(sources, id).toContain(id);
    }
  });
});

describe('a correction in one tab', () => {
  it('changes the cross-page findings of another open tab, without a reload', async () => {
    const contrat = await session.context.newPage();
    const consoleLines: string[] = [];
    contrat.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    await contrat.goto(demoUrl('intervenant-contrats.html'));
    await recognisedFrame(contrat);
    await contrat.goto(demoUrl('contrat-travail-general.html?id_contrat=501'));
    const frame = await recognisedFrame(contrat);
    const rule = frame.locator('[data-oc-summary] [data-rule="contrat.exoneration.client"]');
    await expect.poll(() => rule.count()).toBe(0);

    // The client's exonération changes from « +70 ans » to « Aucune » in the fiche's tab…
    await tab.goto(demoUrl('client-definition-conforme.html'));
    const fiche = await recognisedFrame(tab);
    const exo = fiche.locator('[data-oc-field="client.exoneration"]');
    await exo.selectOption({ label: 'Aucune' });
    // …and the contract (« exo + de 70 ans ») no longer matches it.
    await expect.poll(() => rule.count(), { timeout: 5000 }).toBe(1);

    await exo.selectOption({ label: '+70 ans' });
    try {
      await expect.poll(() => rule.count(), { timeout: 5000 }).toBe(0);
    } catch (e) {
      const stored = await session.worker.evaluate(async () => {
        const all = await chrome.storage.local.get(null);
        return Object.entries(all)
          .filter(([k]) => k.startsWith('oc.dossier:c:'))
          .map(
            ([, c]) =>
              (c as { definition?: { value: Record<string, string> } }).definition?.value[
                'client.exoneration'
              ],
          );
      });
      const pageValue = await exo.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text);
      const msg = await rule.textContent().catch(() => '');
      const marks = await frame.evaluate(() =>
        performance
          .getEntriesByType('measure')
          .map((m) => `${m.name}@${Math.round(m.startTime)}`)
          .join(' '),
      );
      throw new Error(
        `${String(e)}\nconsole=${JSON.stringify(consoleLines)}\nmarks=${marks}\nstored=${JSON.stringify(stored)} page=${pageValue} finding=${msg}`,
      );
    }
    await contrat.close();
  });
});
