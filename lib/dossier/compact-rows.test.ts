import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactRows, expandRows } from './compact-rows';
import type { ListRow } from '../model/types';

describe('compact rows (lib/dossier/compact-rows.ts)', () => {
  it('codes two planning rows as columns, distinct values and numbers (worked out by hand)', () => {
    const rows: ListRow[] = [
      { cells: { 'prestation.date': '01/12/2026', 'prestation.intervenant': 'DUBOIS Laura' } },
      { cells: { 'prestation.date': '02/12/2026', 'prestation.intervenant': 'DUBOIS Laura', x: '' } },
    ];
    expect(compactRows(rows)).toEqual({
      c: ['prestation.date', 'prestation.intervenant', 'x'],
      d: [['01/12/2026', '02/12/2026'], ['DUBOIS Laura'], ['']],
      r: [
        [1, 1, 0],
        [2, 1, 1],
      ],
    });
  });

  it('gives back the same rows, cells and values, for any rows', () => {
    const cells = fc.dictionary(fc.constantFrom('a', 'b', 'c', '__proto__', 'd e'), fc.string());
    fc.assert(
      fc.property(fc.array(fc.record({ cells })), (rows) => {
        expect(expandRows(structuredClone(compactRows(rows)))).toEqual(rows);
      }),
    );
  });
});
