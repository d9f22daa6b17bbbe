/**
 * A hostile Ogust page (demo/ogust/client-definition-hostile.html): values and option texts carry
 * HTML/script payloads, 10,000-character values, RTL and zero-width characters, emoji and lone
 * surrogates. With the built extension in Chromium: nothing executes (the payloads' window flag stays
 * unset, no dialog opens), nothing is inserted in the page but our overlay host, our stylesheet and
 * `data-oc-*` attributes, no value of the page is changed, the findings are the page's own
 * `oc-expect`, the overlay stays usable, and neither the page nor the extension reports an error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, recognisedFrame, shownFindings, visitAlone, type Session } from '../support/browser';
import { DEMO_DIR, loadDemoPage } from '../support/demo-pages';

const FILE = 'client-definition-hostile.html';
const demo = loadDemoPage(FILE);
const OVERLAY_TAG = 'dossier-conforme-overlay';
const STYLE_ID = 'dossier-conforme-style';

let session: Session;
let tab: Page;
let frame: Frame;
const dialogs: string[] = [];
const pageErrors: string[] = [];
const consoleErrors: string[] = [];

const pwned = () => frame.evaluate(() => (window as unknown as { __ocPwned?: unknown }).__ocPwned);

beforeAll(async () => {
  session = await launch();
  tab = await session.context.newPage();
  tab.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  tab.on('pageerror', (e) => pageErrors.push(e.message));
  tab.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text());
  });
  await visitAlone(tab, session.worker, FILE);
  frame = await recognisedFrame(tab);
});
afterAll(async () => {
  await session?.close();
});

describe('a hostile Ogust page', () => {
  it('gets exactly its expected findings', async () => {
    const serious = async () =>
      [
        ...new Set((await shownFindings(frame)).filter((f) => f.severity !== 'info').map((f) => f.rule)),
      ].sort();
    await expect.poll(serious).toEqual([...demo.expect].sort());
  });

  it('shows payloads as text: the message quotes the value, no element is made from it', async () => {
    const msg = frame.locator('[data-oc-finding][data-rule="client.gerePar.notMe"]');
    await expect.poll(() => msg.textContent()).toContain('<img src=x onerror="window.__ocPwned=1">');
    const host = frame.locator(OVERLAY_TAG);
    expect(await host.count()).toBe(1);
    // Inside our shadow root: no element a payload could have produced.
    const dangerous = await host.evaluate((h) =>
      [...h.shadowRoot!.querySelectorAll('*')]
        .filter(
          (e) =>
            ['IMG', 'SCRIPT', 'SVG', 'IFRAME', 'OBJECT', 'EMBED'].includes(e.tagName.toUpperCase()) ||
            [...e.attributes].some((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)),
        )
        .map((e) => e.outerHTML.slice(0, 120)),
    );
    expect(dangerous).toEqual([]);
  });

  it('runs nothing: the payloads’ flag stays unset and no dialog opens, even after edits', async () => {
    expect(await pwned()).toBeUndefined();
    // Type more payloads: each edit re-reads and re-judges the page.
    const email = frame.locator('[data-oc-field="client.email"]');
    await email.fill('"><img src=x onerror="window.__ocPwned=2">');
    await frame
      .locator('[data-oc-field="client.nom"]')
      .fill('<svg onload="alert(1)"></svg><script>window.__ocPwned=3</script>');
    await expect.poll(() => email.getAttribute('data-oc-status')).toBe('error');
    await tab.waitForTimeout(500);
    expect(await pwned()).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('inserts nothing in the page but its host, its stylesheet and data-oc-* attributes, and changes no value', async () => {
    const html = readFileSync(join(DEMO_DIR, FILE), 'utf8');
    const diff = await frame.evaluate(
      ({ html, OVERLAY_TAG, STYLE_ID }) => {
        const sig = (root: Element, live: boolean) =>
          [...root.querySelectorAll('*')]
            .filter((e) => !(live && (e.closest(OVERLAY_TAG) || e.id === STYLE_ID)))
            .map((e) => {
              const attrs = [...e.attributes]
                .filter((a) => !a.name.startsWith('data-oc-'))
                .map((a) => `${a.name}=${a.value}`)
                .sort()
                .join(' ');
              const own = [...e.childNodes]
                .filter((n) => n.nodeType === 3)
                .map((n) => n.textContent)
                .join('');
              return `${e.tagName} [${attrs}] ${e.tagName === 'OPTION' ? '' : own.trim().slice(0, 80)}`;
            });
        const parsed = new DOMParser().parseFromString(html, 'text/html');
        const a = sig(document.documentElement, true);
        const b = sig(parsed.documentElement, false);
        const out: string[] = [];
        for (let i = 0; i < Math.max(a.length, b.length); i++)
          if (a[i] !== b[i]) out.push(`${i}: page=${a[i]?.slice(0, 100)} | source=${b[i]?.slice(0, 100)}`);
        // Only the page's own script changed the « Ville » value; every other value is the source's.
        const values = [...document.querySelectorAll('input')]
          .filter((i) => i.name !== 'ville')
          .filter((i) => i.value !== i.defaultValue)
          .map((i) => i.name);
        const ville = (document.querySelector('[name=ville]') as HTMLInputElement).value;
        const outside = [...document.querySelectorAll(`body ${OVERLAY_TAG}, html > ${OVERLAY_TAG}`)].length;
        return { diff: out.slice(0, 10), values, ville, outside };
      },
      { html, OVERLAY_TAG, STYLE_ID },
    );
    expect(diff.diff).toEqual([]);
    // The two fields typed into above are the only values that changed.
    expect(diff.values.sort()).toEqual(['email', 'nom']);
    expect(diff.ville).toBe('Lille \uD800 \uDFFF\uDBFF fin');
    expect(diff.outside).toBe(1);
  });

  it('keeps the overlay usable: the summary opens, lists the findings, moves, closes', async () => {
    const pill = frame.locator('[data-oc-summary] > button[aria-expanded]');
    await pill.click();
    await expect.poll(() => pill.getAttribute('aria-expanded')).toBe('true');
    const list = frame.locator('[data-oc-summary] [id]').first();
    expect(await list.isVisible()).toBe(true);
    expect(await frame.locator('[data-oc-summary] li[data-rule]').count()).toBeGreaterThan(0);
    const move = frame.locator('[data-oc-summary] button', { hasText: /Déplacer à/ });
    const before = await move.textContent();
    await move.click();
    await expect.poll(() => move.textContent()).not.toBe(before);
    await pill.click();
    await expect.poll(() => pill.getAttribute('aria-expanded')).toBe('false');
  });

  it('reports no error, in the page or from the extension', () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors.filter((t) => /Dossier conforme|chrome-extension:/.test(t))).toEqual([]);
  });
});
