/**
 * Point-and-bind descriptors: what an admin pointed at, stored as a description
 * that survives a re-render — label text next to it, control type, name/id when they look stable,
 * the section heading — never a bare CSS path. Resolved again on every read (content-scripts/read/field-reader.ts
 * ranks a binding above every label method). Small on purpose: it is part of the always-injected
 * content script.
 */
import { cleanText, normLabel } from '../../lib/text/normalize';
import type { FieldOverride } from '../../lib/settings/settings';
import { controlsIn, isControl, OVERLAY_TAG } from './dom-text';
import { pageIndex } from './page-index';
import { sectionOf } from './sections';

export type Binding = NonNullable<FieldOverride['binding']>;

/** Generated ids and names (frameworks, counters) change from one render to the next. */
export function isStableName(s: string | null | undefined): s is string {
  return (
    !!s &&
    s.length <= 60 &&
    !/\d{4,}/.test(s) &&
    !/^(ext-|ember|react|ng-|yui_|gen\d|uid|:r|mui-|rc-)/i.test(s) &&
    !/[0-9a-f]{8}-[0-9a-f]{4}/i.test(s)
  );
}

const shortText = (el: Element | null | undefined): string => {
  const t = cleanText(el?.textContent ?? '');
  return t.length > 0 && t.length <= 60 ? t : '';
};

/** The label a person reads next to an element: <label>, aria, the cell left or above, dt, preceding text. */
function labelNear(el: Element): string {
  if (isControl(el)) {
    const own = (el as HTMLInputElement).labels?.[0];
    const t = shortText(own);
    if (t) return t;
  }
  const aria = el.getAttribute('aria-label');
  if (aria) return cleanText(aria);
  const cell = el.closest('td,th');
  if (cell) {
    const left = shortText(cell.previousElementSibling);
    if (left) return left;
    const row = cell.parentElement;
    // A cell spanning columns (a title row of older screens) has no label above it.
    const above = (cell as HTMLTableCellElement).colSpan > 1 ? null : row?.previousElementSibling;
    const index = row ? Array.from(row.children).indexOf(cell) : -1;
    const t = shortText(above?.children[index]);
    if (t) return t;
  }
  const dd = el.closest('dd');
  if (dd) {
    let dt = dd.previousElementSibling;
    while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
    const t = shortText(dt);
    if (t) return t;
  }
  let node: Element | null = el;
  for (let level = 0; node && level < 4; level++) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (controlsIn(sib).length) break;
      const t = shortText(sib);
      if (t) return t;
    }
    node = node.parentElement;
    if (!node || node.tagName === 'FORM' || node.tagName === 'BODY') break;
  }
  return '';
}

/** The element a click meant: a control, the control of a clicked label or wrapper, else the text element. */
export function pickTarget(el: Element): Element | null {
  if (el.closest(OVERLAY_TAG)) return null;
  if (isControl(el)) return el;
  const label = el.closest('label');
  const forId = label?.getAttribute('for');
  const target = forId ? el.ownerDocument.getElementById(forId) : null;
  if (target && isControl(target)) return target;
  const inner = controlsIn(el);
  if (inner.length === 1) return inner[0]!;
  if (['BODY', 'HTML', 'FORM', 'TABLE', 'TBODY', 'TR'].includes(el.tagName)) return null;
  return el;
}

/** Describe an element so it can be found again after a re-render. */
export function makeBinding(el: Element): Binding {
  const b: Binding = { tag: el.tagName.toLowerCase() };
  const type = el.getAttribute('type');
  if (el.tagName === 'INPUT') b.type = (type ?? 'text').toLowerCase();
  const name = el.getAttribute('name');
  if (isStableName(name)) b.name = name;
  if (isStableName(el.id)) b.id = el.id;
  const label = labelNear(el);
  if (label) b.label = label;
  const container = sectionOf(el, new Map());
  if (container) b.container = container;
  return b;
}

/**
 * Every element the descriptor matches. Candidates of the tag (and input type), narrowed by id, then
 * name, then section, then label; at least one of id, name or label must match, otherwise none.
 */
export function resolveBinding(root: Document | Element, b: Binding): Element[] {
  let els = Array.from(root.querySelectorAll(b.tag)).filter(
    (el) =>
      !el.closest(OVERLAY_TAG) && (!b.type || (el.getAttribute('type') ?? 'text').toLowerCase() === b.type),
  );
  let anchored = false;
  const narrow = (keep: (el: Element) => boolean, anchor: boolean) => {
    const kept = els.filter(keep);
    if (kept.length) {
      els = kept;
      if (anchor) anchored = true;
    }
  };
  if (b.id) narrow((el) => el.id === b.id, true);
  if (b.name && (els.length > 1 || !anchored)) narrow((el) => el.getAttribute('name') === b.name, true);
  if (els.length > 1 && b.container) {
    const cache = new Map<Element, string>();
    const index = pageIndex(els[0]!.ownerDocument);
    narrow((el) => sectionOf(el, cache, undefined, index) === b.container, false);
  }
  if (b.label && (els.length > 1 || !anchored)) {
    const want = normLabel(b.label);
    narrow((el) => normLabel(labelNear(el)) === want, true);
  }
  return anchored ? els : [];
}

/** The one element a binding designates on this page, or null (none, or several). */
export function boundElement(root: Document | Element, b: Binding): Element | null {
  const els = resolveBinding(root, b);
  return els.length === 1 ? els[0]! : null;
}
