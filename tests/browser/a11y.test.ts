/**
 * Accessibility (axe-core, WCAG 2.1 A and AA rules) of what the extension shows, in Chromium: the
 * overlay on a demo fiche (its shadow root: inline messages, the summary pill, the opened summary),
 * every view of the side panel (each tab), and every other page of the build (options…), as they
 * exist at run time. No serious or critical violation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUrl, EXTENSION_DIR, launch, recognisedFrame, type Session } from '../support/browser';
import { DEMO_ORIGIN } from '../support/demo-pages';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const OVERLAY_TAG = 'dossier-conforme-overlay';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Run axe in a page or frame, on the overlay host (through its shadow root) or the whole document. */
async function axe(target: Page | Frame, on: 'overlay' | 'document'): Promise<Violation[]> {
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE_SOURCE);
  const violations = await target.evaluate(
    async ({ on, tag, tags }) => {
      const w = window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[]; failureSummary?: string }[];
            }[];
          }>;
        };
      };
      const ctx = on === 'overlay' ? document.querySelector(tag) : document;
      const r = await w.axe.run(ctx, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      // Checks did reach inside the shadow root (a shadow node's target is a path of selectors).
      const passes = (r as unknown as { passes: { nodes: { target: unknown[] }[] }[] }).passes;
      const inShadow = passes.flatMap((p) => p.nodes).filter((n) => Array.isArray(n.target[0])).length;
      if (on === 'overlay' && inShadow === 0) throw new Error('axe n’a rien vérifié dans la racine d’ombre');
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
      }));
    },
    { on, tag: OVERLAY_TAG, tags: TAGS },
  );
  return violations;
}

const serious = (vs: Violation[]) => vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');

let session: Session;
let tab: Page;
let extensionOrigin: string;
const extensionPages = () =>
  readdirSync(EXTENSION_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();

beforeAll(async () => {
  session = await launch();
  extensionOrigin = `chrome-extension://${new URL(session.worker.url()).host}`;
  tab = await session.context.newPage();
});
afterAll(async () => {
  await session?.close();
});

describe('the overlay on a demo fiche', () => {
  it.each(['client-definition-erreurs.html', 'intervenant-definition-erreurs.html', 'client-planning.html'])(
    '%s: inline messages and the summary, closed then open',
    async (file) => {
      await tab.goto(demoUrl(file));
      const frame = await recognisedFrame(tab);
      await tab.waitForTimeout(300);
      expect(serious(await axe(frame, 'overlay'))).toEqual([]);
      const pill = frame.locator('[data-oc-summary] > button[aria-expanded]');
      await pill.click();
      await expect.poll(() => pill.getAttribute('aria-expanded')).toBe('true');
      expect(serious(await axe(frame, 'overlay'))).toEqual([]);
    },
  );
});

describe('the pages of the extension', () => {
  it.each(extensionPages())('%s, every tab', async (html) => {
    await tab.goto(demoUrl('client-definition-erreurs.html'));
    await recognisedFrame(tab);
    const tabId = await session.worker.evaluate(
      async (origin) => (await chrome.tabs.query({ url: `${origin}/*` }))[0]?.id,
      DEMO_ORIGIN,
    );
    const page = await session.context.newPage();
    try {
      await page.goto(`${extensionOrigin}/${html}?tabId=${tabId}`);
      await page.waitForTimeout(600);
      const found: Violation[] = [...serious(await axe(page, 'document'))];
      const tabs = page.getByRole('tab');
      for (let i = 0; i < (await tabs.count()); i++) {
        await tabs.nth(i).click();
        await page.waitForTimeout(300);
        found.push(
          ...serious(await axe(page, 'document')).map((v) => ({ ...v, help: `${v.help} (onglet ${i})` })),
        );
      }
      expect(found).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
