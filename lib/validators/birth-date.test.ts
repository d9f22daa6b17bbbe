import { describe, expect, it } from 'vitest';
import { ageOn, birthIso, checkBirthDate } from './birth-date';

const TODAY = '2026-03-15';

describe('ageOn', () => {
  it.each([
    ['1956-03-14', 70],
    ['1956-03-15', 70],
    ['1956-03-16', 69],
    ['1966-03-15', 60],
    ['1966-03-16', 59],
    ['2008-02-29', 18],
  ])('born %s → %i on 2026-03-15', (birth, age) => {
    expect(ageOn(birth, TODAY)).toBe(age);
  });

  it('handles 29 February birthdays', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
});

describe('checkBirthDate', () => {
  it('parses French dates, two-digit years pivoting on today', () => {
    expect(checkBirthDate('12/08/1955', TODAY)).toEqual({ ok: true, iso: '1955-08-12' });
    expect(checkBirthDate('12/08/55', TODAY)).toEqual({ ok: true, iso: '1955-08-12' });
    expect(checkBirthDate('01/01/20', TODAY)).toEqual({ ok: true, iso: '2020-01-01' });
    expect(checkBirthDate('1955-08-12', TODAY)).toEqual({ ok: true, iso: '1955-08-12' });
  });

  it.each([
    ['31/02/1955', 'illisible'],
    ['bientôt', 'illisible'],
    ['16/03/2026', 'futur'],
    ['14/03/1906', 'plus de 120 ans'],
  ])('%s is invalid (%s)', (value, part) => {
    const r = checkBirthDate(value, TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(part);
  });

  it('accepts today and exactly 120 years ago', () => {
    expect(checkBirthDate('15/03/2026', TODAY).ok).toBe(true);
    expect(checkBirthDate('15/03/1906', TODAY).ok).toBe(true);
  });

  it('birthIso is null for empty or invalid values', () => {
    expect(birthIso(undefined, TODAY)).toBeNull();
    expect(birthIso('', TODAY)).toBeNull();
    expect(birthIso('31/02/1955', TODAY)).toBeNull();
    expect(birthIso('12/08/1955', TODAY)).toBe('1955-08-12');
  });
});
