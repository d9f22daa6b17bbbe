/**
 * Which tab of the page is active (docs/spec/fields.md, « Page recognition »: a tab name counts only
 * when it is the active tab): marked by aria or an active-type class on its element or an ancestor
 * showing the same text, or the only bold tab of its strip.
 */
import { cleanText, normLabel as n } from '../../lib/text/normalize';
import { classWords, collectTexts, isBold, textHolder, type TextItem } from './dom-text';

/** The tab names recognition asks about (a tab name counts only when it is the active tab). */
const TAB_NAMES = [n('Documents'), n('Contrats de travail')];
/** Class words that say « active tab » (the spec's list), alone or inside a compound class. */
const ACTIVE_WORDS = new Set(['active', 'current', 'actif', 'selected', 'sel', 'on']);
const NEGATIONS = new Set(['not', 'non', 'no', 'un', 'in']);
/** Longest tab name, and most tabs in one strip. */
const TAB_MAX_CHARS = 40;
const STRIP_MAX_TABS = 20;

/** aria-selected, aria-current, or an active-type class (« actif », « onglet_actif », « ongletOn », « tab-active »). */
export function markedActive(el: Element): boolean {
  if (el.getAttribute('aria-selected') === 'true') return true;
  const current = el.getAttribute('aria-current');
  if (current && current !== 'false') return true;
  return classWords(el).some(
    (words) => words.some((w) => ACTIVE_WORDS.has(w)) && !words.some((w) => NEGATIONS.has(w)),
  );
}

/** The element showing a tab name and its ancestors showing the same text (link, cell, item…). */
function tabChain(el: Element, norm: string): Element[] {
  const chain = [el];
  for (let p = el.parentElement; p && p.tagName !== 'BODY' && chain.length < 8; p = p.parentElement) {
    const text = p.textContent ?? '';
    if (text.length > norm.length + TAB_MAX_CHARS || n(text) !== norm) break;
    chain.push(p);
  }
  return chain;
}

/**
 * A tab name is the active tab when its element (or an ancestor showing the same text: the `a`, the
 * `li`, the `td` of older table tabs) is marked active, or when it is the only bold one among the
 * tab names of its strip (its siblings, all short texts) and no other tab is marked active.
 */
function isActiveTab(el: Element, norm: string): boolean {
  const chain = tabChain(el, norm);
  if (chain.some(markedActive)) return true;
  const item = chain[chain.length - 1]!;
  const strip = item.parentElement;
  if (!strip) return false;
  const tabs = Array.from(strip.children).filter((c) => c === item || /\S/.test(c.textContent ?? ''));
  if (tabs.length < 2 || tabs.length > STRIP_MAX_TABS) return false;
  if (tabs.some((c) => cleanText(c.textContent ?? '').length > TAB_MAX_CHARS)) return false;
  const others = tabs.filter((c) => c !== item);
  // A strip that marks its active tab by a class or aria says which one it is.
  if (
    others.some(
      (c) =>
        markedActive(c) ||
        Array.from(c.querySelectorAll('[class], [aria-selected], [aria-current]')).some(markedActive),
    )
  )
    return false;
  return isBold(el) && !others.some((c) => isBold(textHolder(c)));
}

/** Normalised names of the active tabs among the tab names recognition asks about. */
export function activeTabs(
  root: Document | Element,
  texts: readonly TextItem[] = collectTexts(root),
): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    if (!TAB_NAMES.includes(t.norm) || out.has(t.norm) || t.text.length > TAB_MAX_CHARS) continue;
    if (isActiveTab(t.el, t.norm)) out.add(t.norm);
  }
  return out;
}
