/**
 * Extra Ogust hosts in Chromium: with a host in the settings whose permission is granted, the
 * background registers the manifest's content script for it at run time, and a demo fiche served
 * under that host is read and judged; deleting the host unregisters it. Uses the test-only build,
 * where the demo Unaide Connect domain is granted at install (no permission prompt in a test).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launch,
  recognisedFrame,
  setStorage,
  summaryOf,
  TEST_HOSTS_EXTENSION_DIR,
  type Session,
} from '../support/browser';
import { DEMO_DIR, DEMO_USER } from '../support/demo-pages';

/** A host the test-only build may read (`https://*.unaide-connect.fr/*`), as an agency's own Ogust. */
const HOST = 'ogust.unaide-connect.fr';
const FICHE = 'client-definition-conforme.html';
let session: Session;

async function registered(): Promise<
  { id: string; matches?: string[]; js?: string[]; allFrames?: boolean }[]
> {
  return session.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
}

async function until<T>(get: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`délai dépassé : ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  if (!existsSync(join(TEST_HOSTS_EXTENSION_DIR, 'manifest.json')))
    throw new Error(
      `Build de test absent (${TEST_HOSTS_EXTENSION_DIR}) : lancez \`OC_TEST_HOSTS=1 OC_OUT_DIR=.output-testhosts npx wxt build\` (npm test le fait).`,
    );
  session = await launch({ extensionDir: TEST_HOSTS_EXTENSION_DIR });
  await session.context.route(`https://${HOST}/**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(join(DEMO_DIR, FICHE)),
    }),
  );
});

afterAll(async () => {
  await session?.close();
});

describe('extra Ogust hosts', () => {
  it('no extra host: nothing registered, the page on that host is not read', async () => {
    expect((await registered()).filter((s) => s.id.startsWith('oc-extra'))).toEqual([]);
    const tab = await session.context.newPage();
    await tab.goto(`https://${HOST}/${FICHE}`);
    await tab.waitForTimeout(1500);
    expect(await tab.locator('[data-oc-summary]').count()).toBe(0);
    await tab.close();
  });

  it('a granted extra host: the content script is registered (all frames) and the fiche judged', async () => {
    await setStorage(session.worker, { 'oc.settings': { userName: DEMO_USER, extraHosts: [HOST] } });
    const scripts = await until(
      registered,
      (s) => s.some((x) => x.id === 'oc-extra-hosts'),
      'enregistrement',
    );
    const ours = scripts.find((x) => x.id === 'oc-extra-hosts')!;
    const manifest = JSON.parse(readFileSync(join(TEST_HOSTS_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(ours.matches).toEqual([`https://${HOST}/*`]);
    expect(ours.js).toEqual(manifest.content_scripts[0].js);
    expect(ours.allFrames).toBe(true);
    const tab = await session.context.newPage();
    await tab.goto(`https://${HOST}/${FICHE}`);
    const frame = await recognisedFrame(tab);
    expect((await summaryOf(frame)).page).toBe('client.definition');
    await tab.close();
  });

  it('deleting the host unregisters the script', async () => {
    await setStorage(session.worker, { 'oc.settings': { userName: DEMO_USER, extraHosts: [] } });
    await until(registered, (s) => !s.some((x) => x.id === 'oc-extra-hosts'), 'désenregistrement');
    const tab = await session.context.newPage();
    await tab.goto(`https://${HOST}/${FICHE}`);
    await tab.waitForTimeout(1500);
    expect(await tab.locator('[data-oc-summary]').count()).toBe(0);
  });
});
