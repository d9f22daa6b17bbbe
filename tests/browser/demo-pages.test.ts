/**
 * The built extension in Chromium on every demo page served under a real Ogust URL: the observable
 * contract (README of the spec) is checked as a person would see it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  visitAlone,
  demoUrl,
  launch,
  recognisedFrame,
  shownFindings,
  summaryOf,
  type Session,
} from '../support/browser';
import { demoPages } from '../support/demo-pages';
import { PAGE_LIST } from '../../lib/model/fields';
import type { PageKey } from '../../lib/model/types';

/** Fields a page must bind at least (fiches show them all; list pages may show none). */
const MIN_BOUND: Partial<Record<string, number>> = {
  'client.definition': 14,
  'intervenant.definition': 14,
  'intervenant.contrat': 8,
};
const LIST_KEYS = ['prestation', 'mandat', 'document', 'contratTravail'];

let session: Session;
let tab: Page;

beforeAll(async () => {
  session = await launch();
  tab = await session.context.newPage();
});
afterAll(async () => {
  await session?.close();
});

const recognised = demoPages().filter((d) => d.page);

describe.each(recognised)('$file', (demo) => {
  it('shows exactly the expected findings, on the right fields, with matching counts', async () => {
    await visitAlone(tab, session.worker, demo.file);
    const frame = await recognisedFrame(tab);
    const summary = await summaryOf(frame);
    expect(summary.page).toBe(demo.page);

    const shown = await shownFindings(frame);
    const serious = shown.filter((f) => f.severity !== 'info');
    expect([...new Set(serious.map((f) => f.rule))].sort()).toEqual([...demo.expect].sort());
    const infos = new Set(shown.filter((f) => f.severity === 'info').map((f) => f.rule));
    for (const id of demo.expectInfo) expect(infos, id).toContain(id);

    const findingsOf = (sev: string) =>
      new Set(serious.filter((f) => f.severity === sev).map((f) => f.id)).size;
    expect(summary.errors).toBe(findingsOf('error'));
    expect(summary.warnings).toBe(findingsOf('warning'));

    // Each inline message sits next to the element marked with its rule: a field, or list rows.
    for (const f of shown.filter((s) => s.where === 'inline')) {
      if (LIST_KEYS.includes(f.field)) {
        const rows = frame.locator(`[data-oc-row="${f.field}"][data-oc-rules~="${f.rule}"]`);
        expect(await rows.count(), `${f.rule} on ${f.field} rows`).toBeGreaterThan(0);
        continue;
      }
      const el = frame.locator(`[data-oc-field="${f.field}"]`);
      expect(await el.count(), f.field).toBe(1);
      expect((await el.getAttribute('data-oc-rules'))?.split(' '), f.rule).toContain(f.rule);
    }
  });

  it('binds each field to exactly one element, never its label or its row', async () => {
    await tab.goto(demoUrl(demo.file));
    const frame = await recognisedFrame(tab);
    const bound = await frame.locator('[data-oc-field]').evaluateAll((els) =>
      els.map((e) => ({
        key: e.getAttribute('data-oc-field')!,
        tag: e.tagName,
        text: e.textContent ?? '',
        hasLabelInside: !!e.querySelector('label, th, dt'),
        status: e.getAttribute('data-oc-status'),
      })),
    );
    const keys = bound.map((b) => b.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThanOrEqual(MIN_BOUND[demo.page!] ?? 0);
    const list = PAGE_LIST[demo.page as PageKey];
    if (list) {
      // Each row read is marked with its list key.
      const rows = await frame
        .locator('[data-oc-row]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-oc-row')));
      if (!demo.file.includes('contrat-mandat')) expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows)).toEqual(rows.length ? new Set([list]) : new Set());
    }
    for (const b of bound) {
      expect(['TR', 'LABEL', 'TH', 'DT', 'TABLE', 'FORM', 'FIELDSET'], b.key).not.toContain(b.tag);
      expect(b.hasLabelInside, b.key).toBe(false);
    }
    if (demo.expect.length === 0) {
      expect(bound.filter((b) => b.status === 'error' || b.status === 'warning')).toEqual([]);
    }
  });
});

describe('page that is not a fiche', () => {
  it('gets no overlay and no marker', async () => {
    await tab.goto(demoUrl('accueil.html'));
    await tab.waitForTimeout(800);
    expect(await tab.locator('[data-oc-summary]').count()).toBe(0);
    expect(await tab.locator('[data-oc-field]').count()).toBe(0);
    expect(await tab.locator('dossier-conforme-overlay').count()).toBe(0);
  });
});

describe('fiche inside a frame', () => {
  it('is read in its frame, with its own overlay; the outer page has none', async () => {
    await tab.goto(demoUrl('cadre-client.html'));
    const frame = await recognisedFrame(tab);
    expect(frame).not.toBe(tab.mainFrame());
    expect((await summaryOf(frame)).page).toBe('client.definition');
    expect(await tab.mainFrame().locator('[data-oc-summary]').count()).toBe(0);
    expect(await tab.mainFrame().locator('[data-oc-field]').count()).toBe(0);
  });
});

describe('correcting a field in the page', () => {
  it('clears its finding without a reload', async () => {
    await tab.goto(demoUrl('client-definition-erreurs.html'));
    const frame = await recognisedFrame(tab);
    const email = frame.locator('[data-oc-field="client.email"]');
    await expect.poll(() => email.getAttribute('data-oc-rules')).toContain('client.email.suspect');
    const before = await summaryOf(frame);

    await email.fill('jeanne.martin@gmail.com');
    await expect.poll(() => email.getAttribute('data-oc-status')).toBeNull();
    await expect.poll(() => frame.locator('[data-rule="client.email.suspect"]').count()).toBe(0);
    await expect.poll(async () => (await summaryOf(frame)).warnings).toBe(before.warnings - 1);

    // And a new error appears as soon as a wrong value is typed.
    await email.fill('jeanne.martin@');
    await expect.poll(() => email.getAttribute('data-oc-status')).toBe('error');
    await expect
      .poll(() => frame.locator('[data-oc-finding][data-rule="client.email.invalid"]').count())
      .toBe(1);
  });

  it('reports unsaved changes until the page is saved', async () => {
    await tab.goto(demoUrl('client-definition-conforme.html'));
    const frame = await recognisedFrame(tab);
    await frame.locator('[data-oc-field="client.prenom"]').fill('Jeanne-Marie');
    await expect.poll(() => frame.locator('[data-oc-summary] [data-rule="client.unsaved"]').count()).toBe(1);
  });
});

describe('values from the page', () => {
  it('are rendered as text, never as HTML', async () => {
    await tab.goto(demoUrl('client-definition-erreurs.html'));
    const frame = await recognisedFrame(tab);
    await frame.locator('[data-oc-field="client.gerePar"]').evaluate((sel) => {
      const s = sel as HTMLSelectElement;
      const o = document.createElement('option');
      o.text = '<img src=x onerror="window.__pwned=1">';
      s.add(o);
      s.value = o.value;
      s.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const msg = frame.locator('[data-oc-finding][data-rule="client.gerePar.notMe"]');
    await expect.poll(() => msg.textContent()).toContain('<img src=x');
    expect(await msg.locator('img').count()).toBe(0);
    expect(await frame.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
