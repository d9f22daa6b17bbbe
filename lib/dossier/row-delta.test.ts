import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ListRow } from '../model/types';
import { applyRows, deltaRows, coversAll, diffRows, rowSignature } from './row-delta';

const row = (date: string, debut = '08:00', statut = 'Validée'): ListRow => ({
  cells: { 'prestation.date': date, 'prestation.debut': debut, 'prestation.statut': statut },
});
const sigs = (rows: readonly ListRow[]) => rows.map(rowSignature);

describe('diffRows', () => {
  const base = [
    row('01/03/2027'),
    row('02/03/2027'),
    row('03/03/2027'),
    row('04/03/2027'),
    row('05/03/2027'),
  ];

  it('sends an unchanged list as one run', () => {
    expect(
      diffRows(
        sigs(base),
        base.map((r) => ({ cells: { ...r.cells } })),
      ),
    ).toEqual([[0, 5]]);
  });

  it('sends one edited row whole, the others as two runs around it', () => {
    const read = [base[0]!, base[1]!, row('03/03/2027', '08:00', 'Brouillon'), base[3]!, base[4]!];
    expect(diffRows(sigs(base), read)).toEqual([[0, 2], row('03/03/2027', '08:00', 'Brouillon'), [3, 2]]);
  });

  it('sends a removed row as a gap and an added row whole', () => {
    const read = [base[0]!, base[2]!, base[3]!, base[4]!, row('06/03/2027')];
    expect(diffRows(sigs(base), read)).toEqual([[0, 1], [2, 3], row('06/03/2027')]);
  });

  it('matches rows that moved, and uses each base row once when two rows are the same', () => {
    const twins = [row('01/03/2027'), row('01/03/2027'), row('02/03/2027')];
    expect(diffRows(sigs(twins), [twins[2]!, twins[0]!, twins[1]!, twins[0]!])).toEqual([
      [2, 1],
      [0, 2],
      row('01/03/2027'),
    ]);
  });

  it('says when a delta is its whole base unchanged', () => {
    expect(coversAll(diffRows(sigs(base), base), 5)).toBe(true);
    expect(coversAll(diffRows(sigs(base), base.slice(0, 4)), 5)).toBe(false);
    expect(coversAll(diffRows(sigs(base), [...base.slice(1), base[0]!]), 5)).toBe(false);
    expect(coversAll([], 0)).toBe(false);
  });

  it('sends every row of a list read without a base', () => {
    expect(diffRows([], base)).toEqual(base);
  });
});

describe('applyRows', () => {
  const base = [row('01/03/2027'), row('02/03/2027'), row('03/03/2027')];

  it('rebuilds the rows of a delta', () => {
    expect(applyRows(base, [[1, 2], row('09/03/2027'), [0, 1]])).toEqual([
      row('02/03/2027'),
      row('03/03/2027'),
      row('09/03/2027'),
      row('01/03/2027'),
    ]);
  });

  it('refuses a delta that does not fit its base', () => {
    expect(applyRows(base, [[2, 2]])).toBeNull();
    expect(applyRows(base, [[-1, 1]])).toBeNull();
    expect(applyRows(base, [[0, 0]])).toBeNull();
    expect(applyRows(base, ['x'])).toBeNull();
    expect(applyRows(base, [null])).toBeNull();
  });

  it('gives back the rows read, whatever changed (random lists and edits)', () => {
    const arbRow = fc
      .record({ d: fc.integer({ min: 1, max: 6 }), s: fc.constantFrom('Validée', 'Brouillon', 'Annulée') })
      .map(({ d, s }) => row(`0${d}/03/2027`, '08:00', s));
    fc.assert(
      fc.property(
        fc.array(arbRow, { maxLength: 30 }),
        fc.array(arbRow, { maxLength: 30 }),
        (before, after) => {
          const parts = diffRows(sigs(before), after);
          expect(applyRows(before, parts)).toEqual(after);
          // Never more parts than rows: a run stands for one row or more.
          expect(parts.length).toBeLessThanOrEqual(after.length);
        },
      ),
    );
  });
});

describe('deltaRows: the rows that travelled whole in a delta', () => {
  it('keeps the rows, not the runs nor anything damaged (worked out by hand)', () => {
    const row = { cells: { 'prestation.date': '02/03/2026' } };
    expect(deltaRows([[0, 2], row, null, [1, 2, 3], { cells: null }, 'x'])).toEqual([row]);
  });
});
