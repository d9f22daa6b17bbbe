/**
 * Marker attributes on Ogust's own elements (observable contract): `data-oc-field`, and where
 * findings apply `data-oc-status` (the worst) and `data-oc-rules`. Plus one stylesheet per document.
 * Only attributes that changed are written, so re-reads cause no mutation churn.
 */
import type { Finding, Severity } from '../lib/model/types';

const ORDER: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
export const STYLE_ID = 'dossier-conforme-style';

const STYLESHEET = `
[data-oc-status="error"]{outline:2px solid #b3261e !important;outline-offset:1px !important;}
[data-oc-status="warning"]{outline:2px dashed #8a5300 !important;outline-offset:1px !important;}
[data-oc-status="info"]{outline:1px dotted #1f5fa8 !important;outline-offset:1px !important;}
[data-oc-flash]{animation:oc-flash 1.2s ease-out 2 !important;}
@keyframes oc-flash{0%{box-shadow:0 0 0 4px rgba(255,196,0,.9);}100%{box-shadow:0 0 0 0 rgba(255,196,0,0);}}
`;

function setAttr(el: Element, name: string, value: string | null) {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

export function ensureStylesheet(doc: Document, extraCss = '') {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLESHEET + extraCss;
  (doc.head ?? doc.documentElement).appendChild(style);
}

export function worst(severities: Iterable<Severity>): Severity | null {
  let w: Severity | null = null;
  for (const s of severities) if (!w || ORDER[s] > ORDER[w]) w = s;
  return w;
}

/**
 * Mark the bound elements; clear marks from elements no longer bound. Returns the set now marked,
 * to pass back on the next call.
 */
export function applyMarkers(
  elements: ReadonlyMap<string, Element>,
  findings: readonly Finding[],
  previous: ReadonlySet<Element>,
): Set<Element> {
  const byField = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const t of f.targets) {
      const list = byField.get(t) ?? [];
      list.push(f);
      byField.set(t, list);
    }
  }
  const marked = new Set<Element>();
  for (const [key, el] of elements) {
    marked.add(el);
    setAttr(el, 'data-oc-field', key);
    const fs = byField.get(key) ?? [];
    const status = worst(fs.map((f) => f.severity));
    setAttr(el, 'data-oc-status', status);
    setAttr(el, 'data-oc-rules', fs.length ? [...new Set(fs.map((f) => f.rule))].join(' ') : null);
  }
  for (const el of previous) {
    if (marked.has(el)) continue;
    setAttr(el, 'data-oc-field', null);
    setAttr(el, 'data-oc-status', null);
    setAttr(el, 'data-oc-rules', null);
  }
  return marked;
}

/**
 * Mark every list row read (`data-oc-row="<list key>"`, cancelled ones included) and, where findings
 * apply to a row, its worst status and rule ids. Returns the rows now marked.
 */
export function applyRowMarkers(
  rows: readonly Element[],
  listKey: string | undefined,
  findings: readonly Finding[],
  previous: ReadonlySet<Element>,
): Set<Element> {
  const byRow = new Map<number, Finding[]>();
  for (const f of findings) {
    for (const r of f.rows ?? []) {
      const list = byRow.get(r) ?? [];
      list.push(f);
      byRow.set(r, list);
    }
  }
  const marked = new Set<Element>();
  rows.forEach((el, i) => {
    marked.add(el);
    setAttr(el, 'data-oc-row', listKey ?? null);
    const fs = byRow.get(i) ?? [];
    setAttr(el, 'data-oc-status', worst(fs.map((f) => f.severity)));
    setAttr(el, 'data-oc-rules', fs.length ? [...new Set(fs.map((f) => f.rule))].join(' ') : null);
  });
  for (const el of previous) {
    if (marked.has(el)) continue;
    setAttr(el, 'data-oc-row', null);
    setAttr(el, 'data-oc-status', null);
    setAttr(el, 'data-oc-rules', null);
  }
  return marked;
}
