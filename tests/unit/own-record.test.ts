// @vitest-environment jsdom
/**
 * Pages marked `ownRecordOnly` are sent no dossier by the background: their rules must never read
 * `ctx.dossier`. Judged with a dossier that throws on any access, every demo page of those kinds
 * gives exactly the findings it gives with its real dossier, and no `.crash`.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../content-scripts/read/page-reader';
import type { DossierView } from '../../lib/model/dossier';
import { dossierFor, EMPTY_STORE, mergeRecord } from '../../lib/dossier/store';
import { parseSettings } from '../../lib/settings/settings';
import type { PageKey } from '../../lib/model/types';
import { judgePage, PAGE_RULES } from '../../rules';
import { DEMO_ORIGIN, DEMO_TODAY, DEMO_USER, demoPages } from '../support/demo-pages';

const settings = parseSettings({ userName: DEMO_USER });
const untouchable = new Proxy({} as DossierView, {
  get(_, prop) {
    throw new Error(`dossier lu : ${String(prop)}`);
  },
});
const pages = demoPages().filter((d) => d.page && PAGE_RULES[d.page as PageKey]?.ownRecordOnly);

describe('pages judged on their own record only', () => {
  it('covers the fiches', () => {
    expect(
      Object.values(PAGE_RULES)
        .filter((r) => r?.ownRecordOnly)
        .map((r) => r!.page)
        .sort(),
    ).toEqual(['client.definition', 'intervenant.definition']);
    expect(pages.length).toBeGreaterThan(4);
  });

  it.each(pages.map((d) => [d.file, d] as const))('%s: same findings without the dossier', (_, demo) => {
    const doc = new DOMParser().parseFromString(demo.html, 'text/html');
    const read = readDocument(doc, settings, `${DEMO_ORIGIN}/${demo.file}`)!;
    const merged = mergeRecord(EMPTY_STORE, read.record, { readAt: Date.now() });
    const withDossier = judgePage(read.record, settings, DEMO_TODAY, {
      dossier: dossierFor(merged.store, merged.kind, merged.key),
    });
    const without = judgePage(read.record, settings, DEMO_TODAY, { dossier: untouchable });
    expect(without.filter((f) => f.rule.endsWith('.crash'))).toEqual([]);
    expect(without.map((f) => [f.rule, f.severity, f.message])).toEqual(
      withDossier.map((f) => [f.rule, f.severity, f.message]),
    );
  });
});
