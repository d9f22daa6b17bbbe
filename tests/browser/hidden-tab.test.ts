/**
 * A contrat de travail window that keeps its three tabs in the page and shows one (the demo's Général
 * and Rémunération / horaires tabs put together, the second hidden): the rate under the SMIC sits in
 * the hidden tab. The pill counts its error; the summary lists it with the tab to open, so the
 * person does not see « 1 erreur » and no message.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearDossiers, demoUrl, launch, recognisedFrame, summaryOf, type Session } from '../support/browser';

const DEMO = resolve(import.meta.dirname, '../../demo/ogust');
const FILE = 'contrat-travail-onglets.html';

/** The Général page with in-page tabs, and the Rémunération / horaires fields (rate 10,50 €) hidden. */
function tabbedWindow(): string {
  const general = readFileSync(resolve(DEMO, 'contrat-travail-general.html'), 'utf8');
  const remuneration = readFileSync(resolve(DEMO, 'contrat-travail-remuneration.html'), 'utf8');
  // The Rémunération and Horaires blocks (not the recap, which repeats the Général tab's labels).
  const start = remuneration.indexOf('<div class="bloc">\n<h3>Rémunération</h3>');
  const end = remuneration.indexOf('<div class="boutons">');
  const blocks = remuneration.slice(start, end).replace('value="12,50"', 'value="10,50"');
  if (start < 0 || end < 0 || !blocks.includes('value="10,50"')) throw new Error('demo pages changed');
  const tabs =
    '<ul class="onglets" role="tablist"><li class="actif"><a href="#onglet-general">Général</a></li>' +
    '<li><a href="#onglet-remuneration">Rémunération / horaires</a></li>' +
    '<li><a href="#onglet-complement">Complément</a></li></ul>';
  return general
    .replace(/<ul class="onglets">[\s\S]*?<\/ul>/, tabs)
    .replace('<fieldset class="employeur">', '<div id="onglet-general">\n<fieldset class="employeur">')
    .replace(
      '<div class="boutons">',
      `</div>\n<div id="onglet-remuneration" style="display:none">\n${blocks}</div>\n` +
        '<div id="onglet-complement" style="display:none"><p>Rien à compléter.</p></div>\n<div class="boutons">',
    );
}

let session: Session;
let tab: Page;

beforeAll(async () => {
  session = await launch();
  const html = tabbedWindow();
  await session.context.route(`${demoUrl(FILE)}*`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  tab = await session.context.newPage();
});
afterAll(async () => {
  await session?.close();
});

describe('a window with its tabs in the page', () => {
  it('lists the SMIC error of the hidden Rémunération tab in the summary, with the tab to open', async () => {
    await clearDossiers(session.worker);
    await tab.goto(demoUrl(`${FILE}?id_contrat=501`));
    const frame = await recognisedFrame(tab);
    const rate = frame.locator('[data-oc-field="contrat.tauxHoraire"]');
    await expect.poll(() => rate.getAttribute('data-oc-rules')).toContain('contrat.tauxHoraire.minimum');
    expect(await rate.isVisible()).toBe(false);
    expect((await summaryOf(frame)).errors).toBeGreaterThanOrEqual(1);

    await frame.locator('[data-oc-summary] button[aria-expanded]').click();
    const listed = frame.locator('[data-oc-summary] li[data-rule="contrat.tauxHoraire.minimum"]');
    await expect.poll(() => listed.count()).toBe(1);
    expect(await listed.isVisible()).toBe(true);
    const text = (await listed.textContent()) ?? '';
    expect(text).toContain('Dans l’onglet « Rémunération / horaires » : ouvrez-le pour voir le champ.');
    // A field of the tab shown keeps its message next to it, not in the summary.
    expect(await frame.locator('[data-oc-summary] li[data-field="contrat.dateDebut"]').count()).toBe(0);
  });
});
