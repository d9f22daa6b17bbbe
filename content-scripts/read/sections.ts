/**
 * Section of an element: the nearest heading (h1–h6, legend, caption, block title, a spanning title
 * row of a table, a block shown bold) that precedes it in its ancestors' structure. Used to scope
 * repeated labels (the Interlocuteur principal's Nom…).
 */
import { cleanText, normLabel } from '../../lib/text/normalize';
import { classWords, isBold } from './dom-text';
import { pageIndex, type PageIndex } from './page-index';

function headingText(el: Element): string {
  return normLabel(el.textContent ?? '');
}

/** Longest text a person reads as a block title. */
const TITLE_MAX_CHARS = 60;
/** Class words of a title (« titre », « sous-titre », « blocTitre », « section-title »…). */
const TITLE_WORDS = new Set(['titre', 'soustitre', 'title', 'subtitle', 'heading', 'intitule']);
/** Is this normalised text one of the page's field labels (a bold label is not a title)? */
export type IsLabelText = (norm: string) => boolean;

function titleClass(el: Element): boolean {
  return classWords(el).some((words) => words.some((w) => TITLE_WORDS.has(w)));
}

/** Every visible text of a short block is shown bold. */
function allBold(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!/\S/.test((t as Text).data)) continue;
    if (++seen > 4 || !isBold(t.parentElement ?? el)) return false;
  }
  return seen > 0;
}

/**
 * What a person reads as a title: a short text with a letter, no control, not a printed label
 * (« Rôle : », « Nom : DUPONT », or a label of the page), shown as a title (a title class, a header cell, bold).
 * Computed style only here, on the few candidate elements.
 */
function looksLikeTitle(el: Element, classed: boolean, index: PageIndex, isLabelText?: IsLabelText): boolean {
  const text = cleanText(el.textContent ?? '');
  if (!text || text.length > TITLE_MAX_CHARS || text.includes(':') || !/\p{L}/u.test(text)) return false;
  if (index.controlsIn(el).length) return false;
  if (classed) return true;
  if (isLabelText?.(normLabel(text))) return false;
  return el.tagName === 'TH' || allBold(el);
}

/**
 * A title that is not a heading element: a table row whose single cell spans the table (older
 * screens: `<tr><td colspan="4" class="titre">…</td></tr>`), or a `div`/`p` block shown bold.
 */
function isTitleBlock(el: Element, index: PageIndex, isLabelText?: IsLabelText): boolean {
  if (el.tagName === 'TR') {
    const cells = (el as HTMLTableRowElement).cells;
    const cell = cells?.length === 1 ? cells[0]! : null;
    if (!cell || (cell.colSpan || 1) < 2) return false;
    return looksLikeTitle(cell, titleClass(cell) || titleClass(el), index, isLabelText);
  }
  if ((el.tagName === 'DIV' || el.tagName === 'P') && el.childElementCount <= 2)
    return looksLikeTitle(el, titleClass(el), index, isLabelText);
  return false;
}

/**
 * Normalised heading of the section holding `el`, '' when none. Memoised per read through `cache`.
 * `isLabelText` keeps the page's own labels, shown bold, from being taken for titles; `index` answers
 * « which headings, which controls inside » (page-index.ts; one for many calls).
 */
export function sectionOf(
  el: Element,
  cache: Map<Element, string>,
  isLabelText?: IsLabelText,
  index: PageIndex = pageIndex(el.ownerDocument),
): string {
  const visited: Element[] = [];
  let result = '';
  for (let node: Element | null = el; node; node = node.parentElement) {
    const cached = cache.get(node);
    if (cached !== undefined) {
      result = cached;
      break;
    }
    visited.push(node);
    if (node.tagName === 'FIELDSET') {
      const legend = node.querySelector(':scope > legend');
      if (legend && legend !== el) {
        result = headingText(legend);
        break;
      }
    }
    let found: Element | null = null;
    let known: string | undefined;
    for (let sib = node.previousElementSibling; sib && !found; sib = sib.previousElementSibling) {
      if (index.isHeading(sib)) found = sib;
      else {
        // A wrapper holding only a heading (« <div class="titre"><h3>…</h3></div> ») titles what follows;
        // a closed block with a heading and content is its own section and titles nothing after it.
        const inner = index.headingsIn(sib);
        const squash = (t: string | null) => (t ?? '').replace(/\s+/g, '');
        const last = inner[inner.length - 1];
        if (last && squash(sib.textContent) === inner.map((h) => squash(h.textContent)).join(''))
          found = last;
        else if (isTitleBlock(sib, index, isLabelText)) found = sib;
        else if (sib.tagName !== 'FIELDSET' && (known = cache.get(sib)) !== undefined) break;
      }
    }
    if (found) {
      result = headingText(found);
      break;
    }
    // A previous sibling already read, with no title between it and here: the same section.
    if (known !== undefined) {
      result = known;
      break;
    }
  }
  for (const v of visited) cache.set(v, result);
  return result;
}

/** A heading matches a section name when equal or starting with it (« Interlocuteur principal (1) »). */
export function headingMatches(heading: string, names: readonly string[]): boolean {
  if (!heading) return false;
  return names.some((n) => {
    const nn = normLabel(n);
    return heading === nn || heading.startsWith(nn + ' ');
  });
}
