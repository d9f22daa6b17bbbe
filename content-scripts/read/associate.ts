/**
 * From a label to its value (docs/spec/README.md, « The reading model »): `<label for>` / wrapping
 * `<label>`; the table cell right of or below the label, `dt`/`dd`; the text or control following the
 * label in its container. Questions about what an element holds go to the page's index (`Scope`,
 * page-index.ts): no search of the DOM per label.
 */
import type { FieldDef } from '../../lib/model/fields';
import { cleanText } from '../../lib/text/normalize';
import type { Association } from '../../lib/model/types';
import { isControl } from './dom-text';

/** What the association asks of the page, answered from the index collected once. */
export interface Scope {
  /** The controls inside an element (itself when it is one), in document order. */
  controlsIn(el: Element): readonly Element[];
  /** The element is, or holds, one of the page's label texts. */
  containsLabel(el: Element): boolean;
}

export function valueElementIn(el: Element, scope: Scope, controlIndex = 0): Element | null {
  const controls = scope.controlsIn(el);
  if (controls.length) return controls[controlIndex] ?? null;
  return controlIndex === 0 ? el : null;
}

function labelFor(labelEl: Element, def: FieldDef, scope: Scope): Element | null {
  const label = labelEl.closest('label');
  if (!label) return null;
  const forId = label.getAttribute('for');
  if (forId) {
    const target = label.ownerDocument.getElementById(forId);
    if (!target) return null;
    return isControl(target) ? target : valueElementIn(target, scope, def.controlIndex);
  }
  const inner = scope.controlsIn(label);
  return inner[def.controlIndex ?? 0] ?? null;
}

function cellOf(el: Element): HTMLTableCellElement | null {
  return el.closest('td,th') as HTMLTableCellElement | null;
}

/** Column position of a cell, counting colspans. */
function columnOf(cell: HTMLTableCellElement): number {
  let col = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) {
    col += (c as HTMLTableCellElement).colSpan || 1;
  }
  return col;
}

function cellAtColumn(row: Element, col: number): HTMLTableCellElement | null {
  let at = 0;
  for (const c of Array.from(row.children)) {
    if (c.tagName !== 'TD' && c.tagName !== 'TH') continue;
    const span = (c as HTMLTableCellElement).colSpan || 1;
    if (col >= at && col < at + span) return c as HTMLTableCellElement;
    at += span;
  }
  return null;
}

/** An element bound to a field, how, and (rarely) the value when it is not the element's own. */
type Found = [el: Element, via: Association, value?: string];

/** Value in the cell right of the label, or (for a header row of labels) in the cell below. */
function fromTable(labelEl: Element, def: FieldDef, scope: Scope): Found | null {
  const cell = cellOf(labelEl);
  if (!cell || scope.controlsIn(cell).length) return null;
  const next = cell.nextElementSibling;
  if (next && (next.tagName === 'TD' || next.tagName === 'TH') && !scope.containsLabel(next)) {
    const v = valueElementIn(next, scope, def.controlIndex);
    if (v) return [v, 'cell-left'];
  }
  const row = cell.parentElement;
  const below = row?.nextElementSibling;
  if (row && below && below.tagName === 'TR') {
    const target = cellAtColumn(below, columnOf(cell));
    if (target && !scope.containsLabel(target)) {
      const v = valueElementIn(target, scope, def.controlIndex);
      if (v) return [v, 'cell-above'];
    }
  }
  return null;
}

function fromDefinitionList(labelEl: Element, def: FieldDef, scope: Scope): Found | null {
  const dt = labelEl.closest('dt');
  if (!dt) return null;
  let dd = dt.nextElementSibling;
  while (dd && dd.tagName !== 'DD' && dd.tagName !== 'DT') dd = dd.nextElementSibling;
  if (!dd || dd.tagName !== 'DD') return null;
  const v = valueElementIn(dd, scope, def.controlIndex);
  return v ? [v, 'dt-dd'] : null;
}

const STOP_CONTAINERS = new Set([
  'FORM',
  'TABLE',
  'TBODY',
  'TR',
  'FIELDSET',
  'BODY',
  'HTML',
  'UL',
  'OL',
  'DL',
]);

