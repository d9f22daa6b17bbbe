// @vitest-environment jsdom
/**
 * Every demo page, read in jsdom by the real reader and judged by the real rules, alone (no other
 * tab of its dossier read): the page key and the error/warning findings must be exactly what the
 * page's own comment says.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../content-scripts/read/page-reader';
import { dossierFor, EMPTY_STORE, mergeRecord } from '../../lib/dossier/store';
import { pageRecordSchema } from '../../lib/model/records';
import { parseSettings } from '../../lib/settings/settings';
import { judgePage } from '../../rules';
import { DEMO_ORIGIN, DEMO_TODAY, DEMO_USER, demoPages } from '../support/demo-pages';

const settings = parseSettings({ userName: DEMO_USER });

describe.each(demoPages())('$file', (demo) => {
  const doc = new DOMParser().parseFromString(demo.html, 'text/html');
  const url = `${DEMO_ORIGIN}/${demo.file}`;
  const read = readDocument(doc, settings, url);

  it(`is recognised as ${demo.page ?? 'no page'}`, () => {
    expect(read?.page ?? null).toBe(demo.page);
  });

  if (!read || read.page !== demo.page) return;
  const { record, elements } = read;
  // The page alone: its own record is the whole dossier.
  const merged = mergeRecord(EMPTY_STORE, record, { readAt: Date.now() });
  const findings = judgePage(record, settings, DEMO_TODAY, {
    dossier: dossierFor(merged.store, merged.kind, merged.key),
  });

  it('produces a valid record', () => {
    expect(pageRecordSchema.safeParse(record).success).toBe(true);
  });

  it('produces exactly the errors and warnings its comment lists', () => {
    const got = [...new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.rule))].sort();
    expect(got).toEqual([...demo.expect].sort());
  });

  it('produces the info findings its comment lists', () => {
    const infos = new Set(findings.filter((f) => f.severity === 'info').map((f) => f.rule));
    for (const id of demo.expectInfo) expect(infos, id).toContain(id);
  });

  it('binds each field to one element that is not its label', () => {
    const seen = new Set<Element>();
    for (const [key, el] of elements) {
      expect(seen.has(el), `${key} shares its element`).toBe(false);
      seen.add(el);
      const f = record.fields[key]!;
      if (f.state === 'read' && !f.control) expect(el.textContent ?? '', key).not.toContain(f.label);
    }
  });
});
