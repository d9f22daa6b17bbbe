/**
 * Calendar days: every expected value below was worked out by hand on a calendar (1 January 2026 is
 * a Thursday; 2028 is a leap year, 2026, 2027 and 2100 are not; 29/03/2026 and 25/10/2026 are the
 * Sundays Paris changes its clocks, which must not move a calendar day).
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  dayInMonth,
  dayNumber,
  daysBetween,
  daysInMonth,
  endOfMonth,
  frDate,
  isoDate,
  isoParts,
  mondayOf,
  weekday,
  yearsBetween,
} from './dates';

describe('ISO parts', () => {
  it('splits a date into numbers', () => {
    expect(isoParts('2026-03-09')).toEqual([2026, 3, 9]);
    expect(isoParts('2028-12-31')).toEqual([2028, 12, 31]);
  });
  it('builds only real dates, padded', () => {
    expect(isoDate(2026, 3, 9)).toBe('2026-03-09');
    expect(isoDate(2028, 2, 29)).toBe('2028-02-29');
    expect(isoDate(2027, 2, 29)).toBeNull();
    expect(isoDate(2100, 2, 29)).toBeNull();
    expect(isoDate(2000, 2, 29)).toBe('2000-02-29');
    expect(isoDate(2026, 4, 31)).toBeNull();
    expect(isoDate(2026, 13, 1)).toBeNull();
    expect(isoDate(2026, 0, 1)).toBeNull();
    expect(isoDate(2026, 1, 0)).toBeNull();
    expect(isoDate(999, 1, 1)).toBeNull();
  });
  it('knows the length of each month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });
  it('clamps a day into its month', () => {
    expect(dayInMonth(2027, 2, 31)).toBe('2027-02-28');
    expect(dayInMonth(2028, 2, 30)).toBe('2028-02-29');
    expect(dayInMonth(2026, 11, 0)).toBe('2026-11-01');
    expect(dayInMonth(2026, 11, 8)).toBe('2026-11-08');
  });
});

describe('day steps', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-03-01', -1, '2027-02-28'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 365, '2028-12-31'],
  ])('%s + %i days = %s (months, years, 29 February, the clock changes)', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
  });
  it('counts days between dates, in both directions', () => {
    expect(daysBetween('2026-01-01', '2026-06-30')).toBe(180);
    expect(daysBetween('2026-03-02', '2026-03-01')).toBe(-1);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });
  it('numbers days from 1 January 1970', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-02-01')).toBe(31);
    expect(dayNumber('1971-01-01')).toBe(365);
    expect(dayNumber('2026-03-30') - dayNumber('2026-03-29')).toBe(1);
  });
  it('gives the weekday, Sunday = 0', () => {
    expect(weekday('2026-01-01')).toBe(4); // jeudi
    expect(weekday('2026-03-29')).toBe(0); // dimanche du passage à l'heure d'été
    expect(weekday('2026-10-25')).toBe(0); // dimanche du passage à l'heure d'hiver
    expect(weekday('2028-02-29')).toBe(2); // mardi
    expect(weekday('2026-12-04')).toBe(5); // vendredi
  });
  it('gives the Monday of the ISO week, across months and years', () => {
    expect(mondayOf('2026-03-29')).toBe('2026-03-23');
    expect(mondayOf('2026-03-30')).toBe('2026-03-30');
    expect(mondayOf('2028-03-01')).toBe('2028-02-28');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });
});

describe('month and year steps', () => {
  it('end of month: 30 and 31 days, February, leap year', () => {
    expect(endOfMonth('2026-12-01')).toBe('2026-12-31');
    expect(endOfMonth('2026-11-15')).toBe('2026-11-30');
    expect(endOfMonth('2027-02-03')).toBe('2027-02-28');
    expect(endOfMonth('2028-02-03')).toBe('2028-02-29');
  });
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-11-30', 2, '2027-01-30'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-03-29', 7, '2026-10-29'],
  ])('%s + %i months = %s (the last day of the month when the day does not exist)', (iso, n, expected) => {
    expect(addMonths(iso, n)).toBe(expected);
  });
  it('adds years, 29 February giving 28 February', () => {
    expect(addYears('2026-03-02', 1)).toBe('2027-03-02');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
    expect(addYears('2027-02-28', 1)).toBe('2028-02-28');
    expect(addYears('2026-12-31', -1)).toBe('2025-12-31');
  });
  it('counts whole years: the anniversary is a full year, 29 February’s in a common year is 1 March', () => {
    expect(yearsBetween('1950-06-15', '2026-06-14')).toBe(75);
    expect(yearsBetween('1950-06-15', '2026-06-15')).toBe(76);
    expect(yearsBetween('2000-02-29', '2027-02-28')).toBe(26);
    expect(yearsBetween('2000-02-29', '2027-03-01')).toBe(27);
    expect(yearsBetween('2000-02-29', '2028-02-29')).toBe(28);
    expect(yearsBetween('2025-12-31', '2026-01-01')).toBe(0);
    expect(yearsBetween('2026-01-01', '2026-01-01')).toBe(0);
  });
});

describe('French display', () => {
  it('shows jj/mm/aaaa', () => {
    expect(frDate('2027-01-08')).toBe('08/01/2027');
    expect(frDate('2028-02-29')).toBe('29/02/2028');
  });
  it('shows what is not an ISO date as it is', () => {
    expect(frDate('')).toBe('');
    expect(frDate('08/01/2027')).toBe('08/01/2027');
  });
});

describe('in any time zone of the machine', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });
  // Zones whose clocks changed at midnight (São Paulo until 2019: 04/11/2018 began at 01:00;
  // Santiago), and the farthest from UTC: month and year steps run on a local noon and must give
  // the same days. (A day a zone skipped entirely, Apia's 30/12/2011, has no local noon: not asked.)
  it.each([
    'Europe/Paris',
    'America/Sao_Paulo',
    'America/Santiago',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
  ])('%s', (zone) => {
    process.env.TZ = zone;
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    expect(addMonths('2018-10-04', 1)).toBe('2018-11-04');
    expect(addMonths('2018-11-04', -1)).toBe('2018-10-04');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-29', 7)).toBe('2026-10-29');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(yearsBetween('2000-02-29', '2027-02-28')).toBe(26);
    expect(yearsBetween('1950-11-04', '2018-11-04')).toBe(68);
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(mondayOf('2026-10-25')).toBe('2026-10-19');
  });
});
