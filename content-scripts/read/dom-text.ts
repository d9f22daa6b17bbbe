/**
 * One cheap pass over a document's short texts: what a person would read as labels, headers and
 * tab names. Shared by page recognition and the field reader, so a page is walked once per read.
 */
import { cleanText, normLabel } from '../../lib/text/normalize';
import { isEmptyPlaceholder } from '../../lib/text/placeholders';

export const OVERLAY_TAG = 'dossier-conforme-overlay';
export const CONTROL_SELECTOR = 'input:not([type=hidden]), select, textarea';
const SKIP_PARENTS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'OPTION',
  'OPTGROUP',
  'SELECT',
  'TEXTAREA',
  'TEMPLATE',
]);
/** Longest text that can still be a label, a header or a tab name. */
const MAX_LABEL_CHARS = 90;

export interface TextItem {
  /** Element holding the label text (the text node's parent, or a control-free container). */
  el: Element;
  /** Text as shown. */
  text: string;
  /** Normalised label form. */
  norm: string;
}

/** Whether an element holds a control (a look-up in the page's index, page-index.ts, or a search). */
type HasControl = (el: Element) => boolean;
const searchControl: HasControl = (el) => !!el.querySelector(CONTROL_SELECTOR);

/** The label text of an element: its whole text when it has no control inside, else its own text node. */
function labelTextOf(parent: Element, node: Text, hasControl: HasControl): string {
  const whole = parent.textContent ?? '';
  if (whole.length <= MAX_LABEL_CHARS && !hasControl(parent)) return whole;
  return node.data;
}

/** A table with more rows than this is a data list: its rows past the first ones hold no label. */
const LIST_TABLE_ROWS = 60;
const LIST_HEAD_ROWS = 3;

/**
 * Where the text walk jumps past the rows of long data tables (a 1,500-row planning holds no label):
 * the first skipped row of each table section → the section's last row. The rows skipped are those
 * after the first LIST_HEAD_ROWS of the table, in `table.rows` order.
 */
function dataRows(root: Document | Element): Map<Element, Element> {
  const skip = new Map<Element, Element>();
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const t = table as HTMLTableElement;
    if (t.rows.length <= LIST_TABLE_ROWS) continue;
    // table.rows order: the head, the bodies and rows outside any section, then the foot.
    let index = 0;
    const sections: (HTMLTableSectionElement | HTMLTableElement)[] = [];
    if (t.tHead) sections.push(t.tHead);
    sections.push(...Array.from(t.tBodies));
    if (t.tFoot) sections.push(t.tFoot);
    let counted = 0;
    for (const section of sections) {
      const rows = section.rows;
      const first = Math.max(0, LIST_HEAD_ROWS - index);
      if (first < rows.length) skip.set(rows[first]!, rows[rows.length - 1]!);
      index += rows.length;
      counted += rows.length;
    }
    // Rows directly in the table (built by script, no tbody): the general case, row by row.
    if (counted !== t.rows.length) {
      for (const [from] of [...skip]) if (t.contains(from)) skip.delete(from);
      const rows = t.rows;
      for (let i = LIST_HEAD_ROWS; i < rows.length; i++) skip.set(rows[i]!, rows[i]!);
    }
  }
  return skip;
}

/** Our overlay's hosts holding nodes of their own (its content lives in a shadow root): none, usually. */
function overlayNodes(doc: Document): boolean {
  const hosts = doc.getElementsByTagName(OVERLAY_TAG);
  for (let i = 0; i < hosts.length; i++) if (hosts[i]!.firstChild) return true;
  return false;
}

/** Collect every short text of `root` once, deduplicated by element. */
export function collectTexts(root: Document | Element, hasControl: HasControl = searchControl): TextItem[] {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const start = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  if (!start) return [];
  const skipRows = dataRows(root);
  const walker = doc.createTreeWalker(
    start,
    skipRows.size ? NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT : NodeFilter.SHOW_TEXT,
  );
  /** The node after the current one's subtree. */
  const skipSubtree = (): Node | null => {
    let next = walker.nextSibling();
    while (!next && walker.parentNode()) next = walker.nextSibling();
    return next;
  };
  const items: TextItem[] = [];
  const seen = new Set<Element>();
  const inOverlay = overlayNodes(doc);
  for (let node = walker.nextNode(); node;) {
    if (node.nodeType !== 3) {
      const last = skipRows.get(node as Element);
      if (last) {
        // Past the run of data rows: from its last row to what follows it.
        walker.currentNode = last;
        node = skipSubtree();
      } else node = walker.nextNode();
      continue;
    }
    const n = node as Text;
    node = walker.nextNode();
    const data = n.data;
    // Whitespace between rows and cells: skip before touching the parent (a tbody's text is huge).
    if (data.length > 400 || !/\S/.test(data)) continue;
    const parent = n.parentElement;
    if (!parent || SKIP_PARENTS.has(parent.tagName) || seen.has(parent)) continue;
    if (inOverlay && parent.closest(OVERLAY_TAG)) continue;
    const raw = labelTextOf(parent, n, hasControl);
    if (raw.length > MAX_LABEL_CHARS) continue;
    const text = cleanText(raw);
    if (!text || text === '*' || text === ':') continue;
    seen.add(parent);
    items.push({ el: parent, text, norm: normLabel(text) });
  }
  return items;
}