/** Text of an element's own text nodes (not its children's). */
function ownText(el: Element): string {
  let t = '';
  for (const n of Array.from(el.childNodes)) if (n.nodeType === 3) t += n.textContent ?? '';
  return cleanText(t);
}

/**
 * The control (or read-only value element) that follows the label in its container: the label's next
 * siblings, then its ancestors' next siblings (up to three levels), never past another label.
 */
function fromSiblings(labelEl: Element, def: FieldDef, scope: Scope): Found | null {
  const ctrlIdx = def.controlIndex ?? 0;
  // Controls inside the label's own element, after its text (« <td>Nom : <input></td> »).
  const inline = scope.controlsIn(labelEl);
  if (inline.length) return inline[ctrlIdx] ? [inline[ctrlIdx], 'sibling'] : null;
  let node: Element | null = labelEl;
  for (let level = 0; node && level < 4; level++) {
    let seen = 0;
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (sib.tagName === 'BR') continue;
      if (scope.containsLabel(sib)) return shownEmpty(labelEl, ctrlIdx);
      const controls = scope.controlsIn(sib);
      if (controls.length) {
        if (seen + controls.length > ctrlIdx) return [controls[ctrlIdx - seen]!, 'sibling'];
        seen += controls.length;
        continue;
      }
      if (ctrlIdx === 0 && level === 0 && sib.textContent?.trim()) return [sib, 'sibling'];
    }
    const parent: Element | null = node.parentElement;
    if (!parent || STOP_CONTAINERS.has(parent.tagName)) return shownEmpty(labelEl, ctrlIdx);
    if (level === 0 && ctrlIdx === 0 && parent.children.length <= 2) {
      // Read-only « <p><b>Nom :</b> DUPONT</p> »: the value is the container's own text.
      const own = ownText(parent);
      if (own && parent.children.length === 1) return [parent, 'sibling', own];
      // « <div><label>Nom</label><span></span></div> »: an empty value element is an empty field.
      const other = labelEl.nextElementSibling;
      if (
        !own &&
        other &&
        parent.children.length === 2 &&
        !scope.controlsIn(other).length &&
        !other.children.length
      )
        return [other, 'sibling'];
    }
    node = parent;
  }
  return shownEmpty(labelEl, ctrlIdx);
}

/**
 * « <p><b>Rôle :</b> </p> »: a label printed with its colon, alone in its block with blank text after
 * it, is a field shown empty (the block is its element), not a field absent from the page.
 */
function shownEmpty(labelEl: Element, ctrlIdx: number): Found | null {
  const parent = labelEl.parentElement;
  if (ctrlIdx !== 0 || !parent || STOP_CONTAINERS.has(parent.tagName) || parent.children.length !== 1)
    return null;
  if (!/:\s*$/.test(labelEl.textContent ?? '') || ownText(parent)) return null;
  return [parent, 'sibling', ''];
}

/**
 * « Rémunération horaire » may be a checkbox with the rate next to it: for a field that holds an
 * amount, hours or a date, a checkbox yields to the value input that follows it in its container.
 */
function valueBesideCheckbox(found: Found | null, def: FieldDef, scope: Scope): Found | null {
  if (!found || def.type === 'text' || def.type === 'select') return found;
  const [el] = found;
  if (el.tagName !== 'INPUT' || !['checkbox', 'radio'].includes((el as HTMLInputElement).type)) return found;
  const inputs = el.parentElement ? scope.controlsIn(el.parentElement) : [];
  const next = inputs
    .slice(inputs.indexOf(el) + 1)
    .find((c) => c.tagName === 'INPUT' && !['checkbox', 'radio'].includes((c as HTMLInputElement).type));
  return next ? [next, found[1]] : found;
}

export function associate(labelEl: Element, def: FieldDef, scope: Scope): Found | null {
  return valueBesideCheckbox(associateAny(labelEl, def, scope), def, scope);
}

function associateAny(labelEl: Element, def: FieldDef, scope: Scope): Found | null {
  const explicit = labelFor(labelEl, def, scope);
  if (explicit) return [explicit, 'label-for'];
  if (labelEl.closest('label')?.getAttribute('for')) return null;
  return (
    fromTable(labelEl, def, scope) ??
    fromDefinitionList(labelEl, def, scope) ??
    fromSiblings(labelEl, def, scope)
  );
}
