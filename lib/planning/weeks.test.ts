import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import type { ListRow } from '../model/types';
import { parsePlanning } from './prestations';
import { dayNumber } from '../time/dates';
import { parisToUtc } from '../time/paris';
import {
  busyDays,
  busyIntervals,
  fullWeeks,
  gapsBetween,
  longestGapByWeek,
  mergePeriods,
  minutesBySlot,
  monthsOf,
  planningCoverage,
  slidingAverages,
  spanOf,
} from './weeks';

const row = (date: string, debut = '9h', fin = '10h', statut = 'A réaliser'): ListRow => ({
  cells: {
    'prestation.date': date,
    'prestation.debut': debut,
    'prestation.fin': fin,
    'prestation.prestation': 'Aide',
    'prestation.statut': statut,
  },
});
const prestations = (rows: ListRow[]) => parsePlanning(rows, DEFAULT_SETTINGS).prestations;
const H = 3_600_000;

describe('periods and dates', () => {
  it('merges overlapping and adjacent periods, keeps gaps', () => {
    expect(
      mergePeriods([
        { from: '2026-04-01', to: '2026-04-30' },
        { from: '2026-03-01', to: '2026-03-31' },
        { from: '2026-04-15', to: '2026-05-10' },
        { from: '2026-06-01', to: '2026-06-30' },
      ]),
    ).toEqual([
      { from: '2026-03-01', to: '2026-05-10' },
      { from: '2026-06-01', to: '2026-06-30' },
    ]);
  });
  it('lists the ISO weeks entirely inside the periods', () => {
    expect(fullWeeks([{ from: '2026-03-04', to: '2026-03-29' }]).map((w) => w.monday)).toEqual([
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
    ]);
    expect(fullWeeks([{ from: '2026-03-02', to: '2026-03-07' }])).toEqual([]);
    const [dst] = fullWeeks([{ from: '2026-03-23', to: '2026-03-29' }]);
    expect((dst!.end - dst!.start) / H).toBe(167);
    expect(fullWeeks([{ from: '2028-02-28', to: '2028-03-05' }])[0]?.monday).toBe('2028-02-28');
  });
  it('lists the calendar months of a period', () => {
    const months = monthsOf({ from: '2027-12-15', to: '2028-02-10' });
    expect(months.map((m) => [m.key, m.first, m.last])).toEqual([
      ['2027-12', '2027-12-01', '2027-12-31'],
      ['2028-01', '2028-01-01', '2028-01-31'],
      ['2028-02', '2028-02-01', '2028-02-29'],
    ]);
  });
});

describe('time per slot, gaps and days', () => {
  it('splits a prestation between the weeks it crosses', () => {
    const weeks = fullWeeks([{ from: '2026-03-02', to: '2026-03-15' }]);
    const p = prestations([row('08/03/2026', '20h', '8h')]);
    expect(minutesBySlot(p, weeks, () => 1)).toEqual([240, 480]);
    expect(minutesBySlot(p, weeks, () => 0)).toEqual([0, 0]);
  });
  it('averages sliding windows of consecutive weeks only', () => {
    const weeks = fullWeeks([
      { from: '2026-03-02', to: '2026-03-15' },
      { from: '2026-03-23', to: '2026-04-05' },
    ]);
    expect(slidingAverages(weeks, [1, 2, 3, 4], 2)).toEqual([
      { first: 0, average: 1.5 },
      { first: 2, average: 3.5 },
    ]);
  });
  it('computes rest gaps on the merged timeline up to the ends of the span', () => {
    const span = spanOf({ from: '2026-03-02', to: '2026-03-08' });
    const p = prestations([
      row('02/03/2026', '8h', '12h'),
      row('02/03/2026', '10h', '14h'),
      row('02/03/2026', '14h', '15h'),
    ]);
    const busy = busyIntervals(p, span);
    expect(busy).toHaveLength(1);
    const gaps = gapsBetween(busy, span);
    expect(gaps.map((g) => (g.end - g.start) / H)).toEqual([8, 6 * 24 + 9]);
    expect(longestGapByWeek(gaps, fullWeeks([{ from: '2026-03-02', to: '2026-03-08' }]))).toEqual([153 * H]);
  });
  it('marks both days of a night across midnight, not the day after a night ending at midnight', () => {
    const days = busyDays(prestations([row('07/03/2026', '22h', '7h'), row('10/03/2026', '20h', '0h00')]));
    expect([...days].sort()).toEqual(['2026-03-07', '2026-03-08', '2026-03-10'].map(dayNumber));
  });
});

describe('planningCoverage', () => {
  const year = { from: '2026-03-02', to: '2027-03-01' };
  it('is complete from the first prestation to one year later', () => {
    const rows = [row('02/03/2026'), row('25/02/2027')];
    expect(planningCoverage({ rows, periods: [year] }, DEFAULT_SETTINGS)).toEqual({
      complete: true,
      ...year,
    });
  });
  it('accepts the horizon tolerance, not more', () => {
    const rows = [row('05/03/2026')];
    // one year after 05/03/2026 = 05/03/2027; less a day and 7 days of tolerance: 25/02/2027.
    expect(
      planningCoverage({ rows, periods: [{ from: '2026-03-01', to: '2027-02-25' }] }, DEFAULT_SETTINGS)
        .complete,
    ).toBe(true);
    expect(
      planningCoverage({ rows, periods: [{ from: '2026-03-01', to: '2027-02-24' }] }, DEFAULT_SETTINGS)
        .complete,
    ).toBe(false);
  });
  it('needs the periods without gaps and starting by the first prestation', () => {
    const rows = [row('02/03/2026')];
    const gap = [
      { from: '2026-03-01', to: '2026-06-30' },
      { from: '2026-07-02', to: '2027-03-31' },
    ];
    expect(planningCoverage({ rows, periods: gap }, DEFAULT_SETTINGS)).toEqual({
      complete: false,
      from: '2026-03-01',
      to: '2026-06-30',
    });
    const adjacent = [
      { from: '2026-03-01', to: '2026-06-30' },
      { from: '2026-07-01', to: '2027-03-31' },
    ];
    expect(planningCoverage({ rows, periods: adjacent }, DEFAULT_SETTINGS).complete).toBe(true);
    expect(
      planningCoverage({ rows: [row('20/02/2026'), ...rows], periods: adjacent }, DEFAULT_SETTINGS).complete,
    ).toBe(false);
  });
  it('ignores cancelled prestations and handles 29 February', () => {
    const rows = [row('01/02/2028', '9h', '10h', 'Annulé'), row('29/02/2028')];
    expect(
      planningCoverage({ rows, periods: [{ from: '2028-02-29', to: '2029-02-20' }] }, DEFAULT_SETTINGS)
        .complete,
    ).toBe(true);
    expect(
      planningCoverage({ rows, periods: [{ from: '2028-02-29', to: '2029-02-19' }] }, DEFAULT_SETTINGS)
        .complete,
    ).toBe(false);
  });
  it('without prestation, uses the first period; without period, is incomplete', () => {
    expect(planningCoverage({ rows: [], periods: [year] }, DEFAULT_SETTINGS).complete).toBe(true);
    expect(planningCoverage({ rows: [row('02/03/2026')], periods: [] }, DEFAULT_SETTINGS)).toEqual({
      complete: false,
    });
  });
});

it('turns Paris midnight into the right instant for week bounds', () => {
  expect(fullWeeks([{ from: '2026-10-19', to: '2026-10-25' }])[0]).toMatchObject({
    start: parisToUtc('2026-10-19', 0),
    end: Date.UTC(2026, 9, 25, 23),
  });
});
