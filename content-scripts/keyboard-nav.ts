/**
 * Keyboard: Alt+Shift+N moves the focus to the next field (or list row) with a finding on this
 * frame's page, Alt+Shift+P to the previous one, in the page's order, wrapping around; the element is
 * scrolled to the middle of the screen and flashed (Web Animations API: no attribute or style of
 * Ogust's nodes is changed). A field that cannot take the focus itself (read-only text, a row)
 * lends it to its first control or link; the position is remembered for the next key press.
 */
import { OVERLAY_TAG } from './read/dom-text';

const FOCUSABLE = 'input:not([type=hidden]), select, textarea, button, a[href], [tabindex]';

function shown(el: Element): boolean {
  return !(el as HTMLElement).closest?.('[hidden]') && el.getClientRects().length > 0;
}

function flash(el: Element): void {
  el.animate?.(
    [
      { outline: '4px solid rgb(245 158 11)', outlineOffset: '2px' },
      { outline: '4px solid rgb(245 158 11 / 0)', outlineOffset: '6px' },
    ],
    { duration: 700, iterations: 2, easing: 'ease-out' },
  );
}

/** The elements with a finding, in document order (fields and rows alike). */
function findingTargets(doc: Document): Element[] {
  return [...doc.querySelectorAll('[data-oc-status]')].filter((el) => !el.closest(OVERLAY_TAG) && shown(el));
}

/** Where the last move left: the element with a finding, and what had the focus after it. */
export interface NavPosition {
  el: Element;
  focused: Element | null;
}

/** Move to the next (+1) or previous (−1) element with a finding; null when there is none. */
function moveToFinding(doc: Document, step: 1 | -1, from?: NavPosition | null): NavPosition | null {
  const items = findingTargets(doc);
  if (!items.length) return null;
  const active = doc.activeElement;
  // The focus still where the last move left it: go on from there (a field that takes no focus).
  let cur = from && from.focused === active ? items.indexOf(from.el) : -1;
  if (cur < 0)
    cur = items.findIndex((el) => !!active && active !== doc.body && (el === active || el.contains(active)));
  const next = cur < 0 ? (step > 0 ? 0 : items.length - 1) : (cur + step + items.length) % items.length;
  const el = items[next]!;
  try {
    el.scrollIntoView({ block: 'center' });
    const focusable = el.matches(FOCUSABLE) ? el : el.querySelector(FOCUSABLE);
    if (focusable instanceof HTMLElement || focusable instanceof SVGElement)
      (focusable as HTMLElement).focus({ preventScroll: true });
    flash(el);
  } catch {
    // Never break the page for a move.
  }
  return { el, focused: doc.activeElement };
}

/** Alt+Shift+N / Alt+Shift+P in this frame, until `signal` aborts. */
export function watchFindingKeys(doc: Document, signal: AbortSignal): void {
  let last: NavPosition | null = null;
  const onKey = (e: KeyboardEvent) => {
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
    if (e.code !== 'KeyN' && e.code !== 'KeyP') return;
    const moved = moveToFinding(doc, e.code === 'KeyN' ? 1 : -1, last);
    if (!moved) return;
    e.preventDefault();
    last = moved;
  };
  doc.addEventListener('keydown', onKey, { capture: true, signal });
}
