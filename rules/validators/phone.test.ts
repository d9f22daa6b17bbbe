import { describe, expect, it } from 'vitest';
import { isMobile, isValidPhone, notMobileMessage } from './phone';

describe('phone numbers', () => {
  it.each([
    '06 12 34 56 78',
    '06.12.34.56.78',
    '06-12-34-56-78',
    '+33 6 12 34 56 78',
    '0033612345678',
    '01 23 45 67 89',
    '0700000000',
  ])('%s is valid', (n) => {
    expect(isValidPhone(n)).toBe(true);
  });

  it.each(['06 12 34 56', '6 12 34 56 78', '+32 6 12 34 56 78', '06 12 34 56 78 9', 'inconnu'])(
    '%s is invalid',
    (n) => {
      expect(isValidPhone(n)).toBe(false);
    },
  );

  it.each([
    '06 12 34 56 78',
    '07 34 56 78 90',
    '0799999999',
    '0639 12 34 56',
    '0692 12 34 56',
    '+33 7 81 23 45 67',
  ])('%s is a mobile', (n) => {
    expect(isMobile(n)).toBe(true);
    expect(notMobileMessage(n)).toBeNull();
  });

  it.each([
    '01 23 45 67 89',
    '04 78 12 34 56',
    '09 51 23 45 67',
    '08 00 12 34 56',
    '07 00 12 34 56',
    '0712345678',
  ])('%s is not a mobile', (n) => {
    expect(isMobile(n)).toBe(false);
    expect(notMobileMessage(n)).toContain('portable');
  });

  it('names the 0700 machine range', () => {
    expect(notMobileMessage('07 00 12 34 56')).toContain('0700');
  });

  it('leaves invalid numbers to the validity check', () => {
    expect(notMobileMessage('01 23')).toBeNull();
  });
});
