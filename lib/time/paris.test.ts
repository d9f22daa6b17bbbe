import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TZDate } from '@date-fns/tz';
import { addDays } from './dates';
import {
  fmtTime,
  frDateTime,
  frStamp,
  frTime,
  parisDateOf,
  parisDay,
  parisMinutes,
  parisOffset,
  parisToEpoch,
  parisToUtc,
  wallClock,
} from './paris';

describe('Europe/Paris time', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(parisOffset(Date.UTC(2026, 0, 15, 12))).toBe(60);
    expect(parisOffset(Date.UTC(2026, 6, 15, 12))).toBe(120);
  });
  it('changes on the last Sundays of March and October at 01:00 UTC', () => {
    expect(parisOffset(Date.UTC(2026, 2, 29, 0, 59))).toBe(60);
    expect(parisOffset(Date.UTC(2026, 2, 29, 1, 0))).toBe(120);
    expect(parisOffset(Date.UTC(2026, 9, 25, 0, 59))).toBe(120);
    expect(parisOffset(Date.UTC(2026, 9, 25, 1, 0))).toBe(60);
  });
  it('turns wall-clock into absolute time', () => {
    expect(parisToUtc('2026-01-15', 8 * 60)).toBe(Date.UTC(2026, 0, 15, 7));
    expect(parisToUtc('2026-07-15', 8 * 60)).toBe(Date.UTC(2026, 6, 15, 6));
  });
  it('makes the night of the spring change one hour shorter, the autumn one longer', () => {
    const spring = parisToUtc('2026-03-29', 8 * 60) - parisToUtc('2026-03-28', 20 * 60);
    const autumn = parisToUtc('2026-10-25', 8 * 60) - parisToUtc('2026-10-24', 20 * 60);
    expect(spring / 3_600_000).toBe(11);
    expect(autumn / 3_600_000).toBe(13);
  });
  it('gives the Paris date of an instant, across midnight, the year change and 29 February', () => {
    expect(parisDateOf(Date.UTC(2026, 5, 30, 22, 30))).toBe('2026-07-01');
    expect(parisDateOf(Date.UTC(2026, 5, 30, 21, 59))).toBe('2026-06-30');
    expect(parisDateOf(Date.UTC(2026, 11, 31, 23, 0))).toBe('2027-01-01');
    expect(parisDateOf(Date.UTC(2026, 11, 31, 22, 59))).toBe('2026-12-31');
    expect(parisDateOf(Date.UTC(2028, 1, 28, 23, 30))).toBe('2028-02-29');
  });
  // 29/03/2026 02:30 does not exist in Paris: 02:30 at UTC+1 = 01:30 UTC, shown 03:30.
  // 25/10/2026 02:30 is shown twice (00:30 and 01:30 UTC): the second.
  it.each([
    ['2026-03-29', 119, Date.UTC(2026, 2, 29, 0, 59)],
    ['2026-03-29', 150, Date.UTC(2026, 2, 29, 1, 30)],
    ['2026-03-29', 179, Date.UTC(2026, 2, 29, 1, 59)],
    ['2026-03-29', 180, Date.UTC(2026, 2, 29, 1, 0)],
    ['2026-10-25', 119, Date.UTC(2026, 9, 24, 23, 59)],
    ['2026-10-25', 150, Date.UTC(2026, 9, 25, 1, 30)],
    ['2026-10-25', 180, Date.UTC(2026, 9, 25, 2, 0)],
  ])(
    'on a clock-change day, %s at minute %i is %i (a skipped time as if the clock had not moved, a repeated one its second showing)',
    (date, minutes, utc) => {
      expect(parisToUtc(date, minutes)).toBe(utc);
    },
  );
  it('gives minutes since Paris midnight and the Paris day number on both sides of each change', () => {
    expect(parisMinutes(Date.UTC(2026, 2, 29, 0, 59))).toBe(119); // 01:59 heure d'hiver
    expect(parisMinutes(Date.UTC(2026, 2, 29, 1, 0))).toBe(180); // 03:00 heure d'été
    expect(parisMinutes(Date.UTC(2026, 9, 25, 0, 30))).toBe(150); // 02:30, première fois
    expect(parisMinutes(Date.UTC(2026, 9, 25, 1, 30))).toBe(150); // 02:30, seconde fois
    expect(parisMinutes(Date.UTC(2026, 11, 31, 23, 0))).toBe(0); // minuit, 01/01/2027
    expect(parisDay(Date.UTC(2026, 11, 31, 23, 0))).toBe(Date.UTC(2027, 0, 1) / 86_400_000);
    expect(parisDay(Date.UTC(2026, 11, 31, 22, 59))).toBe(Date.UTC(2026, 11, 31) / 86_400_000);
    expect(parisDay(Date.UTC(2026, 2, 28, 23, 0))).toBe(Date.UTC(2026, 2, 29) / 86_400_000);
  });
});

