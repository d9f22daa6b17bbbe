/**
 * Draws the toolbar and store icons — a folder with a white check mark, in the agency's teal — at
 * 16, 32, 48, 96 and 128 px into public/icon/<size>.png (WXT adds them to the manifest). No image
 * library: shapes as distance functions, 4×4 supersampling, and a small PNG encoder over node:zlib.
 *
 *   npx tsx scripts/gen-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

export const SIZES = [16, 32, 48, 96, 128] as const;
/** Teal 700: reads well on light and dark toolbars; white on it has a 5.4:1 contrast. */
const FOLDER: RGB = [15, 118, 110];
const TAB: RGB = [17, 94, 89];
const CHECK: RGB = [255, 255, 255];
type RGB = [number, number, number];

// --- PNG -----------------------------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** An RGBA image (row-major, 4 bytes a pixel) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// --- Drawing, in a 0..1 square -------------------------------------------------------------------
/** Signed distance to a rounded rectangle (negative inside). */
function roundRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): number {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}
/** Distance to a segment. */
function segment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay));
}

/** The colour (or nothing) at a point of the unit square; `size` thickens strokes on small icons. */
function paint(x: number, y: number, size: number): RGB | null {
  const stroke = size <= 16 ? 0.085 : size <= 32 ? 0.07 : 0.06;
  const check =
    Math.min(segment(x, y, 0.3, 0.58, 0.44, 0.72), segment(x, y, 0.44, 0.72, 0.72, 0.42)) - stroke;
  const body = roundRect(x, y, 0.06, 0.24, 0.94, 0.88, 0.08);
  const tab = roundRect(x, y, 0.06, 0.14, 0.46, 0.34, 0.06);
  if (body <= 0 && check <= 0) return CHECK;
  if (body <= 0) return FOLDER;
  if (tab <= 0) return TAB;
  return null;
}

export function drawIcon(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const c = paint((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      const i = (py * size + px) * 4;
      if (a) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round((a / (S * S)) * 255);
    }
  return out;
}

export function iconPng(size: number): Buffer {
  return encodePng(size, size, drawIcon(size));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(import.meta.dirname, '../public/icon');
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) writeFileSync(resolve(dir, `${size}.png`), iconPng(size));
  console.log(`icônes écrites dans ${dir} : ${SIZES.join(', ')} px`);
}
