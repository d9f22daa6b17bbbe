/**
 * A list's rows sent to the background as a change to the rows it last received from the same frame:
 * a run of unchanged rows is two numbers, only a row that changed or is new travels whole. A re-read
 * of a 1,500-row planning after one edit sends a few runs and one row, not 1,500 rows.
 * Rows are matched by their whole content (every cell the rules see), so a rebuilt list is the list
 * read, row for row and in the page's order (findings name rows by their index in it).
 * Pure; written by hand (no kept library diffs arrays of plain records into index runs; ~60 lines).
 */
import type { ListRow } from '../model/types';

/** `[start, length]`: that many rows of the base, from `start`; or one row as read. */
export type RowsPart = readonly [number, number] | ListRow;

export interface RowsDelta {
  /** Id of the rows the delta applies to (the frame's last send the background acknowledged). */
  base: string;
  parts: RowsPart[];
}

/** What identifies a row's content: every cell, keys and values. */
export const rowSignature = (row: ListRow): string => JSON.stringify(row.cells);

/**
 * `rows` as runs of `base` (whose signatures are `baseSigs`) and rows not found in it. Each base
 * row is used at most once; the next base row is preferred, so unchanged stretches stay one run.
 */
export function diffRows(baseSigs: readonly string[], rows: readonly ListRow[]): RowsPart[] {
  const at = new Map<string, number[]>();
  for (let i = baseSigs.length - 1; i >= 0; i--) {
    const list = at.get(baseSigs[i]!);
    if (list) list.push(i);
    else at.set(baseSigs[i]!, [i]);
  }
  const used = new Uint8Array(baseSigs.length);
  const parts: RowsPart[] = [];
  let run: [number, number] | null = null;
  let last = -2;
  for (const row of rows) {
    const sig = rowSignature(row);
    let i = last + 1 < baseSigs.length && !used[last + 1] && baseSigs[last + 1] === sig ? last + 1 : -1;
    if (i < 0) {
      // Candidates are kept last-first: the lowest unused index is at the end.
      const list = at.get(sig);
      while (list?.length && used[list[list.length - 1]!]) list.pop();
      i = list?.length ? list.pop()! : -1;
    }
    if (i < 0) {
      parts.push(row);
      run = null;
      last = -2;
      continue;
    }
    used[i] = 1;
    if (run && i === last + 1) run[1]++;
    else parts.push((run = [i, 1]));
    last = i;
  }
  return parts;
}

/** The delta is the whole base, unchanged and in order. */
export const coversAll = (parts: readonly RowsPart[], baseLength: number): boolean =>
  parts.length === 1 && isRun(parts[0]) && parts[0][0] === 0 && parts[0][1] === baseLength;

const isRun = (p: unknown): p is readonly [number, number] =>
  Array.isArray(p) && p.length === 2 && Number.isInteger(p[0]) && Number.isInteger(p[1]);

const isRow = (p: unknown): p is ListRow =>
  !!p &&
  typeof p === 'object' &&
  !Array.isArray(p) &&
  !!(p as ListRow).cells &&
  typeof (p as ListRow).cells === 'object';

/** The rows that travelled whole in a delta (what the background checks when it comes). */
export const deltaRows = (parts: readonly unknown[]): ListRow[] => parts.filter(isRow);

/** The rows a delta stands for; null when it does not fit `base` (not sent from it, or damaged). */
export function applyRows(base: readonly ListRow[], parts: readonly unknown[]): ListRow[] | null {
  const rows: ListRow[] = [];
  for (const p of parts) {
    if (isRun(p)) {
      const [start, length] = p;
      if (start < 0 || length < 1 || start + length > base.length) return null;
      for (let i = start; i < start + length; i++) rows.push(base[i]!);
    } else if (isRow(p)) rows.push(p);
    else return null;
  }
  return rows;
}
