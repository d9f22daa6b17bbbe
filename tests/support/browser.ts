/**
 * Real-browser support: Debian's Chromium driven by playwright-core, with the built extension loaded
 * unpacked and the demo pages served under a real Ogust URL through `context.route`.
 * A missing Chromium is a failure with an install hint, never a skip.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { DEMO_DIR, DEMO_ORIGIN, DEMO_TODAY, DEMO_USER } from './demo-pages';

export const EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../..',
  process.env.OC_OUT_DIR ?? '.output',
  'chrome-mv3',
);

/**
 * The test-only build (`OC_TEST_HOSTS=1`, its own out dir `OC_TEST_HOSTS_OUT_DIR`, default
 * `.output-testhosts`): the demo Unaide Connect host is granted at install, so the autofill can be
 * tested without Chrome's permission prompt. Never the default build.
 */
export const TEST_HOSTS_EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../..',
  process.env.OC_TEST_HOSTS_OUT_DIR ?? '.output-testhosts',
  'chrome-mv3',
);

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium introuvable (cherché : /usr/bin/chromium, /usr/bin/chromium-browser, $CHROMIUM_PATH). ' +
        'Installez-le : `sudo apt-get install -y chromium` (Debian/Ubuntu), ou indiquez son chemin dans ' +
        'CHROMIUM_PATH. Les tests navigateur ne sont jamais ignorés.',
    );
  }
  return found;
}

export function assertExtensionBuilt(dir: string = EXTENSION_DIR): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      'Extension non construite : lancez `npx wxt build` (npm test le fait) avant les tests navigateur.',
    );
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serve the demo pages under their Ogust URL (404 for anything else under that origin). */
export async function serveDemoPages(context: BrowserContext): Promise<void> {
  await context.route(`${DEMO_ORIGIN}/**`, async (route) => {
    const path =
      decodeURIComponent(new URL(route.request().url()).pathname).replace(/^\/+/, '') || 'index.html';
    const file = resolve(DEMO_DIR, path);
    if (!file.startsWith(DEMO_DIR) || !existsSync(file))
      return route.fulfill({ status: 404, body: 'introuvable' });
    return route.fulfill({
      status: 200,
      contentType: TYPES[extname(file)] ?? 'application/octet-stream',
      body: readFileSync(file),
    });
  });
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  userDataDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Reuse a profile (browser restart tests). */
  userDataDir?: string;
  /** Load another build of the extension (e.g. the test-only build, TEST_HOSTS_EXTENSION_DIR). */
  extensionDir?: string;
  /**
   * Send every request of every process through this proxy (`http://127.0.0.1:PORT`, see
   * tests/support/proxy.ts), loopback included. Pages served by `context.route` never reach it.
   */
  proxy?: string;
  /** More Chromium switches (e.g. `--enable-unsafe-extension-debugging` for CDP `Extensions.*`). */
  extraArgs?: string[];
}

/** The Chromium switches of every run, with or without an extension. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Launch Chromium with the extension, serve the demo pages, pin today and the user's name. */
export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const executablePath = findChromium();
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  assertExtensionBuilt(extensionDir);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'oc-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: { width: 1400, height: 1000 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_ARGS,
      // `<-loopback>`: loopback addresses go through the proxy too (Chromium bypasses them by default).
      ...(options.proxy ? [`--proxy-server=${options.proxy}`, '--proxy-bypass-list=<-loopback>'] : []),
      ...(options.extraArgs ?? []),
    ],
  });
  await serveDemoPages(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await setStorage(worker, { 'oc.debug.today': DEMO_TODAY, 'oc.settings': { userName: DEMO_USER } });
  return {
    context,
    worker,
    userDataDir,
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function setStorage(worker: Worker, values: Record<string, unknown>): Promise<void> {
  await worker.evaluate((v) => chrome.storage.local.set(v), values);
}

/** Forget every dossier read so far (each demo page is then judged alone). */
export async function clearDossiers(worker: Worker): Promise<void> {
  // Every key of the dossier store: the index, one per entity, and a store of the older one-key layout.
  await worker.evaluate(async () =>
    chrome.storage.local.remove(
      Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('oc.dossier')),
    ),
  );
}

/** Open a demo page on an empty dossier store: leave the current page first, so none of its reads lands after the clear. */
export async function visitAlone(tab: Page, worker: Worker, file: string): Promise<void> {
  await tab.goto('about:blank');
  await tab.waitForTimeout(150);
  await clearDossiers(worker);
  await tab.goto(demoUrl(file));
}

/**
 * Read a dossier tab after tab on an empty dossier store (`pause` ms after each page is recognised,
 * for its read to land), then end on the client's fiche: the panel follows the client.
 */
export async function walkDossier(
  tab: Page,
  worker: Worker,
  files: readonly string[],
  pause: number,
): Promise<void> {
  await clearDossiers(worker);
  for (const file of files) {
    await tab.goto(demoUrl(file));
    await recognisedFrame(tab);
    await tab.waitForTimeout(pause);
  }
  await tab.goto(demoUrl('client-definition-conforme.html'));
  await recognisedFrame(tab);
  await tab.waitForTimeout(300);
}

export function demoUrl(file: string): string {
  return `${DEMO_ORIGIN}/${file}`;
}

/** The frame that holds the recognised page (the page itself, or a child frame). */
export async function recognisedFrame(page: Page, timeout = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (
        await frame
          .locator('[data-oc-summary]')
          .count()
          .catch(() => 0)
      )
        return frame;
    }
    await page.waitForTimeout(50);
  }
  throw new Error(`aucune page reconnue dans ${page.url()}`);
}

export interface SummaryInfo {
  page: string | null;
  errors: number;
  warnings: number;
}

export async function summaryOf(frame: Frame): Promise<SummaryInfo> {
  const s = frame.locator('[data-oc-summary]');
  return {
    page: await s.getAttribute('data-page'),
    errors: Number(await s.getAttribute('data-errors')),
    warnings: Number(await s.getAttribute('data-warnings')),
  };
}

export interface ShownFinding {
  rule: string;
  field: string;
  severity: string;
  /** Index of the finding on the page: one finding may be shown in several places. */
  id: string;
  where: 'inline' | 'summary';
}

/** Every finding the overlay shows in a frame: inline messages and summary entries. */
export async function shownFindings(frame: Frame): Promise<ShownFinding[]> {
  const collect = (selector: string) =>
    frame.locator(selector).evaluateAll((els) =>
      els.map((e) => ({
        rule: e.getAttribute('data-rule')!,
        field: e.getAttribute('data-field')!,
        severity: e.getAttribute('data-severity')!,
        id: e.getAttribute('data-finding-id')!,
      })),
    );
  const inline = await collect('[data-oc-finding]');
  const summary = await collect('[data-oc-summary] li[data-rule]');
  return [
    ...inline.map((f) => ({ ...f, where: 'inline' as const })),
    ...summary.map((f) => ({ ...f, where: 'summary' as const })),
  ];
}