describe('Paris times of day and stamps', () => {
  it('says a time as the planning writes it and as the panel stamps it', () => {
    expect(fmtTime(Date.UTC(2026, 0, 15, 7, 0))).toBe('8h00');
    expect(fmtTime(Date.UTC(2026, 6, 15, 15, 5))).toBe('17h05');
    expect(fmtTime(Date.UTC(2026, 2, 28, 23, 0))).toBe('0h00');
    expect(frTime(Date.UTC(2026, 0, 15, 7, 5))).toBe('08:05');
    expect(frTime(Date.UTC(2026, 9, 25, 1, 30))).toBe('02:30');
  });
  it.each([
    [Date.UTC(2026, 10, 28, 9, 42), 'le 28/11/2026 à 10:42'],
    [Date.UTC(2026, 11, 31, 23, 15), 'le 01/01/2027 à 00:15'],
    [Date.UTC(2028, 1, 28, 23, 0), 'le 29/02/2028 à 00:00'],
    [Date.UTC(2026, 2, 29, 1, 0), 'le 29/03/2026 à 03:00'],
    [Date.UTC(2026, 9, 25, 0, 59), 'le 25/10/2026 à 02:59'],
    [Date.UTC(2026, 9, 25, 1, 0), 'le 25/10/2026 à 02:00'],
  ])('stamps %i as %s (Paris date and time; year change, 29 February, clock changes)', (ms, text) => {
    expect(frStamp(ms)).toBe(text);
  });
});

describe('wall-clock date-times typed by a person', () => {
  // Winter, summer, 29 February, the year change; the clock-change nights as TZDate reads them.
  it.each([
    ['2026-12-03T14:30', '2026-12-03T13:30:00.000Z'],
    ['2027-07-01T09:00', '2027-07-01T07:00:00.000Z'],
    ['2028-02-29T00:00', '2028-02-28T23:00:00.000Z'],
    ['2027-01-01T00:30', '2026-12-31T23:30:00.000Z'],
    ['2026-03-29T02:30', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29T03:00', '2026-03-29T01:00:00.000Z'],
    ['2026-10-25T02:30', '2026-10-25T01:30:00.000Z'],
    ['2026-10-25T01:59', '2026-10-24T23:59:00.000Z'],
  ])('reads %s as %s', (at, iso) => {
    expect(new Date(parisToEpoch(at)!).toISOString()).toBe(iso);
  });
  it('refuses what is not a date-time', () => {
    expect(parisToEpoch('2026-02-31T10:00')).toBeNull();
    expect(parisToEpoch('2027-02-29T10:00')).toBeNull();
    expect(parisToEpoch('2026-12-03T25:00')).toBeNull();
    expect(parisToEpoch('2026-12-03T10:60')).toBeNull();
    expect(parisToEpoch('2026-13-03T10:00')).toBeNull();
    expect(parisToEpoch('03/12/2026 14:30')).toBeNull();
    expect(parisToEpoch('')).toBeNull();
  });
  it('says it in French, and what it cannot read as it is', () => {
    expect(frDateTime('2026-12-03T14:30')).toBe('le 03/12/2026 à 14:30');
    expect(frDateTime('2028-02-29T08:05')).toBe('le 29/02/2028 à 08:05');
    expect(frDateTime('demain')).toBe('demain');
    expect(wallClock('2026-12-03T14:30')).toEqual({
      date: '2026-12-03',
      time: '14:30',
      hour: 14,
      minute: 30,
    });
    expect(wallClock('2026-12-03 14:30')).toBeNull();
  });
});

describe('Europe/Paris time against the platform time zone data (fast-check)', () => {
  const paris = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', timeZoneName: 'shortOffset' });
  const offsetOf = (ms: number) => {
    const name = paris.formatToParts(ms).find((p) => p.type === 'timeZoneName')!.value; // « GMT+1 »
    return Number(name.replace('GMT', '')) * 60;
  };
  const instant = fc.integer({ min: Date.UTC(1997, 0, 1), max: Date.UTC(2099, 11, 31) });

  it('gives the offset the platform gives, whatever the order of the years asked', () => {
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 20 }), (xs) => {
        for (const ms of xs) expect(parisOffset(ms)).toBe(offsetOf(ms));
      }),
    );
  });

  it('turns a wall-clock time into the instant that shows it in Paris', () => {
    const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2000-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 24 * 60 - 1 }), (date, minutes) => {
        const ms = parisToUtc(date, minutes);
        // 02:xx on the spring change day does not exist: taken as if the clock had not moved.
        const shown = new Date(ms + offsetOf(ms) * 60_000);
        const wall = shown.getUTCHours() * 60 + shown.getUTCMinutes();
        if (wall !== minutes) expect(Math.abs(wall - minutes)).toBe(60);
        else expect(shown.toISOString().slice(0, 10)).toBe(date);
      }),
    );
  });

  it('reads a typed date-time as @date-fns/tz TZDate does', () => {
    const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2000-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (date, h, mi) => {
        const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
        const at = `${date}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
        expect(parisToEpoch(at)).toBe(new TZDate(y, mo - 1, d, h, mi, 'Europe/Paris').getTime());
      }),
    );
  });

  it('stamps an instant as the platform says it in Paris', () => {
    const fr = new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'Europe/Paris',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    fc.assert(
      fc.property(instant, (ms) => {
        const p = Object.fromEntries(fr.formatToParts(ms).map((x) => [x.type, x.value]));
        expect(frStamp(ms)).toBe(`le ${p.day}/${p.month}/${p.year} à ${p.hour}:${p.minute}`);
      }),
    );
  });
});
