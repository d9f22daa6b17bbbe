/** withAccumulated (the page's rows, then the store's rows that are not on the page). */
import { describe, expect, it } from 'vitest';
import type { ListRow } from '../../lib/model/types';
import { withAccumulated } from '../../lib/planning/rows';

const row = (date: string, debut: string, prestation: string, statut = 'Validé'): ListRow => ({
  cells: {
    'prestation.date': date,
    'prestation.debut': debut,
    'prestation.prestation': prestation,
    'prestation.statut': statut,
  },
});
const page = [row('01/12/2026', '9h00', 'Aide'), row('02/12/2026', '9h00', 'Aide')];
const copy = (rows: ListRow[]) => rows.map((r) => ({ cells: { ...r.cells } }));

describe('withAccumulated', () => {
  it("is the page's own array when the store holds copies of the same rows", () => {
    expect(withAccumulated(page, copy(page))).toBe(page);
    expect(withAccumulated(page, copy(page).reverse())).toBe(page);
    // Same prestation written differently (08h vs 8h00, 2026-12-01 vs 01/12/2026): the same row.
    expect(withAccumulated(page, [row('2026-12-01', '09:00', 'AIDE'), ...copy(page).slice(1)])).toBe(page);
  });

  it('adds the rows of other periods, after the page rows', () => {
    const other = row('15/01/2027', '9h00', 'Aide');
    const all = withAccumulated(page, [other, ...copy(page)]);
    expect(all.slice(0, 2)).toEqual(page);
    expect(all[2]).toEqual(other);
    expect(all).toHaveLength(3);
  });

  it('keeps a row the store has with the same length but another prestation', () => {
    const changed = [row('01/12/2026', '9h00', 'Aide'), row('02/12/2026', '10h00', 'Aide')];
    const all = withAccumulated(page, changed);
    expect(all).toHaveLength(3);
    expect(all[2]!.cells['prestation.debut']).toBe('10h00');
  });
});
