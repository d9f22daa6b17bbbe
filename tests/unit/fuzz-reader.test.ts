// @vitest-environment jsdom
/**
 * Property-based tests (fast-check) of the page reader and the rules on generated DOM trees (jsdom):
 * Ogust-like markup — labels from the field table and hostile strings, inputs, selects, tables with
 * the list headers, dl/dt/dd, fieldsets, tabs — filled with any UTF-16 text (lone surrogates, RTL,
 * zero-width, payloads, long values). No exception escapes the reader or the rules, every record
 * read validates, and no registered rule crashes on what the reader produced; a rule that throws
 * anything at all still becomes `<id>.crash`. Run counts are in the test names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAnyPage, readDocument } from '../../content-scripts/read/page-reader';
import { collectTexts } from '../../content-scripts/read/dom-text';
import { tableHeaders } from '../../content-scripts/read/list-reader';
import { FIELD_DEFS, LIST_COLUMNS } from '../../lib/model/fields';
import { pageRecordSchema } from '../../lib/model/records';
import { parseSettings } from '../../lib/settings/settings';
import { PAGE_KEYS, type PageRecord } from '../../lib/model/types';
import { judge } from '../../rules/engine';
import { judgePage } from '../../rules';
import { hostileString } from '../support/fuzz';

const RUNS = 200;
const TIMEOUT = { timeout: 180_000 };
const settings = parseSettings({ userName: 'Camille Martin' });
const TODAY = '2026-11-28';
const URL = 'https://demo-agence.ogust.com/client.php?id=42';

const LABELS = [...new Set(FIELD_DEFS.flatMap((d) => d.labels))];
const HEADERS = [...new Set(Object.values(LIST_COLUMNS).flatMap((cols) => cols.flatMap((c) => c.labels)))];
const TABS = ['Définition', 'Contrats', 'Planning', 'Documents', 'Général', 'Rémunération'];

const label = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 1, arbitrary: fc.constantFrom(...LABELS).map((l) => `${l} *`) },
  { weight: 1, arbitrary: hostileString },
);
const text = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom(...LABELS) },
);

/** A tree of Ogust-like pieces, built with DOM calls so that any string (lone surrogates too) survives. */
type Piece =
  | { t: 'field'; how: 'for' | 'wrap' | 'div' | 'cell' | 'aria'; label: string; value: string; tag: string }
  | { t: 'select'; label: string; options: string[]; selected: number }
  | { t: 'table'; headers: string[]; rows: string[][] }
  | { t: 'dl'; items: [string, string][] }
  | { t: 'text'; value: string }
  | { t: 'tabs'; active: string }
  | { t: 'group'; kind: 'div' | 'fieldset' | 'form'; legend: string; children: Piece[] };

const { piece } = fc.letrec<{ piece: Piece }>((tie) => ({
  piece: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      t: fc.constant('field' as const),
      how: fc.constantFrom('for' as const, 'wrap' as const, 'div' as const, 'cell' as const, 'aria' as const),
      label,
      value: text,
      tag: fc.constantFrom('input', 'textarea', 'span'),
    }),
    fc.record({
      t: fc.constant('select' as const),
      label,
      options: fc.array(text, { maxLength: 5 }),
      selected: fc.nat(6),
    }),
    fc.record({
      t: fc.constant('table' as const),
      headers: fc.array(fc.oneof(fc.constantFrom(...HEADERS), hostileString), { minLength: 1, maxLength: 6 }),
      rows: fc.array(fc.array(text, { maxLength: 7 }), { maxLength: 6 }),
    }),
    fc.record({ t: fc.constant('dl' as const), items: fc.array(fc.tuple(label, text), { maxLength: 4 }) }),
    fc.record({ t: fc.constant('text' as const), value: text }),
    fc.record({ t: fc.constant('tabs' as const), active: fc.constantFrom(...TABS) }),
    fc.record({
      t: fc.constant('group' as const),
      kind: fc.constantFrom('div' as const, 'fieldset' as const, 'form' as const),
      legend: label,
      children: fc.array(tie('piece') as fc.Arbitrary<Piece>, { maxLength: 5 }),
    }),
  ),
})) as { piece: fc.Arbitrary<Piece> };

