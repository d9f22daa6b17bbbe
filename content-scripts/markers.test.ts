// @vitest-environment jsdom
/**
 * Marker attributes on bound elements (observable contract) and the one stylesheet per document.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../lib/model/types';
import { applyMarkers, applyRowMarkers, ensureStylesheet, STYLE_ID, worst } from './markers';

function load(body: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head></head><body>${body}</body></html>`,
    'text/html',
  );
}

function finding(rule: string, severity: Severity, field: string, targets = [field]): Finding {
  return { rule, severity, message: 'À corriger', field, targets };
}

function attrs(el: Element) {
  return {
    field: el.getAttribute('data-oc-field'),
    status: el.getAttribute('data-oc-status'),
    rules: el.getAttribute('data-oc-rules'),
  };
}

const FORM = '<input id="nom" value="DUPONT"><input id="nir" value="1 85"><input id="email" value="">';

describe('applyMarkers', () => {
  it('sets data-oc-field on each bound element, without status when no finding applies', () => {
    const doc = load(FORM);
    const nom = doc.getElementById('nom')!;
    applyMarkers(new Map([['client.nom', nom]]), [], new Set());
    expect(attrs(nom)).toEqual({ field: 'client.nom', status: null, rules: null });
  });

  it('sets the worst severity and every rule id of the findings targeting the field', () => {
    const doc = load(FORM);
    const nir = doc.getElementById('nir')!;
    applyMarkers(
      new Map([['client.nir', nir]]),
      [
        finding('client.nir.format', 'warning', 'client.nir'),
        finding('client.nir.key', 'error', 'client.nir'),
        finding('client.nir.info', 'info', 'client.nir'),
      ],
      new Set(),
    );
    expect(attrs(nir)).toEqual({
      field: 'client.nir',
      status: 'error',
      rules: 'client.nir.format client.nir.key client.nir.info',
    });
  });

  it('lists a rule id once when several findings of the same rule target the field', () => {
    const doc = load(FORM);
    const email = doc.getElementById('email')!;
    applyMarkers(
      new Map([['client.email', email]]),
      [
        finding('client.email.empty', 'warning', 'client.email'),
        finding('client.email.empty', 'info', 'client.email'),
      ],
      new Set(),
    );
    expect(attrs(email)).toMatchObject({ status: 'warning', rules: 'client.email.empty' });
  });

  it('marks every field a finding targets, and not its reporting field when not targeted', () => {
    const doc = load(FORM);
    const nom = doc.getElementById('nom')!;
    const nir = doc.getElementById('nir')!;
    applyMarkers(
      new Map([
        ['client.nom', nom],
        ['client.nir', nir],
      ]),
      [finding('client.identite', 'warning', 'client.nom', ['client.nir'])],
      new Set(),
    );
    expect(attrs(nom)).toEqual({ field: 'client.nom', status: null, rules: null });
    expect(attrs(nir)).toMatchObject({ status: 'warning', rules: 'client.identite' });
  });

  it('marks nothing for a summary-only finding (no targets)', () => {
    const doc = load(FORM);
    const nom = doc.getElementById('nom')!;
    applyMarkers(
      new Map([['client.nom', nom]]),
      [finding('client.bic.absent', 'error', 'client.bic', [])],
      new Set(),
    );
    expect(attrs(nom)).toEqual({ field: 'client.nom', status: null, rules: null });
  });

  it('returns the set of marked elements', () => {
    const doc = load(FORM);
    const nom = doc.getElementById('nom')!;
    const nir = doc.getElementById('nir')!;
    const marked = applyMarkers(
      new Map([
        ['client.nom', nom],
        ['client.nir', nir],
      ]),
      [],
      new Set(),
    );
    expect(marked).toEqual(new Set([nom, nir]));
  });

  it('clears all marks from an element that is no longer bound', () => {
    const doc = load(FORM);
    const nir = doc.getElementById('nir')!;
    const first = applyMarkers(
      new Map([['client.nir', nir]]),
      [finding('client.nir.key', 'error', 'client.nir')],
      new Set(),
    );
    const second = applyMarkers(new Map(), [], first);
    expect(attrs(nir)).toEqual({ field: null, status: null, rules: null });
    expect(second.size).toBe(0);
  });

  it('clears status and rules when the finding disappears, keeping the field', () => {
    const doc = load(FORM);
    const nir = doc.getElementById('nir')!;
    const elements = new Map([['client.nir', nir]]);
    const first = applyMarkers(elements, [finding('client.nir.key', 'error', 'client.nir')], new Set());
    applyMarkers(elements, [], first);
    expect(attrs(nir)).toEqual({ field: 'client.nir', status: null, rules: null });
  });

  it('updates the status when a finding becomes less severe', () => {
    const doc = load(FORM);
    const nir = doc.getElementById('nir')!;
    const elements = new Map([['client.nir', nir]]);
    const first = applyMarkers(elements, [finding('client.nir.key', 'error', 'client.nir')], new Set());
    applyMarkers(elements, [finding('client.nir.format', 'info', 'client.nir')], first);
    expect(attrs(nir)).toEqual({ field: 'client.nir', status: 'info', rules: 'client.nir.format' });
  });

  it('moves the field mark when the field is bound to another element', () => {
    const doc = load(FORM);
    const nom = doc.getElementById('nom')!;
    const email = doc.getElementById('email')!;
    const first = applyMarkers(new Map([['client.nom', nom]]), [], new Set());
    applyMarkers(new Map([['client.nom', email]]), [], first);
    expect(nom.hasAttribute('data-oc-field')).toBe(false);
    expect(email.getAttribute('data-oc-field')).toBe('client.nom');
  });

  it('does not touch the DOM when called again with the same marks', () => {
    const doc = load(FORM);
    const nom = doc.getElementById('nom')!;
    const nir = doc.getElementById('nir')!;
    const elements = new Map([
      ['client.nom', nom],
      ['client.nir', nir],
    ]);
    const findings = [finding('client.nir.key', 'error', 'client.nir')];
    const first = applyMarkers(elements, findings, new Set());
    const observer = new MutationObserver(() => {});
    observer.observe(doc.body, { attributes: true, subtree: true, childList: true });
    const second = applyMarkers(elements, findings, first);
    expect(observer.takeRecords()).toHaveLength(0);
    // The observer does see a real change (the check above is not vacuous).
    applyMarkers(elements, [], second);
    expect(observer.takeRecords().map((r) => r.attributeName)).toEqual(['data-oc-status', 'data-oc-rules']);
    observer.disconnect();
  });

  it('does not remove attributes that are already absent', () => {
    const doc = load(FORM);
    const nom = doc.getElementById('nom')!;
    const first = applyMarkers(new Map([['client.nom', nom]]), [], new Set());
    const observer = new MutationObserver(() => {});
    observer.observe(doc.body, { attributes: true, subtree: true });
    applyMarkers(new Map([['client.nom', nom]]), [], first);
    const records = observer.takeRecords();
    observer.disconnect();
    expect(records).toHaveLength(0);
  });
});

describe('worst', () => {
  it('returns the most severe severity, or null for none', () => {
    expect(worst(['info', 'error', 'warning'])).toBe('error');
    expect(worst(['info', 'warning'])).toBe('warning');
    expect(worst(['info'])).toBe('info');
    expect(worst([])).toBeNull();
  });
});

describe('ensureStylesheet', () => {
  it('adds exactly one style element, however often it is called', () => {
    const doc = load('');
    ensureStylesheet(doc);
    ensureStylesheet(doc);
    ensureStylesheet(doc, '.x{}');
    const styles = doc.querySelectorAll(`style#${STYLE_ID}`);
    expect(styles).toHaveLength(1);
    expect(styles[0]!.parentElement).toBe(doc.head);
    expect(styles[0]!.textContent).toContain('[data-oc-status="error"]');
  });

  it('appends extra CSS given on the first call', () => {
    const doc = load('');
    ensureStylesheet(doc, '.oc-extra{color:red}');
    expect(doc.getElementById(STYLE_ID)!.textContent).toContain('.oc-extra{color:red}');
  });
});

describe('applyRowMarkers', () => {
  const TABLE =
    '<table><tbody><tr id="r0"><td>a</td></tr><tr id="r1"><td>b</td></tr><tr id="r2"><td>c</td></tr></tbody></table>';
  const rowFinding = (rule: string, severity: Severity, rows: number[]): Finding => ({
    ...finding(rule, severity, 'prestation', []),
    rows,
  });
  const rowAttrs = (el: Element) => ({
    row: el.getAttribute('data-oc-row'),
    status: el.getAttribute('data-oc-status'),
    rules: el.getAttribute('data-oc-rules'),
  });

  it('marks every row read, and the rows findings apply to with their worst status and rules', () => {
    const doc = load(TABLE);
    const rows = ['r0', 'r1', 'r2'].map((id) => doc.getElementById(id)!);
    const findings = [
      rowFinding('planning.brouillon', 'warning', [1]),
      rowFinding('planning.chevauchement', 'error', [1, 2]),
    ];
    applyRowMarkers(rows, 'prestation', findings, new Set());
    expect(rows.map(rowAttrs)).toEqual([
      { row: 'prestation', status: null, rules: null },
      { row: 'prestation', status: 'error', rules: 'planning.brouillon planning.chevauchement' },
      { row: 'prestation', status: 'error', rules: 'planning.chevauchement' },
    ]);
  });

  it('clears the marks another reading left on a row (a clone, an earlier version of the extension)', () => {
    const doc = load(
      '<table><tbody><tr id="r0" data-oc-row="prestation" data-oc-status="error" data-oc-rules="x"><td>a</td></tr>' +
        '<tr id="r1" data-oc-row="autre"><td>b</td></tr></tbody></table>',
    );
    const rows = ['r0', 'r1'].map((id) => doc.getElementById(id)!);
    applyRowMarkers(rows, 'prestation', [], new Set());
    expect(rows.map(rowAttrs)).toEqual([
      { row: 'prestation', status: null, rules: null },
      { row: 'prestation', status: null, rules: null },
    ]);
  });

  it('writes nothing when called again with the same marks, and unmarks rows no longer read', () => {
    const doc = load(TABLE);
    const rows = ['r0', 'r1', 'r2'].map((id) => doc.getElementById(id)!);
    const findings = [rowFinding('planning.brouillon', 'warning', [0])];
    const first = applyRowMarkers(rows, 'prestation', findings, new Set());
    const observer = new MutationObserver(() => {});
    observer.observe(doc.body, { attributes: true, subtree: true });
    const second = applyRowMarkers(rows, 'prestation', findings, first);
    expect(observer.takeRecords()).toHaveLength(0);
    applyRowMarkers(rows.slice(1), 'prestation', [], second);
    expect(rowAttrs(rows[0]!)).toEqual({ row: null, status: null, rules: null });
    expect(observer.takeRecords().map((r) => r.attributeName)).toEqual([
      'data-oc-row',
      'data-oc-status',
      'data-oc-rules',
    ]);
    observer.disconnect();
  });
});
