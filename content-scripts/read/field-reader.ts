/**
 * The field reader: finds each field of a page's definition table by its visible French label and
 * returns a plain record, plus the element bound to each field (for the marker attributes).
 * Pure function of a DOM root, the definitions and the settings: no storage, no UI.
 *
 * Association, best first: an admin's binding; `<label for>` / wrapping `<label>` / aria; the table
 * cell left of or above the value, `dt`/`dd`; the text preceding the control in the same container.
 * Explicit associations rank above positional guesses; when the best candidates of a field tie on
 * different elements, the field is ambiguous and not read.
 */
import type { FieldDef } from '../../lib/model/fields';
import { cleanText, normLabel } from '../../lib/text/normalize';
import { withoutPlaceholder } from '../../lib/text/placeholders';
import type { FieldOverride, Settings } from '../../lib/settings/settings';
import type { Association, FieldRead, PageKey, PageRecord } from '../../lib/model/types';
import {
  collectTexts,
  controlsIn,
  isControl,
  isModified,
  OVERLAY_TAG,
  visibleValue,
  type Baseline,
  type TextItem,
} from './dom-text';
import { boundElement } from './binding';
import { headingMatches, sectionOf } from './sections';

const RANK: Record<Association, number> = {
  binding: 0,
  'label-for': 1,
  aria: 1,
  'cell-left': 2,
  'cell-above': 2,
  'dt-dd': 2,
  sibling: 3,
};

interface Candidate {
  field: FieldDef;
  el: Element;
  via: Association;
  /** Value when it is not the element's whole text (« <p><b>Nom :</b> DUPONT</p> »). */
  value?: string;
  /** 0 canonical label, 1 alias. */
  labelRank: number;
  label: string;
}

export interface FieldMatch {
  read: FieldRead;
  el?: Element;
}

export interface ReadResult {
  record: PageRecord;
  /** Element bound to each field that was read (exactly one per field). */
  elements: Map<string, Element>;
  /** Per field, how it was found (inspector). */
  matches: Map<string, FieldMatch>;
}

/** Normalised label → the fields it names, with 0 for a canonical label and 1 for an alias. */
export function labelIndex(
  defs: readonly FieldDef[],
  overrides: Settings['fields'],
): Map<string, { field: FieldDef; labelRank: number }[]> {
  const index = new Map<string, { field: FieldDef; labelRank: number }[]>();
  const add = (label: string, field: FieldDef, labelRank: number) => {
    const n = normLabel(label);
    if (!n) return;
    const list = index.get(n) ?? [];
    if (!list.some((e) => e.field === field)) list.push({ field, labelRank });
    index.set(n, list);
  };
  for (const f of defs) {
    f.labels.forEach((l, i) => add(l, f, i === 0 ? 0 : 1));
    for (const a of overrides[f.key]?.aliases ?? []) add(a, f, 1);
  }
  return index;
}

/** The i-th control of an element, else the element itself when it holds read-only text. */
function valueElementIn(el: Element, controlIndex = 0): Element | null {
  const controls = controlsIn(el);
  if (controls.length) return controls[controlIndex] ?? null;
  return controlIndex === 0 ? el : null;
}