let ids = 0;
function build(doc: Document, p: Piece): Node {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, txt?: string) => {
    const e = doc.createElement(tag);
    if (txt !== undefined) e.textContent = txt;
    return e;
  };
  switch (p.t) {
    case 'field': {
      const control = doc.createElement(p.tag);
      if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)
        control.value = p.value;
      else control.textContent = p.value;
      const l = el('label', p.label);
      const box = el('div');
      if (p.how === 'for') {
        control.id = `f${++ids}`;
        l.htmlFor = control.id;
        box.append(l, control);
      } else if (p.how === 'wrap') {
        l.append(control);
        box.append(l);
      } else if (p.how === 'aria') {
        control.setAttribute('aria-label', p.label);
        box.append(control);
      } else if (p.how === 'cell') {
        const table = el('table');
        const tr = table.insertRow();
        tr.insertCell().textContent = p.label;
        tr.insertCell().append(control);
        return table;
      } else box.append(l, el('div'), control);
      return box;
    }
    case 'select': {
      const box = el('div');
      const s = el('select');
      p.options.forEach((o, i) => {
        const opt = el('option');
        opt.text = o;
        opt.selected = i === p.selected;
        s.append(opt);
      });
      box.append(el('label', p.label), s);
      return box;
    }
    case 'table': {
      const table = el('table');
      const head = table.createTHead().insertRow();
      for (const h of p.headers) head.append(el('th', h));
      const body = table.createTBody();
      for (const r of p.rows) {
        const tr = body.insertRow();
        for (const c of r) tr.insertCell().textContent = c;
      }
      return table;
    }
    case 'dl': {
      const dl = el('dl');
      for (const [k, v] of p.items) dl.append(el('dt', k), el('dd', v));
      return dl;
    }
    case 'text':
      return doc.createTextNode(p.value);
    case 'tabs': {
      const ul = el('ul');
      ul.className = 'onglets';
      for (const t of TABS) {
        const li = el('li');
        if (t === p.active) li.className = 'actif';
        li.append(el('a', t));
        ul.append(li);
      }
      return ul;
    }
    case 'group': {
      const g = el(p.kind);
      if (p.kind === 'fieldset') g.append(el('legend', p.legend));
      else if (p.legend) g.append(el('h3', p.legend));
      for (const c of p.children) g.append(build(doc, c));
      return g;
    }
  }
}

function pageOf(pieces: Piece[], title: string): Document {
  const doc = document.implementation.createHTMLDocument(title);
  for (const p of pieces) doc.body.append(build(doc, p));
  return doc;
}

const page = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 8 }), text);

let recognised = 0;
const noCrash = (findings: { rule: string }[]) => findings.filter((f) => f.rule.endsWith('.crash'));

describe(`the reader on generated pages (${RUNS} runs each)`, () => {
  it(
    `readDocument never throws; what it reads validates and is judged without a crash (${RUNS} runs)`,
    TIMEOUT,
    () => {
      fc.assert(
        fc.property(page, ([pieces, title]) => {
          const doc = pageOf(pieces, title);
          const read = readDocument(doc, settings, URL);
          if (!read) return;
          recognised++;
          expect(pageRecordSchema.safeParse(read.record).success).toBe(true);
          expect(noCrash(judgePage(read.record, settings, TODAY))).toEqual([]);
        }),
        { numRuns: RUNS },
      );
      // The generator makes pages the reader does recognise, not only noise.
      expect(recognised).toBeGreaterThan(RUNS / 20);
    },
  );

  it(
    `every page key read from any generated page: no exception, valid record, no rule crash (${RUNS} runs)`,
    TIMEOUT,
    () => {
      fc.assert(
        fc.property(page, fc.constantFrom(...PAGE_KEYS), ([pieces, title], key) => {
          const doc = pageOf(pieces, title);
          const read = readAnyPage(doc, key, settings, collectTexts(doc), tableHeaders(doc), URL);
          const parsed = pageRecordSchema.safeParse(read.record);
          expect(parsed.success, JSON.stringify(parsed.error?.issues?.slice(0, 2))).toBe(true);
          expect(noCrash(judgePage(read.record, settings, TODAY))).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
  );
});

describe('a rule that throws', () => {
  it(`anything (Error, string, null, a throwing object) becomes <id>.crash, the other rules still run (${RUNS} runs)`, () => {
    const thrown = fc.oneof(
      hostileString.map((m) => new Error(m)),
      hostileString,
      fc.constant(null),
      fc.constant(undefined),
      fc.constant({
        get message(): string {
          throw new Error('piège');
        },
      }),
      fc.integer(),
    );
    const record: PageRecord = { page: 'client.definition', url: URL, unsaved: false, fields: {} };
    fc.assert(
      fc.property(thrown, (err) => {
        const findings = judge(
          {
            page: 'client.definition',
            rules: [
              {
                id: 'test.boom',
                severity: 'error',
                description: 'throws',
                check: () => {
                  throw err;
                },
              },
              { id: 'test.ok', severity: 'info', description: 'says hello', check: () => 'bonjour' },
            ],
            required: [],
          },
          record,
          settings,
          TODAY,
        );
        const ids = findings.map((f) => f.rule);
        expect(ids).toContain('test.boom.crash');
        expect(ids).toContain('test.ok');
        const crash = findings.find((f) => f.rule === 'test.boom.crash')!;
        expect(crash.severity).toBe('warning');
        expect(crash.message).toMatch(/contrôle impossible/i);
      }),
      { numRuns: RUNS },
    );
  });
});
