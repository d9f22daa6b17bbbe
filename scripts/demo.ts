/**
 * `npm run demo`: the extension working on its own demo Ogust pages.
 * Opens Chromium with the built extension, visits every demo page under a real Ogust URL, saves a
 * screenshot of each in demo-output/, prints the findings per page and checks them against the
 * page's own comment. Then it walks Mme DURAND's whole dossier in one tab, as a person would, and
 * captures the side panel's four views, « Dossiers en cours », the conformity report, the inspector
 * and the options page: the README's images (docs/images/) come from here, so they stay current. With a display, the browser stays open on the
 * demo index until you close it; without one (or with DEMO_HEADLESS=1) it runs headless.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  demoUrl,
  launch,
  recognisedFrame,
  shownFindings,
  summaryOf,
  visitAlone,
  walkDossier,
  type Session,
} from '../tests/support/browser';
import { DEMO_TODAY, DEMO_USER, demoPages, DURAND_WALK, loadDemoPage } from '../tests/support/demo-pages';
import { captureDossiers } from './capture-dossiers';

const OUT = resolve(import.meta.dirname, '../demo-output');
const IMAGES = resolve(import.meta.dirname, '../docs/images');

/** Overlay captures shown in the README (demo page → image name). */
const README_SHOTS: Record<string, string> = {
  'client-definition-erreurs.html': 'overlay-fiche-client.png',
  'intervenant-definition-erreurs.html': 'overlay-fiche-intervenant.png',
  'intervenant-planning.html': 'overlay-planning-intervenant.png',
};

