/**
 * No network, from any part of the extension: a full demo walk (every demo page, the side panel's
 * views for the demo tab, every other page of the build such as the options page, the tasks view)
 * with Chromium sending every request of every process — pages, frames, service worker, extension
 * pages, the browser itself — through a recording proxy (tests/support/proxy.ts). Only the demo
 * Ogust pages, served by `context.route`, are answered; the proxy must see nothing at all.
 * The same walk's console messages (pages, frames, service worker, extension pages) must carry no
 * NIR, IBAN or client name from the demo pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clearDossiers,
  demoUrl,
  EXTENSION_DIR,
  launch,
  recognisedFrame,
  type Session,
} from '../support/browser';
import { DEMO_DIR, DEMO_ORIGIN } from '../support/demo-pages';
import { startRecordingProxy, type ProxiedRequest, type RecordingProxy } from '../support/proxy';

let proxy: RecordingProxy;
let session: Session;
let tab: Page;
let extensionOrigin: string;
/** Every request Chromium reported (pages, frames, workers, extension pages), as URLs. */
const seen: string[] = [];
const consoleTexts: string[] = [];
const walked: string[] = [];

const demoFiles = readdirSync(DEMO_DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();
/** Pages of the build that exist at run time (side panel, options, anything added since). */
const extensionPages = () =>
  readdirSync(EXTENSION_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();

const DEMO_HOST = new URL(DEMO_ORIGIN).host;
/**
 * What the browser itself sends whatever the extension does (sign-in cookie check, component updater,
 * form autofill predictions): Chromium has no switch that silences all of it. Only these hosts are
 * tolerated at the proxy, and only because the extension's own contexts are checked separately
 * (`seen`, from the DevTools protocol) never to ask for them.
 */
const CHROMIUM_OWN =
  /^((accounts\.google\.com|update\.googleapis\.com|content-autofill\.googleapis\.com):443|http:\/\/update\.googleapis\.com\/service\/update2\/json\?.*)$/;
let extensionId = '';

const allowed = (url: string) =>
  url.startsWith(`${DEMO_ORIGIN}/`) ||
  url.startsWith(`${extensionOrigin}/`) ||
  /^(data|blob|about|chrome-extension):/.test(url);

/** Open every tab of a view (role="tab"), so each view renders at least once. */
async function visitTabs(page: Page): Promise<void> {
  const tabs = page.getByRole('tab');
  const n = await tabs.count();
  for (let i = 0; i < n; i++) {
    await tabs
      .nth(i)
      .click({ timeout: 2_000 })
      .catch(() => undefined);
    await page.waitForTimeout(250);
  }
}

beforeAll(async () => {
  proxy = await startRecordingProxy();
  session = await launch({ proxy: proxy.url });
  const { context, worker } = session;
  extensionId = new URL(worker.url()).host;
  extensionOrigin = `chrome-extension://${extensionId}`;
  context.on('request', (r) => seen.push(r.url()));
  context.on('console', (m) => consoleTexts.push(m.text()));
  context.on('weberror', (e) => consoleTexts.push(String(e.error())));
  worker.on('console', (m) => consoleTexts.push(m.text()));

  tab = await context.newPage();
  for (const file of demoFiles) {
    await tab.goto(demoUrl(file));
    const declared = /oc-page:\s*(?!none)\S/.test(readFileSync(join(DEMO_DIR, file), 'utf8'));
    if (declared) await recognisedFrame(tab).catch(() => undefined);
    await tab.waitForTimeout(declared ? 300 : 600);
    walked.push(file);
  }
  // Back on a fiche, so the panel has a dossier to show.
  await tab.goto(demoUrl('client-definition-erreurs.html'));
  await recognisedFrame(tab, 30_000);
  const tabId = await worker.evaluate(
    async (origin) => (await chrome.tabs.query({ url: `${origin}/*` }))[0]?.id,
    DEMO_ORIGIN,
  );
  const ext = await context.newPage();
  for (const html of extensionPages()) {
    await ext.goto(`${extensionOrigin}/${html}?tabId=${tabId}`);
    await ext.waitForTimeout(600);
    await visitTabs(ext);
    walked.push(html);
  }
  // « Lire les onglets non lus » from Mme DURAND's fiche alone: each client tab loaded in a hidden frame.
  await tab.goto('about:blank');
  await clearDossiers(worker);
  await tab.goto(demoUrl('client-definition-conforme.html'));
  await recognisedFrame(tab, 30_000);
  await ext.goto(`${extensionOrigin}/sidepanel.html?tabId=${tabId}`);
  await ext.locator('[data-oc-action="read-unseen"]').click({ timeout: 30_000 });
  await ext.locator('[data-oc-read-done]').waitFor({ state: 'attached', timeout: 120_000 });
  walked.push('read-unseen');
  await ext.close();
  await tab.waitForTimeout(500);
}, 400_000);

afterAll(async () => {
  await session?.close();
  await proxy?.close();
});

describe('a full demo walk', () => {
  it('covered every demo page and every page of the build', () => {
    expect(walked).toEqual(expect.arrayContaining([...demoFiles, 'sidepanel.html']));
    expect(walked.length).toBe(demoFiles.length + extensionPages().length + 1);
    expect(seen.some((u) => u.startsWith(DEMO_ORIGIN))).toBe(true);
  });

  it('sent nothing through the proxy but Chromium’s own services and tunnels to the routed demo host', () => {
    const own = proxy.requests.filter((r) => CHROMIUM_OWN.test(r.target));
    const demoTunnel = (r: ProxiedRequest) => r.method === 'CONNECT' && r.target === `${DEMO_HOST}:443`;
    expect(proxy.requests.filter((r) => !demoTunnel(r) && !CHROMIUM_OWN.test(r.target))).toEqual([]);
    // Chromium's own requests are not ours: no extension context asked for them (below), and no
    // update check ever names the extension (it has no update URL).
    expect(own.filter((r) => r.body.includes(extensionId))).toEqual([]);
  });

  it('asked for nothing but the demo Ogust pages and the extension’s own files', () => {
    expect(seen.filter((u) => !allowed(u))).toEqual([]);
  });

  it('wrote no NIR, IBAN or client name of the demo pages in any console', () => {
    const html = demoFiles.map((f) => readFileSync(join(DEMO_DIR, f), 'utf8')).join('\n');
    const compact = (s: string) => s.replace(/\s+/g, '');
    const nirs = [...new Set(html.match(/\b[12](?: ?\d){12,14}\b/g) ?? [])].map(compact);
    const ibans = [...new Set(html.match(/FR\d{2}(?: ?[0-9A-Z]){10,30}/g) ?? [])].map(compact);
    const names = ['DURAND', 'Jeanne'];
    expect(nirs.length).toBeGreaterThan(2);
    expect(ibans.length).toBeGreaterThan(2);
    const logged = consoleTexts.join('\n');
    for (const s of [...nirs, ...ibans]) expect(compact(logged), s).not.toContain(s);
    for (const n of names) expect(logged, n).not.toContain(n);
  });
});

describe('the recording proxy itself', () => {
  it('catches a request that does leave, from a page and from the service worker', async () => {
    await tab.goto(demoUrl('accueil.html'));
    await tab.evaluate(() => fetch('https://example.org/fuite').catch(() => undefined));
    await session.worker.evaluate(async () => {
      await fetch('https://example.net/fuite-sw').catch(() => undefined);
    });
    const targets = () => proxy.requests.map((r) => r.target);
    await expect.poll(targets).toContain('example.org:443');
    await expect.poll(targets).toContain('example.net:443');
    // …and the DevTools record sees the service worker's request too.
    await expect.poll(() => seen).toContain('https://example.net/fuite-sw');
  });
});
