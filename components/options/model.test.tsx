import { describe, expect, it } from 'vitest';
import { emptyFor, getAt, HIDDEN, keysOfSection, newestDate, SECTION_OF, setAt, SECTIONS } from './model';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';

describe('options model', () => {
  it('every setting (but the version) is in exactly one section', () => {
    const shown = SECTIONS.flatMap((s) => keysOfSection(s));
    expect(shown.sort()).toEqual(
      Object.keys(DEFAULT_SETTINGS)
        .filter((k) => k !== 'version')
        .sort(),
    );
  });

  it('reads and writes at a path without touching the original', () => {
    const s = { a: { b: [1, 2] }, c: 1 };
    const t = setAt(s, ['a', 'b', 1], 5);
    expect(getAt(t, ['a', 'b', 1])).toBe(5);
    expect(s.a.b[1]).toBe(2);
    expect(setAt(s, ['c'], undefined)).toEqual({ a: { b: [1, 2] } });
  });

  it('finds the newest date of dated values, and an empty value per schema', () => {
    expect(newestDate(DEFAULT_SETTINGS.legal)).toBe('2026-01-01');
    expect(
      emptyFor({
        type: 'object',
        required: ['from', 'value'],
        properties: { from: { type: 'string' }, value: { type: 'number' } },
      }),
    ).toEqual({ from: '', value: 0 });
  });
});

describe('sections', () => {
  it('put every setting in a named section (none left under « Autres réglages »)', () => {
    const keys = Object.keys(DEFAULT_SETTINGS).filter((k) => !HIDDEN.has(k));
    expect(keys.filter((k) => !SECTION_OF[k])).toEqual([]);
  });
});
