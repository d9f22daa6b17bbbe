/**
 * What a person sees of a list: its rows shown (a row the page hides is no prestation), and each
 * cell's value as shown. Shared by the table reader and the ARIA grid reader.
 */
import { cleanText } from '../../lib/text/normalize';
import { controlsIn, renderedText, visibleValue } from './dom-text';

/** An inline style that hides the element (`display: none`, `visibility: hidden` or `collapse`). */
const HIDING_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!\s*important\s*)?(?:;|$)/i;

/** Hidden by its own markup or that of an ancestor below `list`: the `hidden` attribute, an inline style. */
function hiddenByMarkup(row: Element, list: Element): boolean {
  for (let e: Element | null = row; e && e !== list; e = e.parentElement) {
    if (e.hasAttribute('hidden')) return true;
    const style = e.getAttribute('style');
    if (style && HIDING_STYLE.test(style)) return true;
  }
  return false;
}

interface Checkable {
  checkVisibility(options?: { visibilityProperty?: boolean }): boolean;
}
const canCheck = (el: Element): el is Element & Checkable =>
  typeof (el as Partial<Checkable>).checkVisibility === 'function';

/** Shown by the layout; a row laid out with `display: contents` has no box of its own: its cells say. */
function shownByLayout(row: Element & Checkable): boolean {
  if (row.checkVisibility({ visibilityProperty: true })) return true;
  const view = row.ownerDocument.defaultView;
  if (view?.getComputedStyle(row).display !== 'contents') return false;
  for (const cell of Array.from(row.children))
    if (canCheck(cell) && cell.checkVisibility({ visibilityProperty: true })) return true;
  return false;
}

/**
 * The test « is this row of `list` shown », for every row of one list. Where the browser lays the
 * list out, the layout answers (display:none, the hidden attribute, a class whose CSS hides the row,
 * visibility:hidden, a hidden row group); where it does not (jsdom, a frame not displayed), the
 * markup of the row and its ancestors does (the hidden attribute, an inline style).
 */
export function rowShown(list: Element): (row: Element) => boolean {
  if (canCheck(list) && list.checkVisibility())
    return (row) => (canCheck(row) ? shownByLayout(row) : !hiddenByMarkup(row, list));
  return (row) => !hiddenByMarkup(row, list);
}

/**
 * A cell's value as shown: its text when it holds only text; else its rendered text (a hidden sort
 * key left out), or the value of its control when the list has controls (`controls`).
 */
function cellValue(cell: Element | undefined, controls: boolean): string {
  if (!cell) return '';
  if (!cell.childElementCount) return cleanText(cell.textContent ?? '');
  return controls && controlsIn(cell).length ? visibleValue(cell) : cleanText(renderedText(cell));
}

/** A row's values at the list's columns, from its cells by position; null when all are empty. */
export function cellValues(
  cells: ArrayLike<Element | undefined>,
  keys: readonly string[],
  positions: readonly number[],
  controls: boolean,
): Record<string, string> | null {
  const values: Record<string, string> = {};
  let any = false;
  for (let k = 0; k < keys.length; k++) {
    const v = cellValue(cells[positions[k]!], controls);
    values[keys[k]!] = v;
    if (v) any = true;
  }
  return any ? values : null;
}
