// @vitest-environment jsdom
/**
 * Every demo page, read in jsdom by the real reader and judged by the real rules: the page key and
 * the error/warning findings must be exactly what the page's own comment says.
 */
import { describe, expect, it } from 'vitest';
import { collectTexts } from '../../content-scripts/dom-text';
import { readPage } from '../../content-scripts/reader';
import { recognise } from '../../content-scripts/recognize';
import { fieldsOfPage } from '../../lib/fields';
import { pageRecordSchema } from '../../lib/records';
import { parseSettings } from '../../lib/settings';
import type { PageKey } from '../../lib/types';
import { judgePage } from '../../rules';
import { DEMO_TODAY, DEMO_USER, demoPages } from '../support/demo-pages';

const settings = parseSettings({ userName: DEMO_USER });

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe.each(demoPages())('$file', (demo) => {
  const doc = load(demo.html);
  const texts = collectTexts(doc);
  const { page } = recognise(texts, settings);

  it(`is recognised as ${demo.page ?? 'no page'}`, () => {
    expect(page).toBe(demo.page);
  });

  if (!demo.page) return;
  const { record, elements } = readPage(
    doc,
    demo.page as PageKey,
    fieldsOfPage(demo.page as PageKey),
    settings,
    {
      texts,
    },
  );
  const findings = judgePage(record, settings, DEMO_TODAY);

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
      const read = record.fields[key]!;
      if (read.state !== 'read') continue;
      if (!read.control) expect(el.textContent ?? '', key).not.toContain(read.label);
    }
  });
});
