/**
 * A page left alone costs nothing: once read, judged and stored (with its findings for the panel),
 * an open Ogust page is not read again until something changes. Guards against loops between the
 * page, the dossier store and the change notices (a store write that only reorders keys, or only
 * adds the panel's findings, must not make open pages read again).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clearDossiers, demoUrl, launch, recognisedFrame, type Session } from '../support/browser';

let session: Session;
let tab: Page;

beforeAll(async () => {
  session = await launch();
  tab = await session.context.newPage();
  await clearDossiers(session.worker);
});
afterAll(async () => {
  await session?.close();
});

const scans = (page: Page) =>
  Promise.all(
    page.frames().map((f) => f.evaluate(() => performance.getEntriesByName('oc:scan').length).catch(() => 0)),
  ).then((counts) => counts.reduce((a, b) => a + b, 0));

describe('an open page left alone', () => {
  it.each([
    'client-definition-conforme.html',
    'client-planning-conforme.html',
    'contrat-travail-general.html?id_contrat=501',
    'intervenant-planning.html',
  ])('%s is not read again', async (file) => {
    await tab.goto(demoUrl(file));
    await recognisedFrame(tab);
    await tab.waitForTimeout(1500); // first read, the store's reply, the findings for the panel
    const before = await scans(tab);
    await tab.waitForTimeout(1500);
    expect(await scans(tab)).toBe(before);
  });
});
