/**
 * Section of an element: the nearest heading (h1–h6, legend, caption, block title) that precedes it
 * in its ancestors' structure. Used to scope repeated labels (the Interlocuteur principal's Nom…).
 */
import { normLabel } from '../lib/normalize';

export const HEADING_SELECTOR =
  'h1,h2,h3,h4,h5,h6,legend,caption,[role="heading"],.bloc-titre,.titre-bloc,.section-title,.panel-title,.panel-heading,.card-header';

function headingText(el: Element): string {
  return normLabel(el.textContent ?? '');
}

/** Normalised heading of the section holding `el`, '' when none. Memoised per read through `cache`. */
export function sectionOf(el: Element, cache: Map<Element, string>): string {
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
    for (let sib = node.previousElementSibling; sib && !found; sib = sib.previousElementSibling) {
      if (sib.matches(HEADING_SELECTOR)) found = sib;
      else {
        // A wrapper holding only a heading (« <div class="titre"><h3>…</h3></div> ») titles what follows;
        // a closed block with a heading and content is its own section and titles nothing after it.
        const inner = Array.from(sib.querySelectorAll(HEADING_SELECTOR));
        const squash = (t: string | null) => (t ?? '').replace(/\s+/g, '');
        const last = inner[inner.length - 1];
        if (last && squash(sib.textContent) === inner.map((h) => squash(h.textContent)).join(''))
          found = last;
      }
    }
    if (found) {
      result = headingText(found);
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
