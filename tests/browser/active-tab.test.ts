/**
 * The active tab and a section title by their look, in Chromium: bold from the page's stylesheet
 * (computed font weight), not only from `<b>` markup (which the jsdom tests cover).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoUrl, launch, recognisedFrame, shownFindings, summaryOf, type Session } from '../support/browser';
import { loadDemoPage } from '../support/demo-pages';

let session: Session;
let tab: Page;

beforeAll(async () => {
  session = await launch();
  tab = await session.context.newPage();
});
afterAll(async () => {
  await session?.close();
});

let variant = 0;
/** Open a demo page with its HTML rewritten, at an address of its own (the page route answers first). */
async function openRewritten(file: string, rewrite: (html: string) => string): Promise<void> {
  const html = rewrite(loadDemoPage(file).html);
  const url = `${demoUrl(file)}?variante=${++variant}`;
  await tab.goto('about:blank');
  await tab.route(
    (u) => u.href === url,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await tab.goto(url);
}

/** The bold-only tab strip with its active tab a plain span, bold only if `css` makes it so. */
const spanTab = (css: string) => (html: string) =>
  html
    .replace('| <b>Documents</b> |', '| <span class="courant">Documents</span> |')
    .replace('</style>', `${css}\n</style>`);

describe('active tab shown only in bold by the stylesheet', () => {
  it('is the active tab: the Documents list is analysed', async () => {
    await openRewritten(
      'client-documents-onglets-gras.html',
      spanTab('.onglets .courant { font-weight: 700; }'),
    );
    const frame = await recognisedFrame(tab);
    expect((await summaryOf(frame)).page).toBe('client.documents');
    expect((await shownFindings(frame)).map((f) => f.rule)).toContain('documents.devis.missing');
    // Still the rewritten page: the tab is a span made bold by the stylesheet alone.
    expect(await tab.locator('.onglets .courant').evaluate((e) => getComputedStyle(e).fontWeight)).toBe(
      '700',
    );
    expect(await tab.locator('.onglets b').count()).toBe(0);
  });

  it('is not the active tab when the stylesheet leaves it at a normal weight', async () => {
    await openRewritten(
      'client-documents-onglets-gras.html',
      spanTab('.onglets .courant { font-weight: 400; }'),
    );
    await expect.poll(() => tab.locator('.onglets .courant').count()).toBe(1);
    await tab.waitForTimeout(1500);
    expect(await tab.locator('[data-oc-summary]').count()).toBe(0);
  });
});

describe('section title shown bold by the stylesheet', () => {
  it('scopes the Interlocuteur’s repeated labels under a spanning row without a title class', async () => {
    // The title rows lose their class; the Interlocuteur's row is bold only through the stylesheet.
    await openRewritten('client-definition-titres.html', (html) =>
      html
        .replaceAll('class="titre"', 'class="bloc"')
        .replace('class="sous-titre"', 'class="bandeau-contact"')
        .replace('</style>', 'table.fiche td.bandeau-contact { font-weight: 600; }\n</style>'),
    );
    const frame = await recognisedFrame(tab);
    expect((await summaryOf(frame)).page).toBe('client.definition');
    await expect
      .poll(() => frame.locator('[data-oc-field="client.interlocuteur.nom"]').textContent())
      .toBe('FAURE Sylvie');
    expect(await frame.locator('[data-oc-field="client.nom"]').textContent()).toBe('FAURE');
    expect(await tab.locator('td.titre, td.sous-titre').count()).toBe(0);
    const rules = (await shownFindings(frame)).filter((f) => f.severity !== 'info').map((f) => f.rule);
    expect([...new Set(rules)].sort()).toEqual(['client.email.missing', 'client.interlocuteur.missing']);
  });
});