/** Walk the dossier, then capture each panel view, the inspector and the options page. */
async function captureProduct(session: Session, tab: Page): Promise<void> {
  await walkDossier(tab, session.worker, DURAND_WALK, 300);
  const tabId = await session.worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url?.includes('client-definition-conforme.html'))!.id!;
  });
  const extensionId = new URL(session.worker.url()).host;
  const panel = await session.context.newPage();
  await panel.setViewportSize({ width: 420, height: 1000 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.locator('[data-oc-item="ficheClient.nir"]').waitFor({ state: 'attached' });
  const views: [string, string][] = [
    ['Dossier', 'panneau-dossier.png'],
    ['Appel', 'panneau-appel.png'],
    ['Rendez-vous', 'panneau-rendez-vous.png'],
    ['Tâches', 'panneau-taches.png'],
  ];
  for (const [view, image] of views) {
    await panel.getByRole('tab', { name: view, exact: true }).click();
    await panel.waitForTimeout(300);
    await panel.screenshot({ path: resolve(IMAGES, image) });
    console.log(`    panneau « ${view} » : docs/images/${image}`);
  }
  // Back on Dossier, so the next opening starts there as a newcomer's would.
  await panel.getByRole('tab', { name: 'Dossier', exact: true }).click();
  await panel.close();
  // « Dossiers en cours » (with Mme MARTIN's fiche read too) and Mme DURAND's conformity report.
  await captureDossiers(session, tab, IMAGES, OUT, 'code:CLI00042');

  // The inspector on the fiche whose NIR label (« N° INSEE ») matches no alias.
  await tab.goto(demoUrl('client-definition-insee.html'));
  const frame = await recognisedFrame(tab);
  await frame.locator('[data-oc-summary] button[aria-expanded]').click();
  await frame.locator('[data-oc-open-inspector]').click();
  await frame.locator('[data-oc-inspector]').waitFor();
  await tab.waitForTimeout(300);
  await tab.screenshot({ path: resolve(IMAGES, 'inspecteur.png') });
  console.log('    inspecteur : docs/images/inspecteur.png');

  const options = await session.context.newPage();
  await options.setViewportSize({ width: 1100, height: 1000 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.waitForTimeout(500);
  await options.screenshot({ path: resolve(IMAGES, 'reglages.png') });
  console.log('    réglages : docs/images/reglages.png');
  await options.close();
}
const headless = !process.env.DISPLAY || process.env.DEMO_HEADLESS === '1';

async function main() {
  mkdirSync(OUT, { recursive: true });
  const session = await launch({ headless });
  const tab = await session.context.newPage();
  let mismatches = 0;
  const report: string[] = [];
  console.log(`Dossier conforme — démo (aujourd'hui = ${DEMO_TODAY}, utilisateur = ${DEMO_USER})\n`);

  for (const demo of demoPages()) {
    // Each page alone (its comment's expectations); the dossier walk is a browser test.
    await visitAlone(tab, session.worker, demo.file);
    const shot = resolve(OUT, demo.file.replace(/\.html$/, '.png'));
    if (!demo.page) {
      await tab.waitForTimeout(500);
      const marked = await tab.locator('[data-oc-field]').count();
      await tab.screenshot({ path: shot });
      const ok = marked === 0 && (await tab.locator('[data-oc-summary]').count()) === 0;
      if (!ok) mismatches++;
      console.log(
        `${ok ? '✔' : '✘'} ${demo.file} — ${demo.description}\n    page non reconnue, aucun marquage\n`,
      );
      continue;
    }
    const frame = await recognisedFrame(tab);
    await tab.waitForTimeout(300);
    // Open the summary so the screenshot shows it.
    await frame.locator('[data-oc-summary] button[aria-expanded]').click();
    await tab.screenshot({ path: shot, fullPage: true });
    const summary = await summaryOf(frame);
    const shown = await shownFindings(frame);
    const serious = [...new Set(shown.filter((f) => f.severity !== 'info').map((f) => f.rule))].sort();
    const expected = [...demo.expect].sort();
    const missing = expected.filter((r) => !serious.includes(r));
    const extra = serious.filter((r) => !expected.includes(r));
    const ok = summary.page === demo.page && !missing.length && !extra.length;
    if (!ok) mismatches++;
    console.log(`${ok ? '✔' : '✘'} ${demo.file} — ${demo.description}`);
    console.log(`    page ${summary.page} · ${summary.errors} erreur(s) · ${summary.warnings} à vérifier`);
    const seen = new Set<string>();
    for (const f of shown) {
      const k = `${f.rule}|${f.field}`;
      if (seen.has(k) || (f.severity === 'info' && f.rule.endsWith('.absent'))) continue;
      seen.add(k);
      console.log(`    ${f.severity.padEnd(7)} ${f.rule}  (${f.where === 'inline' ? f.field : 'résumé'})`);
    }
    if (missing.length) console.log(`    ✘ attendus mais absents : ${missing.join(' ')}`);
    if (extra.length) console.log(`    ✘ non attendus : ${extra.join(' ')}`);
    console.log(`    capture : ${shot}\n`);
    const readme = README_SHOTS[demo.file];
    if (readme) copyFileSync(shot, resolve(IMAGES, readme));
    report.push(`${demo.file}\t${summary.errors}\t${summary.warnings}\t${serious.join(' ')}`);
  }
  writeFileSync(resolve(OUT, 'findings.tsv'), `page\terreurs\tà vérifier\tconstats\n${report.join('\n')}\n`);
  console.log(
    mismatches
      ? `✘ ${mismatches} page(s) ne correspondent pas à leur commentaire`
      : '✔ Toutes les pages de démo produisent les constats annoncés.',
  );
  console.log('\nDossier de Mme DURAND, onglet après onglet, puis le panneau latéral :');
  mkdirSync(IMAGES, { recursive: true });
  await captureProduct(session, tab);

  if (!headless) {
    console.log('\nLe navigateur reste ouvert sur les pages de démo : fermez-le pour terminer.');
    await tab.goto(demoUrl(loadDemoPage('index.html').file));
    await new Promise<void>((r) => session.context.on('close', () => r()));
  } else await session.close();
  process.exitCode = mismatches ? 1 : 0;
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
