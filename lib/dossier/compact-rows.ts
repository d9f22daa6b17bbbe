/**
 * List rows as stored: the column names once, each column's distinct values once, and per row one
 * number per column (0: no such cell, n: the column's n-th value). A year-long planning repeats its
 * field names in every row (more than half its bytes as plain rows) and few distinct values (an AVS,
 * a few prestations, the same start times): coded this way it takes a tenth of the space. Pure and
 * lossless: `expandRows(compactRows(rows))` has the same rows, cells and values (each row's cells in
 * the columns' order).
 * Written by hand: no kept library does column dictionaries over plain JSON, and this is 40 lines.
 */
import type { ListRow } from '../model/types';

export interface CompactRows {
  /** Column (field) keys, in the order first met. */
  c: string[];
  /** For each column, its distinct values. */
  d: string[][];
  /** For each row, for each column: 0 when the row has no such cell, else 1 + the value's index. */
  r: number[][];
}

export function compactRows(rows: readonly ListRow[]): CompactRows {
  const c: string[] = [];
  const col = new Map<string, number>();
  const d: string[][] = [];
  const index: Map<string, number>[] = [];
  const coded: [number, number][][] = [];
  for (const row of rows) {
    const cells: [number, number][] = [];
    for (const [k, v] of Object.entries(row.cells)) {
      let i = col.get(k);
      if (i === undefined) {
        i = c.push(k) - 1;
        col.set(k, i);
        d.push([]);
        index.push(new Map());
      }
      let n = index[i]!.get(v);
      if (n === undefined) {
        n = d[i]!.push(v);
        index[i]!.set(v, n);
      }
      cells.push([i, n]);
    }
    coded.push(cells);
  }
  const r = coded.map((cells) => {
    const out = new Array<number>(c.length).fill(0);
    for (const [i, n] of cells) out[i] = n;
    return out;
  });
  return { c, d, r };
}

export function expandRows(x: CompactRows): ListRow[] {
  return x.r.map((codes) => {
    const cells: [string, string][] = [];
    codes.forEach((n, i) => {
      if (n > 0) cells.push([x.c[i]!, x.d[i]![n - 1]!]);
    });
    return { cells: Object.fromEntries(cells) };
  });
}

export const isCompactRows = (x: unknown): x is CompactRows =>
  typeof x === 'object' &&
  x !== null &&
  Array.isArray((x as CompactRows).c) &&
  Array.isArray((x as CompactRows).d) &&
  Array.isArray((x as CompactRows).r);
