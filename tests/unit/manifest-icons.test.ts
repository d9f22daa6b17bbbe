/**
 * Icons: public/icon/<size>.png are what scripts/gen-icons.ts draws (regenerate with
 * `npx tsx scripts/gen-icons.ts`), real PNGs of their size, and the built manifests list them all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iconPng, SIZES } from '../../scripts/gen-icons';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, process.env.OC_OUT_DIR ?? '.output');

describe.each(SIZES)('icon %i px', (size) => {
  const file = resolve(ROOT, `public/icon/${size}.png`);

  it('is the generator’s drawing (not stale), a PNG of that size', () => {
    const png = readFileSync(file);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    expect(png.equals(iconPng(size)), 'lancez `npx tsx scripts/gen-icons.ts`').toBe(true);
  });
});

describe.each(['chrome-mv3', 'firefox-mv3'])('built %s manifest', (target) => {
  it('lists every icon size', () => {
    const file = resolve(OUT, target, 'manifest.json');
    expect(existsSync(file), `${file} (npm test builds it)`).toBe(true);
    const icons = JSON.parse(readFileSync(file, 'utf8')).icons ?? {};
    expect(
      Object.keys(icons)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([...SIZES]);
    for (const size of SIZES) expect(existsSync(resolve(OUT, target, icons[size]))).toBe(true);
  });
});
