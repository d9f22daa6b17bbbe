/**
 * Collect once, then match: what the reader asks of a page — which controls an element holds, which
 * headings, whether it is one — gathered by one native query each into plain maps (element → what it
 * holds, in document order). Associating ~40 labels with their values then asks the DOM no search per
 * label: each search from the extension's isolated world is a crossing into the page, and on a
 * page's first scan cold code besides. The answers are exactly those of `querySelectorAll` (a page
 * with very many controls or headings is asked directly, as before).
 */
import { CONTROL_SELECTOR, isControl } from './dom-text';

const HEADING_SELECTORS = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'legend',
  'caption',
  '[role="heading"]',
  '.bloc-titre',
  '.titre-bloc',
  '.section-title',
  '.panel-title',
  '.panel-heading',
  '.card-header',
];
const HEADING_SELECTOR = HEADING_SELECTORS.join(',');

export interface PageIndex {
  /** The controls inside `el`, in document order; `[el]` when it is one (as `controlsIn`, dom-text.ts). */
  controlsIn(el: Element): readonly Element[];
  /** The headings inside `el` (itself excluded), in document order. */
  headingsIn(el: Element): readonly Element[];
  isHeading(el: Element): boolean;
}

/** Past this many, mapping every control's ancestors costs more than asking the few elements needed. */
const MAX_INDEXED = 300;
const NONE: readonly Element[] = [];

/** Element → the items inside it (itself included), in document order; null when too many. */
function byAncestor(items: ArrayLike<Element>): Map<Element, Element[]> | null {
  if (items.length > MAX_INDEXED) return null;
  const under = new Map<Element, Element[]>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    for (let a: Element | null = item; a; a = a.parentElement) {
      const list = under.get(a);
      if (list) list.push(item);
      else under.set(a, [item]);
    }
  }
  return under;
}

const all = (el: Element, selector: string) => Array.from(el.querySelectorAll(selector));

const inDocumentOrder = (a: Node, b: Node) =>
  a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;

/**
 * `querySelectorAll` of a list of simple selectors, one query each: a lone tag, class or attribute
 * takes the browser's fast path, a list of fifteen matches every selector on every element (four
 * times slower on a 1,500-row planning, docs/performance.md). Same elements, same order.
 */
export function queryEach(root: ParentNode, selectors: readonly string[]): Element[] {
  const found = new Set<Element>();
  for (const selector of selectors) for (const el of root.querySelectorAll(selector)) found.add(el);
  return [...found].sort(inDocumentOrder);
}

/** The index of a document. */
export function pageIndex(doc: Document): PageIndex {
  const controlsUnder = byAncestor(doc.querySelectorAll(CONTROL_SELECTOR));
  const headings = queryEach(doc, HEADING_SELECTORS);
  const headingsUnder = byAncestor(headings);
  const headingSet = headingsUnder && new Set(headings);
  return {
    controlsIn: (el) =>
      isControl(el) ? [el] : controlsUnder ? (controlsUnder.get(el) ?? NONE) : all(el, CONTROL_SELECTOR),
    headingsIn: (el) => {
      if (!headingsUnder) return all(el, HEADING_SELECTOR);
      const list = headingsUnder.get(el) ?? NONE;
      return list[0] === el ? list.slice(1) : list;
    },
    isHeading: (el) => (headingSet ? headingSet.has(el) : el.matches(HEADING_SELECTOR)),
  };
}

/** The elements holding one of `els` (themselves included): « contains a label » without a search. */
export function holdersOf(els: Iterable<Element>): Set<Element> {
  const holders = new Set<Element>();
  for (const el of els)
    for (let a: Element | null = el; a && !holders.has(a); a = a.parentElement) holders.add(a);
  return holders;
}
