/** French number, money and hours formats: expected texts written by hand. */
import { describe, expect, it } from 'vitest';
import { count, fmtClock, fmtEuros, fmtHours, fmtNumber } from './format';

describe('numbers', () => {
  it('writes at most the asked decimals with a comma, none when whole', () => {
    expect(fmtNumber(151.5)).toBe('151,5');
    expect(fmtNumber(52)).toBe('52');
    expect(fmtNumber(208.32)).toBe('208,32');
    expect(fmtNumber(4.333333)).toBe('4,33');
    expect(fmtNumber(50.66, 1)).toBe('50,7');
    expect(fmtNumber(12.5, 0)).toBe('13');
    expect(fmtNumber(-3.25, 1)).toBe('-3,2');
  });
});

describe('hours', () => {
  it('turns minutes into hours with at most two decimals', () => {
    expect(fmtHours(9090)).toBe('151,5 h');
    expect(fmtHours(5205)).toBe('86,75 h');
    expect(fmtHours(2880)).toBe('48 h');
    expect(fmtHours(12499.2)).toBe('208,32 h');
    expect(fmtHours(100)).toBe('1,67 h');
    expect(fmtHours(0)).toBe('0 h');
  });
  it('says a time of day as the planning writes it', () => {
    expect(fmtClock(480)).toBe('8h00');
    expect(fmtClock(1050)).toBe('17h30');
    expect(fmtClock(5)).toBe('0h05');
    expect(fmtClock(1440 + 90)).toBe('1h30');
  });
});

describe('euros', () => {
  it('always two decimals, thousands separated by a space', () => {
    expect(fmtEuros(12.02)).toBe('12,02 €');
    expect(fmtEuros(89)).toBe('89,00 €');
    expect(fmtEuros(1801.4)).toBe('1 801,40 €');
    expect(fmtEuros(1712.4)).toBe('1 712,40 €');
    expect(fmtEuros(999.999)).toBe('1 000,00 €');
    expect(fmtEuros(1234567.891)).toBe('1 234 567,89 €');
    expect(fmtEuros(0)).toBe('0,00 €');
    expect(fmtEuros(-1500)).toBe('-1 500,00 €');
  });
});

describe('counts', () => {
  it('puts the plural after more than one', () => {
    expect(count(0, 'prestation')).toBe('0 prestation');
    expect(count(1, 'prestation')).toBe('1 prestation');
    expect(count(3, 'prestation')).toBe('3 prestations');
    expect(count(2, 'jour férié', 'jours fériés')).toBe('2 jours fériés');
  });
});