export function isControl(el: Element): el is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const t = el.tagName;
  return (t === 'INPUT' && (el as HTMLInputElement).type !== 'hidden') || t === 'SELECT' || t === 'TEXTAREA';
}

export function controlsIn(el: Element): Element[] {
  if (isControl(el)) return [el];
  return Array.from(el.querySelectorAll(CONTROL_SELECTOR));
}

/**
 * The value a person sees in a control or read-only element. A selected option whose text is a
 * placeholder (« -- Choisir -- », « Non renseigné »: `placeholders`, lib/text/placeholders.ts) is nothing chosen.
 * `find`: the controls inside an element (the page's index, page-index.ts, when there is one).
 */
export function visibleValue(
  el: Element,
  placeholders?: readonly string[],
  find: (el: Element) => readonly Element[] = controlsIn,
): string {
  if (el.tagName === 'SELECT') {
    const s = el as HTMLSelectElement;
    return Array.from(s.selectedOptions ?? [])
      .map((o) => cleanText(o.text))
      .filter((t) => !isEmptyPlaceholder(t, placeholders))
      .join(', ');
  }
  if (el.tagName === 'INPUT') {
    const i = el as HTMLInputElement;
    if (i.type === 'checkbox' || i.type === 'radio') return i.checked ? 'oui' : '';
    return cleanText(i.value);
  }
  if (el.tagName === 'TEXTAREA') return cleanText((el as HTMLTextAreaElement).value);
  const inner = find(el);
  if (inner.length) return visibleValue(inner[0]!, placeholders);
  return cleanText(el.textContent ?? '');
}

/**
 * The words of an element's classes, lower-cased, one list per class: « onglet_actif » → [onglet,
 * actif], « ongletOn » → [onglet, on], « sous-titre » → [sous, titre].
 */
export function classWords(el: Element): string[][] {
  const cls = el.getAttribute('class');
  if (!cls) return [];
  return cls
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => token.split(/[-_]+|(?<=[a-z0-9])(?=[A-Z])/).map((p) => p.toLowerCase()));
}

/** A font weight a person sees as bold: `bold`, `bolder` or 600 and more. */
function heavy(weight: string): boolean {
  return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
}

/**
 * The element's text is shown bold: its computed font weight (inherited from `<b>`, `<strong>`, an
 * inline style or the page's stylesheet) is 600 or more. Where no style is computed, `<b>`/`<strong>`.
 * A style computation: call it on a few candidate elements only.
 */
export function isBold(el: Element): boolean {
  const view = el.ownerDocument?.defaultView ?? (typeof window === 'undefined' ? null : window);
  try {
    const weight = view?.getComputedStyle(el).fontWeight;
    if (weight) return heavy(weight);
  } catch {
    // An element of a closed document: fall back to the markup.
  }
  return !!el.closest('b,strong');
}

/** The element holding the first visible text of `el` (for its style), else `el`. */
export function textHolder(el: Element): Element {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode())
    if (/\S/.test((t as Text).data) && !SKIP_PARENTS.has(t.parentElement?.tagName ?? ''))
      return t.parentElement ?? el;
  return el;
}

/**
 * An element's text as laid out (parts hidden by CSS left out, `<br>` as a break), where the browser
 * lays pages out; its `textContent` elsewhere (jsdom).
 */
export function renderedText(el: Element): string {
  const text: unknown = (el as HTMLElement).innerText;
  return typeof text === 'string' ? text : (el.textContent ?? '');
}

/**
 * What each control showed when a read first saw it: the reference of « unsaved changes ». Not the
 * HTML default value: a single-page app fills its fields by script, and right after it rendered the
 * fiche nothing is unsaved. One per page (the controller keeps it across re-reads).
 */
export type Baseline = WeakMap<Element, string>;

/** The state a person changes in a control (selected options, ticked, text), null for a button. */
function controlState(el: Element): string | null {
  if (el.tagName === 'SELECT') {
    const s = el as HTMLSelectElement;
    let state = '';
    for (let i = 0; i < s.options.length; i++) if (s.options[i]!.selected) state += `${i},`;
    return state;
  }
  if (el.tagName === 'INPUT') {
    const i = el as HTMLInputElement;
    if (i.type === 'checkbox' || i.type === 'radio') return i.checked ? '1' : '0';
    if (i.type === 'button' || i.type === 'submit' || i.type === 'reset' || i.type === 'file') return null;
    return i.value;
  }
  if (el.tagName === 'TEXTAREA') return (el as HTMLTextAreaElement).value;
  return null;
}

/** The control shows something else than at its first read (which sets its baseline). */
export function isModified(el: Element, baseline: Baseline): boolean {
  const state = controlState(el);
  if (state === null) return false;
  const first = baseline.get(el);
  if (first === undefined) {
    baseline.set(el, state);
    return false;
  }
  return state !== first;
}
