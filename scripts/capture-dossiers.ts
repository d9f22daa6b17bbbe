/**
 * README images of « Dossiers en cours » and of the conformity report (called by scripts/demo.ts once
 * Mme DURAND's dossier is read): Mme MARTIN's fiche (with errors) is read too, so the list has two
 * rows; the report is captured on screen and printed to a PDF in demo-output/.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { demoUrl, recognisedFrame, type Session } from '../tests/support/browser';

export async function captureDossiers(
  session: Session,
  tab: Page,
  images: string,
  out: string,
  dossierKey: string,
): Promise<void> {
  const base = `chrome-extension://${new URL(session.worker.url()).host}`;
  await tab.goto(demoUrl('client-definition-erreurs.html'));
  await recognisedFrame(tab);
  await tab.waitForTimeout(300);
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 640 });
  await page.goto(`${base}/dossiers.html`);
  await page.locator('[data-oc-dossier]').nth(1).waitFor({ state: 'attached' });
  await page.screenshot({ path: resolve(images, 'dossiers-en-cours.png') });
  console.log('    dossiers en cours : docs/images/dossiers-en-cours.png');

  await page.goto(`${base}/rapport.html?dossier=${encodeURIComponent(dossierKey)}`);
  await page.locator('[data-oc-report]').waitFor();
  await page.setViewportSize({ width: 860, height: 1000 });
  await page.screenshot({ path: resolve(images, 'rapport-conformite.png') });
  await page.pdf({ path: resolve(out, 'rapport-conformite.pdf'), preferCSSPageSize: true });
  console.log('    rapport : docs/images/rapport-conformite.png, demo-output/rapport-conformite.pdf');
  await page.close();
}
