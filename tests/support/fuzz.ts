/** Shared fast-check arbitraries: strings a hostile or broken Ogust page could hold. */
import fc from 'fast-check';

export const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  '\u202E',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  '👩🏽‍🦳',
  '🏦',
  '\u0000',
  '\n\t',
  '٣',
  'ǅ',
  'ß',
  'ﬁ',
  '０６',
];
/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
/** Strings a hostile or broken page could hold: random code units, digits, payloads, long runs. */
export const hostileString = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...'0123456789 .-/+AB'.split('')), maxLength: 30 }),
  fc
    .array(fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 8 })), { maxLength: 12 })
    .map((a) => a.join('')),
  fc
    .tuple(fc.constantFrom(...PAYLOADS, 'a', '1 '), fc.integer({ min: 1000, max: 12_000 }))
    .map(([s, n]) => s.repeat(Math.ceil(n / s.length))),
);
