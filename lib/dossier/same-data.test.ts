import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sameData } from './same-data';

/** What the background compared before (a JSON string per value, stamps dropped, keys sorted). */
const asJson = (x: unknown) =>
  JSON.stringify(x, (k, v: unknown) =>
    k === 'readAt' || k === 'lastActivity'
      ? undefined
      : v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
  );

describe('sameData', () => {
  it('ignores time stamps and the order of keys', () => {
    expect(
      sameData(
        {
          key: 'code:CLI1',
          lastActivity: 1,
          planning: { readAt: 5, value: { rows: [{ cells: { a: '1', b: '2' } }] } },
        },
        {
          planning: { value: { rows: [{ cells: { b: '2', a: '1' } }] }, readAt: 9 },
          key: 'code:CLI1',
          lastActivity: 2,
        },
      ),
    ).toBe(true);
  });

  it('sees one changed cell, a missing key, a longer list', () => {
    const row = (statut: string) => ({ cells: { 'prestation.statut': statut } });
    expect(sameData({ rows: [row('Validée')] }, { rows: [row('Brouillon')] })).toBe(false);
    expect(sameData({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, c: undefined })).toBe(true);
    expect(sameData({ rows: [row('x')] }, { rows: [row('x'), row('x')] })).toBe(false);
    expect(sameData({ a: [1] }, { a: { 0: 1 } })).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });

  it('says what comparing their JSON said (random values)', () => {
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom('a', 'b', '', 0, 1, true, null),
        fc.array(tie('v'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'readAt', 'lastActivity', 'cells'), tie('v'), { maxKeys: 4 }),
      ),
    })).v;
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameData(a, b)).toBe(asJson(a) === asJson(b));
        expect(sameData(a, structuredClone(a))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
