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
import { normLabel } from '../../lib/text/normalize';
import { withoutPlaceholder } from '../../lib/text/placeholders';
import type { FieldOverride, Settings } from '../../lib/settings/settings';
import type { Association, FieldRead, PageKey, PageRecord } from '../../lib/model/types';
import {
  collectTexts,
  isControl,
  isModified,
  OVERLAY_TAG,
  visibleValue,
  type Baseline,
  type TextItem,
} from './dom-text';
import { associate, valueElementIn, type Scope } from './associate';
import { boundElement } from './binding';
import { holdersOf, pageIndex, type PageIndex } from './page-index';
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

/** Controls named by aria-label / aria-labelledby. */
function ariaItems(doc: Document): TextItem[] {
  const items: TextItem[] = [];
  for (const el of Array.from(doc.querySelectorAll('[aria-label], [aria-labelledby]'))) {
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
  /** The page's index, collected with the texts (page-index.ts). */
  index?: PageIndex;
  url?: string;
  /** What the controls showed at their first read (kept across reads); without it, nothing is unsaved. */
  baseline?: Baseline;
}

export function readPage(
  root: Document,
  page: PageKey,
  defs: readonly FieldDef[],
  settings: Settings,
  options: ReadOptions = {},
): ReadResult {
  const index = labelIndex(defs, settings.fields);
  const dom = options.index ?? pageIndex(root);
  const texts = (options.texts ?? collectTexts(root, (el) => dom.controlsIn(el).length > 0)).filter((t) =>
    index.has(t.norm),
  );
  const holders = holdersOf(texts.map((t) => t.el));
  const scope: Scope = { controlsIn: dom.controlsIn, containsLabel: (el) => holders.has(el) };
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
      if (!inScope(field, settings.fields[field.key], sectionOf(item.el, sections, isLabelText, dom)))
        continue;
      const el = isControl(item.el) ? item.el : valueElementIn(item.el, scope, field.controlIndex);
      if (el) add({ field, el, via: 'aria', labelRank, label: item.text });
    }
  }
  for (const item of texts) {
    const heading = sectionOf(item.el, sections, isLabelText, dom);
    for (const { field, labelRank } of index.get(item.norm) ?? []) {
      if (!inScope(field, settings.fields[field.key], heading)) continue;
      const found = associate(item.el, field, scope);
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
          best.value ?? visibleValue(best.el, settings.emptyPlaceholders, dom.controlsIn),
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
  for (const c of dom.controlsIn(root.body ?? root.documentElement))
    if (isModified(c, baseline)) unsaved = true;
  return { record: { page, url: options.url ?? '', fields, unsaved }, elements, matches };
}
