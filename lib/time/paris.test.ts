import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, mondayOf, parisDateOf, parisOffset, parisToUtc } from './paris';

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
  it('gives Paris dates, Mondays and day arithmetic across months and 29 February', () => {
    expect(parisDateOf(Date.UTC(2026, 5, 30, 22, 30))).toBe('2026-07-01');
    expect(mondayOf('2028-03-01')).toBe('2028-02-28');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
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
});