function labelFor(labelEl: Element, def: FieldDef): Element | null {
  const label = labelEl.closest('label');
  if (!label) return null;
  const forId = label.getAttribute('for');
  if (forId) {
    const target = label.ownerDocument.getElementById(forId);
    if (!target) return null;
    return isControl(target) ? target : valueElementIn(target, def.controlIndex);
  }
  const inner = controlsIn(label);
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

type IsLabel = (el: Element) => boolean;

/** An element bound to a field, how, and (rarely) the value when it is not the element's own. */
type Found = [el: Element, via: Association, value?: string];

/** Value in the cell right of the label, or (for a header row of labels) in the cell below. */
function fromTable(labelEl: Element, def: FieldDef, isLabel: IsLabel): Found | null {
  const cell = cellOf(labelEl);
  if (!cell || controlsIn(cell).length) return null;
  const next = cell.nextElementSibling;
  if (next && (next.tagName === 'TD' || next.tagName === 'TH') && !containsLabel(next, isLabel)) {
    const v = valueElementIn(next, def.controlIndex);
    if (v) return [v, 'cell-left'];
  }
  const row = cell.parentElement;
  const below = row?.nextElementSibling;
  if (row && below && below.tagName === 'TR') {
    const target = cellAtColumn(below, columnOf(cell));
    if (target && !containsLabel(target, isLabel)) {
      const v = valueElementIn(target, def.controlIndex);
      if (v) return [v, 'cell-above'];
    }
  }
  return null;
}

function fromDefinitionList(labelEl: Element, def: FieldDef): Found | null {
  const dt = labelEl.closest('dt');
  if (!dt) return null;
  let dd = dt.nextElementSibling;
  while (dd && dd.tagName !== 'DD' && dd.tagName !== 'DT') dd = dd.nextElementSibling;
  if (!dd || dd.tagName !== 'DD') return null;
  const v = valueElementIn(dd, def.controlIndex);
  return v ? [v, 'dt-dd'] : null;
}

function containsLabel(el: Element, isLabel: IsLabel): boolean {
  if (isLabel(el)) return true;
  for (const c of Array.from(el.querySelectorAll('*'))) if (isLabel(c)) return true;
  return false;
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
function fromSiblings(labelEl: Element, def: FieldDef, isLabel: IsLabel): Found | null {
  const ctrlIdx = def.controlIndex ?? 0;
  // Controls inside the label's own element, after its text (« <td>Nom : <input></td> »).
  const inline = controlsIn(labelEl);
  if (inline.length) return inline[ctrlIdx] ? [inline[ctrlIdx], 'sibling'] : null;
  let node: Element | null = labelEl;
  for (let level = 0; node && level < 4; level++) {
    let seen = 0;
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (sib.tagName === 'BR') continue;
      if (containsLabel(sib, isLabel)) return shownEmpty(labelEl, ctrlIdx);
      const controls = controlsIn(sib);
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
        !controlsIn(other).length &&
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
function valueBesideCheckbox(found: Found | null, def: FieldDef): Found | null {
  if (!found || def.type === 'text' || def.type === 'select') return found;
  const [el] = found;
  if (el.tagName !== 'INPUT' || !['checkbox', 'radio'].includes((el as HTMLInputElement).type)) return found;
  const inputs = el.parentElement ? controlsIn(el.parentElement) : [];
  const next = inputs
    .slice(inputs.indexOf(el) + 1)
    .find((c) => c.tagName === 'INPUT' && !['checkbox', 'radio'].includes((c as HTMLInputElement).type));
  return next ? [next, found[1]] : found;
}

function associate(labelEl: Element, def: FieldDef, isLabel: IsLabel): Found | null {
  return valueBesideCheckbox(associateAny(labelEl, def, isLabel), def);
}

function associateAny(labelEl: Element, def: FieldDef, isLabel: IsLabel): Found | null {
  const explicit = labelFor(labelEl, def);
  if (explicit) return [explicit, 'label-for'];
  if (labelEl.closest('label')?.getAttribute('for')) return null;
  return (
    fromTable(labelEl, def, isLabel) ??
    fromDefinitionList(labelEl, def) ??
    fromSiblings(labelEl, def, isLabel)
  );
}

/** Controls named by aria-label / aria-labelledby. */
function ariaItems(root: Document | Element): TextItem[] {
  const items: TextItem[] = [];
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  for (const el of Array.from(root.querySelectorAll('[aria-label], [aria-labelledby]'))) {
    if (el.closest(OVERLAY_TAG)) continue;
    let text = el.getAttribute('aria-label') ?? '';
    const ids = el.getAttribute('aria-labelledby');
    if (!text && ids) {
      text = ids
        .split(/\s+/)
        .map((id) => doc.getElementById(id)?.textContent ?? '')
        .join(' ');
    }
    if (text) items.push({ el, text, norm: normLabel(text) });
  }
  return items;
}

function inScope(def: FieldDef, override: FieldOverride | undefined, heading: string): boolean {
  const within = override?.sectionIn ?? def.section?.in;
  if (within && !headingMatches(heading, within)) return false;
  const notIn = def.section?.notIn;
  if (!override?.sectionIn && notIn && headingMatches(heading, notIn)) return false;
  return true;
}

export interface ReadOptions {
  /** Short texts already collected for recognition (avoid walking twice). */
  texts?: readonly TextItem[];
  url?: string;
  /** What the controls showed at their first read (kept across reads); without it, nothing is unsaved. */
  baseline?: Baseline;
}

export function readPage(
  root: Document | Element,
  page: PageKey,
  defs: readonly FieldDef[],
  settings: Settings,
  options: ReadOptions = {},
): ReadResult {
  const index = labelIndex(defs, settings.fields);
  const texts = (options.texts ?? collectTexts(root)).filter((t) => index.has(t.norm));
  const labelEls = new Set(texts.map((t) => t.el));
  const isLabel: IsLabel = (el) => labelEls.has(el);
  const sections = new Map<Element, string>();
  const isLabelText = (norm: string) => index.has(norm);
  const candidates = new Map<string, Candidate[]>();
  const add = (c: Candidate) => {
    const list = candidates.get(c.field.key) ?? [];
    if (!list.some((o) => o.el === c.el && o.via === c.via)) list.push(c);
    candidates.set(c.field.key, list);
  };

  // An admin's binding, resolved again on every read; it outranks every label method.
  for (const field of defs) {
    const binding = settings.fields[field.key]?.binding;
    const el = binding ? boundElement(root, binding) : null;
    if (el) add({ field, el, via: 'binding', labelRank: 0, label: binding!.label ?? '(associé)' });
  }
  for (const item of ariaItems(root)) {
    for (const { field, labelRank } of index.get(item.norm) ?? []) {
      if (!inScope(field, settings.fields[field.key], sectionOf(item.el, sections, isLabelText))) continue;
      const el = isControl(item.el) ? item.el : valueElementIn(item.el, field.controlIndex);
      if (el) add({ field, el, via: 'aria', labelRank, label: item.text });
    }
  }
  for (const item of texts) {
    const heading = sectionOf(item.el, sections, isLabelText);
    for (const { field, labelRank } of index.get(item.norm) ?? []) {
      if (!inScope(field, settings.fields[field.key], heading)) continue;
      const found = associate(item.el, field, isLabel);
      if (found)
        add({
          field,
          el: found[0],
          via: found[1],
          labelRank,
          label: item.text,
          ...(found[2] !== undefined ? { value: found[2] } : {}),
        });
    }
  }

  // Choose per field, best first; then give each element to one field only.
  const score = (c: Candidate) => RANK[c.via] * 10 + c.labelRank;
  const choices: { def: FieldDef; best?: Candidate; ambiguous?: number }[] = defs.map((def) => {
    const list = (candidates.get(def.key) ?? []).sort((a, b) => score(a) - score(b));
    const best = list[0];
    if (!best) return { def };
    const ties = list.filter((c) => score(c) === score(best) && c.el !== best.el);
    return ties.length ? { def, best, ambiguous: ties.length + 1 } : { def, best };
  });
  const taken = new Map<Element, number>();
  const order = choices
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.best && !c.ambiguous)
    .sort((a, b) => score(a.c.best!) - score(b.c.best!));
  const winner = new Set<number>();
  for (const { c, i } of order) {
    if (taken.has(c.best!.el)) continue;
    taken.set(c.best!.el, i);
    winner.add(i);
  }

  const fields: Record<string, FieldRead> = {};
  const elements = new Map<string, Element>();
  const matches = new Map<string, FieldMatch>();
  choices.forEach(({ def, best, ambiguous }, i) => {
    let read: FieldRead;
    if (best && ambiguous) read = { state: 'ambiguous', candidates: ambiguous, label: best.label };
    else if (best && winner.has(i)) {
      read = {
        state: 'read',
        value: withoutPlaceholder(
          best.value ?? visibleValue(best.el, settings.emptyPlaceholders),
          settings.emptyPlaceholders,
        ),
        label: best.label,
        via: best.via,
        control: isControl(best.el),
      };
      elements.set(def.key, best.el);
    } else read = { state: 'absent' };
    fields[def.key] = read;
    matches.set(def.key, { read, ...(elements.get(def.key) ? { el: elements.get(def.key)! } : {}) });
  });

  // Every control gets its baseline on its first read, so no early exit.
  const baseline = options.baseline ?? new WeakMap<Element, string>();
  let unsaved = false;
  for (const c of controlsIn(
    root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : (root as Element),
  ))
    if (isModified(c, baseline)) unsaved = true;
  return { record: { page, url: options.url ?? '', fields, unsaved }, elements, matches };
}
