/**
 * The built Firefox extension (MV3) in Firefox ESR, driven through WebDriver BiDi by puppeteer-core
 * (Playwright cannot drive a stock Firefox). Demo pages are served under their real Ogust URL by
 * request interception, as the Chromium tests do with `context.route`.
 *
 * What BiDi cannot do in Firefox: open an extension page (moz-extension:// navigation is refused)
 * or reach the background's storage. So each page is judged on a fresh install (uninstalling a
 * temporary add-on drops its storage) and today is Firefox's own date, not the pinned one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { DEMO_DIR, DEMO_ORIGIN } from './demo-pages';
import { variantHtml } from './list-variants';

export const FIREFOX_EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../..',
  process.env.OC_OUT_DIR ?? '.output',
  'firefox-mv3',
);

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];

export function findFirefox(): string {
  const found = [process.env.FIREFOX_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (!found)
    throw new Error(
      'Firefox introuvable : installez-le avec `sudo apt-get install -y firefox-esr` (ou indiquez son ' +
        'chemin dans FIREFOX_PATH). `bash .ci/run` l’installe.',
    );
  return found;
}

export function assertFirefoxBuilt(): void {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(
      `Extension Firefox non construite dans ${FIREFOX_EXTENSION_DIR} : lancez \`npx wxt build -b firefox --mv3\` (npm test le fait).`,
    );
}

export interface FirefoxSession {
  browser: Browser;
  page: Page;
  /** Install the extension afresh (empty storage): each page is then judged alone. */
  reinstall(): Promise<void>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  assertFirefoxBuilt();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: { 'datareporting.policy.dataSubmissionEnabled': false },
  });
  let id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (`${url.protocol}//${url.host}` !== DEMO_ORIGIN) {
      void req.respond({ status: 404, contentType: 'text/plain', body: 'hors démo' });
      return;
    }
    const file = join(DEMO_DIR, decodeURIComponent(url.pathname));
    const variant = /^\/variantes\/([^/]+)$/.exec(url.pathname);
    const body = variant
      ? variantHtml(variant[1]!)
      : file.startsWith(DEMO_DIR) && existsSync(file)
        ? readFileSync(file, 'utf8')
        : null;
    void req.respond(
      body === null
        ? { status: 404, contentType: 'text/plain', body: 'introuvable' }
        : { status: 200, contentType: 'text/html; charset=utf-8', body },
    );
  });
  return {
    browser,
    page,
    async reinstall() {
      await page.goto('about:blank');
      await browser.uninstallExtension(id);
      id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    },
    async close() {
      await browser.close();
    },
  };
}

export interface FirefoxSummary {
  page: string;
  errors: number;
  warnings: number;
  /** Rule ids shown (inline and in the summary) with their severity. */
  shown: { rule: string; severity: string }[];
  /** Text of the pill's « open the panel » area. */
  text: string;
}

/** Wait for the recognised page's summary in the top document or one of its frames. */
export async function firefoxSummary(page: Page, timeout = 15_000): Promise<FirefoxSummary> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const got = await frame
        .evaluate(() => {
          const root = document.querySelector('dossier-conforme-overlay')?.shadowRoot;
          const s = root?.querySelector<HTMLElement>('[data-oc-summary]');
          if (!root || !s) return null;
          const shown = [
            ...root.querySelectorAll<HTMLElement>('[data-oc-finding], [data-oc-summary] li[data-rule]'),
          ].map((e) => ({ rule: e.dataset.rule ?? '', severity: e.dataset.severity ?? '' }));
          return {
            page: s.dataset.page ?? '',
            errors: Number(s.dataset.errors),
            warnings: Number(s.dataset.warnings),
            shown,
            text: s.textContent ?? '',
          };
        })
        .catch(() => null);
      if (got) return got;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`aucune page reconnue dans ${page.url()}`);
}
